package fr.escale.catalog.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What the search index needs of one offer; the catalog maps its richer offer model to it.
 *
 * @param names language code to name
 * @param texts language code to descriptions (short and long, concatenated)
 * @param types DATAtourisme class local names, e.g. {@code Hotel}, {@code CulturalSite}
 * @param communeCode INSEE code, 5 characters
 * @param openings open periods and event dates; none means the schedule is unknown, so the offer
 * never matches a date filter
 */
public record SearchDocument(UUID id, UUID officeId, long version, Map<String, String> names, Map<String, String> texts,
		List<String> types, String communeCode, String communeName, Double latitude, Double longitude,
		List<String> labels, List<DateSpan> openings) {

	public SearchDocument {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(officeId, "officeId");
		names = names == null ? Map.of() : Map.copyOf(names);
		texts = texts == null ? Map.of() : Map.copyOf(texts);
		types = types == null ? List.of() : List.copyOf(types);
		labels = labels == null ? List.of() : List.copyOf(labels);
		openings = openings == null ? List.of() : List.copyOf(openings);
		if ((latitude == null) != (longitude == null)) {
			throw new IllegalArgumentException("Offer " + id + " needs both a latitude and a longitude, or neither");
		}
	}

}
