package fr.escale.catalog;

import java.time.Instant;
import java.util.UUID;

/** An offer as the office holds it: its content, and who holds it since when. */
public record StoredOffer(UUID id, UUID officeId, Offer offer, Instant createdAt, Instant updatedAt) {
}
