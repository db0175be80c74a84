package fr.escale.catalog;

import java.util.UUID;

/** An import has ended: other modules may react (e.g. refresh what they derive from offers). */
public record OffersImported(UUID importRunId, UUID officeId, int created, int updated, int unchanged, int rejected) {
}
