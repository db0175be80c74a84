package fr.escale.catalog.datatourisme;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import fr.escale.catalog.Address;
import fr.escale.catalog.Contact;
import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.Media;
import fr.escale.catalog.Offer;
import fr.escale.catalog.Period;
import fr.escale.catalog.Price;
import fr.escale.catalog.Rating;
import fr.escale.catalog.Term;
import fr.escale.catalog.Translation;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an {@link Offer} as a DATAtourisme point of interest, in the compact JSON-LD of the
 * 2.x "flux" exports. What it writes, {@link DatatourismeReader} reads back to an equal offer.
 * Thread-safe.
 */
public class DatatourismeWriter {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	public ObjectNode write(Offer offer) {
		ObjectNode poi = JSON.objectNode();
		poi.set("@context", context());
		poi.put("@id", offer.datatourismeId());
		putText(poi, "dc:identifier", offer.identifier());
		ArrayNode types = poi.putArray("@type");
		offer.types().forEach(types::add);
		putLocalized(poi, "rdfs:label", offer.name());
		putLocalized(poi, "rdfs:comment", offer.shortDescription());
		if (!offer.shortDescription().isEmpty() || !offer.description().isEmpty()) {
			ObjectNode description = poi.putArray("hasDescription").addObject();
			description.putArray("@type").add("Description");
			putLocalized(description, "shortDescription", offer.shortDescription());
			putLocalized(description, "dc:description", offer.description());
		}
		writePlace(poi, offer);
		writeContacts(poi, "hasContact", offer.contacts(), Contact.Role.MAIN);
		writeContacts(poi, "hasBookingContact", offer.contacts(), Contact.Role.BOOKING);
		writeEventPeriods(poi, offer.eventPeriods());
		writePrices(poi, offer.prices());
		writeReviews(poi, offer);
		if (!offer.features().isEmpty()) {
			ArrayNode features = poi.putArray("hasFeature");
			for (Term feature : offer.features()) {
				ObjectNode specification = features.addObject();
				specification.putArray("@type").add("schema:PropertyValue").add("FeatureSpecification");
				specification.putArray("features").add(term(feature));
			}
		}
		if (!offer.themes().isEmpty()) {
			ArrayNode themes = poi.putArray("hasTheme");
			offer.themes().forEach(theme -> themes.add(term(theme)));
		}
		writeMedia(poi, offer.media());
		if (offer.source().creator() != null) {
			poi.set("hasBeenCreatedBy", agent(offer.source().creator()));
		}
		if (offer.source().publisher() != null) {
			poi.putArray("hasBeenPublishedBy").add(agent(offer.source().publisher()));
		}
		if (offer.lastUpdate() != null) {
			poi.put("lastUpdate", offer.lastUpdate().toString());
		}
		if (offer.lastUpdateDatatourisme() != null) {
			poi.put("lastUpdateDatatourisme", offer.lastUpdateDatatourisme().toString());
		}
		if (!offer.translations().isEmpty()) {
			ArrayNode translated = poi.putArray("hasTranslatedProperty");
			for (Translation translation : offer.translations()) {
				ObjectNode node = translated.addObject();
				if (translation.translator() != null) {
					node.putArray("dc:contributor").add(translation.translator());
				}
				node.putArray("rdf:language").add(translation.language());
				node.putArray("rdf:predicate").addObject().put("@id", translation.property());
			}
		}
		return poi;
	}

	/** The namespaces of the 2.x exports' {@code context.jsonld}, enough to expand every key written. */
	private static ObjectNode context() {
		ObjectNode context = JSON.objectNode();
		context.put("@vocab", "https://www.datatourisme.gouv.fr/ontology/core#");
		Vocabulary.NAMESPACES.forEach((namespace, prefix) -> {
			if (!prefix.isEmpty() && !context.has(prefix.substring(0, prefix.length() - 1))) {
				context.put(prefix.substring(0, prefix.length() - 1), namespace);
			}
		});
		for (String languageMap : List.of("rdfs:label", "rdfs:comment", "dc:description", "shortDescription",
				"additionalInformation", "openingDetails", "ebucore:title")) {
			context.putObject(languageMap).put("@container", "@language");
		}
		return context;
	}

