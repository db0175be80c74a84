package fr.escale.partners.offers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.Offer;

/**
 * What a change does to an offer, field by field, as staff read it before deciding: each row holds
 * the values before and after, and says whether they differ.
 */
record OfferDiff(List<Row> rows) {

	/**
	 * @param kind how the template shows the values: {@code text}, {@code period}, {@code price},
	 *        {@code contact} or {@code photo}
	 * @param language the language of a description row, else null
	 */
	record Row(String field, String kind, String language, List<?> before, List<?> after, boolean changed) {

		/** A value present on one side only: added (after) or removed (before). */
		public boolean onlyBefore(Object value) {
			return !after.contains(value);
		}

		public boolean onlyAfter(Object value) {
			return !before.contains(value);
		}

	}

	static OfferDiff of(Offer before, Offer after) {
		var rows = new ArrayList<Row>();
		var languages = new LinkedHashSet<String>(List.of("fr", "en"));
		languages.addAll(before.description().languages());
		languages.addAll(after.description().languages());
		languages.addAll(before.shortDescription().languages());
		languages.addAll(after.shortDescription().languages());
		for (var language : languages) {
			text(rows, "shortDescription", language, before.shortDescription(), after.shortDescription());
			text(rows, "description", language, before.description(), after.description());
		}
		rows.add(row("periods", "period", before.openingPeriods(), after.openingPeriods()));
		rows.add(row("prices", "price", before.prices(), after.prices()));
		rows.add(row("contacts", "contact", before.contacts(), after.contacts()));
		rows.add(row("photos", "photo", before.media(), after.media()));
		return new OfferDiff(rows);
	}

	private static void text(List<Row> rows, String field, String language, LocalizedText before, LocalizedText after) {
		var was = before.exactly(language);
		var is = after.exactly(language);
		if (was != null || is != null) {
			rows.add(new Row(field, "text", language, was == null ? List.of() : List.of(was), is == null ? List.of() : List.of(is),
					!Objects.equals(was, is)));
		}
	}

	private static Row row(String field, String kind, List<?> before, List<?> after) {
		return new Row(field, kind, null, before, after, !before.equals(after));
	}

}
