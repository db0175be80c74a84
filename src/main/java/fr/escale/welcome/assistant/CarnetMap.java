package fr.escale.welcome.assistant;

import java.util.ArrayList;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The numbered offers and the desk of a carnet, as JSON safe inside a page's script element, for Leaflet. */
final class CarnetMap {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private CarnetMap() {
	}

	static String json(CarnetPage page) {
		var points = new ArrayList<Map<String, Object>>();
		if (page.point() != null) {
			points.add(Map.of("label", "", "name", page.point().name(), "lat", page.point().latitude(), "lon",
					page.point().longitude(), "desk", true));
		}
		page.entries().stream().filter(CarnetPage.Entry::located)
			.forEach(e -> points.add(Map.of("label", String.valueOf(e.number()), "name", java.util.Objects.toString(e.name(), ""), "lat",
					e.latitude(), "lon", e.longitude(), "desk", false)));
		// "<" never appears raw, so no offer's name can close the script element.
		return JSON.writeValueAsString(points).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
