package fr.escale.welcome.assistant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import fr.escale.catalog.search.OfferIndex;
import fr.escale.catalog.search.OfferQuery;
import fr.escale.welcome.Topic;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

/**
 * The counsellor's assistant: offers of the office open today, or taking place this week, near a place,
 * found through the catalogue search.
 */
@Service
@ConditionalOnWebApplication // the search index lives on web nodes only
public class Assistant {

	/** The most offers the assistant proposes: a counsellor reads a short list. */
	public static final int MAX_SUGGESTIONS = 30;

	/**
	 * The DATAtourisme classes behind each desk topic. DATAtourisme publishes every class of an offer
	 * with its ancestors (a hotel is also an Accommodation), so broad classes are enough.
	 */
	static final Map<Topic, List<String>> TYPES = new EnumMap<>(Map.of(
			Topic.ACCOMMODATION, List.of("Accommodation", "AccommodationProduct"),
			Topic.EVENTS, List.of("EntertainmentAndEvent"),
			Topic.HIKING, List.of("WalkingTour", "HorseTour", "NaturalHeritage"),
			Topic.CYCLING, List.of("CyclingTour", "BikeStationOrDepot"),
			Topic.HERITAGE, List.of("CulturalSite", "CulturalEvent"),
			Topic.FOOD, List.of("FoodEstablishment", "TastingProvider"),
			Topic.TRANSPORT, List.of("Transport"),
			Topic.PRACTICAL, List.of("ConvenientService", "TouristInformationCenter", "MedicalPlace", "ServiceProvider"),
			Topic.SHOPPING, List.of("Store", "SaleEvent"),
			Topic.LEISURE, List.of("SportsAndLeisurePlace", "ActivityProvider", "SportsEvent")));

	/** Today only, or the seven days from today. */
	public enum When {

		TODAY(1), WEEK(7);

		private final int days;

		When(int days) {
			this.days = days;
		}

	}

	/** An offer proposed, with the days of the period asked on which it is open or takes place. */
	public record Suggestion(UUID id, String name, List<String> types, String communeName, Double latitude,
			Double longitude, Double distanceKm, List<LocalDate> days) {
	}

	private final OfferIndex index;

	Assistant(OfferIndex index) {
		this.index = index;
	}

	/**
	 * The office's offers within the radius of the position, open (or taking place) on a day of the period
	 * starting today, of the types of any of the topics (any type without topics), nearest first. An offer of
	 * two topics is proposed once: one query asks for all their types.
	 */
	public List<Suggestion> suggest(UUID officeId, double latitude, double longitude, double radiusKm,
			Collection<Topic> topics, When when, LocalDate today, String lang) {
		var types = topics.stream().distinct().flatMap(t -> TYPES.get(t).stream()).distinct().toList();
		var found = new LinkedHashMap<UUID, Suggestion>();
		var days = new LinkedHashMap<UUID, TreeSet<LocalDate>>();
		for (int i = 0; i < when.days; i++) {
			var day = today.plusDays(i);
			var query = new OfferQuery(officeId, null, types, null, latitude, longitude, radiusKm, day, lang,
					OfferQuery.Sort.DISTANCE, 0, MAX_SUGGESTIONS);
			for (var hit : index.search(query).hits()) {
				found.putIfAbsent(hit.id(), new Suggestion(hit.id(), hit.name(), hit.types(), hit.communeName(),
						hit.latitude(), hit.longitude(), hit.distanceKm(), List.of()));
				days.computeIfAbsent(hit.id(), id -> new TreeSet<>()).add(day);
			}
		}
		var suggestions = new ArrayList<Suggestion>();
		found.values().forEach(s -> suggestions.add(new Suggestion(s.id(), s.name(), s.types(), s.communeName(),
				s.latitude(), s.longitude(), s.distanceKm(), List.copyOf(days.get(s.id())))));
		suggestions.sort(Comparator.comparing(Suggestion::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Suggestion::name, Comparator.nullsLast(Comparator.naturalOrder())));
		return suggestions.size() > MAX_SUGGESTIONS ? List.copyOf(suggestions.subList(0, MAX_SUGGESTIONS))
				: List.copyOf(suggestions);
	}

}
