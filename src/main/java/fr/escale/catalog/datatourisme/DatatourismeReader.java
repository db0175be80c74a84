package fr.escale.catalog.datatourisme;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import fr.escale.catalog.Address;
import fr.escale.catalog.Contact;
import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.Media;
import fr.escale.catalog.Offer;
import fr.escale.catalog.Period;
import fr.escale.catalog.Price;
import fr.escale.catalog.Rating;
import fr.escale.catalog.Source;
import fr.escale.catalog.Term;
import fr.escale.catalog.Translation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one DATAtourisme point of interest (JSON-LD, ontology 2.x or 3.x) into an {@link Offer}.
 * Lenient on shape (single value or array, language maps or value objects, compact keys or full
 * IRIs), strict on meaning: what would mislead a visitor is refused with an
 * {@link InvalidOfferException}. Thread-safe.
 */
public class DatatourismeReader {

	private static final Pattern HTML_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

	private static final Document.OutputSettings PLAIN = new Document.OutputSettings().prettyPrint(false);

	/** The language of texts given without one: DATAtourisme data is written in French first. */
	private static final String DEFAULT_LANGUAGE = "fr";

	private final JsonMapper mapper = JsonMapper.builder().build();

	public Offer read(byte[] json) {
		String problem = Utf8.firstProblem(json);
		if (problem != null) {
			throw new InvalidOfferException("$", problem);
		}
		JsonNode tree;
		try {
			tree = mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidOfferException("$", "not valid JSON: " + ex.getOriginalMessage());
		}
		return read(tree);
	}

