package fr.escale.catalog;

import java.util.NoSuchElementException;
import java.util.UUID;

/** The office has no such offer: it does not exist, or it belongs to another office. */
public class OfferNotFoundException extends NoSuchElementException {

	private final UUID offerId;

	public OfferNotFoundException(UUID officeId, UUID offerId) {
		super("No offer " + offerId + " in office " + officeId);
		this.offerId = offerId;
	}

	public UUID offerId() {
		return offerId;
	}

}
