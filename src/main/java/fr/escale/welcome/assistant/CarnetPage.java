package fr.escale.welcome.assistant;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A carnet as the visitor reads it, on paper, in a PDF or on a phone: the offers numbered as on its map.
 *
 * @param point where the carnet was made, drawn on the map; null when the point has no position
 */
record CarnetPage(Carnet carnet, String officeName, Place point, List<Entry> entries, Locale locale) {

	/** A position drawn on the map. */
	record Place(String name, double latitude, double longitude) {
	}

	/** One offer of the carnet, with what a visitor needs to go there. */
	record Entry(int number, UUID offerId, String name, List<String> address, String phone, String email,
			String website, List<String> when, Double latitude, Double longitude) {

		boolean located() {
			return latitude != null && longitude != null;
		}

	}

}
