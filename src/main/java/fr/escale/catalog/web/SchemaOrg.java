package fr.escale.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.escale.catalog.Offer;
import fr.escale.catalog.StoredOffer;
import tools.jackson.databind.json.JsonMapper;

/** An offer as schema.org JSON-LD, embedded in its page for search engines. */
final class SchemaOrg {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// The most specific DATAtourisme class first: the first one schema.org knows gives the @type.
	private static final Map<String, String> TYPES = new LinkedHashMap<>();
	static {
		TYPES.put("Hotel", "Hotel");
		TYPES.put("CampingAndCaravanning", "Campground");
		TYPES.put("Guesthouse", "BedAndBreakfast");
		TYPES.put("Accommodation", "LodgingBusiness");
		TYPES.put("Restaurant", "Restaurant");
		TYPES.put("FoodEstablishment", "FoodEstablishment");
		TYPES.put("Museum", "Museum");
		TYPES.put("Castle", "LandmarksOrHistoricalBuildings");
		TYPES.put("ReligiousSite", "PlaceOfWorship");
		TYPES.put("ParkAndGarden", "Park");
		TYPES.put("CulturalSite", "TouristAttraction");
		TYPES.put("NaturalHeritage", "TouristAttraction");
		TYPES.put("EntertainmentAndEvent", "Event");
		TYPES.put("Tour", "TouristTrip");
		TYPES.put("Product", "Product");
		TYPES.put("SportsAndLeisurePlace", "SportsActivityLocation");
	}

	private SchemaOrg() {
	}

	static String of(StoredOffer stored) {
		Offer offer = stored.offer();
		var json = new LinkedHashMap<String, Object>();
		json.put("@context", "https://schema.org");
		json.put("@type", type(offer.types()));
		json.put("@id", offer.datatourismeId());
		json.put("name", offer.name().get("fr"));
		put(json, "description", offer.shortDescription().isEmpty() ? offer.description().get("fr")
				: offer.shortDescription().get("fr"));
		var address = offer.address();
		if (address.communeCode() != null || address.postalCode() != null) {
			var postal = new LinkedHashMap<String, Object>();
			postal.put("@type", "PostalAddress");
			put(postal, "streetAddress", String.join(", ", address.streetLines()));
			put(postal, "postalCode", address.postalCode());
			put(postal, "addressLocality", address.locality() != null ? address.locality() : address.communeName());
			postal.put("addressCountry", "FR");
			json.put("address", postal);
		}
		if (offer.hasCoordinates()) {
			json.put("geo", Map.of("@type", "GeoCoordinates", "latitude", offer.latitude(), "longitude",
					offer.longitude()));
		}
		offer.contacts().stream().flatMap(c -> c.phones().stream()).findFirst().ifPresent(p -> json.put("telephone", p));
		offer.contacts().stream().flatMap(c -> c.emails().stream()).findFirst().ifPresent(e -> json.put("email", e));
		offer.contacts().stream().flatMap(c -> c.websites().stream()).findFirst().ifPresent(w -> json.put("url", w));
		offer.media().stream().filter(m -> m.main()).findFirst().or(() -> offer.media().stream().findFirst())
			.ifPresent(media -> json.put("image", media.url()));
		if (!offer.eventPeriods().isEmpty()) {
			var first = offer.eventPeriods().get(0);
			put(json, "startDate", first.startDate());
			put(json, "endDate", first.endDate());
		}
		return MapPoints.safe(JSON.writeValueAsString(json));
	}

	private static String type(List<String> types) {
		return TYPES.entrySet()
			.stream()
			.filter(entry -> types.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse("TouristAttraction");
	}

	private static void put(Map<String, Object> json, String key, Object value) {
		if (value != null && !"".equals(value)) {
			json.put(key, value.toString());
		}
	}

}
