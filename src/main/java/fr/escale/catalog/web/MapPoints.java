package fr.escale.catalog.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fr.escale.catalog.search.SearchHit;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The points a map draws, as JSON safe to place inside a page's script element. */
@Component
class MapPoints {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Point(UUID id, String name, double lat, double lon, String url) {
	}

	public String of(List<SearchHit> hits) {
		var points = hits.stream()
			.filter(hit -> hit.latitude() != null && hit.longitude() != null)
			.map(hit -> new Point(hit.id(), hit.name(), hit.latitude(), hit.longitude(), "/offers/" + hit.id()))
			.toList();
		return safe(JSON.writeValueAsString(points));
	}

	public String one(UUID id, String name, Double latitude, Double longitude) {
		if (latitude == null || longitude == null) {
			return "[]";
		}
		return safe(JSON.writeValueAsString(List.of(new Point(id, Objects.toString(name, ""), latitude, longitude, "/offers/" + id))));
	}

	/** "<" never appears raw, so no text of an offer can close the script element. */
	static String safe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
