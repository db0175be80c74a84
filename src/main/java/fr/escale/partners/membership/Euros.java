package fr.escale.partners.membership;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import fr.escale.platform.TypedEuros;
import org.springframework.validation.Errors;

/** Amounts as people type and read them («120», «120,50», «120,50 €»), kept as cents. */
final class Euros {

	/** Ten million euros: more is a typing slip. */
	private static final long MAX_CENTS = 1_000_000_000L;

	private static final Currency EURO = Currency.getInstance("EUR");

	private Euros() {
	}

	/**
	 * The cents of a typed amount, or null after telling the user what is wrong with it.
	 *
	 * @param zeroAllowed a free tier costs nothing, a payment always something
	 */
	static Integer check(String typed, String field, boolean zeroAllowed, Errors errors) {
		if (typed == null || typed.isBlank()) {
			errors.rejectValue(field, "membership.error.amount.required");
			return null;
		}
		var amount = TypedEuros.cents(typed).filter(cents -> cents < MAX_CENTS);
		if (amount.isEmpty()) {
			errors.rejectValue(field, "membership.error.amount.format", new Object[] { typed.trim() }, null);
			return null;
		}
		int cents = amount.get().intValue();
		if (cents < 0 || (cents == 0 && !zeroAllowed)) {
			errors.rejectValue(field, zeroAllowed ? "membership.error.amount.negative" : "membership.error.amount.positive");
			return null;
		}
		return cents;
	}

	/** «120,50 €» in French, «€120.50» in English. */
	static String format(long cents, Locale locale) {
		var format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(EURO);
		// The narrow no-break space of French grouping is missing from PDF fonts and older spreadsheets.
		return format.format(BigDecimal.valueOf(cents, 2)).replace('\u202f', '\u00a0');
	}

	/** «120,50» as a form shows a fee again, and as French spreadsheets read it. */
	static String plain(long cents) {
		return BigDecimal.valueOf(cents, 2).toPlainString().replace('.', ',');
	}

}
