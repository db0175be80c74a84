package fr.escale.catalog;

import java.math.BigDecimal;

/**
 * One price line. A single price has {@code min} equal to {@code max}.
 *
 * @param policy the pricing policy, e.g. base rate or child rate, when the source gives one
 */
public record Price(BigDecimal min, BigDecimal max, String currency, LocalizedText description, Term policy) {

	public Price {
		description = description == null ? LocalizedText.empty() : description;
	}

}