	private void writePlace(ObjectNode poi, Offer offer) {
		Address address = offer.address();
		if (address.isEmpty() && !offer.hasCoordinates() && offer.openingPeriods().isEmpty()) {
			return;
		}
		ObjectNode place = poi.putArray("isLocatedAt").addObject();
		place.putArray("@type").add("schema:Place").add("Place");
		if (!address.isEmpty()) {
			ObjectNode postal = place.putArray("schema:address").addObject();
			postal.putArray("@type").add("schema:PostalAddress").add("PostalAddress");
			putTexts(postal, "schema:streetAddress", address.streetLines());
			putText(postal, "schema:postalCode", address.postalCode());
			putText(postal, "schema:addressLocality", address.locality());
			if (address.communeCode() != null || address.communeName() != null) {
				ObjectNode city = postal.putArray("hasAddressCity").addObject();
				if (address.communeCode() != null) {
					city.put("@id", "kb:" + address.communeCode());
				}
				city.putArray("@type").add("City");
				putText(city, "insee", address.communeCode());
				putLocalized(city, "rdfs:label", address.communeName() == null ? LocalizedText.empty()
						: LocalizedText.of("fr", address.communeName()));
			}
		}
		if (offer.hasCoordinates()) {
			ObjectNode geo = place.putObject("schema:geo");
			geo.putArray("@type").add("schema:GeoCoordinates");
			geo.put("schema:latitude", BigDecimal.valueOf(offer.latitude()).toPlainString());
			geo.put("schema:longitude", BigDecimal.valueOf(offer.longitude()).toPlainString());
		}
		if (!offer.openingPeriods().isEmpty()) {
			ArrayNode specifications = place.putArray("schema:openingHoursSpecification");
			for (Period period : offer.openingPeriods()) {
				ObjectNode hours = specifications.addObject();
				hours.putArray("@type").add("schema:OpeningHoursSpecification");
				putDateTime(hours, "schema:validFrom", period.startDate());
				putDateTime(hours, "schema:validThrough", period.endDate());
				putTime(hours, "schema:opens", period.opens());
				putTime(hours, "schema:closes", period.closes());
				if (!period.weekdays().isEmpty()) {
					hours.set("schema:dayOfWeek", days(period));
				}
				putLocalized(hours, "additionalInformation", period.note());
			}
		}
	}

