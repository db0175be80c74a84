package fr.escale.welcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import fr.escale.welcome.assistant.DeskOffers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Counsellors log requests at the desk in seconds; each office sees its own points and requests only. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	InformationPoints points;

	@Autowired
	Requests requests;

	@Autowired
	OfferCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	UUID office;

	StaffPrincipal admin;

	StaffPrincipal counsellor;

	StaffPrincipal analyst;

	@BeforeEach
	void anOfficeWithItsStaff() {
		var slug = "desk-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office " + slug).id();
		admin = DeskStaff.member(accounts, office, slug, Role.ADMINISTRATOR);
		counsellor = DeskStaff.member(accounts, office, slug, Role.COUNSELLOR);
		analyst = DeskStaff.member(accounts, office, slug, Role.ANALYST);
	}

	@Test
	void aCounsellorLogsAFullRequestAndFindsItInTodaysList() throws Exception {
		var hotel = DeskOffers.importedHotel(mvc, catalog, office, admin.email(), DeskStaff.password(Role.ADMINISTRATOR));
		// The first opening of the desk gives the office its main desk.
		assertThat(mvc.get().uri("/desk").with(user(counsellor))).hasStatusOk().bodyText().contains("Accueil principal");
		var desk = points.of(office);
		assertThat(desk).extracting(InformationPoint::name, InformationPoint::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Accueil principal", PointKind.DESK));
		var before = Instant.now().minusSeconds(5);
		// Offers are found as the counsellor types; one already ticked stays ticked, and only once.
		assertThat(mvc.get().uri("/desk/offers").param("q", "epei").with(user(counsellor))).hasStatusOk().bodyText()
			.contains("Pic Epeiche", "value=\"" + hotel + "\">");
		assertThat(mvc.get().uri("/desk/offers").param("q", "epei").param("offers", hotel.toString())
			.with(user(counsellor))).bodyText().contains("value=\"" + hotel + "\" checked>")
			.doesNotContain("value=\"" + hotel + "\">");

		var logged = mvc.post().uri("/desk").with(user(counsellor)).with(csrf())
			.param("point", desk.get(0).id().toString()).param("channel", "PHONE").param("partySize", "4")
			.param("partyKind", "FAMILY").param("country", "FR").param("area", "75011").param("language", "fr")
			.param("topics", "HIKING", "FOOD").param("offers", hotel.toString()).param("note", "Cherche un gîte calme")
			.exchange();
		assertThat(logged).hasStatus3xxRedirection().hasRedirectedUrl("/desk");

		var stored = jdbc.sql("""
				SELECT point_id, channel, party_size, party_kind, country, french_area, language,
				       array_to_string(topics, ',') AS topics, note, counsellor, visitors, at
				  FROM welcome.request WHERE office_id = ?""").param(office).query().listOfRows();
		assertThat(stored).hasSize(1);
		var row = stored.get(0);
		assertThat(row).containsEntry("point_id", desk.get(0).id()).containsEntry("channel", "PHONE")
			.containsEntry("party_size", 4).containsEntry("party_kind", "FAMILY").containsEntry("country", "FR")
			.containsEntry("french_area", "75011").containsEntry("language", "fr").containsEntry("topics", "HIKING,FOOD")
			.containsEntry("note", "Cherche un gîte calme").containsEntry("counsellor", counsellor.email())
			.containsEntry("visitors", null);
		assertThat(((java.sql.Timestamp) row.get("at")).toInstant()).isAfter(before);
		assertThat(jdbc.sql("SELECT offer_id FROM welcome.request_offer").query(UUID.class).list()).contains(hotel);

		// The form comes back empty with the notice, and the request heads today's list.
		var page = mvc.get().uri("/desk").with(user(counsellor)).cookie(logged.getResponse().getCookie("SESSION"));
		assertThat(page).bodyText().contains("Demande enregistrée", "<td>Téléphone</td>", "<td>France (75011)</td>",
				"<td>4</td>", "Randonnée, ", "Gastronomie", "Pic Epeiche")
			.contains("id=\"country\" name=\"country\" value=\"\"", "id=\"note\" name=\"note\" value=\"\"")
			.doesNotContain("checked=\"checked\"");
	}

	@Test
	void inARushACounsellorCountsVisitorsInOneLine() {
		mvc.get().uri("/desk").with(user(counsellor)).exchange();
		var relay = points.create(office, new InformationPoint(null, "Relais du château", PointKind.RELAY, null, null,
				null, null, null, null, null, true));

		var counted = mvc.post().uri("/desk/count").with(user(counsellor)).with(csrf())
			.param("point", relay.id().toString()).param("visitors", "3").param("country", "Allemagne").exchange();
		assertThat(counted).hasStatus3xxRedirection();

		var stored = jdbc.sql("""
				SELECT point_id, channel, country, visitors, party_size, party_kind, french_area, language, note,
				       cardinality(topics) AS topics
				  FROM welcome.request WHERE office_id = ?""").param(office).query().listOfRows();
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0)).containsEntry("point_id", relay.id()).containsEntry("channel", "DESK")
			.containsEntry("country", "DE").containsEntry("visitors", 3).containsEntry("party_size", null)
			.containsEntry("party_kind", null).containsEntry("french_area", null).containsEntry("language", null)
			.containsEntry("note", null).containsEntry("topics", 0);
		// The point is remembered for the session: the desk now shows the relay and its count.
		assertThat(mvc.get().uri("/desk").with(user(counsellor)).cookie(counted.getResponse().getCookie("SESSION")))
			.bodyText()
			.contains("Visiteurs comptés", "Aujourd&#39;hui à Relais du château", "<td>Allemagne</td>", "<td>3</td>",
					"<td>Comptage</td>");
	}

	@Test
	void aBusyDeskListsItsLatestRequestsAndCountsTheDay() {
		var desk = points.open(office).get(0);
		for (int i = 1; i <= 32; i++) {
			requests.log(office, Request.counted(desk.id(), i, "BE", counsellor.email()));
		}
		var page = mvc.get().uri("/desk").with(user(counsellor));
		assertThat(page).bodyText().contains("Les 30 dernières des 32 demandes du jour", "<td>32</td>", "<td>3</td>")
			.doesNotContain("<td>2</td>", "<td>1</td>");
	}

	@Test
	void badInputIsExplainedInFrenchAndEnglishAndNothingTypedIsLost() {
		mvc.get().uri("/desk").with(user(counsellor)).exchange();
		var point = points.of(office).get(0).id().toString();
		var longNote = "x".repeat(1001);
		var bad = mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", point)
			.param("channel", "DESK").param("partySize", "0").param("country", "Syldavie").param("language", "zz")
			.param("topics", "CYCLING").param("note", longNote);
		assertThat(bad).hasStatusOk().bodyText()
			.contains("Pays inconnu : « Syldavie »", "Un nombre de personnes, de 1 à 500.", "Langue inconnue : « zz »",
					"Une note de 1000 caractères au plus.")
			.contains("value=\"Syldavie\"", "value=\"zz\"", longNote, "value=\"CYCLING\"\n          accesskey=\"4\" id=\"topics4\" name=\"topics\" checked=\"checked\"");
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", point)
			.param("channel", "DESK").param("country", "FR").param("area", "374").param("partySize", "501"))
			.bodyText().contains("« 374 » n&#39;est ni un département ni un code postal", "Un nombre de personnes, de 1 à 500.",
					"value=\"374\"", "value=\"501\"");
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("ui", "en").param("point", point)
			.param("channel", "DESK").param("country", "Syldavia").param("area", "374").param("partySize", "many"))
			.bodyText().contains("Unknown country: &quot;Syldavia&quot;", "A number of people, from 1 to 500.",
					"value=\"Syldavia\"", "value=\"many\"");
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("ui", "en").param("point", point)
			.param("channel", "DESK").param("country", "DE").param("area", "374").param("partySize", "0")
			.param("note", longNote))
			.bodyText().contains("The département or postal code is only for France.", "A number of people, from 1 to 500.",
					"A note of at most 1000 characters.");
		assertThat(mvc.post().uri("/desk/count").with(user(counsellor)).with(csrf()).param("point", point)
			.param("visitors", "0").param("country", "Syldavie"))
			.bodyText().contains("Un nombre de visiteurs, de 1 à 500.", "Pays inconnu : « Syldavie »", "value=\"Syldavie\"");
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ?").param(office).query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOfficeNeverSeesAnotherOfficesPointsOrRequests() throws IOException {
		var slug = "other-" + UUID.randomUUID().toString().substring(0, 8);
		var other = offices.first(slug, "Office " + slug).id();
		var stranger = DeskStaff.member(accounts, other, slug, Role.ADMINISTRATOR);
		var theirs = points.create(other, new InformationPoint(null, "Kiosque de la gare", PointKind.KIOSK, null, null,
				null, null, null, null, null, true));
		jdbc.sql("""
				INSERT INTO welcome.request (id, office_id, point_id, channel, at, country, counsellor, visitors)
				VALUES (gen_random_uuid(), ?, ?, 'DESK', now(), 'JP', 'x@other.test', 7)""")
			.params(other, theirs.id()).update();

		assertThat(mvc.get().uri("/desk/points").with(user(admin))).hasStatusOk().bodyText()
			.doesNotContain("Kiosque de la gare");
		assertThat(mvc.get().uri("/desk/points/{id}", theirs.id()).with(user(admin))).hasStatus(404);
		assertThat(mvc.post().uri("/desk/points/{id}", theirs.id()).with(user(admin)).with(csrf())
			.param("name", "Volé").param("kind", "KIOSK").param("active", "true")).hasStatus(404);
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", theirs.id().toString())
			.param("channel", "DESK").param("country", "FR")).hasStatus(404);
		assertThat(mvc.post().uri("/desk/count").with(user(counsellor)).with(csrf())
			.param("point", theirs.id().toString()).param("visitors", "1").param("country", "FR")).hasStatus(404);
		assertThat(mvc.get().uri("/desk").with(user(counsellor))).bodyText()
			.doesNotContain("Kiosque de la gare", "<td>Japon</td>", "<td>7</td>");
		assertThat(points.find(office, theirs.id())).isEmpty();
		assertThat(points.get(other, theirs.id()).name()).isEqualTo("Kiosque de la gare");
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ?").param(office).query(Long.class)
			.single()).isZero();
		assertThat(mvc.get().uri("/desk/points").with(user(stranger))).bodyText().contains("Kiosque de la gare");
		mvc.post().uri("/api/v1/imports/datatourisme").multipart()
			.file(new MockMultipartFile("file", "hotel.json", "application/json", DeskOffers.hotelJson()))
			.with(httpBasic(admin.email(), DeskStaff.password(Role.ADMINISTRATOR))).exchange();
		assertThat(mvc.get().uri("/desk/offers").param("q", "epei").with(user(stranger))).bodyText()
			.doesNotContain("Pic Epeiche");
	}

	@Test
	void administratorsKeepThePointsCounsellorsReadThem() {
		var created = mvc.post().uri("/desk/points/new").with(user(admin)).with(csrf()).param("name", "Accueil plage")
			.param("kind", "POPUP").param("commune", "Amboise").param("latitude", "47.41").param("longitude", "0.98")
			.param("openingHours", "10h–19h").param("runBy", "L'office").param("startsOn", "2027-07-01")
			.param("endsOn", "2027-08-31").param("active", "true");
		assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/desk/points");
		var popup = points.of(office).get(0);
		assertThat(popup).isEqualTo(new InformationPoint(popup.id(), "Accueil plage", PointKind.POPUP, "37003", 47.41,
				0.98, "10h–19h", "L'office", java.time.LocalDate.of(2027, 7, 1), java.time.LocalDate.of(2027, 8, 31),
				true));
		assertThat(mvc.post().uri("/desk/points/new").with(user(admin)).with(csrf()).param("name", "Borne")
			.param("kind", "KIOSK").param("commune", "Nullepart").param("latitude", "nord")
			.param("startsOn", "2027-07-02").param("endsOn", "2027-07-01").param("active", "true"))
			.hasStatusOk().bodyText().contains("Commune inconnue : « Nullepart »", "Une latitude en degrés décimaux, de -90 à 90",
					"La fin précède le début.", "value=\"Nullepart\"", "value=\"nord\"");
		// A request without the name field at all (not from the form) is answered as a blank name is.
		assertThat(mvc.post().uri("/desk/points/new").with(user(admin)).with(csrf()).param("kind", "DESK").param("active", "true"))
			.hasStatusOk().bodyText().contains("Ce champ est obligatoire.");
		assertThat(points.of(office)).hasSize(1);
		assertThat(mvc.get().uri("/desk/points").with(user(counsellor))).hasStatusOk().bodyText()
			.contains("Accueil plage", "Amboise", "Accueil éphémère");
		assertThat(mvc.get().uri("/desk/points/new").with(user(counsellor))).hasStatus(403);
		assertThat(mvc.post().uri("/desk/points/new").with(user(counsellor)).with(csrf()).param("name", "X")
			.param("kind", "DESK")).hasStatus(403);
	}

	@Test
	void anAnalystReadsButCannotLogAndEveryPostNeedsItsCsrfToken() {
		assertThat(mvc.get().uri("/desk").with(user(analyst))).hasStatusOk().bodyText()
			.contains("Aujourd&#39;hui à Accueil principal").doesNotContain("action=\"/desk\"", "action=\"/desk/count\"");
		var point = points.of(office).get(0).id().toString();
		assertThat(mvc.post().uri("/desk").with(user(analyst)).with(csrf()).param("point", point)
			.param("channel", "DESK").param("country", "FR")).hasStatus(403);
		assertThat(mvc.post().uri("/desk/count").with(user(analyst)).with(csrf()).param("point", point)
			.param("visitors", "1").param("country", "FR")).hasStatus(403);
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).param("point", point).param("channel", "DESK")
			.param("country", "FR")).hasStatus(403);
		assertThat(mvc.post().uri("/desk/count").with(user(counsellor)).param("point", point).param("visitors", "1")
			.param("country", "FR")).hasStatus(403);
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ?").param(office).query(Long.class)
			.single()).isZero();
	}

}
