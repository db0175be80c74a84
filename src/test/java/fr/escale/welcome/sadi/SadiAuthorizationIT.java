package fr.escale.welcome.sadi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what of the information points: every endpoint under {@code /desk/points} and
 * {@code /screens}, tried by each staff role, another office's administrator and nobody, each time on
 * things of its own (a new point, brochure, screen item). A new endpoint fails
 * {@link #everyEndpointIsInTheMatrix()} until it has its row here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SadiAuthorizationIT {

	private static final Set<Role> STAFF = Set.of(Role.values());

	private static final Set<Role> ADMINISTRATORS = Set.of(Role.ADMINISTRATOR);

	private static final Set<Role> DESK = Set.of(Role.ADMINISTRATOR, Role.COUNSELLOR);

	/** The things a request is tried on: made afresh for each try, so that a delete does not spoil the next. */
	record Fixture(UUID point, UUID brochure, UUID item, String token) {
	}

	/**
	 * @param roles who of the office may; null for everyone, logged in or not
	 * @param scoped names one of the office's things: another office gets 404
	 */
	record Row(String method, String pattern, Set<Role> roles, boolean scoped, Function<Fixture, String> uri,
			Map<String, String> params) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	private static final List<Row> ROWS = List.of(
			get("/desk/points", STAFF, false, f -> "/desk/points"),
			get("/desk/points/new", ADMINISTRATORS, false, f -> "/desk/points/new"),
			post("/desk/points/new", ADMINISTRATORS, false, f -> "/desk/points/new", Map.of("name", "P", "kind", "DESK")),
			get("/desk/points/{id}", ADMINISTRATORS, true, f -> "/desk/points/" + f.point()),
			post("/desk/points/{id}", ADMINISTRATORS, true, f -> "/desk/points/" + f.point(),
					Map.of("name", "P", "kind", "KIOSK", "active", "true")),
			get("/desk/points/{id}/overview", STAFF, true, f -> "/desk/points/" + f.point() + "/overview"),
			get("/desk/points/map", STAFF, false, f -> "/desk/points/map"),
			get("/desk/points/brochures", STAFF, false, f -> "/desk/points/brochures"),
			post("/desk/points/brochures", ADMINISTRATORS, false, f -> "/desk/points/brochures", Map.of("title", "B")),
			get("/desk/points/brochures/{id}", ADMINISTRATORS, true, f -> "/desk/points/brochures/" + f.brochure()),
			post("/desk/points/brochures/{id}", ADMINISTRATORS, true, f -> "/desk/points/brochures/" + f.brochure(),
					Map.of("title", "B")),
			get("/desk/points/{id}/brochures", STAFF, true, f -> "/desk/points/" + f.point() + "/brochures"),
			post("/desk/points/{id}/brochures", DESK, true, f -> "/desk/points/" + f.point() + "/brochures",
					Map.of("brochure", "", "kind", "DELIVERED", "quantity", "1")),
			post("/desk/points/{id}/brochures/{brochureId}/level", ADMINISTRATORS, true,
					f -> "/desk/points/" + f.point() + "/brochures/" + f.brochure() + "/level", Map.of("level", "3")),
			get("/desk/points/{id}/screen", STAFF, true, f -> "/desk/points/" + f.point() + "/screen"),
			post("/desk/points/{id}/screen", DESK, true, f -> "/desk/points/" + f.point() + "/screen",
					Map.of("message", "M")),
			get("/desk/points/{id}/screen/offers", STAFF, true, f -> "/desk/points/" + f.point() + "/screen/offers?q=a"),
			post("/desk/points/{id}/screen/{item}/up", DESK, true,
					f -> "/desk/points/" + f.point() + "/screen/" + f.item() + "/up", Map.of()),
			post("/desk/points/{id}/screen/{item}/down", DESK, true,
					f -> "/desk/points/" + f.point() + "/screen/" + f.item() + "/down", Map.of()),
			post("/desk/points/{id}/screen/{item}/delete", DESK, true,
					f -> "/desk/points/" + f.point() + "/screen/" + f.item() + "/delete", Map.of()),
			post("/desk/points/{id}/screen/address", ADMINISTRATORS, true,
					f -> "/desk/points/" + f.point() + "/screen/address", Map.of()),
			get("/screens/{token}", null, false, f -> "/screens/" + f.token()));

	@Autowired
	MockMvcTester mvc;

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
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	UUID office;

	Map<Role, StaffPrincipal> staff = new EnumMap<>(Role.class);

	StaffPrincipal stranger;

	@BeforeEach
	void anOfficeWithEveryRoleAndAnotherOffice() {
		var slug = "sadi-matrix-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office " + slug).id();
		for (var role : Role.values()) {
			staff.put(role, member(office, role.name().toLowerCase() + "@" + slug + ".test", role));
		}
		var other = offices.first(slug + "-other", "Other " + slug).id();
		stranger = member(other, "admin@other-" + slug + ".test", Role.ADMINISTRATOR);
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		var served = new TreeSet<String>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
			.filter(pattern -> pattern.startsWith("/desk/points") || pattern.startsWith("/screens"))
			.forEach(pattern -> info.getMethodsCondition().getMethods()
				.forEach(verb -> served.add(verb.name() + " " + pattern))));
		assertThat(new TreeSet<>(ROWS.stream().map(Row::toString).toList())).containsExactlyElementsOf(served);
	}

	@Test
	void eachRoleReachesWhatItMayAndAnotherOfficeNothing() {
		var failures = new ArrayList<String>();
		for (var row : ROWS) {
			for (var role : Role.values()) {
				check(row, role.name(), staff.get(role), row.roles() == null || row.roles().contains(role) ? "served" : "403",
						failures);
			}
			check(row, "other office", stranger, row.roles() == null || !row.scoped() ? "served" : "404", failures);
			check(row, "nobody", null, row.roles() == null ? "served" : "login", failures);
		}
		assertThat(failures).isEmpty();
	}

	private void check(Row row, String who, StaffPrincipal as, String expected, List<String> failures) {
		var fixture = fixture();
		var uri = row.uri().apply(fixture);
		MockMvcRequestBuilder request = row.method().equals("GET") ? mvc.get().uri(uri) : mvc.post().uri(uri).with(csrf());
		for (var param : row.params().entrySet()) {
			request = request.param(param.getKey(),
					param.getKey().equals("brochure") ? fixture.brochure().toString() : param.getValue());
		}
		if (as != null) {
			request = request.with(user(as));
		}
		var response = request.exchange().getResponse();
		var status = response.getStatus();
		var outcome = status == 403 ? "403" : status == 404 ? "404"
				: status >= 300 && status < 400 && response.getRedirectedUrl() != null
						&& response.getRedirectedUrl().endsWith("/login") ? "login"
						: status < 400 ? "served" : String.valueOf(status);
		if (!outcome.equals(expected)) {
			failures.add(row + " as " + who + ": " + status + " " + response.getRedirectedUrl() + ", expected " + expected);
		}
	}

	/** A kiosk of the office with a brochure, a screen item and a display address. */
	private Fixture fixture() {
		var point = points.create(office, new InformationPoint(null, "Borne", PointKind.KIOSK, null, null, null, null,
				null, null, null, true)).id();
		var brochure = brochures.create(office, new Brochure(null, "Guide", List.of("fr"), 2026, null)).id();
		var item = screens.add(office, point, null, "Bienvenue", null, null).id();
		return new Fixture(point, brochure, item, screens.issueToken(office, point));
	}

	private StaffPrincipal member(UUID officeId, String email, Role role) {
		accounts.create(officeId, email, role.name(), "matrix-secret-2026", Set.of(role));
		return accounts.loadUserByUsername(email);
	}

	private static Row get(String pattern, Set<Role> roles, boolean scoped, Function<Fixture, String> uri) {
		return new Row("GET", pattern, roles, scoped, uri, Map.of());
	}

	private static Row post(String pattern, Set<Role> roles, boolean scoped, Function<Fixture, String> uri,
			Map<String, String> params) {
		return new Row("POST", pattern, roles, scoped, uri, params);
	}

}
