package fr.escale.catalog.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.Offer;
import fr.escale.catalog.Period;
import fr.escale.catalog.StoredOffer;
import fr.escale.territory.Communes;
import org.springframework.stereotype.Component;

/** What the search index keeps of an offer. */
@Component
class SearchDocuments {

	private final Communes communes;

	SearchDocuments(Communes communes) {
		this.communes = communes;
	}

	SearchDocument of(StoredOffer stored) {
		var offer = stored.offer();
		var address = offer.address();
		var code = address.communeCode();
		// The reference names the commune when the object does not (or spells it otherwise).
		var communeName = communes.byCode(code).map(c -> c.name()).orElse(address.communeName());
		boolean located = offer.latitude() != null && offer.longitude() != null;
		return new SearchDocument(stored.id(), stored.officeId(), stored.updatedAt().toEpochMilli(), offer.name().values(),
				texts(offer), offer.types(), code, communeName, located ? offer.latitude() : null,
				located ? offer.longitude() : null, labels(offer), openings(offer));
	}

	private static Map<String, String> texts(Offer offer) {
		var texts = new HashMap<String, String>();
		add(texts, offer.shortDescription());
		add(texts, offer.description());
		return texts;
	}

	private static void add(Map<String, String> texts, LocalizedText text) {
		text.values().forEach((language, value) -> texts.merge(language, value, (one, other) -> one + "\n" + other));
	}

	private static List<String> labels(Offer offer) {
		var labels = new ArrayList<String>();
		if (offer.classification() != null) {
			labels.add(offer.classification().label().get("fr"));
		}
		offer.labels().forEach(label -> labels.add(label.label().get("fr")));
		return labels.stream().filter(Objects::nonNull).distinct().toList();
	}

	private static List<DateSpan> openings(Offer offer) {
		var spans = new ArrayList<DateSpan>();
		for (List<Period> periods : List.of(offer.openingPeriods(), offer.eventPeriods())) {
			for (var period : periods) {
				if (period.startDate() != null || period.endDate() != null) {
					var start = period.startDate() != null ? period.startDate() : period.endDate();
					var end = period.endDate() != null ? period.endDate() : period.startDate();
					spans.add(new DateSpan(start, end, period.weekdays()));
				}
			}
		}
		return spans;
	}

}
