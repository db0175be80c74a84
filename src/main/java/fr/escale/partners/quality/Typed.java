package fr.escale.partners.quality;

import java.time.LocalDate;

import fr.escale.platform.TypedDate;
import fr.escale.platform.TypedEuros;
import fr.escale.platform.TypedNumber;
import org.springframework.validation.Errors;

/**
 * Dates and amounts as people type them. Forms keep the text typed, so that a mistake is shown
 * back with what was typed rather than lost in a conversion error.
 */
final class Typed {

	/** The largest amount the quality plan records, in euros: more is a typing mistake. */
	private static final long MAX_CENTS = 100_000_000L;

	private Typed() {
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** A date typed as the date field sends it (2026-03-31) or by hand (31/03/2026); null if blank or wrong. */
	static LocalDate date(String value, String field, boolean required, Errors errors) {
		if (blank(value)) {
			if (required) {
				errors.rejectValue(field, "quality.error.required");
			}
			return null;
		}
		var date = TypedDate.parse(value);
		if (date.isEmpty()) {
			errors.rejectValue(field, "quality.error.date");
		}
		return date.orElse(null);
	}

	/** Euros with a comma or a point for cents (1 200,50 or 1200.50), in cents; blank is zero. */
	static Long cents(String value, String field, Errors errors) {
		if (blank(value)) {
			return 0L;
		}
		var cents = TypedEuros.cents(value).filter(amount -> amount >= 0 && amount <= MAX_CENTS);
		if (cents.isEmpty()) {
			errors.rejectValue(field, "quality.error.euros");
		}
		return cents.orElse(null);
	}

	/** A whole number from min to max; null if blank or wrong (then {@code code} explains it). */
	static Integer number(String value, int min, int max, String field, String code, Errors errors) {
		if (blank(value)) {
			return null;
		}
		var number = TypedNumber.whole(value, min, max);
		if (number.isEmpty()) {
			errors.rejectValue(field, code);
		}
		return number.orElse(null);
	}

}