	public Offer read(JsonNode object) {
		if (object == null || !object.isObject()) {
			throw new InvalidOfferException("$", "an offer must be a JSON object");
		}
		Field root = new Field(Vocabulary.normalize(object, "$"), "$");
		String id = id(root);
		LocalizedText name = localized(root, "rdfs:label");
		if (name.isEmpty()) {
			throw new InvalidOfferException("$.rdfs:label", "the offer has no name");
		}
		List<Field> places = root.all("isLocatedAt");
		Field geo = places.stream().map(place -> place.first("schema:geo")).filter(g -> g != null).findFirst().orElse(null);
		Double latitude = geo == null ? null : coordinate(geo, "schema:latitude", 90);
		Double longitude = geo == null ? null : coordinate(geo, "schema:longitude", 180);
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidOfferException(geo.path(), "a position needs both a latitude and a longitude");
		}
		Ratings ratings = ratings(root);
		return new Offer(id, text(root, "dc:identifier"), types(root), name, shortDescription(root),
				descriptions(root, "dc:description"), address(places), latitude, longitude, contacts(root),
				openingPeriods(places), eventPeriods(root), prices(root), ratings.classification, ratings.labels,
				ratings.others, terms(root.all("hasFeature").stream().flatMap(f -> f.all("features").stream()).toList()),
				terms(root.all("hasTheme")), media(root), source(root), date(root.firstText("lastUpdate")),
				instant(root.firstText("lastUpdateDatatourisme")), translations(root));
	}

	private String id(Field root) {
		Field field = root.firstText("@id");
		if (field == null) {
			throw new InvalidOfferException("$.@id", "the offer has no @id: every DATAtourisme object is identified by an IRI");
		}
		String id = field.text();
		try {
			URI uri = new URI(id);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
			if (!web && !scheme.equals("urn")) {
				throw new URISyntaxException(id, "not an absolute http(s) IRI");
			}
		}
		catch (URISyntaxException ex) {
			throw new InvalidOfferException(field.path(), "@id '" + abbreviate(id) + "' is not an IRI");
		}
		return id;
	}

	private List<String> types(Field root) {
		Set<String> types = new LinkedHashSet<>();
		for (Field type : root.texts("@type")) {
			String compact = Vocabulary.compact(type.text());
			if (Vocabulary.isCore(compact)) {
				types.add(compact);
			}
		}
		return List.copyOf(types);
	}

	private LocalizedText shortDescription(Field root) {
		LocalizedText text = descriptions(root, "shortDescription");
		return text.isEmpty() ? localized(root, "rdfs:comment") : text;
	}

	private LocalizedText descriptions(Field root, String key) {
		Map<String, String> texts = new TreeMap<>();
		for (Field description : root.all("hasDescription")) {
			localized(description, key).values().forEach(texts::putIfAbsent);
		}
		return LocalizedText.of(texts);
	}

	private Address address(List<Field> places) {
		for (Field place : places) {
			Field address = place.first("schema:address");
			if (address == null) {
				continue;
			}
			List<String> street = new ArrayList<>();
			for (Field line : address.texts("schema:streetAddress")) {
				addText(street, line);
			}
			Field city = address.first("hasAddressCity");
			String insee = null;
			String communeName = null;
			if (city != null) {
				insee = text(city, "insee");
				if (insee == null && city.text("@id") != null) {
					String local = Vocabulary.localName(city.text("@id"));
					insee = local.matches("\\d[\\dAB]\\d{3}") ? local : null;
				}
				communeName = localized(city, "rdfs:label").get(DEFAULT_LANGUAGE);
			}
			return new Address(street, text(address, "schema:postalCode"), text(address, "schema:addressLocality"),
					insee, communeName);
		}
		return null;
	}

	private Double coordinate(Field geo, String key, double bound) {
		Field field = geo.firstText(key);
		if (field == null) {
			return null;
		}
		double value;
		try {
			value = Double.parseDouble(field.text().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidOfferException(field.path(), "'" + abbreviate(field.text()) + "' is not a number");
		}
		if (!(value >= -bound && value <= bound)) {
			throw new InvalidOfferException(field.path(),
					key.substring("schema:".length()) + " " + field.text() + " is out of range [-" + (int) bound + ", "
							+ (int) bound + "]");
		}
		return value;
	}

	private List<Contact> contacts(Field root) {
		List<Contact> contacts = new ArrayList<>();
		addContacts(contacts, root.all("hasContact"), Contact.Role.MAIN);
		addContacts(contacts, root.all("hasBookingContact"), Contact.Role.BOOKING);
		return contacts;
	}

	private void addContacts(List<Contact> contacts, List<Field> agents, Contact.Role role) {
		for (Field agent : agents) {
			Contact contact = new Contact(role, text(agent, "schema:legalName"), texts(agent, "schema:telephone"),
					texts(agent, "schema:email"), texts(agent, "foaf:homepage"));
			if (contact.name() != null || !contact.phones().isEmpty() || !contact.emails().isEmpty()
					|| !contact.websites().isEmpty()) {
				contacts.add(contact);
			}
		}
	}

	private List<Period> openingPeriods(List<Field> places) {
		List<Period> periods = new ArrayList<>();
		for (Field place : places) {
			for (Field hours : place.all("schema:openingHoursSpecification")) {
				addPeriod(periods, new Period(date(hours.firstText("schema:validFrom")),
						date(hours.firstText("schema:validThrough")), time(hours.firstText("schema:opens")),
						time(hours.firstText("schema:closes")), weekdays(hours.all("schema:dayOfWeek")), note(hours)));
			}
		}
		return periods;
	}

	private List<Period> eventPeriods(Field root) {
		List<Period> periods = new ArrayList<>();
		for (Field period : root.all("takesPlaceAt")) {
			addPeriod(periods, new Period(date(period.firstText("startDate")), date(period.firstText("endDate")),
					time(period.firstText("startTime")), time(period.firstText("endTime")),
					weekdays(period.all("appliesOnDay")), note(period)));
		}
		if (periods.isEmpty()) {
			// some producers only give the event's overall dates
			addPeriod(periods, new Period(date(root.firstText("schema:startDate")),
					date(root.firstText("schema:endDate")), null, null, null, null));
		}
		return periods;
	}

	private static void addPeriod(List<Period> periods, Period period) {
		if (period.startDate() != null || period.endDate() != null || period.opens() != null
				|| period.closes() != null || !period.weekdays().isEmpty() || !period.note().isEmpty()) {
			periods.add(period);
		}
	}

	private LocalizedText note(Field period) {
		LocalizedText note = localized(period, "openingDetails");
		return note.isEmpty() ? localized(period, "additionalInformation") : note;
	}

	private Set<DayOfWeek> weekdays(List<Field> days) {
		Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
		for (Field day : days) {
			String name = day.text() == null ? null : Vocabulary.localName(day.text());
			for (DayOfWeek weekday : DayOfWeek.values()) {
				if (weekday.name().equalsIgnoreCase(name)) {
					weekdays.add(weekday);
				}
			}
		}
		return weekdays;
	}

	private List<Price> prices(Field root) {
		List<Price> prices = new ArrayList<>();
		for (Field offer : root.all("offers")) {
			for (Field spec : offer.all("schema:priceSpecification")) {
				BigDecimal price = decimal(spec.firstText("schema:price"));
				BigDecimal min = decimal(spec.firstText("schema:minPrice"));
				BigDecimal max = decimal(spec.firstText("schema:maxPrice"));
				Field policy = spec.first("hasEligiblePolicy");
				Price line = new Price(min == null ? price : min, max == null ? price : max,
						text(spec, "schema:priceCurrency"), localized(spec, "additionalInformation"),
						policy == null ? null : term(policy));
				if (line.min() != null || line.max() != null || !line.description().isEmpty() || line.policy() != null) {
					prices.add(line);
				}
			}
		}
		return prices;
	}

	private record Ratings(Rating classification, List<Term> labels, List<Rating> others) {
	}

	/** Stars are the classification, label ratings are quality labels, anything else stays a rating. */
	private Ratings ratings(Field root) {
		Rating classification = null;
		List<Term> labels = new ArrayList<>();
		List<Rating> others = new ArrayList<>();
		for (Field review : root.all("hasReview")) {
			for (Field value : review.all("hasReviewValue")) {
				String id = value.text("@id");
				if (id == null) {
					continue;
				}
				String scheme = null;
				for (Field type : value.texts("@type")) {
					String compact = Vocabulary.compact(type.text());
					if (Vocabulary.isCore(compact)) {
						scheme = compact;
						break;
					}
				}
				Rating rating = new Rating(Vocabulary.localName(id), localized(value, "rdfs:label"), scheme,
						decimal(value.firstText("schema:ratingValue")));
				if ("ScaleRating".equals(scheme) && classification == null) {
					classification = rating;
				}
				else if ("LabelRating".equals(scheme)) {
					labels.add(new Term(rating.code(), rating.label()));
				}
				else {
					others.add(rating);
				}
			}
		}
		return new Ratings(classification, labels, others);
	}

	private List<Term> terms(List<Field> fields) {
		List<Term> terms = new ArrayList<>();
		for (Field field : fields) {
			Term term = term(field);
			if (term != null) {
				terms.add(term);
			}
		}
		return terms;
	}

	private Term term(Field field) {
		String id = field.json().isObject() ? field.text("@id") : field.text();
		if (id == null) {
			return null;
		}
		return new Term(Vocabulary.localName(id),
				field.json().isObject() ? localized(field, "rdfs:label") : LocalizedText.empty());
	}

	/**
	 * Every representation once: main representations missing from {@code hasRepresentation}
	 * first, then the representations in published order, the main ones flagged.
	 */
	private List<Media> media(Field root) {
		Map<String, Media> main = new LinkedHashMap<>();
		for (Field representation : root.all("hasMainRepresentation")) {
			Media one = medium(representation, true);
			if (one != null) {
				main.putIfAbsent(one.url(), one);
			}
		}
		Map<String, Media> others = new LinkedHashMap<>();
		for (Field representation : root.all("hasRepresentation")) {
			Media one = medium(representation, false);
			if (one != null) {
				others.putIfAbsent(one.url(), main.containsKey(one.url()) ? withMain(one) : one);
			}
		}
		List<Media> media = new ArrayList<>();
		main.values().stream().filter(m -> !others.containsKey(m.url())).forEach(media::add);
		media.addAll(others.values());
		return media;
	}

	private static Media withMain(Media media) {
		return new Media(media.url(), media.title(), media.credits(), media.mimeType(), true);
	}

	private Media medium(Field representation, boolean main) {
		for (Field resource : representation.all("ebucore:hasRelatedResource")) {
			String url = text(resource, "ebucore:locator");
			if (url == null) {
				continue;
			}
			Field annotation = representation.first("ebucore:hasAnnotation");
			LocalizedText title = annotation == null ? null : localized(annotation, "ebucore:title");
			String credits = annotation == null ? null : String.join(", ", texts(annotation, "credits"));
			Field mime = resource.first("ebucore:hasMimeType");
			String mimeType = mime == null ? null
					: mime.json().isObject() ? localized(mime, "rdfs:label").get(DEFAULT_LANGUAGE) : mime.text();
			return new Media(url, title, credits == null || credits.isEmpty() ? null : credits, mimeType, main);
		}
		return null;
	}

	private Source source(Field root) {
		Field creator = root.first("hasBeenCreatedBy");
		Field publisher = root.first("hasBeenPublishedBy");
		return new Source(creator == null ? null : text(creator, "schema:legalName"),
				publisher == null ? null : text(publisher, "schema:legalName"));
	}

	/** DATAtourisme 3 states which texts a machine translated (property, languages, translator). */
	private List<Translation> translations(Field root) {
		List<Translation> translations = new ArrayList<>();
		for (Field translated : root.all("hasTranslatedProperty")) {
			String translator = text(translated, "dc:contributor");
			for (Field predicate : translated.texts("rdf:predicate")) {
				for (Field language : translated.texts("rdf:language")) {
					translations.add(new Translation(Vocabulary.compact(predicate.text()),
							language.text().toLowerCase(Locale.ROOT), translator));
				}
			}
		}
		return translations;
	}

	// values

	/**
	 * A language map ({@code {"fr": ["..."]}} or {@code {"fr": "..."}}), a list of JSON-LD value
	 * objects, or plain strings (taken as French). Several texts in one language are joined by
	 * line breaks so nothing is lost.
	 */
	private LocalizedText localized(Field parent, String key) {
		Map<String, List<String>> texts = new TreeMap<>();
		for (Field value : parent.all(key)) {
			JsonNode json = value.json();
			if (json.isObject() && json.has("@value")) {
				String language = json.has("@language") ? json.get("@language").asString() : DEFAULT_LANGUAGE;
				add(texts, language, value);
			}
			else if (json.isObject()) {
				for (String language : json.propertyNames()) {
					if (language.startsWith("@")) {
						continue;
					}
					for (Field text : value.all(language)) {
						add(texts, language, text);
					}
				}
			}
			else {
				add(texts, DEFAULT_LANGUAGE, value);
			}
		}
		Map<String, String> joined = new TreeMap<>();
		texts.forEach((language, values) -> joined.put(language, String.join("\n", values)));
		return LocalizedText.of(joined);
	}

	private void add(Map<String, List<String>> texts, String language, Field value) {
		String text = value.text();
		String clean = text == null ? null : clean(text);
		if (clean != null) {
			List<String> values = texts.computeIfAbsent(language.trim().toLowerCase(Locale.ROOT), l -> new ArrayList<>());
			if (!values.contains(clean)) {
				values.add(clean);
			}
		}
	}

	private String text(Field parent, String key) {
		for (Field value : parent.texts(key)) {
			String clean = clean(value.text());
			if (clean != null) {
				return clean;
			}
		}
		return null;
	}

	private List<String> texts(Field parent, String key) {
		List<String> texts = new ArrayList<>();
		for (Field value : parent.texts(key)) {
			addText(texts, value);
		}
		return texts;
	}

	private void addText(List<String> texts, Field value) {
		String clean = clean(value.text());
		if (clean != null && !texts.contains(clean)) {
			texts.add(clean);
		}
	}

	/** Trimmed plain text; HTML is not expected but stripped when a producer sends some. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String clean = text;
		if (HTML_TAG.matcher(clean).find()) {
			clean = Parser.unescapeEntities(Jsoup.clean(clean, "", Safelist.none(), PLAIN), false);
		}
		clean = clean.trim();
		return clean.isEmpty() ? null : clean;
	}

	private static LocalDate date(Field field) {
		if (field == null) {
			return null;
		}
		String text = field.text();
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeException notADate) {
			try {
				return LocalDateTime.parse(text).toLocalDate();
			}
			catch (DateTimeException notADateTime) {
				try {
					return OffsetDateTime.parse(text).toLocalDate();
				}
				catch (DateTimeException ex) {
					throw new InvalidOfferException(field.path(), "'" + abbreviate(text) + "' is not a date (expected YYYY-MM-DD)");
				}
			}
		}
	}

	private static Instant instant(Field field) {
		if (field == null) {
			return null;
		}
		String text = field.text();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException notOffset) {
			try {
				return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeException ex) {
				throw new InvalidOfferException(field.path(), "'" + abbreviate(text) + "' is not a date and time");
			}
		}
	}

	private static LocalTime time(Field field) {
		if (field == null) {
			return null;
		}
		try {
			return LocalTime.parse(field.text());
		}
		catch (DateTimeException ex) {
			throw new InvalidOfferException(field.path(), "'" + abbreviate(field.text()) + "' is not a time (expected HH:MM:SS)");
		}
	}

	private static BigDecimal decimal(Field field) {
		if (field == null) {
			return null;
		}
		try {
			return new BigDecimal(field.text().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new InvalidOfferException(field.path(), "'" + abbreviate(field.text()) + "' is not a number");
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

}
