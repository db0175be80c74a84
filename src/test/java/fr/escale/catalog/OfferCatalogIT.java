package fr.escale.catalog;

import static fr.escale.catalog.DatatourismeImportIT.fixture;
import static fr.escale.catalog.DatatourismeImportIT.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.escale.catalog.domain.OfferJson;
import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.importer.DatatourismeImport;
import fr.escale.catalog.importer.ImportReport;
import fr.escale.offices.Offices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue as the partners module uses it, each test in an office of its own. */
@SpringBootTest
@AutoConfigureMockMvc
class OfferCatalogIT {

	static final String HOTEL = "The Originals Tours Sud Pic Epeiche";

	@Autowired
	OfferCatalog catalog;

	@Autowired
	Offers offers;

	@Autowired
	Offices offices;

	@Autowired
	DatatourismeImport imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	UUID office;

	UUID otherOffice;

	UUID hotel;

	UUID restaurant;

	UUID event;

	@BeforeEach
	void anOfficeWithThreeImportedOffers() throws IOException {
		office = newOffice();
		otherOffice = newOffice();
		var report = importInto(office, Map.of("objects/h/hotel.json", fixture("hotel.json"), "objects/r/restaurant.json",
				fixture("restaurant.json"), "objects/e/event.json", fixture("event.json")));
		assertThat(report.created()).isEqualTo(3);
		hotel = idOf("hotel.json");
		restaurant = idOf("restaurant.json");
		event = idOf("event.json");
	}

	@Test
	void aRevisionChangesTheOfferKeepsWhatItWasAndIsSearchableWithinSeconds() throws Exception {
		ageConfirmation(hotel, 400);
		var before = catalog.find(office, hotel).orElseThrow();
		var content = renamed(before.offer(), "Auberge de la Bergeronnette");

		var revised = catalog.revise(office, hotel, content, "partner:contact@picepeiche.fr");

		assertThat(revised.offer().name().get("fr")).isEqualTo("Auberge de la Bergeronnette");
		assertThat(catalog.find(office, hotel).orElseThrow().offer()).isEqualTo(content);
		assertThat(revised.confirmedAt()).isAfter(before.confirmedAt()).isAfter(Instant.now().minusSeconds(60));
		assertThat(revised.confirmedBy()).isEqualTo("partner:contact@picepeiche.fr");
		assertThat(revised.updatedAt()).isAfter(before.updatedAt());
		var history = offers.history(hotel);
		assertThat(history).hasSize(1);
		assertThat(history.get(0).previous().name().get("fr")).isEqualTo(HOTEL);
		assertThat(history.get(0).changedBy()).isEqualTo("partner:contact@picepeiche.fr");
		assertThat(history.get(0).importRunId()).isNull();

		var deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String found;
		do {
			found = mvc.get().uri("/api/v1/offers?q=bergeronnette").exchange().getResponse().getContentAsString();
			if (found.contains(hotel.toString())) {
				break;
			}
			Thread.sleep(200);
		}
		while (System.nanoTime() < deadline);
		assertThat(found).contains(hotel.toString()).contains("Auberge de la Bergeronnette");
		// Who confirmed an offer is the office's business, not open data.
		assertThat(mvc.get().uri("/api/v1/offers/{id}", hotel)).bodyText()
			.contains("confirmedAt")
			.doesNotContain("partner:");
	}

	@Test
	void anotherOfficeNeitherFindsNorRevisesNorConfirmsTheOffer() {
		ageConfirmation(hotel, 400);
		var before = catalog.find(office, hotel).orElseThrow();

		assertThat(catalog.find(otherOffice, hotel)).isEmpty();
		assertThat(catalog.summaries(otherOffice, List.of(hotel, restaurant))).isEmpty();
		assertThat(catalog.search(otherOffice, "epeiche", 10)).isEmpty();
		assertThatThrownBy(() -> catalog.revise(otherOffice, hotel, renamed(before.offer(), "Volé"), "intruder"))
			.isInstanceOf(OfferNotFoundException.class);
		catalog.confirm(otherOffice, List.of(hotel), "intruder");

		var after = catalog.find(office, hotel).orElseThrow();
		assertThat(after.offer()).isEqualTo(before.offer());
		assertThat(after.confirmedAt()).isEqualTo(before.confirmedAt());
		assertThat(offers.history(hotel)).isEmpty();
	}

