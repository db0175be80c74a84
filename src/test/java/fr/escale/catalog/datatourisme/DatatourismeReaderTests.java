package fr.escale.catalog.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.escale.catalog.Contact;
import fr.escale.catalog.Offer;
import fr.escale.catalog.Period;
import fr.escale.catalog.Translation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DatatourismeReaderTests {

	private final DatatourismeReader reader = new DatatourismeReader();

	private final DatatourismeWriter writer = new DatatourismeWriter();

	static byte[] fixture(String name) {
		try (InputStream in = DatatourismeReaderTests.class.getResourceAsStream("/datatourisme/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void readsTheHotel() {
		Offer hotel = reader.read(fixture("hotel.json"));

		assertThat(hotel.datatourismeId())
			.isEqualTo("https://data.datatourisme.gouv.fr/15/0049d959-34e3-3385-a34d-1354ececdbdc");
		assertThat(hotel.name().get("fr")).isEqualTo("The Originals Tours Sud Pic Epeiche");
		assertThat(hotel.name().get("en")).isEqualTo("Pic Epeiche");
		assertThat(hotel.types()).containsExactly("Accommodation", "Hotel", "HotelTrade", "PlaceOfInterest",
				"PointOfInterest");
		assertThat(hotel.address().communeCode()).isEqualTo("37154");
		assertThat(hotel.address().communeName()).isEqualTo("Montbazon");
		assertThat(hotel.address().postalCode()).isEqualTo("37250");
		assertThat(hotel.latitude()).isEqualTo(47.2787233);
		assertThat(hotel.longitude()).isEqualTo(0.71035346);
		Contact main = hotel.contacts().stream().filter(c -> c.role() == Contact.Role.MAIN && c.name() != null)
			.findFirst().orElseThrow();
		assertThat(main.name()).isEqualTo("HOTEL PIC EPEICHE");
		assertThat(main.phones()).containsExactly("+33 2 47 73 19 71");
		assertThat(main.emails()).containsExactly("contact@picepeiche.fr");
		assertThat(hotel.classification().code()).isEqualTo("ScaleRating_2etoiles");
		assertThat(hotel.classification().label().get("fr")).isEqualTo("2 étoiles");
		assertThat(hotel.classification().value()).isEqualByComparingTo("2");
		assertThat(hotel.lastUpdateDatatourisme()).isBefore(Instant.parse("2021-01-01T00:00:00Z"));
	}

	@Test
	void readsTheDatesOfAnEvent() {
		Offer event = reader.read(fixture("event.json"));

		assertThat(event.types()).contains("EntertainmentAndEvent");
		assertThat(event.eventPeriods()).extracting(Period::startDate)
			.containsExactlyInAnyOrder(LocalDate.of(2020, 12, 8), LocalDate.of(2020, 12, 15),
					LocalDate.of(2020, 12, 22), LocalDate.of(2020, 12, 29));
		assertThat(event.eventPeriods()).allSatisfy(p -> assertThat(p.endDate()).isEqualTo(p.startDate()));
		assertThat(event.address().communeCode()).isEqualTo("37205");
	}

	@Test
	void readsTheTranslationsOfVersion3() {
		Offer rental = reader.read(fixture("v3-rental.json"));

		assertThat(rental.datatourismeId()).startsWith("https://data.datatourisme.fr/");
		assertThat(rental.name().get("fr")).isEqualTo("MAZETTE");
		assertThat(rental.name().languages()).containsExactly("de", "en", "es", "fr", "nl");
		assertThat(rental.shortDescription().languages()).containsExactly("de", "en", "es", "fr", "it", "nl");
		assertThat(rental.translations()).extracting(Translation::language)
			.containsExactlyInAnyOrder("it", "nl", "es", "de", "en");
		assertThat(rental.translations()).allSatisfy(t -> {
			assertThat(t.property()).isEqualTo("rdfs:comment");
			assertThat(t.translator()).isEqualTo("https://api.deepl.com/v2/translate");
		});
	}

	@Test
	void readsOpeningHoursAndPricesOfARestaurant() {
		Offer restaurant = reader.read(fixture("v3-restaurant.json"));

		assertThat(restaurant.types()).contains("Restaurant");
		assertThat(restaurant.name().get("fr")).isEqualTo("Chez Jeanne");
		assertThat(restaurant.openingPeriods()).isNotEmpty();
		assertThat(restaurant.openingPeriods()).anySatisfy(p -> assertThat(p.weekdays()).isNotEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "hotel.json", "restaurant.json", "event.json", "heritage-site.json", "tour.json",
			"product.json", "v3-rental.json", "v3-restaurant.json" })
	void writesWhatItReadsBack(String fixture) {
		Offer offer = reader.read(fixture(fixture));

		ObjectNode written = writer.write(offer);

		assertThat(reader.read(written)).isEqualTo(offer);
		assertThat(written.get("@context").get("@vocab").asString())
			.isEqualTo("https://www.datatourisme.gouv.fr/ontology/core#");
	}

	@Test
	void understandsFullIrisAndValueObjects() {
		String json = """
				{"@id": "https://data.datatourisme.gouv.fr/15/x",
				 "@type": ["https://www.datatourisme.fr/ontology/core#Hotel", "http://schema.org/Hotel"],
				 "http://www.w3.org/2000/01/rdf-schema#label": [{"@value": " Le Relais ", "@language": "fr"},
				   {"@value": "The <b>Inn</b>", "@language": "en"}],
				 "https://www.datatourisme.gouv.fr/ontology/core#isLocatedAt": {
				   "http://schema.org/geo": {"http://schema.org/latitude": 47.39, "http://schema.org/longitude": "0.68"},
				   "http://schema.org/openingHoursSpecification": {"http://schema.org/dayOfWeek": {"@id": "http://schema.org/Monday"},
				     "http://schema.org/opens": "09:00", "http://schema.org/validFrom": "2024-07-01T09:00:00"}},
				 "https://www.datatourisme.fr/ontology/core#hasContact": {"http://schema.org/telephone": "02 47 00 00 00"},
				 "offers": {"schema:priceSpecification": {"schema:price": "12.50", "schema:priceCurrency": "EUR"}}}
				""";

		Offer offer = reader.read(json.getBytes(StandardCharsets.UTF_8));

		assertThat(offer.types()).containsExactly("Hotel");
		assertThat(offer.name().get("fr")).isEqualTo("Le Relais");
		assertThat(offer.name().get("en")).isEqualTo("The Inn");
		assertThat(offer.latitude()).isEqualTo(47.39);
		assertThat(offer.longitude()).isEqualTo(0.68);
		assertThat(offer.openingPeriods()).singleElement().satisfies(p -> {
			assertThat(p.weekdays()).containsExactly(DayOfWeek.MONDAY);
			assertThat(p.startDate()).isEqualTo(LocalDate.of(2024, 7, 1));
		});
		assertThat(offer.contacts()).singleElement().extracting(Contact::phones).isEqualTo(List.of("02 47 00 00 00"));
		assertThat(offer.prices()).singleElement().satisfies(p -> {
			assertThat(p.min()).isEqualTo(new BigDecimal("12.50"));
			assertThat(p.max()).isEqualTo(new BigDecimal("12.50"));
		});
		assertThat(reader.read(writer.write(offer))).isEqualTo(offer);
	}

	@Test
	void refusesAnObjectWithoutId() {
		assertThatThrownBy(() -> read("""
				{"rdfs:label": {"fr": ["Sans identifiant"]}}"""))
			.isInstanceOf(InvalidOfferException.class)
			.hasMessage("the offer has no @id: every DATAtourisme object is identified by an IRI (at $.@id)");
	}

	@Test
	void refusesAnIdThatIsNotAnIri() {
		assertThatThrownBy(() -> read("""
				{"@id": "pas une adresse", "rdfs:label": {"fr": ["X"]}}"""))
			.isInstanceOf(InvalidOfferException.class)
			.hasMessage("@id 'pas une adresse' is not an IRI (at $.@id)");
	}

	@Test
	void refusesAnObjectWithoutName() {
		assertThatThrownBy(() -> read("""
				{"@id": "https://data.datatourisme.gouv.fr/15/x", "rdfs:label": {"fr": ["  "]}}"""))
			.isInstanceOf(InvalidOfferException.class)
			.hasMessage("the offer has no name (at $.rdfs:label)");
	}

	@Test
	void refusesCoordinatesOutOfRange() {
		assertThatThrownBy(() -> read("""
				{"@id": "https://data.datatourisme.gouv.fr/15/x", "rdfs:label": {"fr": ["X"]},
				 "isLocatedAt": [{"schema:geo": {"schema:latitude": "147.2", "schema:longitude": "0.7"}}]}"""))
			.isInstanceOf(InvalidOfferException.class)
			.hasMessage("latitude 147.2 is out of range [-90, 90] (at $.isLocatedAt[0].schema:geo.schema:latitude)")
			.extracting(ex -> ((InvalidOfferException) ex).path())
			.isEqualTo("$.isLocatedAt[0].schema:geo.schema:latitude");
	}

	@Test
	void refusesADateThatIsNotADate() {
		assertThatThrownBy(() -> read("""
				{"@id": "https://data.datatourisme.gouv.fr/15/x", "rdfs:label": {"fr": ["X"]},
				 "takesPlaceAt": [{"startDate": "31/12/2020"}]}"""))
			.isInstanceOf(InvalidOfferException.class)
			.hasMessage("'31/12/2020' is not a date (expected YYYY-MM-DD) (at $.takesPlaceAt[0].startDate)");
	}

	@Test
	void refusesOversizedTextsAndLists() {
		ObjectNode tooLong = JsonMapper.builder().build().createObjectNode();
		tooLong.put("@id", "https://data.datatourisme.gouv.fr/15/x");
		tooLong.putObject("rdfs:label").putArray("fr").add("x".repeat(100_001));
		assertThatThrownBy(() -> reader.read(tooLong)).isInstanceOf(InvalidOfferException.class)
			.hasMessage("text too long: 100001 characters, at most 100000 are accepted (at $.rdfs:label.fr[0])");

		ObjectNode tooMany = JsonMapper.builder().build().createObjectNode();
		tooMany.put("@id", "https://data.datatourisme.gouv.fr/15/x");
		tooMany.putObject("rdfs:label").putArray("fr").add("X");
		for (int i = 0; i < 5_001; i++) {
			tooMany.withArray("hasTheme").addObject().put("@id", "kb:Theme" + i);
		}
		assertThatThrownBy(() -> reader.read(tooMany)).isInstanceOf(InvalidOfferException.class)
			.hasMessage("too many values: 5001, at most 5000 are accepted (at $.hasTheme)");
	}

	@Test
	void refusesBytesThatAreNotUtf8() {
		byte[] latin1 = """
				{"@id": "https://data.datatourisme.gouv.fr/15/x", "rdfs:label": {"fr": ["Château"]}}"""
			.getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> reader.read(latin1)).isInstanceOf(InvalidOfferException.class)
			.hasMessageStartingWith("not valid UTF-8 text: malformed byte sequence at byte");
	}

	private Offer read(String json) {
		return reader.read(json.getBytes(StandardCharsets.UTF_8));
	}

}
