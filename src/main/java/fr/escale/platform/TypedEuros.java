package fr.escale.platform;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount in euros as people type it in a form: «120», «120,50»,
 * «1 200.50 €». Forms keep the text, so a mistake is shown back as typed.
 */
public final class TypedEuros {

	private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,9}([.,]\\d{1,2})?");

	private TypedEuros() {
	}

	/** The amount typed, in cents (negative when typed so), or empty when the text is no amount (blank included). */
	public static Optional<Long> cents(String text) {
		var amount = text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f€]", "");
		if (!AMOUNT.matcher(amount).matches()) {
			return Optional.empty();
		}
		return Optional.of(new BigDecimal(amount.replace(',', '.')).movePointRight(2).longValueExact());
	}

}
