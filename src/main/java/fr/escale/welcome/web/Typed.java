package fr.escale.welcome.web;

import java.time.LocalDate;

import fr.escale.platform.TypedDate;
import fr.escale.platform.TypedNumber;
import org.springframework.validation.BindingResult;

/** Numbers and dates as typed in a form: blank is none, a slip is a field error with its message code. */
public final class Typed {

	private Typed() {
	}

	public static Integer whole(String typed, int min, int max, String field, String code, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		var value = TypedNumber.whole(typed, min, max);
		if (value.isEmpty()) {
			errors.rejectValue(field, code);
		}
		return value.orElse(null);
	}

	public static Double decimal(String typed, double min, double max, String field, String code, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			var value = Double.parseDouble(typed.trim().replace(',', '.'));
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException slip) {
			// reported below, as an out-of-range number is
		}
		errors.rejectValue(field, code);
		return null;
	}

	/** A date as a date field sends it (2027-07-01) or as typed by hand (01/07/2027). */
	public static LocalDate date(String typed, String field, String code, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		var date = TypedDate.parse(typed);
		if (date.isEmpty()) {
			errors.rejectValue(field, code);
		}
		return date.orElse(null);
	}

}