	private void writeEventPeriods(ObjectNode poi, List<Period> periods) {
		if (periods.isEmpty()) {
			return;
		}
		ArrayNode takesPlaceAt = poi.putArray("takesPlaceAt");
		for (Period period : periods) {
			ObjectNode node = takesPlaceAt.addObject();
			ArrayNode type = node.putArray("@type");
			if (!period.weekdays().isEmpty()) {
				type.add("RecurrentPeriod");
			}
			type.add("Period");
			putText(node, "startDate", period.startDate() == null ? null : period.startDate().toString());
			putText(node, "endDate", period.endDate() == null ? null : period.endDate().toString());
			putTime(node, "startTime", period.opens());
			putTime(node, "endTime", period.closes());
			if (!period.weekdays().isEmpty()) {
				node.set("appliesOnDay", days(period));
			}
			putLocalized(node, "openingDetails", period.note());
		}
		// the overall dates, as the exports give them for search engines
		periods.stream().map(Period::startDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
			.ifPresent(start -> poi.putArray("schema:startDate").add(start.toString()));
		periods.stream().map(Period::endDate).filter(Objects::nonNull).max(Comparator.naturalOrder())
			.ifPresent(end -> poi.putArray("schema:endDate").add(end.toString()));
	}

	private void writeContacts(ObjectNode poi, String property, List<Contact> contacts, Contact.Role role) {
		List<Contact> selected = contacts.stream().filter(contact -> contact.role() == role).toList();
		if (selected.isEmpty()) {
			return;
		}
		ArrayNode agents = poi.putArray(property);
		for (Contact contact : selected) {
			ObjectNode agent = agents.addObject();
			agent.putArray("@type").add("foaf:Agent").add("Agent");
			putText(agent, "schema:legalName", contact.name());
			putTexts(agent, "schema:telephone", contact.phones());
			putTexts(agent, "schema:email", contact.emails());
			putTexts(agent, "foaf:homepage", contact.websites());
		}
	}

	private void writePrices(ObjectNode poi, List<Price> prices) {
		if (prices.isEmpty()) {
			return;
		}
		ObjectNode offer = poi.putArray("offers").addObject();
		offer.putArray("@type").add("schema:Offer").add("Offer");
		ArrayNode specifications = offer.putArray("schema:priceSpecification");
		for (Price price : prices) {
			ObjectNode specification = specifications.addObject();
			specification.putArray("@type").add("schema:PriceSpecification");
			if (price.min() != null) {
				specification.putArray("schema:minPrice").add(price.min().toPlainString());
			}
			if (price.max() != null) {
				specification.putArray("schema:maxPrice").add(price.max().toPlainString());
			}
			putText(specification, "schema:priceCurrency", price.currency());
			putLocalized(specification, "additionalInformation", price.description());
			if (price.policy() != null) {
				ObjectNode policy = term(price.policy());
				policy.putArray("@type").add("PricingPolicy");
				specification.putArray("hasEligiblePolicy").add(policy);
			}
		}
	}

	private void writeReviews(ObjectNode poi, Offer offer) {
		ArrayNode reviews = JSON.arrayNode();
		if (offer.classification() != null) {
			reviews.add(review(offer.classification()));
		}
		for (Term label : offer.labels()) {
			reviews.add(review(new Rating(label.code(), label.label(), "LabelRating", null)));
		}
		offer.ratings().forEach(rating -> reviews.add(review(rating)));
		if (!reviews.isEmpty()) {
			poi.set("hasReview", reviews);
		}
	}

	private ObjectNode review(Rating rating) {
		ObjectNode review = JSON.objectNode();
		review.putArray("@type").add("Review");
		ObjectNode value = review.putObject("hasReviewValue");
		value.put("@id", "kb:" + rating.code());
		if (rating.scheme() != null) {
			value.putArray("@type").add(rating.scheme());
		}
		putLocalized(value, "rdfs:label", rating.label());
		if (rating.value() != null) {
			value.put("schema:ratingValue", rating.value().toPlainString());
		}
		return review;
	}

	private void writeMedia(ObjectNode poi, List<Media> media) {
		if (media.isEmpty()) {
			return;
		}
		ArrayNode main = JSON.arrayNode();
		ArrayNode all = poi.putArray("hasRepresentation");
		for (Media medium : media) {
			ObjectNode representation = representation(medium);
			all.add(representation);
			if (medium.main()) {
				main.add(representation.deepCopy());
			}
		}
		if (!main.isEmpty()) {
			poi.set("hasMainRepresentation", main);
		}
	}

	private ObjectNode representation(Media medium) {
		ObjectNode representation = JSON.objectNode();
		representation.putArray("@type").add("ebucore:EditorialObject");
		if (!medium.title().isEmpty() || medium.credits() != null) {
			ObjectNode annotation = representation.putArray("ebucore:hasAnnotation").addObject();
			annotation.putArray("@type").add("ebucore:Annotation");
			putLocalized(annotation, "ebucore:title", medium.title());
			if (medium.credits() != null) {
				annotation.putArray("credits").add(medium.credits());
			}
		}
		ObjectNode resource = representation.putArray("ebucore:hasRelatedResource").addObject();
		resource.putArray("@type").add("ebucore:Resource");
		resource.putArray("ebucore:locator").add(medium.url());
		if (medium.mimeType() != null) {
			ObjectNode mime = resource.putArray("ebucore:hasMimeType").addObject();
			mime.putArray("@type").add("ebucore:MimeType");
			mime.putArray("rdfs:label").add(medium.mimeType());
		}
		return representation;
	}

	private static ObjectNode agent(String legalName) {
		ObjectNode agent = JSON.objectNode();
		agent.putArray("@type").add("schema:Organization").add("foaf:Agent").add("Agent");
		agent.put("schema:legalName", legalName);
		return agent;
	}

	private static ObjectNode term(Term term) {
		ObjectNode node = JSON.objectNode();
		node.put("@id", "kb:" + term.code());
		putLocalized(node, "rdfs:label", term.label());
		return node;
	}

	private static ArrayNode days(Period period) {
		ArrayNode days = JSON.arrayNode();
		for (DayOfWeek day : period.weekdays()) {
			String name = day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
			ObjectNode node = days.addObject();
			node.put("@id", "schema:" + name);
			node.putArray("@type").add("schema:DayOfWeek");
		}
		return days;
	}

	private static void putLocalized(ObjectNode node, String property, LocalizedText text) {
		if (text.isEmpty()) {
			return;
		}
		ObjectNode map = node.putObject(property);
		text.values().forEach((language, value) -> map.putArray(language).add(value));
	}

	private static void putText(ObjectNode node, String property, String text) {
		if (text != null) {
			node.put(property, text);
		}
	}

	private static void putTexts(ObjectNode node, String property, List<String> texts) {
		if (!texts.isEmpty()) {
			ArrayNode array = node.putArray(property);
			texts.forEach(array::add);
		}
	}

	private static void putDateTime(ObjectNode node, String property, LocalDate date) {
		if (date != null) {
			node.put(property, date.atStartOfDay().toString() + ":00");
		}
	}

	private static void putTime(ObjectNode node, String property, LocalTime time) {
		if (time != null) {
			// seconds always, as the exports do; fractions only when there are some, so nothing is lost
			node.put(property, time.getNano() == 0 ? TIME.format(time) : time.toString());
		}
	}

}
