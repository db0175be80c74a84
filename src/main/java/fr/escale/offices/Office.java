package fr.escale.offices;

import java.util.UUID;

/** A tourist office: the tenant that owns its offers, visitors and partners. */
public record Office(UUID id, String slug, String name) {
}
