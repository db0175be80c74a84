package fr.escale.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rating granted to an offer, e.g. "3 étoiles" on the official star scale.
 *
 * @param scheme the kind of rating in DATAtourisme terms ({@code ScaleRating},
 *        {@code LabelRating}...), {@code null} when the source does not say
 * @param value the numeric value on its scale, when it has one (3.0 for three stars)
 */
public record Rating(String code, LocalizedText label, String scheme, BigDecimal value) {

	public Rating {
		Objects.requireNonNull(code, "code");
		label = label == null ? LocalizedText.empty() : label;
	}

}
