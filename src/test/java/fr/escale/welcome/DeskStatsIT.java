package fr.escale.welcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Desk statistics count an office's own requests exactly, over a period and the same period one year before. */
@SpringBootTest
@AutoConfigureMockMvc
class DeskStatsIT {

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
	DeskStats stats;

	@Autowired
	JdbcClient jdbc;

	UUID office;

	StaffPrincipal analyst;

	StaffPrincipal counsellor;

	StaffPrincipal theirCounsellor;

	UUID desk;

	@BeforeEach
	void twoOfficesWithTheirRequests() {
		var slug = "stats-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office " + slug).id();
		analyst = DeskStaff.member(accounts, office, slug, Role.ANALYST);
		counsellor = DeskStaff.member(accounts, office, slug, Role.COUNSELLOR);
		desk = points.create(office, point("Accueil de la place")).id();
		var offer = UUID.randomUUID();
		// July 2025, from the 1st to the 31st included (French days).
		log(office, desk, "2025-07-01T10:00", Channel.DESK, 2, PartyKind.COUPLE, "FR", "37400", "fr",
				List.of(Topic.HIKING, Topic.FOOD), null, List.of(offer));
		log(office, desk, "2025-07-01T00:10", Channel.PHONE, 4, PartyKind.FAMILY, "FR", "37", "fr",
				List.of(Topic.HIKING), null, List.of());
		log(office, desk, "2025-07-15T16:00", Channel.DESK, 1, PartyKind.ALONE, "DE", null, "de",
				List.of(Topic.CYCLING), null, List.of(offer));
		log(office, desk, "2025-07-31T23:30", Channel.DESK, null, null, "DE", null, null, List.of(), 3, List.of());
		// Just outside the period, on either side.
		log(office, desk, "2025-08-01T00:30", Channel.DESK, 5, null, "FR", "75011", "fr", List.of(), null, List.of());
		log(office, desk, "2025-06-30T23:59", Channel.CHAT, 6, null, "BE", null, "nl", List.of(), null, List.of());
		// One year before.
		log(office, desk, "2024-07-10T11:00", Channel.PHONE, 2, PartyKind.COUPLE, "GB", null, "en",
				List.of(Topic.EVENTS), null, List.of(offer));
		// Another office, the same month.
		var theirSlug = "stats-" + UUID.randomUUID().toString().substring(0, 8);
		var theirs = offices.first(theirSlug, "Office " + theirSlug).id();
		theirCounsellor = DeskStaff.member(accounts, theirs, theirSlug, Role.COUNSELLOR);
		var theirDesk = points.create(theirs, point("Kiosque voisin")).id();
		log(theirs, theirDesk, "2025-07-10T10:00", Channel.DESK, 9, PartyKind.GROUP, "FR", "37000", "fr",
				List.of(Topic.HIKING), null, List.of(offer));
	}

	@Test
	void thePeriodIsCountedExactlyBesideTheYearBefore() {
		var page = mvc.get().uri("/desk/stats").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("by", "MONTH").with(user(analyst));
		assertThat(page).hasStatusOk().bodyText()
			// Requests, visitors (party sizes and counted visitors), share with a recommended offer; a year before.
			.contains("id=\"requests\">4<", "id=\"previousRequests\">1<", "id=\"visitors\">10<",
					"id=\"previousVisitors\">2<", "id=\"recommended\">50,0 %<", "id=\"previousRecommended\">100,0 %<")
			// By channel, with shares and the year before.
			.contains("<td>Comptoir</td><td>3</td>", "<td>Téléphone</td><td>1</td>")
			// By origin: France by département, from a département or a postal code.
			.contains("<td>France — 37</td><td>2</td>", "<td>Allemagne</td><td>2</td>", "<td>Royaume-Uni</td><td>0</td>")
			// By topic: a request counts once under each of its topics.
			.contains("<td>Randonnée</td><td>2</td>", "<td>Gastronomie</td><td>1</td>", "<td>Vélo</td><td>1</td>")
			.contains("<td>Accueil de la place</td><td>4</td>", "<td>Famille</td><td>1</td>",
					"<td>Non renseigné</td><td>1</td>")
			// By month: one step.
			.contains("<td>01/07/2025</td><td>4</td><td>10</td>")
			// Nothing of the other office, nor outside the period.
			.doesNotContain("Kiosque voisin", "<td>Messagerie</td>", "Belgique", "France — 75");
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("by", "DAY").with(user(analyst))).bodyText()
			.contains("<td>01/07/2025</td><td>2</td><td>6</td>", "<td>15/07/2025</td><td>1</td><td>1</td>",
					"<td>31/07/2025</td><td>1</td><td>3</td>")
			// The day of the year before sits beside the same date of this year.
			.containsPattern("<td>10/07/2025</td><td>0</td><td>0</td>\\s*<td><span[^>]*></span></td>\\s*<td>1</td><td>2</td>");
		// By week, each step starts on a Monday: 30 June, 14 July, 28 July.
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("by", "WEEK").with(user(analyst))).bodyText()
			.contains("<td>30/06/2025</td><td>2</td><td>6</td>", "<td>14/07/2025</td><td>1</td><td>1</td>",
					"<td>28/07/2025</td><td>1</td><td>3</td>");
	}

	@Test
	void anotherOfficeCountsItsOwnOnly() {
		assertThat(mvc.get().uri("/desk/stats")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-07-01").param("to", "2025-07-31")
			.with(user(theirCounsellor))).hasStatusOk().bodyText()
			.contains("id=\"requests\">1<", "id=\"visitors\">9<", "id=\"previousRequests\">0<",
					"<td>Kiosque voisin</td><td>1</td>", "<td>France — 37</td><td>1</td>")
			.doesNotContain("Accueil de la place", "Allemagne");
	}

	@Test
	void theBreakdownsAreExportedAsCsvInTheLanguageOfTheScreen() {
		var csv = mvc.get().uri("/desk/stats.csv").param("from", "2025-07-01").param("to", "2025-07-31")
			.with(user(analyst)).exchange();
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		var bytes = csv.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(text.lines().toList()).first().isEqualTo("Répartition;Ligne;Demandes;Part;Visiteurs;Demandes un an avant;Entrées comptées aux portes");
		assertThat(text.lines().toList()).contains("Par canal;Comptoir;3;75.0;6;0;", "Par canal;Téléphone;1;25.0;4;1;",
				"Par thème;Randonnée;2;50.0;6;0;", "Par langue;allemand (de);1;25.0;1;0;",
				"Par point d'information;Accueil de la place;4;100.0;10;1;")
			.anyMatch(l -> l.startsWith("Par provenance (la France par département);France — 37;2;50.0;6;0;"))
			.noneMatch(l -> l.contains("Kiosque voisin"));

		var english = mvc.get().uri("/desk/stats.csv").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("ui", "en").with(user(analyst)).exchange();
		var englishText = new String(english.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(englishText.lines().toList()).first().isEqualTo("\uFEFFBreakdown;Line;Requests;Share;Visitors;Requests one year before;Entries counted at the doors");
		assertThat(englishText.lines().toList()).contains("By channel;Phone;1;25.0;4;1;");
	}

	@Test
	void badDatesAreExplainedAndKeptAsTyped() {
		assertThat(mvc.get().uri("/desk/stats").param("from", "juillet").param("to", "2025-07-31").with(user(analyst)))
			.hasStatusOk().bodyText()
			.contains("La date de début « juillet » n&#39;est pas une date", "name=\"from\" value=\"juillet\"",
					"name=\"to\" value=\"2025-07-31\"")
			.doesNotContain("id=\"requests\"");
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-07-31").param("to", "2025-07-01")
			.param("ui", "en").with(user(analyst))).bodyText()
			.contains("The end date (2025-07-01) comes before the start date", "name=\"from\" value=\"2025-07-31\"")
			.doesNotContain("id=\"requests\"");
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-07-01").param("to", "31/07").param("ui", "en")
			.with(user(analyst))).bodyText().contains("The end date &quot;31/07&quot; is not a date");
		assertThat(mvc.get().uri("/desk/stats.csv").param("from", "x").with(user(analyst))).hasStatus(400)
			.bodyText().contains("La date de début « x » n'est pas une date");
	}

	@Test
	void theDeskLinksToTheStatisticsWhichDefaultToTheLastThirtyDays() {
		assertThat(mvc.get().uri("/desk").with(user(analyst))).bodyText().contains("href=\"/desk/stats\"");
		var today = java.time.LocalDate.now(Requests.DESK_ZONE);
		assertThat(mvc.get().uri("/desk/stats").with(user(analyst))).hasStatusOk().bodyText()
			.contains("name=\"from\" value=\"" + today.minusDays(29) + "\"", "name=\"to\" value=\"" + today + "\"",
					"id=\"requests\">0<", "Cette semaine", "Ce mois-ci");
	}

	@Test
	void seasonsAreMeteorologicalAndAWinterIsNamedByItsJanuary() {
		// Summer 2025: June to August, the requests of 30 June and 1 August included; summer 2024 beside it.
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-06-01").param("to", "2025-08-31")
			.param("by", "SEASON").with(user(analyst))).hasStatusOk().bodyText()
			.contains("<td>Été 2025</td><td>6</td><td>21</td>", "Saisons météorologiques")
			.containsPattern("<td>Été 2025</td><td>6</td><td>21</td>\\s*<td><span[^>]*></span></td>\\s*<td>1</td><td>2</td>");
		// A period of whole months and days around them counts the same.
		var around = stats.totals(office, java.time.LocalDate.of(2025, 6, 30), java.time.LocalDate.of(2025, 8, 1));
		assertThat(around.requests()).isEqualTo(6);
		assertThat(around.visitors()).isEqualTo(21);
		assertThat(around.previousRequests()).isEqualTo(1);
		assertThat(stats.breakdown(office, java.time.LocalDate.of(2025, 6, 30), java.time.LocalDate.of(2025, 8, 1),
				DeskStats.Dimension.CHANNEL)).extracting(l -> l.key() + "=" + l.count().requests())
			.containsExactly("DESK=4", "CHAT=1", "PHONE=1");
		log(office, desk, "2025-12-15T10:00", Channel.DESK, 2, null, "FR", "37", "fr", List.of(), null, List.of());
		log(office, desk, "2026-01-10T10:00", Channel.DESK, 3, null, "FR", "37", "fr", List.of(), null, List.of());
		log(office, desk, "2026-03-01T10:00", Channel.DESK, 1, null, "FR", "37", "fr", List.of(), null, List.of());
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-09-01").param("to", "2026-03-31")
			.param("by", "SEASON").param("ui", "en").with(user(analyst))).bodyText()
			.contains("<td>Winter 2026</td><td>2</td><td>5</td>", "<td>Spring 2026</td><td>1</td><td>1</td>")
			.doesNotContain("Winter 2025", "Autumn 2025</td><td>0</td><td>0</td>");
	}

	@Test
	void theRollupEqualsADirectCountAfterAnyMixOfWrites() throws Exception {
		var offer = UUID.randomUUID();
		var kiosk = points.create(office, point("Borne de la gare")).id();
		requests.log(office, Request.counted(kiosk, 4, "NL", "someone@test"));
		requests.log(office, Request.counted(desk, 1, null, "someone@test"));
		log(office, kiosk, "2025-07-20T12:00", Channel.KIOSK, 3, PartyKind.FRIENDS, "FR", "2A", "fr",
				List.of(Topic.HERITAGE, Topic.HERITAGE, Topic.FOOD), null, List.of(offer, UUID.randomUUID()));
		var corrected = requests.log(office, new Request(null, desk, Channel.EMAIL, null, 2, null, "ES", null, "es",
				List.of(Topic.EVENTS), null, "someone@test", null, List.of()));
		// Written by other paths than logging: an offer recommended later, a request corrected, one deleted.
		jdbc.sql("INSERT INTO welcome.request_offer (request_id, offer_id) VALUES (?, ?)").params(corrected.id(), offer).update();
		jdbc.sql("UPDATE welcome.request SET country = 'PT', party_size = 5 WHERE id = ?").param(corrected.id()).update();
		var deleted = requests.log(office, Request.counted(kiosk, 2, "IT", "someone@test"));
		jdbc.sql("DELETE FROM welcome.request WHERE id = ?").param(deleted.id()).update();
		// Twenty counsellors logging at once in the same office, the same day: no deadlock, nothing lost.
		var pool = Executors.newFixedThreadPool(20);
		var tasks = new ArrayList<Callable<Long>>();
		for (int c = 0; c < 20; c++) {
			var at = c;
			tasks.add(() -> {
				var start = System.nanoTime();
				for (int i = 0; i < 5; i++) {
					requests.log(office, new Request(null, (at + i) % 2 == 0 ? desk : kiosk, Channel.DESK, null, 1 + i % 3,
							null, at % 3 == 0 ? "FR" : "DE", at % 3 == 0 ? "37000" : null, null, List.of(Topic.HIKING),
							null, "c" + at + "@test", null, i == 0 ? List.of(offer) : List.of()));
				}
				return (System.nanoTime() - start) / 5;
			});
		}
		for (var future : pool.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
			assertThat(future.get()).as("nanoseconds per log").isPositive();
		}
		pool.shutdown();

		var rolledUp = """
				SELECT grain || '/' || dimension || '/' || day || '/' || key || '=' || sum(requests) || ',' || sum(visitors)
				       || ',' || sum(recommended)
				  FROM (SELECT * FROM welcome.request_day WHERE office_id = :office
				        UNION ALL SELECT * FROM welcome.request_delta WHERE office_id = :office) l
				 GROUP BY grain, dimension, day, key HAVING sum(requests) <> 0 ORDER BY 1""";
		var rollup = jdbc.sql(rolledUp).param("office", office).query(String.class).list();
		var direct = jdbc.sql("""
				SELECT g.grain || '/' || k.dimension || '/' || g.day || '/' || k.key || '=' || count(*) || ','
				       || sum(coalesce(r.visitors, r.party_size, 0)) || ','
				       || count(*) FILTER (WHERE EXISTS (SELECT 1 FROM welcome.request_offer o WHERE o.request_id = r.id))
				  FROM welcome.request r
				  CROSS JOIN LATERAL welcome.request_keys(r.point_id, r.channel, r.country, r.french_area, r.party_kind,
				                                          r.language, r.topics) k
				  CROSS JOIN LATERAL (VALUES ('D', (r.at AT TIME ZONE 'Europe/Paris')::date),
				                             ('M', date_trunc('month', r.at AT TIME ZONE 'Europe/Paris')::date)) g(grain, day)
				 WHERE r.office_id = ? GROUP BY g.grain, k.dimension, g.day, k.key ORDER BY 1""").param(office)
			.query(String.class).list();
		assertThat(rollup).isEqualTo(direct).hasSizeGreaterThan(20);
		// Folded into the rollup, the changes count the same.
		stats.fold();
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request_delta WHERE office_id = ?").param(office)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql(rolledUp).param("office", office).query(String.class).list()).isEqualTo(direct);
		// And the statistics of today equal a plain count of the requests.
		var today = java.time.LocalDate.now(Requests.DESK_ZONE);
		var plain = jdbc.sql("""
				SELECT count(*) FROM welcome.request WHERE office_id = ? AND (at AT TIME ZONE 'Europe/Paris')::date = ?""")
			.params(office, today).query(Long.class).single();
		assertThat(plain).isEqualTo(103);
		var totals = stats.totals(office, today, today);
		assertThat(totals.requests()).isEqualTo(plain);
		assertThat(totals.recommended()).isEqualTo(21);
		assertThat(stats.breakdown(office, today, today, DeskStats.Dimension.POINT))
			.extracting(l -> l.count().requests()).containsExactly(52L, 51L);
		assertThat(stats.breakdown(office, java.time.LocalDate.of(2025, 7, 1), java.time.LocalDate.of(2025, 7, 31),
				DeskStats.Dimension.TOPIC)).contains(new DeskStats.Line("HERITAGE", new DeskStats.Count(1, 3, 1, 0, 0, 0)));
	}

	@Test
	void doorCountsAreTypedAndCorrectedBesideTheRequests() {
		var typed = mvc.post().uri("/desk/counters").with(user(counsellor)).with(csrf()).param("point", desk.toString())
			.param("day", "31/07/2025").param("entries", "120");
		assertThat(typed).hasStatus3xxRedirection().hasRedirectedUrl("/desk/counters");
		var corrected = mvc.post().uri("/desk/counters").with(user(counsellor)).with(csrf())
			.param("point", desk.toString()).param("day", "2025-07-31").param("entries", "150");
		assertThat(corrected).hasStatus3xxRedirection().flash().containsEntry("saved", "counters.updated");
		mvc.post().uri("/desk/counters").with(user(counsellor)).with(csrf()).param("point", desk.toString())
			.param("day", "2024-07-10").param("entries", "40").exchange();
		// The correction replaced the day, the history keeps who and the figure before.
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.door_count WHERE point_id = ?").param(desk).query(Long.class)
			.single()).isEqualTo(2);
		assertThat(mvc.get().uri("/desk/counters").with(user(analyst))).hasStatusOk().bodyText()
			.containsPattern("<td>counsellor@stats-[0-9a-f]{8}\\.test</td><td>Accueil de la place</td><td>31/07/2025</td>\\s*<td>150</td><td>120</td><td>saisi</td>")
			.doesNotContain("id=\"type-form\"");
		// Entries beside requests: totals, series, by point (4 requests for 150 entries).
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-07-01").param("to", "2025-07-31").param("by", "MONTH")
			.with(user(analyst))).bodyText()
			.contains("id=\"entries\">150<", "id=\"previousEntries\">40<", "id=\"perEntry\">0,03<",
					"<td>01/07/2025</td><td>4</td><td>10</td>")
			.containsPattern("<td>01/07/2025</td><td>4</td><td>10</td>\\s*<td><span[^>]*></span></td>\\s*<td>1</td><td>2</td><td>150</td><td>40</td>")
			.containsPattern("<td>Accueil de la place</td><td>4</td>\\s*<td>100,0 %</td><td>10</td><td>1</td>\\s*<td>150</td>\\s*<td>0,03</td>");
		// And in the CSV, beside the point and the month.
		var csv = new String(mvc.get().uri("/desk/stats.csv").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("by", "MONTH").with(user(analyst)).exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).contains("Par point d'information;Accueil de la place;4;100.0;10;1;150")
			.anyMatch(l -> l.matches("Au fil du temps \\(par mois\\);[^;]+;4;100.0;10;1;150"));
		// Slips are explained, in French and English, and the form keeps what was typed.
		assertThat(mvc.post().uri("/desk/counters").with(user(counsellor)).with(csrf()).param("point", desk.toString())
			.param("day", "32/07/2025").param("entries", "beaucoup")).hasStatusOk().bodyText()
			.contains("Le jour n&#39;est pas une date", "Le nombre d&#39;entrées doit être un nombre entier",
					"value=\"32/07/2025\"", "value=\"beaucoup\"");
		assertThat(mvc.post().uri("/desk/counters").with(user(counsellor)).with(csrf()).param("point", desk.toString())
			.param("day", "2999-01-01").param("entries", "-3").param("ui", "en")).bodyText()
			.contains("That day has not passed yet", "must be a whole number");
	}

	@Test
	void doorCountsAreImportedLineByLineAndNeverTwice() {
		var kiosk = points.create(office, point("Kiosque du château")).id();
		var file = "\uFEFFPoint;Date;Entrées\n" + "Accueil de la place;1/7/2025;100\n" + kiosk + ";2025-07-02;30\n"
				+ "Nulle part;03/07/2025;5\n" + "kiosque du CHATEAU;31/02/2025;5\n" + "Accueil de la place;04/07/2025;-4\n"
				+ "\n" + "Accueil de la place;05/07/2025\n" + "Accueil de la place;06/07/2025;1 200\n";
		assertThat(importing(counsellor, file, "fr")).hasStatusOk().bodyText()
			.contains("Import terminé : 3 jour(s) ajouté(s), 0 corrigé(s), 0 inchangé(s), 4 ligne(s) écartée(s).")
			.contains("<td>4</td>", "Ligne 4 : le point « Nulle part » n&#39;est pas un point d&#39;information de votre office.",
					"Ligne 5 : « 31/02/2025 » n&#39;est pas une date", "Ligne 6 : « -4 » n&#39;est pas un nombre d&#39;entrées",
					"Ligne 8 : trois colonnes attendues (point ; date ; entrées), 2 trouvée(s).");
		// Imported again with a correction, commas and no header: updated, not doubled; English reasons.
		var again = "Accueil de la place,2025-07-01,110\nKiosque du château,2/7/2025,30\nAccueil de la place,1/7/2025x,3\n";
		assertThat(importing(counsellor, again, "en")).bodyText()
			.contains("Import done: 0 day(s) added, 1 corrected, 1 unchanged, 1 line(s) left out.",
					"Line 3: &quot;1/7/2025x&quot; is not a date");
		assertThat(jdbc.sql("SELECT count(*) || '/' || sum(entries) FROM welcome.door_count WHERE office_id = ?")
			.param(office).query(String.class).single()).isEqualTo("3/1340");
		// A file that cannot be read imports nothing at all.
		var latin1 = "Accueil de la place;07/07/2025;9\nKiosque du château;07/07/2025;9\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(mvc.post().uri("/desk/counters/import").multipart()
			.file(new MockMultipartFile("file", "c.csv", "text/csv", latin1)).with(user(counsellor)).with(csrf()))
			.bodyText().contains("Le fichier n&#39;est pas en UTF-8 : rien n&#39;a été importé.");
		assertThat(importing(counsellor, "", "en")).bodyText().contains("The file is empty: nothing was imported.");
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.door_count WHERE office_id = ?").param(office)
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void theMapShadesEachDepartementByItsRequests() {
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-07-01").param("to", "2025-07-31")
			.with(user(analyst))).bodyText()
			// Two requests from Indre-et-Loire (37400 and 37): the most, the darkest.
			.contains("<use href=\"/images/maps/france.departments.svg#37\" id=\"dep-37\" class=\"shade-5\"><title>Indre-et-Loire (37) : 2 demande(s)</title></use>",
					"<use href=\"/images/maps/france.departments.svg#75\" id=\"dep-75\" class=\"shade-0\"><title>Ville de Paris (75) : 0 demande(s)</title></use>")
			.contains("La Réunion (974) : 0 demande(s)", "Carte : MapSVG / svg-maps, CC BY 4.0", "<td>Allemagne</td><td>2</td>",
					"id=\"series-chart\"", "id=\"chart-channel\"", "onclick=\"window.print()\"", "href=\"/desk/counters\"");
		// The other office's request from 37000 shades its own map only.
		assertThat(mvc.get().uri("/desk/stats").param("from", "2025-07-01").param("to", "2025-07-31")
			.with(user(theirCounsellor))).bodyText()
			.contains("id=\"dep-37\" class=\"shade-5\"><title>Indre-et-Loire (37) : 1 demande(s)</title>");
		// The drawing itself is served to the browser, its licence beside it.
		assertThat(mvc.get().uri("/images/maps/france.departments.svg").with(user(analyst))).hasStatusOk().bodyText()
			.contains("id=\"37\"", "aria-label=\"Indre-et-Loire\"");
	}

	@Test
	void countersAreWrittenByCounsellorsOfTheOfficeOnly() {
		assertThat(mvc.post().uri("/desk/counters").with(user(analyst)).with(csrf()).param("point", desk.toString())
			.param("day", "2025-07-31").param("entries", "10")).hasStatus(403);
		assertThat(importing(analyst, "Accueil de la place;2025-07-31;10\n", "fr")).hasStatus(403);
		assertThat(mvc.get().uri("/desk/counters").with(user(analyst))).hasStatusOk();
		// Another office's point answers 404, and its figures are not seen.
		assertThat(mvc.post().uri("/desk/counters").with(user(theirCounsellor)).with(csrf()).param("point", desk.toString())
			.param("day", "2025-07-31").param("entries", "10")).hasStatus(404);
		assertThat(importing(theirCounsellor, "Accueil de la place;2025-07-31;10\n" + desk + ";2025-07-31;10\n", "en"))
			.bodyText().contains("2 line(s) left out", "Line 1: the point");
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.door_count WHERE point_id = ?").param(desk)
			.query(Long.class).single()).isZero();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult importing(StaffPrincipal who, String csv,
			String ui) {
		return mvc.post().uri("/desk/counters/import").multipart()
			.file(new MockMultipartFile("file", "compteurs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("ui", ui).with(user(who)).with(csrf()).exchange();
	}

	private void log(UUID officeId, UUID point, String parisTime, Channel channel, Integer partySize, PartyKind kind,
			String country, String area, String language, List<Topic> topics, Integer visitors, List<UUID> offers) {
		var at = LocalDateTime.parse(parisTime).atZone(Requests.DESK_ZONE).toInstant();
		requests.log(officeId, new Request(null, point, channel, at, partySize, kind, country, area, language, topics,
				null, "someone@test", visitors, offers));
	}

	private static InformationPoint point(String name) {
		return new InformationPoint(null, name, PointKind.DESK, null, null, null, null, null, null, null, true);
	}

}
