package fr.escale.partners.membership;

import java.time.LocalDate;

import fr.escale.platform.TypedDate;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * A payment as staff record it: the amount in euros, the date as the browser's date field sends it
 * (2026-03-15) or as typed by hand (15/03/2026).
 */
record PaymentForm(String amount, String method, String paidOn, @Size(max = 100) String reference) {

	static PaymentForm empty(int balanceCents) {
		return new PaymentForm(balanceCents > 0 ? Euros.plain(balanceCents) : "", PaymentMethod.TRANSFER.name(),
				LocalDate.now(Memberships.ZONE).toString(), "");
	}

	/** How it was paid, or null after saying none was chosen. */
	PaymentMethod paymentMethod(Errors errors) {
		try {
			return PaymentMethod.valueOf(method == null ? "" : method.trim());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("method", "membership.error.method");
			return null;
		}
	}

	/** The date paid, or null after telling what is wrong: a date in the future is a typing slip. */
	LocalDate date(Errors errors) {
		if (paidOn == null || paidOn.isBlank()) {
			errors.rejectValue("paidOn", "membership.error.date.required");
			return null;
		}
		var date = TypedDate.parse(paidOn).orElse(null);
		if (date == null) {
			errors.rejectValue("paidOn", "membership.error.date.format", new Object[] { paidOn.trim() }, null);
			return null;
		}
		if (date.isAfter(LocalDate.now(Memberships.ZONE))) {
			errors.rejectValue("paidOn", "membership.error.date.future");
			return null;
		}
		return date;
	}

}
