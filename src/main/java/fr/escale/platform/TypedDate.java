package fr.escale.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A date as people type it in a form: as a date field sends it (2026-03-31)
 * or by hand, the French way (31/03/2026). Forms keep the text, so a mistake is shown back as typed.
 */
public final class TypedDate {

	// Strict: 31/02/2026 is a typing slip, not the 28th.
	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private TypedDate() {
	}

	/** The date typed, or empty when the text is no date (blank included). */
	public static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var trimmed = text.trim();
		try {
			return Optional.of(trimmed.contains("/") ? LocalDate.parse(trimmed, FRENCH) : LocalDate.parse(trimmed));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
