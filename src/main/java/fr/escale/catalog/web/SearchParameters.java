package fr.escale.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.catalog.search.OfferQuery;

/**
 * The search as a URL says it ({@code q, type, commune, near=LAT,LON, radiusKm, on, lang, sort,
 * page, size}), shared by the API and the search page. Bad values become messages a person can
 * act on.
 */
record SearchParameters(String q, List<String> type, String commune, String near, Double radiusKm, String on,
		String lang, String sort, Integer page, Integer size) {

	OfferQuery toQuery(UUID officeId) {
		Double latitude = null;
		Double longitude = null;
		if (near != null && !near.isBlank()) {
			var parts = near.split(",");
			try {
				if (parts.length != 2) {
					throw new NumberFormatException();
				}
				latitude = Double.valueOf(parts[0].trim());
				longitude = Double.valueOf(parts[1].trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("near must be LATITUDE,LONGITUDE, e.g. near=47.41,0.98");
			}
		}
		LocalDate day = null;
		if (on != null && !on.isBlank()) {
			try {
				day = LocalDate.parse(on.trim());
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("on must be a date as YYYY-MM-DD, e.g. on=2026-07-14");
			}
		}
		OfferQuery.Sort order = OfferQuery.Sort.RELEVANCE;
		if (sort != null && !sort.isBlank()) {
			try {
				order = OfferQuery.Sort.valueOf(sort.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("sort must be relevance, distance or name");
			}
		}
		if (commune != null && !commune.isBlank() && !fr.escale.territory.Communes.isCode(commune.trim())) {
			throw new IllegalArgumentException("commune must be an INSEE code of 5 characters, e.g. 37261 for Tours");
		}
		return new OfferQuery(officeId, blankToNull(q), type == null ? List.of() : type.stream().filter(t -> !t.isBlank()).toList(),
				blankToNull(commune), latitude, longitude, latitude == null ? null : (radiusKm == null ? 10.0 : radiusKm),
				day, lang == null || lang.isBlank() ? "fr" : lang.trim(), order, page == null ? 0 : page,
				size == null ? 20 : size);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