	@Test
	void aRevisionKeepsTheOffersIdentity() {
		var stored = catalog.find(office, hotel).orElseThrow();
		var json = new String(OfferJson.write(stored.offer()), StandardCharsets.UTF_8)
			.replace(stored.offer().datatourismeId(), "https://example.org/another");
		assertThatThrownBy(() -> catalog.revise(office, hotel, OfferJson.read(json), "someone"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void summariesAreTheOfficesOwnInTheOrderAsked() {
		var summaries = catalog.summaries(office, List.of(event, UUID.randomUUID(), hotel));

		assertThat(summaries).extracting(OfferSummary::id).containsExactly(event, hotel);
		var summary = summaries.get(1);
		assertThat(summary.name()).isEqualTo(HOTEL);
		assertThat(summary.types()).contains("Hotel");
		assertThat(summary.communeCode()).isEqualTo("37154");
		assertThat(summary.communeName()).isEqualTo("Montbazon");
		assertThat(summary.confirmedAt()).isNotNull();
		assertThat(catalog.summaries(office, List.of())).isEmpty();
	}

	@Test
	void theNameSearchIgnoresAccentsCaseAndWordOrder() {
		assertThat(catalog.search(office, "ÉPEICHE pic", 10)).extracting(OfferSummary::id).containsExactly(hotel);
		assertThat(catalog.search(office, "epei", 10)).extracting(OfferSummary::id).containsExactly(hotel);
		assertThat(catalog.search(office, "epeiche nowhere", 10)).isEmpty();
		assertThat(catalog.search(office, "%", 10)).isEmpty();
		assertThat(catalog.search(office, "  ", 10)).isEmpty();
	}

	@Test
	void confirmingMovesTheConfirmationButNotTheContent() {
		ageConfirmation(hotel, 730);
		ageConfirmation(restaurant, 240);
		var before = catalog.find(office, hotel).orElseThrow();

		assertThat(catalog.confirmedBefore(office, Instant.now().minus(180, ChronoUnit.DAYS)))
			.extracting(OfferSummary::id)
			.containsExactly(hotel, restaurant);

		catalog.confirm(office, List.of(hotel, UUID.randomUUID()), "counsellor@escale.test");

		var after = catalog.find(office, hotel).orElseThrow();
		assertThat(after.confirmedAt()).isAfter(Instant.now().minusSeconds(60));
		assertThat(after.confirmedBy()).isEqualTo("counsellor@escale.test");
		assertThat(after.offer()).isEqualTo(before.offer());
		assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
		assertThat(offers.history(hotel)).isEmpty();
		assertThat(catalog.confirmedBefore(office, Instant.now().minus(180, ChronoUnit.DAYS)))
			.extracting(OfferSummary::id)
			.containsExactly(restaurant);
	}

	@Test
	void freshnessCountsOffersByAgeOfConfirmation() {
		ageConfirmation(hotel, 730);
		ageConfirmation(restaurant, 240);

		assertThat(catalog.freshness(office, "commune")).containsExactlyInAnyOrder(
				new FreshnessRow("37154", "Montbazon", 1, 0, 0, 1),
				new FreshnessRow("37172", "Notre-Dame-d'Oé", 1, 0, 1, 0), new FreshnessRow("37205", "Saché", 1, 1, 0, 0));
		var byType = catalog.freshness(office, "type");
		assertThat(byType).contains(new FreshnessRow("Hotel", "Hôtel", 1, 0, 0, 1));
		assertThat(byType).extracting(FreshnessRow::total).containsOnly(1L).hasSize(3);
		assertThat(byType).extracting(FreshnessRow::ageing).containsExactlyInAnyOrder(0L, 1L, 0L);
		assertThat(catalog.freshness(otherOffice, "commune")).isEmpty();
		assertThatThrownBy(() -> catalog.freshness(office, "label")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theContactsOfOffersNotYetLinkedAreProposedAsPartners() {
		var proposals = catalog.contactProposals(office, List.of());

		assertThat(proposals).contains(new ContactProposal("HOTEL PIC EPEICHE", "contact@picepeiche.fr",
				"+33 2 47 73 19 71", "http://picepeiche.fr/", "37154", List.of(hotel)));
		assertThat(proposals).allSatisfy(proposal -> assertThat(proposal.email() != null || proposal.phone() != null).isTrue());
		assertThat(catalog.contactProposals(office, List.of(hotel)))
			.noneMatch(proposal -> proposal.offerIds().contains(hotel));
		assertThat(catalog.contactProposals(otherOffice, List.of())).isEmpty();
	}

	@Test
	void anUnchangedReImportKeepsTheConfirmationAndTheOfficesRevision() throws IOException {
		ageConfirmation(restaurant, 400);
		var aged = catalog.find(office, restaurant).orElseThrow().confirmedAt();
		var stored = catalog.find(office, hotel).orElseThrow();
		catalog.revise(office, hotel, renamed(stored.offer(), "Hôtel Pic Épeiche"), "partner:contact@picepeiche.fr");

		var again = importInto(office, Map.of("objects/h/hotel.json", fixture("hotel.json"), "objects/r/restaurant.json",
				fixture("restaurant.json")));

		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(catalog.find(office, restaurant).orElseThrow().confirmedAt()).isEqualTo(aged);
		assertThat(catalog.find(office, hotel).orElseThrow().offer().name().get("fr")).isEqualTo("Hôtel Pic Épeiche");

		// The source changed the object: it is updated, and confirmed by the source.
		var changed = new String(fixture("restaurant.json"), StandardCharsets.UTF_8).replace("Notre-Dame-d'Oé",
				"Notre-Dame-d’Oé");
		var third = importInto(office, Map.of("objects/r/restaurant.json", changed.getBytes(StandardCharsets.UTF_8)));
		assertThat(third.updated()).isEqualTo(1);
		assertThat(catalog.find(office, restaurant).orElseThrow().confirmedAt()).isAfter(aged);
	}

	private UUID newOffice() {
		var slug = "catalog-" + UUID.randomUUID().toString().substring(0, 8);
		return offices.first(slug, "Office " + slug).id();
	}

	private ImportReport importInto(UUID officeId, Map<String, byte[]> objects) throws IOException {
		var file = Files.createTempFile("catalog-it-", ".zip");
		try {
			Files.write(file, zip(objects));
			var run = imports.start(officeId, "catalog-it.zip", "import@escale.test");
			return imports.run(run, officeId, file, "import@escale.test", DatatourismeImport.Progress.NONE);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private UUID idOf(String fixture) throws IOException {
		var datatourismeId = JsonMapper.builder().build().readTree(fixture(fixture)).get("@id").asString();
		return offers.findByDatatourismeId(office, datatourismeId).orElseThrow().id();
	}

	private void ageConfirmation(UUID offerId, int days) {
		jdbc.sql("UPDATE catalog.offer SET confirmed_at = now() - make_interval(days => ?) WHERE id = ?")
			.params(days, offerId)
			.update();
	}

	private static Offer renamed(Offer offer, String name) {
		var o = offer;
		return new Offer(o.datatourismeId(), o.identifier(), o.types(), o.name().with("fr", name), o.shortDescription(),
				o.description(), o.address(), o.latitude(), o.longitude(), o.contacts(), o.openingPeriods(),
				o.eventPeriods(), o.prices(), o.classification(), o.labels(), o.ratings(), o.features(), o.themes(),
				o.media(), o.source(), o.lastUpdate(), o.lastUpdateDatatourisme(), o.translations());
	}

}
