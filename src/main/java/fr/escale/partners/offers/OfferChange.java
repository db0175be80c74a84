package fr.escale.partners.offers;

import java.time.Instant;
import java.util.UUID;

import fr.escale.catalog.Offer;

/**
 * A partner's change to one of its offers: the offer as it was when the partner submitted
 * ({@code before}) and as the partner wants it ({@code after}), waiting for the office or decided.
 *
 * @param submittedBy the partner user's e-mail
 * @param decidedBy the staff member's e-mail, or the partner's for a withdrawal
 */
public record OfferChange(UUID id, UUID officeId, UUID partnerId, UUID offerId, Offer before, Offer after,
		Status status, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String comment) {

	public enum Status {
		PENDING, ACCEPTED, REJECTED, WITHDRAWN,
		/** Replaced by a newer change of the same offer before the office decided. */
		REPLACED
	}

	public boolean pending() {
		return status == Status.PENDING;
	}

	/** The offer's name as the partner knows it, for lists and mails. */
	public String offerName() {
		var name = after.name().get("fr");
		return name == null ? before.name().get("fr") : name;
	}

}
