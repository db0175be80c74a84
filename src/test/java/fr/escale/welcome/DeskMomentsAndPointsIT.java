package fr.escale.welcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A request is logged when it happened, typed after the fact, never in the future; and only at a point that
 * welcomes visitors that day.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskMomentsAndPointsIT {

	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	InformationPoints points;

	@Autowired
	JdbcClient jdbc;

	UUID office;

	StaffPrincipal counsellor;

	InformationPoint desk;

	@BeforeEach
	void anOfficeWithItsDesk() {
		var slug = "moments-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office " + slug).id();
		var email = "counsellor@" + slug + ".test";
		accounts.create(office, email, "Conseillère", "counsellor-secret-42", Set.of(Role.COUNSELLOR));
		counsellor = accounts.loadUserByUsername(email);
		desk = points.open(office).get(0);
	}

	@Test
	void aRequestsTimeIsTypedAsATimeOfTodayOrADateAndATime() {
		var today = LocalDate.now(Requests.DESK_ZONE);
		var yesterday = today.minusDays(1);
		log("00:00");
		log(FRENCH.format(yesterday) + " 14:30");
		log(yesterday + "T09:15");
		log("");
		var stored = jdbc.sql("SELECT at FROM welcome.request WHERE office_id = ? ORDER BY at").param(office)
			.query(java.sql.Timestamp.class).list().stream()
			.map(at -> at.toInstant().atZone(Requests.DESK_ZONE).toLocalDateTime()).toList();
		assertThat(stored).hasSize(4);
		assertThat(stored.subList(0, 3)).containsExactly(yesterday.atTime(9, 15), yesterday.atTime(14, 30),
				today.atTime(LocalTime.MIDNIGHT));
		assertThat(stored.get(3)).isAfter(today.atTime(LocalTime.MIDNIGHT).minusSeconds(1));
	}

	@Test
	void aTimeInTheFutureOrNoTimeAtAllIsExplainedAndNothingTypedIsLost() {
		var tomorrow = FRENCH.format(LocalDate.now(Requests.DESK_ZONE).plusDays(1)) + " 10:00";
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", desk.id().toString())
			.param("channel", "DESK").param("country", "Belgique").param("partySize", "3").param("when", tomorrow))
			.hasStatusOk().bodyText()
			.contains("« " + tomorrow + " » est dans le futur : une demande se note quand elle a eu lieu.",
					"value=\"" + tomorrow + "\"", "value=\"Belgique\"", "value=\"3\"");
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", desk.id().toString())
			.param("channel", "DESK").param("country", "BE").param("when", "25:70"))
			.bodyText().contains("« 25:70 » n&#39;est pas une heure : tapez 14:30", "value=\"25:70\"");
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("ui", "en")
			.param("point", desk.id().toString()).param("channel", "DESK").param("when", "31/02/2026 10:00"))
			.bodyText().contains("&quot;31/02/2026 10:00&quot; is not a time: type 14:30");
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ?").param(office).query(Long.class)
			.single()).isZero();
	}

	@Test
	void anInactivePointOrAnEndedPopUpDeskIsRefused() {
		var closed = points.create(office, new InformationPoint(null, "Kiosque fermé", PointKind.KIOSK, null, null, null,
				null, null, null, null, false));
		var yesterday = LocalDate.now(Requests.DESK_ZONE).minusDays(1);
		var popup = points.create(office, new InformationPoint(null, "Accueil de la fête", PointKind.POPUP, null, null,
				null, null, null, yesterday.minusDays(2), yesterday, true));

		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", closed.id().toString())
			.param("channel", "DESK").param("country", "FR").param("note", "Plan du centre"))
			.hasStatusOk().bodyText()
			.contains("Le point « Kiosque fermé » est inactif : aucune demande ne peut y être enregistrée.",
					"value=\"Plan du centre\"");
		assertThat(mvc.post().uri("/desk/count").with(user(counsellor)).with(csrf()).param("point", closed.id().toString())
			.param("visitors", "2").param("country", "FR")).hasStatusOk().bodyText()
			.contains("Le point « Kiosque fermé » est inactif");
		assertThat(mvc.post().uri("/desk/count").with(user(counsellor)).with(csrf()).param("point", popup.id().toString())
			.param("visitors", "2").param("country", "FR").param("ui", "en")).hasStatusOk().bodyText()
			.contains("The point &quot;Accueil de la fête&quot; is not open on that day (a pop-up desk outside its dates).");
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", popup.id().toString())
			.param("channel", "OUTSIDE").param("country", "FR")).hasStatusOk().bodyText()
			.contains("Le point « Accueil de la fête » n&#39;est pas ouvert ce jour-là");
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ?").param(office).query(Long.class)
			.single()).isZero();
		// Neither is offered at the desk; a request of its last day, typed afterwards, is welcome.
		assertThat(mvc.get().uri("/desk").with(user(counsellor))).bodyText()
			.doesNotContain(">Kiosque fermé<", ">Accueil de la fête<");
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", popup.id().toString())
			.param("channel", "OUTSIDE").param("country", "FR").param("when", FRENCH.format(yesterday) + " 16:00"))
			.hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT point_id FROM welcome.request WHERE office_id = ?").param(office).query(UUID.class)
			.list()).isEqualTo(List.of(popup.id()));
	}

	private void log(String when) {
		assertThat(mvc.post().uri("/desk").with(user(counsellor)).with(csrf()).param("point", desk.id().toString())
			.param("channel", "DESK").param("country", "FR").param("when", when)).hasStatus3xxRedirection();
	}

}
