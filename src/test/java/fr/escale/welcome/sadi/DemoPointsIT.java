package fr.escale.welcome.sadi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup;

import java.util.Set;
import java.util.UUID;

import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

/** A newcomer's first start: the demo office's welcome desk has its points, brochures and screens, and mailed no one. */
@SpringBootTest(properties = "escale.demo=true")
class DemoPointsIT {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	InformationPoints points;

	@Autowired
	Brochures brochures;

	@Autowired
	Screens screens;

	@Autowired
	DemoPoints demoPoints;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoOfficeHasALivingWelcomeDesk() throws Exception {
		var demo = offices.bySlug("demo").orElseThrow().id();
		var all = points.of(demo);
		assertThat(all).hasSize(7).allSatisfy(point -> {
			assertThat(point.latitude()).isBetween(47.0, 47.6);
			assertThat(point.longitude()).isBetween(0.2, 1.1);
			assertThat(point.communeCode()).isIn("37261", "37003", "37072");
			assertThat(point.openingHours()).isNotBlank();
		});
		assertThat(all).extracting(InformationPoint::kind)
			.containsOnly(PointKind.DESK, PointKind.RELAY, PointKind.KIOSK, PointKind.SCREEN, PointKind.POPUP);
		assertThat(all).filteredOn(point -> point.kind() == PointKind.RELAY).singleElement()
			.satisfies(relay -> assertThat(relay.runBy()).isEqualTo("Camping l'Île d'Or"));
		assertThat(all).filteredOn(point -> point.kind() == PointKind.POPUP).singleElement().satisfies(popup -> {
			assertThat(popup.startsOn()).isEqualTo(DemoPoints.summer(java.time.LocalDate.now(fr.escale.welcome.Requests.DESK_ZONE)));
			assertThat(popup.endsOn()).isEqualTo(popup.startsOn().withMonth(8).withDayOfMonth(31));
		});
		assertThat(brochures.of(demo)).hasSize(6);

		// A counsellor sees on the points list the two stocks to reorder, emptiest first.
		var email = "counsellor-" + UUID.randomUUID() + "@escale.test";
		accounts.create(demo, email, "Zoé Conseillère", "counsellor-secret-42", Set.of(Role.COUNSELLOR));
		var counsellor = accounts.loadUserByUsername(email);
		var mvc = MockMvcTester.create(webAppContextSetup(context).apply(springSecurity()).build());
		var list = Jsoup.parse(mvc.get().uri("/desk/points").with(user(counsellor)).exchange().getResponse()
			.getContentAsString());
		assertThat(list.select(".reorder h2").text()).isEqualTo("À recommander (2)");
		assertThat(list.select(".reorder tbody td").eachText()).containsExactly("Borne – Gare de Tours", "Plan de Tours",
				"15", "40", "Bureau d'information de Chinon", "Carte vélo « La Loire à Vélo »", "12", "25");

		// The town hall's screen shows, with no login, two castles of the demo and a message.
		var screen = all.stream().filter(point -> point.kind() == PointKind.SCREEN).findFirst().orElseThrow();
		assertThat(screens.items(demo, screen.id())).hasSize(3);
		var token = screens.token(demo, screen.id()).orElseThrow();
		var display = Jsoup.parse(mvc.get().uri("/screens/{token}", token).exchange().getResponse().getContentAsString());
		assertThat(display.select("article.slide h1").eachText()).containsExactly("Château d'Azay-le-Rideau",
				"Château de l'Islette");
		assertThat(display.select("article.slide .message").text()).contains("marché d'Amboise");
		var kiosk = all.stream().filter(point -> point.kind() == PointKind.KIOSK).findFirst().orElseThrow();
		var atStation = Jsoup.parse(mvc.get().uri("/screens/{token}", screens.token(demo, kiosk.id()).orElseThrow())
			.exchange().getResponse().getContentAsString());
		assertThat(atStation.select("article.slide h1").eachText()).containsExactly("Château de Tours",
				"Château du Clos Lucé - Parc Leonardo da Vinci");

		// Low stocks, yet not one mail: the levels were set after the movements.
		assertThat(jdbc.sql("SELECT count(*) FROM platform.outgoing_mail WHERE office_id = ? AND topic = ?")
			.params(demo, Stocks.ALERT_TOPIC).query(Long.class).single()).isZero();

		// Started again, the demo adds nothing.
		demoPoints.run(new DefaultApplicationArguments());
		assertThat(points.of(demo)).hasSize(7);
		assertThat(brochures.of(demo)).hasSize(6);
		assertThat(screens.items(demo, screen.id())).hasSize(3);
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.stock_movement WHERE office_id = ?").param(demo)
			.query(Long.class).single()).isEqualTo(28);
	}

}
