package fr.escale.catalog;

import java.util.Arrays;

/**
 * An uploaded file that is not a photo Escale can show. {@link #key()} names the message
 * ({@code media.error.tooLarge}, {@code media.error.tooManyPixels}, {@code media.error.type},
 * {@code media.error.unreadable}) and {@link #arguments()} fills it, the file's name first, so
 * that the page tells the person in their language.
 */
public class RejectedMediaException extends RuntimeException {

	public static final String TOO_LARGE = "media.error.tooLarge";

	public static final String TOO_MANY_PIXELS = "media.error.tooManyPixels";

	public static final String TYPE = "media.error.type";

	public static final String UNREADABLE = "media.error.unreadable";

	private final String key;

	private final Object[] arguments;

	public RejectedMediaException(String key, Object... arguments) {
		super(key + " " + Arrays.toString(arguments));
		this.key = key;
		this.arguments = arguments.clone();
	}

	public RejectedMediaException(Throwable cause, String key, Object... arguments) {
		this(key, arguments);
		initCause(cause);
	}

	public String key() {
		return key;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
