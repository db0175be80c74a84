package fr.escale.catalog.search;

import java.util.List;
import java.util.UUID;

/**
 * One offer found, with what a result list shows; {@code distanceKm} is set when the query gave a
 * position.
 */
public record SearchHit(UUID id, String name, List<String> types, String communeCode, String communeName,
		Double latitude, Double longitude, Double distanceKm) {
}
