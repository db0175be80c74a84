package fr.escale.welcome.sadi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import fr.escale.catalog.OfferCatalog;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import fr.escale.welcome.Requests;
import fr.escale.welcome.assistant.DeskOffers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The information scheme (SADI) beyond the register: brochures and their stock at each point, the
 * low-stock alerts, what screens show, the requests logged at each point, and the coverage map.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SadiIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	InformationPoints points;

	@Autowired
	Stocks stocks;

	@Autowired
	Brochures brochures;

	@Autowired
	OfferCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	String slug;

	UUID office;

	StaffPrincipal admin;

	StaffPrincipal counsellor;

	StaffPrincipal analyst;

	@BeforeEach
	void anOfficeWithItsStaff() {
		slug = "sadi-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office " + slug).id();
		admin = member(office, slug, "admin", Role.ADMINISTRATOR);
		counsellor = member(office, slug, "counsellor", Role.COUNSELLOR);
		analyst = member(office, slug, "analyst", Role.ANALYST);
	}

	@Test
	void counsellorsTypeMovementsAndTheStockNeverGoesBelowZero() {
		var kiosk = point("Kiosque de la gare", PointKind.KIOSK);
		var guide = brochure("Guide découverte 2026", "fr, EN de", "2026", "Château d'Amboise");
		assertThat(jdbc.sql("SELECT title, array_to_string(languages, ','), edition_year, publisher FROM welcome.brochure WHERE id = ?")
			.param(guide).query().singleRow().values())
			.containsExactly("Guide découverte 2026", "fr,en,de", 2026, "Château d'Amboise");

		assertThat(move(counsellor, kiosk, guide, "DELIVERED", "20")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/desk/points/" + kiosk + "/brochures");
		move(counsellor, kiosk, guide, "HANDED_OUT", "5");
		move(admin, kiosk, guide, "COUNTED", "12");
		assertThat(quantity(kiosk, guide)).isEqualTo(12);

		// Handing out more than the point holds is refused, said plainly, and changes nothing.
		assertThat(move(counsellor, kiosk, guide, "HANDED_OUT", "13")).hasStatusOk().bodyText()
			.contains("Il ne reste que 12 « Guide découverte 2026 » ici : impossible d&#39;en remettre davantage.",
					"name=\"quantity\" value=\"13\"");
		assertThat(move(counsellor, kiosk, guide, "HANDED_OUT", "12", "en")).hasStatus3xxRedirection();
		assertThat(move(counsellor, kiosk, guide, "HANDED_OUT", "1", "en")).hasStatusOk().bodyText()
			.contains("Only 0 of &quot;Guide découverte 2026&quot; left here: cannot hand out more.");
		assertThat(quantity(kiosk, guide)).isZero();

		// Every movement is kept, with who typed it and the stock after it.
		assertThat(jdbc.sql("""
				SELECT kind || ' ' || quantity || ' -> ' || stock_after || ' by ' || typed_by FROM welcome.stock_movement
				 WHERE office_id = ? ORDER BY at, stock_after DESC""").param(office).query(String.class).list())
			.containsExactly("DELIVERED 20 -> 20 by " + counsellor.email(), "HANDED_OUT 5 -> 15 by " + counsellor.email(),
					"COUNTED 12 -> 12 by " + admin.email(), "HANDED_OUT 12 -> 0 by " + counsellor.email());
		var page = html(mvc.get().uri("/desk/points/{id}/brochures", kiosk).with(user(analyst)));
		assertThat(page.select("table.history tbody tr")).hasSize(4);
		assertThat(page.select("table.history tbody tr").get(0).select("td").eachText())
			.containsExactly(page.select("table.history tbody tr").get(0).select("td").get(0).text(), "Guide découverte 2026",
					"Remises (−)", "−12", "0", counsellor.email());
		assertThat(page.select("tr[data-brochure='" + guide + "'] td").eachText()).contains("FR, EN, DE", "0");
	}

	@Test
	void administratorsAreMailedOnceWhenTheStockFallsToItsLevelAndAgainOnlyAfterARestock() {
		var secondAdmin = member(office, slug, "director", Role.ADMINISTRATOR);
		var desk = point("Accueil d'Amboise", PointKind.DESK);
		var map = brochure("Carte vélo", "fr", "", "");
		assertThat(mvc.post().uri("/desk/points/{id}/brochures/{b}/level", desk, map).with(user(admin)).with(csrf())
			.param("level", "10")).hasStatus3xxRedirection();
		move(counsellor, desk, map, "DELIVERED", "15");
		assertThat(alerts()).isEmpty();

		move(counsellor, desk, map, "HANDED_OUT", "5");
		assertThat(alerts()).containsExactlyInAnyOrder(admin.email(), secondAdmin.email());
		var mail = jdbc.sql("SELECT subject, text_body FROM platform.outgoing_mail WHERE office_id = ? AND recipient = ?")
			.params(office, admin.email()).query().singleRow();
		assertThat(mail.get("subject")).isEqualTo("À recommander : « Carte vélo » à Accueil d'Amboise");
		assertThat((String) mail.get("text_body")).contains("Le stock de « Carte vélo » à Accueil d'Amboise est descendu à 10 (seuil de réapprovisionnement : 10).",
				"/desk/points/" + desk + "/brochures");

		// Still low: no second mail; the points list says what to reorder.
		move(counsellor, desk, map, "HANDED_OUT", "2");
		move(counsellor, desk, map, "COUNTED", "7");
		assertThat(alerts()).hasSize(2);
		var list = html(mvc.get().uri("/desk/points").with(user(analyst)));
		assertThat(list.select(".reorder h2").text()).isEqualTo("À recommander (1)");
		assertThat(list.select(".reorder tbody td").eachText()).containsExactly("Accueil d'Amboise", "Carte vélo", "7", "10");

		// Back above the level, then down again: one more mail to each administrator.
		move(counsellor, desk, map, "DELIVERED", "10");
		assertThat(html(mvc.get().uri("/desk/points").with(user(analyst))).select(".reorder")).isEmpty();
		assertThat(alerts()).hasSize(2);
		move(counsellor, desk, map, "HANDED_OUT", "7");
		assertThat(alerts()).hasSize(4);
		assertThat(jdbc.sql("SELECT count(*) FROM platform.outgoing_mail WHERE office_id = ? AND recipient = ?")
			.params(office, counsellor.email()).query(Long.class).single()).isZero();
	}

	@Test
	void tenCounsellorsHandingOutAtOnceLeaveTheExactStock() throws Exception {
		var relay = point("Relais du château", PointKind.RELAY);
		var guide = brochure("Guide des randonnées", "fr", "2025", "");
		stocks.move(office, relay, guide, MovementKind.DELIVERED, 100, "livreur");
		stocks.reorderLevel(office, relay, guide, 5);

		// 15 hand-outs of 7 from 100: 14 fit (98), the 15th finds 2 left.
		var start = new CountDownLatch(1);
		var tasks = new ArrayList<Callable<Boolean>>();
		for (int i = 0; i < 15; i++) {
			tasks.add(() -> {
				start.await();
				try {
					stocks.move(office, relay, guide, MovementKind.HANDED_OUT, 7, counsellor.email());
					return true;
				}
				catch (NotEnoughStockException refused) {
					return false;
				}
			});
		}
		var pool = Executors.newFixedThreadPool(10);
		try {
			var results = tasks.stream().map(pool::submit).toList();
			start.countDown();
			long done = 0;
			for (var result : results) {
				done += result.get() ? 1 : 0;
			}
			assertThat(done).isEqualTo(14);
		}
		finally {
			pool.shutdown();
		}
		assertThat(quantity(relay, guide)).isEqualTo(2);
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.stock_movement WHERE point_id = ? AND kind = 'HANDED_OUT'")
			.param(relay).query(Long.class).single()).isEqualTo(14);
		assertThat(jdbc.sql("SELECT min(stock_after) FROM welcome.stock_movement WHERE point_id = ?").param(relay)
			.query(Integer.class).single()).isEqualTo(2);
		// One fall below the level, one mail, however many threads crossed it.
		assertThat(alerts()).containsExactly(admin.email());
	}

	@Test
	void aScreenShowsTodaysItemsInOrderAtItsSecretAddress() throws Exception {
		var hotel = DeskOffers.importedHotel(mvc, catalog, office, admin.email(), "administrator-secret-42");
		var screen = point("Écran de l'office", PointKind.SCREEN);
		var today = LocalDate.now(Requests.DESK_ZONE);
		// Offers are picked by name as one types.
		assertThat(html(mvc.get().uri("/desk/points/{id}/screen/offers", screen).param("q", "epei").with(user(counsellor)))
			.select("input[name=offer]").eachAttr("value")).containsExactly(hotel.toString());
		addItem(screen, "", "Marché de Noël ce soir", today.toString(), today.toString());
		addItem(screen, "", "Fête d'hier", today.minusDays(3).toString(), today.minusDays(1).toString());
		addItem(screen, "", "Concert de demain", today.plusDays(1).toString(), "");
		assertThat(addItem(screen, hotel.toString(), "", "", "")).hasStatus3xxRedirection();

		// The offer goes first.
		var items = jdbc.sql("SELECT id FROM welcome.screen_item WHERE point_id = ? ORDER BY position").param(screen)
			.query(UUID.class).list();
		mvc.post().uri("/desk/points/{id}/screen/{item}/up", screen, items.get(3)).with(user(counsellor)).with(csrf()).exchange();
		mvc.post().uri("/desk/points/{id}/screen/{item}/up", screen, items.get(3)).with(user(counsellor)).with(csrf()).exchange();
		mvc.post().uri("/desk/points/{id}/screen/{item}/up", screen, items.get(3)).with(user(counsellor)).with(csrf()).exchange();
		var staffPage = html(mvc.get().uri("/desk/points/{id}/screen", screen).with(user(analyst)));
		assertThat(staffPage.select("ol.screen-items > li").eachText()).hasSize(4).first().asString().contains("Pic Epeiche");
		assertThat(staffPage.select("a.screen-address")).isEmpty();
		assertThat(staffPage.select("form[action$='/screen']")).isEmpty();

		// Only an administrator issues the address; it is long and random.
		assertThat(mvc.post().uri("/desk/points/{id}/screen/address", screen).with(user(counsellor)).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri("/desk/points/{id}/screen/address", screen).with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection();
		var token = jdbc.sql("SELECT token FROM welcome.screen_token WHERE point_id = ?").param(screen).query(String.class).single();
		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(html(mvc.get().uri("/desk/points/{id}/screen", screen).with(user(analyst))).select("a.screen-address").attr("href"))
			.matches("https?://[^/]+/screens/" + token);

		// No login: today's items, in order, and nothing else.
		var display = html(mvc.get().uri("/screens/{token}", token));
		assertThat(display.select("article.slide").eachText()).hasSize(2);
		assertThat(display.select("article.slide").get(0).select("h1").text()).isEqualTo("The Originals Tours Sud Pic Epeiche");
		assertThat(display.select("article.slide").get(1).text()).isEqualTo("Marché de Noël ce soir");
		assertThat(display.html()).doesNotContain("Fête d'hier", "Concert de demain").contains("http-equiv=\"refresh\" content=\"300\"");
		// Another token of the same shape: its first character changed (never the same one).
		var other = (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1);
		assertThat(mvc.get().uri("/screens/{token}", other)).hasStatus(404);

		// A new address: the old one stops at once.
		mvc.post().uri("/desk/points/{id}/screen/address", screen).with(user(admin)).with(csrf()).exchange();
		assertThat(mvc.get().uri("/screens/{token}", token)).hasStatus(404);
		var renewed = jdbc.sql("SELECT token FROM welcome.screen_token WHERE point_id = ?").param(screen).query(String.class).single();
		assertThat(mvc.get().uri("/screens/{token}", renewed)).hasStatusOk();

		// A desk is not a screen.
		var desk = point("Accueil", PointKind.DESK);
		assertThat(mvc.get().uri("/desk/points/{id}/screen", desk).with(user(admin))).hasStatus(404);
	}

	@Test
	void theCoverageMapListsTheCommunesFarFromEveryOpenPoint() throws Exception {
		DeskOffers.importedHotel(mvc, catalog, office, admin.email(), "administrator-secret-42"); // the hotel is at Montbazon (37154)
		// 2 km north of Amboise's centre; the relay at Loches (about 32 km away) is closed.
		points.create(office, new InformationPoint(null, "Accueil d'Amboise", PointKind.DESK, "37003", 47.40970, 1.00024,
				null, null, null, null, true));
		points.create(office, new InformationPoint(null, "Relais de Loches", PointKind.RELAY, "37132", null, null, null,
				null, null, null, false));
		points.create(office, new InformationPoint(null, "Borne mobile", PointKind.KIOSK, null, null, null, null, null,
				null, null, true));

		var page = html(mvc.get().uri("/desk/points/map").with(user(analyst)));
		assertThat(page.select("table.far-communes tbody tr").eachAttr("data-commune")).containsExactly("37132", "37154");
		assertThat(page.select("tr[data-commune='37132'] td").eachText())
			.containsExactly("Loches", "37", "6\u202f234", "32,3 km");
		assertThat(page.select("h2").text()).contains("Communes à plus de 10 km de tout point ouvert : 2 sur 3");
		assertThat(page.text()).contains("Points sans position ni commune, absents de la carte (1) : Borne mobile");
		assertThat(page.select("#coverage-data").html()).contains("\"kind\":\"DESK\"", "\"name\":\"Loches\"");

		var wider = html(mvc.get().uri("/desk/points/map").param("km", "30").with(user(analyst)));
		assertThat(wider.select("table.far-communes tbody tr").eachAttr("data-commune")).containsExactly("37132");
		assertThat(html(mvc.get().uri("/desk/points/map").param("km", "40").with(user(analyst))).text())
			.contains("Toutes les communes du territoire ont un point ouvert à proximité.");

		var bad = html(mvc.get().uri("/desk/points/map").param("km", "loin").with(user(analyst)));
		assertThat(bad.select("span.error").text()).isEqualTo("Une distance entière de 1 à 200 km ; affichée pour 10 km.");
		assertThat(bad.select("#km").val()).isEqualTo("loin");
		assertThat(html(mvc.get().uri("/desk/points/map").param("km", "0").param("ui", "en").with(user(analyst)))
			.select("span.error").text()).isEqualTo("A whole distance from 1 to 200 km; shown for 10 km.");
	}

	@Test
	void eachPointShowsItsRequestsOfTheLast30DaysAnd12Months() {
		var desk = point("Accueil principal", PointKind.DESK);
		var popup = points.create(office, new InformationPoint(null, "Accueil plage", PointKind.POPUP, null, null, null,
				null, null, LocalDate.of(2026, 7, 1), null, true)).id();
		var now = Instant.now();
		request(desk, "DESK", now.minus(1, ChronoUnit.HOURS));
		request(desk, "DESK", now.minus(2, ChronoUnit.DAYS));
		request(desk, "PHONE", now.minus(3, ChronoUnit.DAYS));
		request(desk, "EMAIL", now.minus(40, ChronoUnit.DAYS));
		request(desk, "DESK", now.minus(400, ChronoUnit.DAYS));
		request(popup, "OUTSIDE", now.minus(10, ChronoUnit.DAYS));
		var other = offices.first(slug + "-o", "Other " + slug).id();
		var theirs = points.create(other, new InformationPoint(null, "Ailleurs", PointKind.DESK, null, null, null, null,
				null, null, null, true));
		request(theirs.id(), other, "DESK", now);

		var list = html(mvc.get().uri("/desk/points").with(user(counsellor)));
		assertThat(list.select("td[data-point='" + desk + "']").text()).isEqualTo("3");
		assertThat(list.select("td[data-point='" + popup + "']").text()).isEqualTo("1");

		var overview = html(mvc.get().uri("/desk/points/{id}/overview", desk).with(user(analyst)));
		assertThat(overview.select("table.requests-by-month tbody tr")).hasSize(12);
		// Columns: month, desk, phone, e-mail, chat, outside, kiosk, total.
		assertThat(overview.select("table.requests-by-month tfoot th, table.requests-by-month tfoot td").eachText())
			.containsExactly("Total", "2", "1", "1", "0", "0", "0", "4");
		var fortyDaysAgo = YearMonth.from(now.minus(40, ChronoUnit.DAYS).atZone(Requests.DESK_ZONE));
		assertThat(overview.select("tr[data-month='" + fortyDaysAgo + "'] td").get(3).text()).isEqualTo("1");
		assertThat(overview.select("tr[data-month='" + YearMonth.now(Requests.DESK_ZONE) + "'] td").get(0).text())
			.isEqualTo(YearMonth.now(Requests.DESK_ZONE).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRENCH)));
		var beach = html(mvc.get().uri("/desk/points/{id}/overview", popup).with(user(analyst)));
		assertThat(beach.select("table.requests-by-month tfoot th").last().text()).isEqualTo("1");
		assertThat(beach.select("dl.facts dd").eachText()).contains("Accueil éphémère", "01/07/2026 – …");
	}

	@Test
	void anotherOfficesStaffFindNothingOfOurs() throws Exception {
		var kiosk = point("Borne de la place", PointKind.KIOSK);
		var guide = brochure("Plan de ville", "fr", "2026", "");
		move(counsellor, kiosk, guide, "DELIVERED", "10");
		var item = addItem(kiosk, "", "Bienvenue", "", "");
		assertThat(item).hasStatus3xxRedirection();
		var itemId = jdbc.sql("SELECT id FROM welcome.screen_item WHERE point_id = ?").param(kiosk).query(UUID.class).single();

		var slug2 = "sadi-other-" + UUID.randomUUID().toString().substring(0, 8);
		var other = offices.first(slug2, "Office " + slug2).id();
		var stranger = member(other, slug2, "admin", Role.ADMINISTRATOR);
		var theirPoint = points.create(other, new InformationPoint(null, "Chez eux", PointKind.SCREEN, null, null, null,
				null, null, null, null, true)).id();

		for (var uri : List.of("/desk/points/{id}/overview", "/desk/points/{id}/brochures", "/desk/points/{id}/screen",
				"/desk/points/{id}/screen/offers?q=pic")) {
			assertThat(mvc.get().uri(uri, kiosk).with(user(stranger))).as(uri).hasStatus(404);
		}
		assertThat(mvc.get().uri("/desk/points/brochures/{id}", guide).with(user(stranger))).hasStatus(404);
		for (var post : List.of(
				mvc.post().uri("/desk/points/brochures/{id}", guide).param("title", "Volé"),
				mvc.post().uri("/desk/points/{id}/brochures", kiosk).param("brochure", guide.toString())
					.param("kind", "HANDED_OUT").param("quantity", "1"),
				mvc.post().uri("/desk/points/{id}/brochures/{b}/level", kiosk, guide).param("level", "3"),
				mvc.post().uri("/desk/points/{id}/screen", kiosk).param("message", "Piraté"),
				mvc.post().uri("/desk/points/{id}/screen/{item}/up", kiosk, itemId),
				mvc.post().uri("/desk/points/{id}/screen/{item}/down", kiosk, itemId),
				mvc.post().uri("/desk/points/{id}/screen/{item}/delete", kiosk, itemId),
				mvc.post().uri("/desk/points/{id}/screen/address", kiosk),
				// their own point, our item and our brochure
				mvc.post().uri("/desk/points/{id}/screen/{item}/delete", theirPoint, itemId),
				mvc.post().uri("/desk/points/{id}/brochures/{b}/level", theirPoint, guide).param("level", "3"))) {
			assertThat(post.with(user(stranger)).with(csrf())).hasStatus(404);
		}
		// Our brochure typed at their point is simply unknown to them.
		brochures.create(other, new Brochure(null, "Leur guide", List.of("fr"), 2026, null));
		assertThat(mvc.post().uri("/desk/points/{id}/brochures", theirPoint).with(user(stranger)).with(csrf())
			.param("brochure", guide.toString()).param("kind", "DELIVERED").param("quantity", "5")).hasStatusOk()
			.bodyText().contains("Choisissez une brochure du catalogue.");
		assertThat(html(mvc.get().uri("/desk/points/brochures").with(user(stranger))).text()).doesNotContain("Plan de ville");

		assertThat(quantity(kiosk, guide)).isEqualTo(10);
		assertThat(jdbc.sql("SELECT message FROM welcome.screen_item WHERE office_id = ? OR office_id = ?")
			.params(office, other).query(String.class).list()).containsExactly("Bienvenue");
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.screen_token WHERE point_id = ?").param(kiosk).query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT title FROM welcome.brochure WHERE id = ?").param(guide).query(String.class).single())
			.isEqualTo("Plan de ville");
	}

	@Test
	void analystsReadAndCounsellorsOnlyTypeMovementsAndScreenItems() {
		var kiosk = point("Borne du marché", PointKind.KIOSK);
		var guide = brochure("Agenda de l'été", "fr", "2026", "");
		for (var page : List.of("/desk/points", "/desk/points/brochures", "/desk/points/map",
				"/desk/points/" + kiosk + "/overview", "/desk/points/" + kiosk + "/brochures", "/desk/points/" + kiosk + "/screen")) {
			var read = html(mvc.get().uri(page).with(user(analyst)));
			assertThat(read.select("form[method=post]").eachAttr("action")).as(page).containsOnly("/logout");
		}
		for (var post : List.of(
				mvc.post().uri("/desk/points/brochures").param("title", "X").param("languages", "fr"),
				mvc.post().uri("/desk/points/brochures/{id}", guide).param("title", "X"),
				mvc.post().uri("/desk/points/{id}/brochures", kiosk).param("brochure", guide.toString())
					.param("kind", "DELIVERED").param("quantity", "1"),
				mvc.post().uri("/desk/points/{id}/brochures/{b}/level", kiosk, guide).param("level", "3"),
				mvc.post().uri("/desk/points/{id}/screen", kiosk).param("message", "X"),
				mvc.post().uri("/desk/points/{id}/screen/address", kiosk))) {
			assertThat(post.with(user(analyst)).with(csrf())).hasStatus(403);
		}
		// Counsellors hand brochures out and keep screens; the catalogue and the levels are the administrators'.
		assertThat(mvc.post().uri("/desk/points/brochures").with(user(counsellor)).with(csrf()).param("title", "X"))
			.hasStatus(403);
		assertThat(mvc.post().uri("/desk/points/{id}/brochures/{b}/level", kiosk, guide).with(user(counsellor))
			.with(csrf()).param("level", "3")).hasStatus(403);
		assertThat(move(counsellor, kiosk, guide, "DELIVERED", "4")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/desk/points/{id}/screen", kiosk).with(user(counsellor)).with(csrf())
			.param("message", "Bonjour")).hasStatus3xxRedirection();
		// Every form needs its CSRF token.
		assertThat(mvc.post().uri("/desk/points/{id}/brochures", kiosk).with(user(counsellor))
			.param("brochure", guide.toString()).param("kind", "DELIVERED").param("quantity", "1")).hasStatus(403);
		assertThat(quantity(kiosk, guide)).isEqualTo(4);
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.brochure WHERE office_id = ?").param(office).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badInputIsExplainedInFrenchAndEnglishAndNothingTypedIsLost() {
		var kiosk = point("Borne", PointKind.KIOSK);
		var guide = brochure("Guide", "fr", "2026", "");
		move(counsellor, kiosk, guide, "DELIVERED", "5");

		var negative = html(move(counsellor, kiosk, guide, "HANDED_OUT", "-3"));
		assertThat(negative.select("p.error").eachText()).containsExactly("Corrigez les champs signalés ci-dessous.",
				"Un nombre entier, de 1 à 100000.");
		assertThat(negative.select("#quantity").val()).isEqualTo("-3");
		assertThat(negative.select("#kind option[selected]").val()).isEqualTo("HANDED_OUT");
		assertThat(negative.select("#brochure option[selected]").val()).isEqualTo(guide.toString());
		assertThat(html(move(counsellor, kiosk, guide, "DELIVERED", "douze", "en")).select("p.error").eachText())
			.containsExactly("Please correct the fields marked below.", "A whole number, from 1 to 100000.");
		var unknown = html(move(counsellor, kiosk, UUID.randomUUID(), "COUNTED", "3"));
		assertThat(unknown.select("p.error").eachText()).contains("Choisissez une brochure du catalogue.");
		assertThat(unknown.select("#quantity").val()).isEqualTo("3");
		assertThat(html(mvc.post().uri("/desk/points/{id}/brochures", kiosk).with(user(counsellor)).with(csrf())
			.param("ui", "en").param("brochure", "n'importe").param("kind", "LOST").param("quantity", "2"))
			.select("p.error").eachText()).contains("Choose a brochure of the catalogue.",
					"Choose a delivery, hand-outs or a stocktake.");

		var level = html(mvc.post().uri("/desk/points/{id}/brochures/{b}/level", kiosk, guide).with(user(admin))
			.with(csrf()).param("level", "-1"));
		assertThat(level.select("tr[data-brochure='" + guide + "'] .error").text()).isEqualTo("Un nombre entier, de 0 à 100000.");
		assertThat(level.select("tr[data-brochure='" + guide + "'] input[name=level]").val()).isEqualTo("-1");

		var brochure = html(mvc.post().uri("/desk/points/brochures").with(user(admin)).with(csrf()).param("title", "  ")
			.param("languages", "fr, klingon").param("editionYear", "deux mille").param("publisher", "Château"));
		assertThat(brochure.select("p.error").eachText()).contains("Langue inconnue : « klingon » (codes à deux lettres : fr, en, de…)",
				"Une année d'édition, par exemple 2026.");
		assertThat(brochure.select("#title + p.error")).hasSize(1);
		assertThat(brochure.select("#languages").val()).isEqualTo("fr, klingon");
		assertThat(brochure.select("#editionYear").val()).isEqualTo("deux mille");
		assertThat(brochure.select("#publisher").val()).isEqualTo("Château");

		var long_ = "x".repeat(281);
		var item = html(mvc.post().uri("/desk/points/{id}/screen", kiosk).with(user(counsellor)).with(csrf())
			.param("ui", "en").param("message", long_).param("startsOn", "31/13/2026").param("endsOn", ""));
		assertThat(item.select("p.error").eachText()).contains("A message of at most 280 characters.");
		assertThat(item.select("#message").val()).isEqualTo(long_);
		assertThat(item.select("#startsOn").val()).isEqualTo("31/13/2026");
		assertThat(html(mvc.post().uri("/desk/points/{id}/screen", kiosk).with(user(counsellor)).with(csrf())
			.param("offer", UUID.randomUUID().toString()).param("message", "Et un message")).select("p.error").eachText())
			.contains("Choisissez une offre du catalogue.", "Une offre ou un message, l'un des deux.");

		assertThat(quantity(kiosk, guide)).isEqualTo(5);
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.stock_movement WHERE office_id = ?").param(office)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.screen_item WHERE office_id = ?").param(office)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.brochure WHERE office_id = ?").param(office)
			.query(Long.class).single()).isEqualTo(1);
	}

	private UUID point(String name, PointKind kind) {
		return points.create(office, new InformationPoint(null, name, kind, null, null, null, null, null, null, null, true)).id();
	}

	private UUID brochure(String title, String languages, String year, String publisher) {
		assertThat(mvc.post().uri("/desk/points/brochures").with(user(admin)).with(csrf()).param("title", title)
			.param("languages", languages).param("editionYear", year).param("publisher", publisher))
			.hasStatus3xxRedirection();
		return jdbc.sql("SELECT id FROM welcome.brochure WHERE office_id = ? AND title = ?").params(office, title)
			.query(UUID.class).single();
	}

	private MvcTestResult move(StaffPrincipal who, UUID point, UUID brochure, String kind, String quantity) {
		return move(who, point, brochure, kind, quantity, "fr");
	}

	private MvcTestResult move(StaffPrincipal who, UUID point, UUID brochure, String kind, String quantity, String ui) {
		return mvc.post().uri("/desk/points/{id}/brochures", point).with(user(who)).with(csrf()).param("ui", ui)
			.param("brochure", brochure.toString()).param("kind", kind).param("quantity", quantity).exchange();
	}

	private MvcTestResult addItem(UUID point, String offer, String message, String startsOn, String endsOn) {
		return mvc.post().uri("/desk/points/{id}/screen", point).with(user(counsellor)).with(csrf()).param("offer", offer)
			.param("message", message).param("startsOn", startsOn).param("endsOn", endsOn).exchange();
	}

	private int quantity(UUID point, UUID brochure) {
		return jdbc.sql("SELECT quantity FROM welcome.brochure_stock WHERE point_id = ? AND brochure_id = ?")
			.params(point, brochure).query(Integer.class).single();
	}

	private List<String> alerts() {
		return jdbc.sql("SELECT recipient FROM platform.outgoing_mail WHERE office_id = ? AND topic = ? ORDER BY queued_at")
			.params(office, Stocks.ALERT_TOPIC).query(String.class).list();
	}

	private void request(UUID point, String channel, Instant at) {
		request(point, office, channel, at);
	}

	private void request(UUID point, UUID officeId, String channel, Instant at) {
		jdbc.sql("""
				INSERT INTO welcome.request (id, office_id, point_id, channel, at, counsellor)
				VALUES (gen_random_uuid(), ?, ?, ?, ?, 'c@test')""")
			.params(officeId, point, channel, java.sql.Timestamp.from(at)).update();
	}

	private static Document html(Object request) {
		try {
			var result = request instanceof MvcTestResult done ? done
					: ((org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder) request).exchange();
			assertThat(result).hasStatusOk();
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (IOException slip) {
			throw new java.io.UncheckedIOException(slip);
		}
	}

	private StaffPrincipal member(UUID officeId, String slug, String name, Role role) {
		var email = name + "@" + slug + ".test";
		accounts.create(officeId, email, name, role.name().toLowerCase() + "-secret-42", Set.of(role));
		return accounts.loadUserByUsername(email);
	}

}
