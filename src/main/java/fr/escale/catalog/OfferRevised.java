package fr.escale.catalog;

import java.util.UUID;

/** Someone wrote a new content for an offer (not an import): the search index and others may react. */
public record OfferRevised(UUID officeId, UUID offerId, String changedBy) {
}
