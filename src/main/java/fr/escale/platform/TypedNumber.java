package fr.escale.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A whole number as people type it in a form: 150, or 1 200 with the French thousands separator (a space, a
 * no-break space or a narrow one). Forms keep the text, so a mistake is shown back as typed.
 */
public final class TypedNumber {

	private static final Pattern WHOLE = Pattern.compile("-?(\\d{1,3}([ \\u00A0\\u202F]\\d{3})+|\\d{1,9})");

	private TypedNumber() {
	}

	/** The number typed if it is a whole number from min to max; empty otherwise (blank included). */
	public static Optional<Integer> whole(String text, int min, int max) {
		if (text == null || !WHOLE.matcher(text.strip()).matches()) {
			return Optional.empty();
		}
		long value = Long.parseLong(text.strip().replaceAll("[ \\u00A0\\u202F]", ""));
		return value >= min && value <= max ? Optional.of((int) value) : Optional.empty();
	}

}
