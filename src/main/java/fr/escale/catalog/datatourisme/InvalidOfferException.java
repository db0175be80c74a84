package fr.escale.catalog.datatourisme;

/**
 * An object that cannot be taken as an offer. The message is meant for the people running the
 * import: it names the JSON field and says what is wrong with it.
 */
public class InvalidOfferException extends RuntimeException {

	private final String path;

	private final String reason;

	public InvalidOfferException(String path, String reason) {
		super(reason + " (at " + path + ")");
		this.path = path;
		this.reason = reason;
	}

	/** Where in the object, e.g. {@code $.isLocatedAt[0].schema:geo.schema:latitude}. */
	public String path() {
		return path;
	}

	public String reason() {
		return reason;
	}

}
