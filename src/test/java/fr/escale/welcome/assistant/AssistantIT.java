package fr.escale.welcome.assistant;

import static fr.escale.welcome.assistant.DeskOffers.AMBOISE_LAT;
import static fr.escale.welcome.assistant.DeskOffers.AMBOISE_LON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.escale.Mailbox;
import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.search.OfferIndexer;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import fr.escale.welcome.DeskStaff;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import fr.escale.welcome.Requests;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The counsellor's assistant finds what is open near the visitor, builds their selection, hands it over as a
 * carnet de séjour (page, PDF, link and QR code, e-mail with consent) and keeps it with the logged request.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssistantIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	InformationPoints points;

	@Autowired
	Offers offers;

	@Autowired
	OfferIndexer indexer;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Carnets carnets;

	UUID office;

	String slug;

	StaffPrincipal counsellor;

	StaffPrincipal analyst;

	InformationPoint desk;

	UUID restaurant;

	UUID closed;

	UUID far;

	UUID castle;

	UUID festival;

	@BeforeEach
	void anOfficeInAmboiseWithItsOffers() {
		slug = "assistant-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office " + slug).id();
		counsellor = DeskStaff.member(accounts, office, slug, Role.COUNSELLOR);
		analyst = DeskStaff.member(accounts, office, slug, Role.ANALYST);
		desk = points.create(office, new InformationPoint(null, "Accueil d'Amboise", PointKind.DESK, "37003",
				AMBOISE_LAT, AMBOISE_LON, null, null, null, null, true));
		var today = LocalDate.now(Requests.DESK_ZONE);
		var food = List.of("Restaurant", "FoodEstablishment", "PlaceOfInterest", "PointOfInterest");
		var ids = DeskOffers.create(offers, indexer, office,
				DeskOffers.offer("Restaurant L'Épi d'or", food, "37003", "Amboise", 47.4140, 0.9870, today.minusDays(30),
						today.plusDays(30), false),
				DeskOffers.offer("Crêperie du Pont", food, "37003", "Amboise", 47.4130, 0.9840, today.minusDays(60),
						today.minusDays(1), false),
				DeskOffers.offer("Auberge de Chinon", food, "37072", "Chinon", 47.1670, 0.2420, today.minusDays(30),
						today.plusDays(30), false),
				DeskOffers.offer("Château du Clos", List.of("Castle", "CulturalSite", "PlaceOfInterest", "PointOfInterest"),
						"37003", "Amboise", 47.4100, 0.9900, today.minusDays(30), today.plusDays(30), false),
				DeskOffers.offer("Fête de la Loire", List.of("CulturalEvent", "EntertainmentAndEvent", "PointOfInterest"),
						"37003", "Amboise", 47.4150, 0.9800, today.plusDays(3), today.plusDays(3), true));
		restaurant = ids.get(0);
		closed = ids.get(1);
		far = ids.get(2);
		castle = ids.get(3);
		festival = ids.get(4);
	}

	@Test
	void theAssistantFindsWhatIsOpenTodayNearACommuneOfTheTopicAsked() {
		// Food near Amboise today: the restaurant; not the crêperie closed since yesterday, nor the inn of Chinon (60 km away).
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Amboise").param("topics", "FOOD").param("when", "TODAY")
			.with(user(counsellor))).hasStatusOk().bodyText()
			.contains("Restaurant L&#39;Épi d&#39;or", "value=\"" + restaurant + "\"")
			.doesNotContain("Crêperie du Pont", "Auberge de Chinon", "Château du Clos", "Fête de la Loire");
		// Any topic near the desk's own position (no commune typed): the restaurant and the castle, nearest first.
		assertThat(mvc.get().uri("/desk/assistant").with(user(counsellor))).bodyText()
			.containsSubsequence("Restaurant L&#39;Épi d&#39;or", "0,4 km", "Château du Clos", "0,6 km")
			.doesNotContain("Crêperie du Pont", "Auberge de Chinon", "Fête de la Loire");
		// The festival takes place in three days: found this week, not today.
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Amboise").param("topics", "EVENTS")
			.param("when", "WEEK").with(user(counsellor))).bodyText().contains("Fête de la Loire")
			.doesNotContain("Restaurant L&#39;Épi", "Château du Clos");
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Amboise").param("topics", "EVENTS")
			.with(user(counsellor))).bodyText().doesNotContain("Fête de la Loire").contains("Aucune offre ouverte");
		// Chinon's inn within 80 km.
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Amboise").param("topics", "FOOD").param("radius", "80")
			.with(user(counsellor))).bodyText().contains("Auberge de Chinon", "Restaurant L&#39;Épi");
		// A slip is explained, in French and in English.
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Nullepart").with(user(counsellor))).bodyText()
			.contains("Commune inconnue : « Nullepart »");
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Amboise").param("radius", "500").param("ui", "en")
			.with(user(counsellor))).bodyText().contains("A radius from 1 to 100 km, not &quot;500&quot;.");
	}

	@Test
	void theAssistantSearchesAnyOfSeveralTopicsTheDeskFormTicked() throws Exception {
		// Food and heritage: the castle and the restaurant, nearest the commune's centre first; food only: not the castle.
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Amboise").param("topics", "FOOD", "HERITAGE")
			.with(user(counsellor))).hasStatusOk().bodyText()
			.containsSubsequence("Château du Clos", "2,2 km", "Restaurant L&#39;Épi d&#39;or", "2,7 km")
			.doesNotContain("Crêperie du Pont", "Auberge de Chinon", "Fête de la Loire");
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Amboise").param("topics", "FOOD")
			.with(user(counsellor))).bodyText().contains("Restaurant L&#39;Épi d&#39;or").doesNotContain("Château du Clos");
		// The festival is an event and heritage: proposed once this week, with the castle, and nothing else.
		var week = mvc.get().uri("/desk/assistant").param("place", "Amboise").param("topics", "EVENTS", "HERITAGE")
			.param("when", "WEEK").with(user(counsellor)).exchange();
		assertThat(week).bodyText().doesNotContain("Restaurant L&#39;Épi");
		var body = week.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body.split("Fête de la Loire", -1)).hasSize(2);
		assertThat(body.split("<li>", -1)).hasSize(3);
		assertThat(body).contains("value=\"" + festival + "\"", "value=\"" + castle + "\"");

		// Ticking topics in the desk form ticks them in the panel, which the counsellor may still change.
		assertThat(mvc.get().uri("/desk/assistant/topics").param("topics", "FOOD", "HERITAGE").with(user(counsellor)))
			.hasStatusOk().bodyText()
			.contains("id=\"assistantTopics\"", "id=\"assistantTopic-FOOD\" value=\"FOOD\" checked",
					"id=\"assistantTopic-HERITAGE\" value=\"HERITAGE\" checked")
			.doesNotContain("value=\"HIKING\" checked");
		assertThat(mvc.get().uri("/desk").with(user(counsellor))).bodyText()
			.contains("id=\"assistantTopic-FOOD\" value=\"FOOD\">", "hx-include=\"#deskForm [name='topics']:checked\"");
		// A request shown again after a slip keeps its topics ticked in the assistant too.
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", desk.id().toString())
			.param("channel", "DESK").param("partySize", "0").param("topics", "CYCLING")).hasStatusOk().bodyText()
			.contains("id=\"assistantTopic-CYCLING\" value=\"CYCLING\" checked")
			.doesNotContain("id=\"assistantTopic-FOOD\" value=\"FOOD\" checked");
	}

	@Test
	void theDeskLineOfTheSelectionFollowsEachAddition() {
		var added = mvc.post().uri("/desk/selection").header("HX-Request", "true").param("offer", castle.toString())
			.with(user(counsellor)).with(csrf()).exchange();
		assertThat(added).hasStatusOk().bodyText().contains("Sélection pour le visiteur (1)",
				"<p id=\"withRequest\" class=\"muted\" hx-swap-oob=\"true\">+ 1 offre(s) de la sélection");
		// The page itself carries the line without swapping it, empty while nothing is selected.
		assertThat(mvc.get().uri("/desk").with(user(counsellor)).cookie(added.getResponse().getCookie("SESSION")))
			.bodyText().contains("<p id=\"withRequest\" class=\"muted\">+ 1 offre(s)").doesNotContain("hx-swap-oob");
		assertThat(mvc.get().uri("/desk").with(user(counsellor))).bodyText()
			.contains("<p id=\"withRequest\" class=\"muted\"></p>");
	}

	@Test
	void theSelectionBecomesTheCarnetAndIsKeptWithTheLoggedRequest() throws Exception {
		var first = mvc.post().uri("/desk/selection").header("HX-Request", "true").param("offer", restaurant.toString())
			.with(user(counsellor)).with(csrf()).exchange();
		assertThat(first).hasStatusOk().bodyText().contains("Sélection pour le visiteur (1)", "Restaurant L&#39;Épi d&#39;or");
		var session = first.getResponse().getCookie("SESSION");
		assertThat(mvc.post().uri("/desk/selection").header("HX-Request", "true").param("offer", festival.toString())
			.with(user(counsellor)).with(csrf()).cookie(session)).bodyText()
			.contains("Sélection pour le visiteur (2)", "Fête de la Loire");
		// The closed crêperie added then removed: it is not in the selection any more.
		mvc.post().uri("/desk/selection").header("HX-Request", "true").param("offer", closed.toString())
			.with(user(counsellor)).with(csrf()).cookie(session).exchange();
		assertThat(mvc.post().uri("/desk/selection").header("HX-Request", "true").param("offer", closed.toString())
			.param("action", "remove").with(user(counsellor)).with(csrf()).cookie(session)).bodyText()
			.contains("Sélection pour le visiteur (2)").doesNotContain("Crêperie du Pont");
		assertThat(mvc.get().uri("/desk").with(user(counsellor)).cookie(session)).bodyText()
			.contains("Sélection pour le visiteur (2)", "+ 2 offre(s) de la sélection");

		var made = mvc.post().uri("/desk/carnets").param("language", "en").with(user(counsellor)).with(csrf())
			.cookie(session).exchange();
		assertThat(made).hasStatus3xxRedirection();
		var carnet = jdbc.sql("SELECT id, token, language, array_to_string(offer_ids, ',') AS offers, point_id FROM welcome.carnet WHERE office_id = ?")
			.param(office).query().singleRow();
		assertThat(made).hasRedirectedUrl("/desk/carnets/" + carnet.get("id"));
		assertThat(carnet).containsEntry("language", "en").containsEntry("offers", restaurant + "," + festival);
		var token = (String) carnet.get("token");
		assertThat(token).hasSize(43);

		// The counsellor's printable page: in the visitor's language, with the link and its QR code.
		assertThat(mvc.get().uri("/desk/carnets/{id}", carnet.get("id")).with(user(counsellor))).hasStatusOk()
			.bodyText().contains("Holiday notebook", "Restaurant L&#39;Épi d&#39;or", "Fête de la Loire",
					"/carnet/" + token + "/qr.png", "http://localhost:8080/carnet/" + token, "02 47 57 00 00",
					"2 rue de la Loire", "37400 Amboise");
		var pdf = mvc.get().uri("/desk/carnets/{id}/carnet.pdf", carnet.get("id")).with(user(counsellor)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		var bytes = pdf.getResponse().getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		var text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
		assertThat(text).contains("Holiday notebook", "1. Restaurant L'Épi d'or", "2. Fête de la Loire",
				"Tel. 02 47 57 00 00", "http://localhost:8080/carnet/" + token);

		// The visitor's link needs no login, answers in their language, and its QR code holds it.
		assertThat(mvc.get().uri("/carnet/{token}", token)).hasStatusOk().bodyText()
			.contains("Holiday notebook", "Restaurant L&#39;Épi d&#39;or", "Fête de la Loire", "Red square: Accueil d&#39;Amboise");
		assertThat(mvc.get().uri("/carnet/{token}/carnet.pdf", token)).hasStatusOk().hasContentType("application/pdf");
		var png = mvc.get().uri("/carnet/{token}/qr.png", token).exchange();
		assertThat(png).hasStatusOk().hasContentType("image/png");
		assertThat(decode(png.getResponse().getContentAsByteArray())).isEqualTo("http://localhost:8080/carnet/" + token);
		var other = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
		assertThat(mvc.get().uri("/carnet/{token}", other)).hasStatus(404);
		assertThat(mvc.get().uri("/carnet/{token}/qr.png", other)).hasStatus(404);
		assertThat(mvc.get().uri("/carnet/{token}", "court")).hasStatus(404);

		// Logging the request keeps the selection as its recommended offers, and links the carnet to it.
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).cookie(session)
			.param("point", desk.id().toString()).param("channel", "DESK").param("country", "GB").param("partySize", "2"))
			.hasStatus3xxRedirection();
		var request = jdbc.sql("SELECT id FROM welcome.request WHERE office_id = ?").param(office).query(UUID.class).single();
		assertThat(jdbc.sql("SELECT offer_id FROM welcome.request_offer WHERE request_id = ?").param(request)
			.query(UUID.class).set()).isEqualTo(Set.of(restaurant, festival));
		assertThat(jdbc.sql("SELECT request_id FROM welcome.carnet WHERE id = ?").param(carnet.get("id")).query(UUID.class)
			.single()).isEqualTo(request);
		// The next visitor starts with an empty selection.
		assertThat(mvc.get().uri("/desk").with(user(counsellor)).cookie(session)).bodyText()
			.contains("Sélection pour le visiteur (0)", "<td>Royaume-Uni</td>", "Restaurant L&#39;Épi d&#39;or", "Fête de la Loire");

		// An expired link is not found.
		jdbc.sql("UPDATE welcome.carnet SET expires_at = now() - interval '1 minute' WHERE id = ?").param(carnet.get("id"))
			.update();
		assertThat(mvc.get().uri("/carnet/{token}", token)).hasStatus(404);
		// At night expired carnets go; the request keeps what was recommended.
		assertThat(carnets.purge()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.carnet WHERE office_id = ?").param(office).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request_offer WHERE request_id = ?").param(request)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void theCarnetGoesByEmailOnlyWithTheVisitorsConsentAndTheAddressIsNotKept() throws Exception {
		var carnet = aCarnet();
		var to = "visiteur-" + slug + "@voyage.test";
		assertThat(mvc.post().uri("/desk/carnets/{id}/email", carnet).param("email", to).with(user(counsellor))
			.with(csrf())).hasStatusOk().bodyText()
			.contains("Cochez la case : le visiteur doit accepter l&#39;envoi par e-mail.", "value=\"" + to + "\"");
		assertThat(mvc.post().uri("/desk/carnets/{id}/email", carnet).param("email", "pas-une-adresse")
			.param("consent", "true").with(user(counsellor)).with(csrf())).hasStatusOk().bodyText()
			.contains("Adresse e-mail invalide", "value=\"pas-une-adresse\"");
		assertThat(jdbc.sql("SELECT count(*) FROM platform.outgoing_mail WHERE recipient = ?").param(to)
			.query(Long.class).single()).isZero();

		var sent = mvc.post().uri("/desk/carnets/{id}/email", carnet).param("email", to).param("consent", "true")
			.with(user(counsellor)).with(csrf());
		assertThat(sent).hasStatus3xxRedirection().hasRedirectedUrl("/desk/carnets/" + carnet);
		var token = jdbc.sql("SELECT token FROM welcome.carnet WHERE id = ?").param(carnet).query(String.class).single();
		mailbox.deliverAll();
		assertThat(mailbox.receivedBy(to)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Votre carnet de séjour – Office " + slug);
			assertThat(mail.text()).contains("http://localhost:8080/carnet/" + token);
			assertThat(mail.html()).contains("<a href=\"http://localhost:8080/carnet/" + token + "\">");
		});
		// GDPR: the address is in the outgoing mail only.
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.carnet c WHERE c::text LIKE ?").param("%voyage.test%")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request r WHERE r::text LIKE ?").param("%voyage.test%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anotherOfficeCannotOpenTheCarnetThroughStaffRoutesAndAnAnalystCannotWrite() throws Exception {
		var carnet = aCarnet();
		var otherSlug = "other-" + UUID.randomUUID().toString().substring(0, 8);
		var stranger = DeskStaff.member(accounts, offices.first(otherSlug, "Office " + otherSlug).id(), otherSlug, Role.ADMINISTRATOR);
		assertThat(mvc.get().uri("/desk/carnets/{id}", carnet).with(user(stranger))).hasStatus(404);
		assertThat(mvc.get().uri("/desk/carnets/{id}/carnet.pdf", carnet).with(user(stranger))).hasStatus(404);
		assertThat(mvc.post().uri("/desk/carnets/{id}/email", carnet).param("email", "x@stranger.test")
			.param("consent", "true").with(user(stranger)).with(csrf())).hasStatus(404);
		// Their assistant never proposes our offers, and cannot add them to a selection.
		assertThat(mvc.get().uri("/desk/assistant").param("place", "Amboise").with(user(stranger))).bodyText()
			.doesNotContain("Restaurant L&#39;Épi", "Château du Clos");
		var theirs = mvc.post().uri("/desk/selection").header("HX-Request", "true").param("offer", restaurant.toString())
			.with(user(stranger)).with(csrf()).exchange();
		assertThat(theirs).bodyText().contains("(0)").doesNotContain("Restaurant L&#39;Épi");

		// An analyst reads the carnet but makes, mails and selects nothing.
		assertThat(mvc.get().uri("/desk/carnets/{id}", carnet).with(user(analyst))).hasStatusOk().bodyText()
			.doesNotContain("action=\"/desk/carnets/" + carnet + "/email\"");
		assertThat(mvc.post().uri("/desk/selection").param("offer", restaurant.toString()).with(user(analyst)).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/desk/carnets").with(user(analyst)).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri("/desk/carnets/{id}/email", carnet).param("email", "x@analyst.test")
			.param("consent", "true").with(user(analyst)).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri("/desk").with(user(analyst)).with(csrf()).param("point", desk.id().toString())
			.param("channel", "DESK").param("country", "FR")).hasStatus(403);
		// Without its CSRF token no carnet is made.
		assertThat(mvc.post().uri("/desk/carnets").with(user(counsellor))).hasStatus(403);
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.carnet WHERE office_id = ?").param(office).query(Long.class)
			.single()).isEqualTo(1);
		// Nothing selected: no carnet, and the desk says why.
		var empty = mvc.post().uri("/desk/carnets").with(user(counsellor)).with(csrf()).exchange();
		assertThat(empty).hasStatus3xxRedirection().hasRedirectedUrl("/desk");
		assertThat(mvc.get().uri("/desk").with(user(counsellor)).cookie(empty.getResponse().getCookie("SESSION")))
			.bodyText().contains("Ajoutez d&#39;abord des offres à la sélection.");
	}

	/** A carnet of the restaurant and the castle, made at the desk. */
	private UUID aCarnet() {
		var first = mvc.post().uri("/desk/selection").param("offer", restaurant.toString()).with(user(counsellor))
			.with(csrf()).exchange();
		Cookie session = first.getResponse().getCookie("SESSION");
		mvc.post().uri("/desk/selection").param("offer", castle.toString()).with(user(counsellor)).with(csrf())
			.cookie(session).exchange();
		var made = mvc.post().uri("/desk/carnets").with(user(counsellor)).with(csrf()).cookie(session).exchange();
		var location = made.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/desk/carnets/");
		return UUID.fromString(location.substring("/desk/carnets/".length()));
	}

	private static String decode(byte[] png) throws Exception {
		var image = ImageIO.read(new ByteArrayInputStream(png));
		var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap).getText();
	}

}
