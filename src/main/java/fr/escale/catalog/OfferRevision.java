package fr.escale.catalog;

import java.time.Instant;
import java.util.UUID;

/** What an offer was before one of its changes, and who made the change. */
public record OfferRevision(long id, Instant changedAt, String changedBy, UUID importRunId, Offer previous) {
}
