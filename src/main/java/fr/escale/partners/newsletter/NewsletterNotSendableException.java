package fr.escale.partners.newsletter;

/** A newsletter that cannot go: already sent, or its segment reaches nobody. */
class NewsletterNotSendableException extends RuntimeException {

	/** The message key that tells staff why. */
	private final String reason;

	NewsletterNotSendableException(String reason) {
		super(reason);
		this.reason = reason;
	}

	String reason() {
		return reason;
	}

}
