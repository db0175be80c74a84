package fr.escale.welcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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

	UUID office;

	StaffPrincipal analyst;

	StaffPrincipal theirCounsellor;

	UUID desk;

	@BeforeEach
	void twoOfficesWithTheirRequests() {
		var slug = "stats-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office " + slug).id();
		analyst = member(office, slug, Role.ANALYST);
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
		theirCounsellor = member(theirs, theirSlug, Role.COUNSELLOR);
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
		assertThat(text.lines().toList()).first().isEqualTo("Répartition;Ligne;Demandes;Part;Visiteurs;Demandes un an avant");
		assertThat(text.lines().toList()).contains("Par canal;Comptoir;3;75.0;6;0", "Par canal;Téléphone;1;25.0;4;1",
				"Par thème;Randonnée;2;50.0;6;0", "Par langue;allemand (de);1;25.0;1;0",
				"Par point d'information;Accueil de la place;4;100.0;10;1")
			.anyMatch(l -> l.startsWith("Par provenance (la France par département);France — 37;2;50.0;6;0"))
			.noneMatch(l -> l.contains("Kiosque voisin"));

		var english = mvc.get().uri("/desk/stats.csv").param("from", "2025-07-01").param("to", "2025-07-31")
			.param("ui", "en").with(user(analyst)).exchange();
		var englishText = new String(english.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(englishText.lines().toList()).first().isEqualTo("\uFEFFBreakdown;Line;Requests;Share;Visitors;Requests one year before");
		assertThat(englishText.lines().toList()).contains("By channel;Phone;1;25.0;4;1");
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

	private void log(UUID officeId, UUID point, String parisTime, Channel channel, Integer partySize, PartyKind kind,
			String country, String area, String language, List<Topic> topics, Integer visitors, List<UUID> offers) {
		var at = LocalDateTime.parse(parisTime).atZone(Requests.DESK_ZONE).toInstant();
		requests.log(officeId, new Request(null, point, channel, at, partySize, kind, country, area, language, topics,
				null, "someone@test", visitors, offers));
	}

	private static InformationPoint point(String name) {
		return new InformationPoint(null, name, PointKind.DESK, null, null, null, null, null, null, null, true);
	}

	private StaffPrincipal member(UUID officeId, String slug, Role role) {
		var email = role.name().toLowerCase() + "@" + slug + ".test";
		accounts.create(officeId, email, role.name(), role.name().toLowerCase() + "-secret-42", Set.of(role));
		return accounts.loadUserByUsername(email);
	}

}
