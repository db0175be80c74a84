package fr.escale.catalog.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a counsellor or a visitor asks for; every criterion is optional.
 *
 * @param officeId only this office's offers; null searches every office of the instance
 * @param text words in any order, tolerant of accents, plurals and one typo per long word
 * @param types any of these DATAtourisme types
 * @param latitude with {@code longitude}, the position distances are measured from
 * @param radiusKm only offers within this distance of the position; null does not filter
 * @param on only offers open, or taking place, that day
 * @param lang language of the displayed names, and boosted in matches; {@code fr} by default
 * @param sort null picks relevance for a text, else distance when a position is given, else name
 * @param page 0-based
 * @param size 1 to 100; 0 means the default of 20
 */
public record OfferQuery(UUID officeId, String text, List<String> types, String communeCode, Double latitude,
		Double longitude, Double radiusKm, LocalDate on, String lang, Sort sort, int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static final double MAX_RADIUS_KM = 500;

	/** Deep pages cost as much as collecting every result before them; nobody reads that far. */
	public static final int MAX_RESULT_WINDOW = 10_000;

	public enum Sort {

		RELEVANCE, DISTANCE, NAME

	}

	public OfferQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		types = types == null ? List.of() : types.stream().filter(t -> t != null && !t.isBlank()).toList();
		communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
		lang = lang == null || lang.isBlank() ? "fr" : lang.strip().toLowerCase(java.util.Locale.ROOT);
		size = size == 0 ? DEFAULT_SIZE : size;
		if ((latitude == null) != (longitude == null)) {
			throw new IllegalArgumentException("A position needs both a latitude and a longitude");
		}
		if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
			throw new IllegalArgumentException("The latitude must be between -90 and 90, the longitude between -180 and 180");
		}
		if (radiusKm != null) {
			if (latitude == null) {
				throw new IllegalArgumentException("A search radius needs a position (latitude and longitude)");
			}
			if (!(radiusKm > 0 && radiusKm <= MAX_RADIUS_KM)) {
				throw new IllegalArgumentException("The radius must be more than 0 km and at most 500 km");
			}
		}
		if (sort == Sort.DISTANCE && latitude == null) {
			throw new IllegalArgumentException("Sorting by distance needs a position (latitude and longitude)");
		}
		if (page < 0) {
			throw new IllegalArgumentException("The page number cannot be negative");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new IllegalArgumentException("A page holds 1 to 100 offers");
		}
		if ((long) (page + 1) * size > MAX_RESULT_WINDOW) {
			throw new IllegalArgumentException("Only the first 10,000 results can be browsed; narrow the search");
		}
	}

	/** Every offer of an office, by name. */
	public static OfferQuery of(UUID officeId) {
		return new OfferQuery(officeId, null, List.of(), null, null, null, null, null, null, null, 0, DEFAULT_SIZE);
	}

	public OfferQuery withText(String text) {
		return new OfferQuery(this.officeId, text, this.types, this.communeCode, this.latitude, this.longitude,
				this.radiusKm, this.on, this.lang, this.sort, this.page, this.size);
	}

	public OfferQuery withTypes(String... types) {
		return new OfferQuery(this.officeId, this.text, List.of(types), this.communeCode, this.latitude, this.longitude,
				this.radiusKm, this.on, this.lang, this.sort, this.page, this.size);
	}

	public OfferQuery inCommune(String communeCode) {
		return new OfferQuery(this.officeId, this.text, this.types, communeCode, this.latitude, this.longitude,
				this.radiusKm, this.on, this.lang, this.sort, this.page, this.size);
	}

	/** Distances from this position; only offers within the radius when it is not null. */
	public OfferQuery near(double latitude, double longitude, Double radiusKm) {
		return new OfferQuery(this.officeId, this.text, this.types, this.communeCode, latitude, longitude, radiusKm,
				this.on, this.lang, this.sort, this.page, this.size);
	}

	public OfferQuery on(LocalDate day) {
		return new OfferQuery(this.officeId, this.text, this.types, this.communeCode, this.latitude, this.longitude,
				this.radiusKm, day, this.lang, this.sort, this.page, this.size);
	}

	public OfferQuery inLanguage(String lang) {
		return new OfferQuery(this.officeId, this.text, this.types, this.communeCode, this.latitude, this.longitude,
				this.radiusKm, this.on, lang, this.sort, this.page, this.size);
	}

	public OfferQuery sortedBy(Sort sort) {
		return new OfferQuery(this.officeId, this.text, this.types, this.communeCode, this.latitude, this.longitude,
				this.radiusKm, this.on, this.lang, sort, this.page, this.size);
	}

	public OfferQuery page(int page, int size) {
		return new OfferQuery(this.officeId, this.text, this.types, this.communeCode, this.latitude, this.longitude,
				this.radiusKm, this.on, this.lang, this.sort, page, size);
	}

	boolean hasPosition() {
		return this.latitude != null;
	}

}
