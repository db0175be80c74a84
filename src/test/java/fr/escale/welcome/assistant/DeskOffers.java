package fr.escale.welcome.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.escale.catalog.Address;
import fr.escale.catalog.Contact;
import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.Offer;
import fr.escale.catalog.OfferSummary;
import fr.escale.catalog.Period;
import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.search.OfferIndexer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Offers put straight into an office's catalogue and its search index, as an import would, for the desk's tests. */
public final class DeskOffers {

	/** Amboise's centre, where the desk's tests place the visitor. */
	public static final double AMBOISE_LAT = 47.4125;

	public static final double AMBOISE_LON = 0.9825;

	private DeskOffers() {
	}

	/**
	 * An offer of these DATAtourisme types (ancestors included, as DATAtourisme publishes them), open every day
	 * from one day to another, or taking place then when it is an event.
	 */
	public static Offer offer(String name, List<String> types, String communeCode, String commune, double latitude,
			double longitude, LocalDate from, LocalDate to, boolean event) {
		var period = List.of(new Period(from, to, LocalTime.of(10, 0), LocalTime.of(18, 0), Set.of(), null));
		return new Offer("https://data.datatourisme.fr/test/" + UUID.randomUUID(), null, types,
				LocalizedText.of("fr", name), null, null,
				new Address(List.of("2 rue de la Loire"), "37400", commune, communeCode, commune), latitude, longitude,
				List.of(new Contact(Contact.Role.MAIN, null, List.of("02 47 57 00 00"), List.of(),
						List.of("https://offre.test"))),
				event ? List.of() : period, event ? period : List.of(), List.of(), null, List.of(), List.of(), List.of(),
				List.of(), List.of(), null, null, null, List.of());
	}

	/**
	 * The hotel of datatourisme/hotel.json (« Pic Epeiche », at Montbazon) imported into the office's catalogue
	 * through the import API as an administrator would, once it can be found.
	 */
	public static UUID importedHotel(MockMvcTester mvc, OfferCatalog catalog, UUID officeId, String adminEmail,
			String password) throws IOException, InterruptedException {
		var upload = mvc.post().uri("/api/v1/imports/datatourisme").multipart()
			.file(new MockMultipartFile("file", "hotel.json", "application/json", hotelJson()))
			.with(httpBasic(adminEmail, password));
		assertThat(upload).hasStatusOk();
		List<OfferSummary> found = List.of();
		for (int i = 0; i < 50 && found.isEmpty(); i++) {
			found = catalog.search(officeId, "epeiche", 5);
			if (found.isEmpty()) {
				Thread.sleep(100);
			}
		}
		assertThat(found).hasSize(1);
		return found.get(0).id();
	}

	public static byte[] hotelJson() throws IOException {
		return new ClassPathResource("datatourisme/hotel.json").getContentAsByteArray();
	}

	/** Creates the offers and makes them searchable at once; returns their ids in the same order. */
	public static List<UUID> create(Offers offers, OfferIndexer indexer, UUID officeId, Offer... content) {
		offers.upsert(officeId, List.of(content), null, "import@escale.test");
		indexer.catchUp();
		return java.util.Arrays.stream(content)
			.map(offer -> offers.findByDatatourismeId(officeId, offer.datatourismeId()).orElseThrow().id())
			.toList();
	}

}
