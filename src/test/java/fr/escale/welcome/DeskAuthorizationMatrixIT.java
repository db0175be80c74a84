package fr.escale.welcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import fr.escale.AccessMatrix;
import fr.escale.AccessMatrix.Outcome;
import fr.escale.catalog.domain.Offers;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.partners.offers.CatalogFixture;
import fr.escale.welcome.assistant.Carnets;
import fr.escale.welcome.sadi.Brochure;
import fr.escale.welcome.sadi.Brochures;
import fr.escale.welcome.sadi.Screens;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what of the welcome desk: every endpoint under {@code /desk}, {@code /carnet} and
 * {@code /screens}, tried by nobody, each staff role of office A and office B's administrator and counsellor
 * against A's things. A counsellor of one office never sees another office's requests: B gets 404 on any id of A, and
 * A's names never appear in what B is served. A new endpoint fails {@link #everyEndpointIsInTheMatrix()}
 * until it has its row here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeskAuthorizationMatrixIT {

	/** Who tries: nobody, office B's administrator and counsellor, and each role of office A. */
	enum Actor {

		ANONYMOUS(null, false), OTHER_OFFICE(Role.ADMINISTRATOR, true), OTHER_OFFICE_COUNSELLOR(Role.COUNSELLOR, true),
		ANALYST(Role.ANALYST, false), PARTNER_MANAGER(Role.PARTNER_MANAGER, false), COUNSELLOR(Role.COUNSELLOR, false),
		ADMINISTRATOR(Role.ADMINISTRATOR, false);

		final Role role;

		final boolean ofB;

		Actor(Role role, boolean ofB) {
			this.role = role;
			this.ofB = ofB;
		}

	}

	/** Every role of the office reads. */
	static final Set<Role> STAFF = EnumSet.allOf(Role.class);

	/** Points and the brochure catalogue are kept by administrators. */
	static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.ADMINISTRATOR);

	/** Who logs requests and hands carnets over: {@code DeskController.LOGGERS}, {@code AssistantController.LOGGERS}. */
	static final Set<Role> LOGGERS = EnumSet.of(Role.ADMINISTRATOR, Role.COUNSELLOR, Role.PARTNER_MANAGER);

	/**
	 * Who types door counts ({@code CountersController.WRITERS}), moves brochures in and out of a point's stock
	 * and fills a screen ({@code BrochureController}, {@code ScreenController}): not partner managers.
	 */
	static final Set<Role> DESK_KEEPERS = EnumSet.of(Role.ADMINISTRATOR, Role.COUNSELLOR);

	/** What office B may make of a row. */
	enum Scope {
		/** The row names one of A's things (path or parameter): B is answered 404. */
		OF_A,
		/** A page each office has of its own: B is served its own, without any of A's names. */
		OWN,
		/** A visitor's or screen's page opened by its secret token: anyone with it, 404 with a wrong one. */
		TOKEN
	}

	/**
	 * @param roles who may, by role; B's staff are then answered as strangers to A's things
	 * @param showsA whether A's administrator finds A's names on it: proves the absence for B means something
	 */
	record Row(HttpMethod method, String pattern, Set<Role> roles, Scope scope, boolean showsA,
			Function<Fixture, String> uri, Function<Fixture, Map<String, String>> params) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	/**
	 * Office A's things.
	 * @param mark in every name of A's: never in what B or nobody is served
	 */
	record Fixture(String mark, UUID point, UUID offer, UUID carnet, String carnetToken, UUID brochure, UUID item,
			String screenToken) {

		/** The same things, with tokens that open nothing. */
		Fixture wrongTokens() {
			return new Fixture(mark, point, offer, carnet, "x".repeat(carnetToken.length()), brochure, item,
					"x".repeat(screenToken.length()));
		}

		Fixture withItem(UUID newItem) {
			return new Fixture(mark, point, offer, carnet, carnetToken, brochure, newItem, screenToken);
		}

	}

	static Row get(String pattern, Set<Role> roles, Scope scope, boolean showsA, Function<Fixture, String> uri) {
		return new Row(HttpMethod.GET, pattern, roles, scope, showsA, uri, f -> Map.of());
	}

	static Row post(String pattern, Set<Role> roles, Scope scope, Function<Fixture, String> uri,
			Function<Fixture, Map<String, String>> params) {
		return new Row(HttpMethod.POST, pattern, roles, scope, false, uri, params);
	}

	/** The point form as a browser sends it left blank. */
	static final Map<String, String> BLANK_POINT = Map.of("name", "", "kind", "KIOSK", "commune", "", "latitude", "",
			"longitude", "");

	/** The brochure form as a browser sends it left blank. */
	static final Map<String, String> BLANK_BROCHURE = Map.of("title", "", "languages", "", "editionYear", "",
			"publisher", "");

	static final List<Row> ROWS = List.of(
			// The desk: every role reads it; ANALYST never logs. A request at A's point is refused to B.
			get("/desk", STAFF, Scope.OWN, false, f -> "/desk"),
			post("/desk", LOGGERS, Scope.OF_A, f -> "/desk",
					f -> Map.of("point", f.point().toString(), "channel", "DESK", "partySize", "2")),
			post("/desk/count", LOGGERS, Scope.OF_A, f -> "/desk/count",
					f -> Map.of("point", f.point().toString(), "visitors", "1")),
			get("/desk/offers", STAFF, Scope.OWN, false, f -> "/desk/offers?q=" + f.mark()),
			// The assistant and carnets. A's offer in B's selection is left out: B's fragment never names it.
			get("/desk/assistant", STAFF, Scope.OWN, false, f -> "/desk/assistant"),
			get("/desk/assistant/topics", STAFF, Scope.OWN, false, f -> "/desk/assistant/topics?topics=FOOD"),
			post("/desk/selection", LOGGERS, Scope.OWN, f -> "/desk/selection", f -> Map.of("offer", f.offer().toString())),
			post("/desk/carnets", LOGGERS, Scope.OWN, f -> "/desk/carnets", f -> Map.of()),
			get("/desk/carnets/{id}", STAFF, Scope.OF_A, true, f -> "/desk/carnets/" + f.carnet()),
			get("/desk/carnets/{id}/carnet.pdf", STAFF, Scope.OF_A, false, f -> "/desk/carnets/" + f.carnet() + "/carnet.pdf"),
			// Without consent nothing is sent: the carnet comes back with the problem.
			post("/desk/carnets/{id}/email", LOGGERS, Scope.OF_A, f -> "/desk/carnets/" + f.carnet() + "/email",
					f -> Map.of("email", "visiteur@matrice.test")),
			get("/carnet/{token}", null, Scope.TOKEN, true, f -> "/carnet/" + f.carnetToken()),
			get("/carnet/{token}/carnet.pdf", null, Scope.TOKEN, false, f -> "/carnet/" + f.carnetToken() + "/carnet.pdf"),
			get("/carnet/{token}/qr.png", null, Scope.TOKEN, false, f -> "/carnet/" + f.carnetToken() + "/qr.png"),
			// Information points: read by all, kept by administrators; the forms sent empty come back with their slips.
			get("/desk/points", STAFF, Scope.OWN, true, f -> "/desk/points"),
			get("/desk/points/new", ADMINISTRATORS, Scope.OWN, false, f -> "/desk/points/new"),
			post("/desk/points/new", ADMINISTRATORS, Scope.OWN, f -> "/desk/points/new", f -> BLANK_POINT),
			get("/desk/points/{id}", ADMINISTRATORS, Scope.OF_A, true, f -> "/desk/points/" + f.point()),
			post("/desk/points/{id}", ADMINISTRATORS, Scope.OF_A, f -> "/desk/points/" + f.point(), f -> BLANK_POINT),
			// Statistics and door counters: figures of the office only.
			get("/desk/stats", STAFF, Scope.OWN, true, f -> "/desk/stats"),
			get("/desk/stats.csv", STAFF, Scope.OWN, true, f -> "/desk/stats.csv"),
			get("/desk/counters", STAFF, Scope.OWN, true, f -> "/desk/counters"),
			post("/desk/counters", DESK_KEEPERS, Scope.OF_A, f -> "/desk/counters", f -> Map.of("point", f.point().toString(),
					"day", LocalDate.now(Requests.DESK_ZONE).minusDays(1).toString(), "entries", "12")),
			post("/desk/counters/import", DESK_KEEPERS, Scope.OWN, f -> "/desk/counters/import", f -> Map.of()),
			// SADI: the points' coverage, overview, brochures and stock, screens and their display page.
			get("/desk/points/map", STAFF, Scope.OWN, true, f -> "/desk/points/map"),
			get("/desk/points/{id}/overview", STAFF, Scope.OF_A, true, f -> "/desk/points/" + f.point() + "/overview"),
			get("/desk/points/brochures", STAFF, Scope.OWN, true, f -> "/desk/points/brochures"),
			post("/desk/points/brochures", ADMINISTRATORS, Scope.OWN, f -> "/desk/points/brochures", f -> BLANK_BROCHURE),
			get("/desk/points/brochures/{id}", ADMINISTRATORS, Scope.OF_A, true, f -> "/desk/points/brochures/" + f.brochure()),
			post("/desk/points/brochures/{id}", ADMINISTRATORS, Scope.OF_A, f -> "/desk/points/brochures/" + f.brochure(),
					f -> BLANK_BROCHURE),
			get("/desk/points/{id}/brochures", STAFF, Scope.OF_A, true, f -> "/desk/points/" + f.point() + "/brochures"),
			post("/desk/points/{id}/brochures", DESK_KEEPERS, Scope.OF_A, f -> "/desk/points/" + f.point() + "/brochures",
					f -> Map.of("brochure", f.brochure().toString(), "kind", "DELIVERED", "quantity", "1")),
			post("/desk/points/{id}/brochures/{brochureId}/level", ADMINISTRATORS, Scope.OF_A,
					f -> "/desk/points/" + f.point() + "/brochures/" + f.brochure() + "/level", f -> Map.of("level", "3")),
			get("/desk/points/{id}/screen", STAFF, Scope.OF_A, true, f -> "/desk/points/" + f.point() + "/screen"),
			post("/desk/points/{id}/screen", DESK_KEEPERS, Scope.OF_A, f -> "/desk/points/" + f.point() + "/screen",
					f -> Map.of("message", "Bonjour", "offer", "", "startsOn", "", "endsOn", "")),
			get("/desk/points/{id}/screen/offers", STAFF, Scope.OF_A, false,
					f -> "/desk/points/" + f.point() + "/screen/offers?q=" + f.mark()),
			post("/desk/points/{id}/screen/{item}/up", DESK_KEEPERS, Scope.OF_A,
					f -> "/desk/points/" + f.point() + "/screen/" + f.item() + "/up", f -> Map.of()),
			post("/desk/points/{id}/screen/{item}/down", DESK_KEEPERS, Scope.OF_A,
					f -> "/desk/points/" + f.point() + "/screen/" + f.item() + "/down", f -> Map.of()),
			// Each try deletes an item of its own (see check).
			post("/desk/points/{id}/screen/{item}/delete", DESK_KEEPERS, Scope.OF_A,
					f -> "/desk/points/" + f.point() + "/screen/" + f.item() + "/delete", f -> Map.of()),
			get("/screens/{token}", null, Scope.TOKEN, true, f -> "/screens/" + f.screenToken()),
			// Last of the screen: a new address ends the one the row above opens.
			post("/desk/points/{id}/screen/address", ADMINISTRATORS, Scope.OF_A,
					f -> "/desk/points/" + f.point() + "/screen/address", f -> Map.of()));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	InformationPoints points;

	@Autowired
	Requests requests;

	@Autowired
	Offers offers;

	@Autowired
	Carnets carnets;

	@Autowired
	Brochures brochures;

	@Autowired
	Screens screens;

	@Autowired
	JdbcClient jdbc;

	UUID officeA;

	UUID officeB;

	Fixture a;

	final Map<Actor, Cookie> sessions = new LinkedHashMap<>();

	@BeforeEach
	void officeAWithItsDeskAndOfficeB() {
		var slug = "deskmatrix-" + UUID.randomUUID().toString().substring(0, 8);
		var mark = "Quokka" + slug.substring(slug.length() - 8);
		officeA = offices.first(slug, "Office " + mark).id();
		var point = points.create(officeA, new InformationPoint(null, "Kiosque " + mark, PointKind.KIOSK, "37003", 47.41,
				0.98, null, null, null, null, true)).id();
		var offer = CatalogFixture.create(offers, officeA, CatalogFixture.hotel("Hotel " + mark));
		// Today's request at A's point, with its offer recommended: what B must never see.
		requests.log(officeA, new Request(null, point, Channel.DESK, null, 2, PartyKind.FAMILY, "FR", "37", "fr",
				List.of(Topic.HIKING), "Note " + mark, "counsellor@" + slug + ".test", null, List.of(offer)));
		var carnet = carnets.create(officeA, List.of(offer), "fr", point);
		var brochure = brochures.create(officeA, new Brochure(null, "Guide " + mark, List.of("fr"), 2026, null)).id();
		var item = screens.add(officeA, point, null, "Message " + mark, null, null).id();
		screens.add(officeA, point, offer, null, null, null);
		a = new Fixture(mark, point, offer, carnet.id(), carnet.token(), brochure, item, screens.issueToken(officeA, point));

		sessions.put(Actor.ANONYMOUS, null);
		officeB = offices.first(slug + "-b", "Office B " + slug).id();
		sessions.put(Actor.OTHER_OFFICE, AccessMatrix.staff(mvc, accounts, officeB, "administrator@b-" + slug + ".test",
				Role.ADMINISTRATOR));
		sessions.put(Actor.OTHER_OFFICE_COUNSELLOR, AccessMatrix.staff(mvc, accounts, officeB,
				"counsellor@b-" + slug + ".test", Role.COUNSELLOR));
		for (var actor : List.of(Actor.ANALYST, Actor.PARTNER_MANAGER, Actor.COUNSELLOR, Actor.ADMINISTRATOR)) {
			sessions.put(actor, AccessMatrix.staff(mvc, accounts, officeA,
					actor.name().toLowerCase() + "@" + slug + ".test", actor.role));
		}
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		var served = AccessMatrix.served(mappings, pattern -> pattern.equals("/desk") || pattern.startsWith("/desk/")
				|| pattern.startsWith("/carnet/") || pattern.startsWith("/screens/"));
		assertThat(new TreeSet<>(ROWS.stream().map(Row::toString).toList())).containsExactlyElementsOf(served);
	}

	@Test
	void eachActorReachesWhatItMayAndOfficeBNothingOfA() {
		var failures = new ArrayList<String>();
		for (var row : ROWS) {
			// Refusals first, so that a change made by an allowed actor cannot hide one.
			for (var actor : Actor.values()) {
				check(row, actor, a, expected(row, actor), failures);
				if (row.scope() == Scope.TOKEN) {
					check(row, actor, a.wrongTokens(), EnumSet.of(Outcome.NOT_FOUND), failures);
				}
			}
		}
		// Once every change is made, B's pages still name nothing of A's.
		for (var row : ROWS) {
			if (row.method() == HttpMethod.GET && row.scope() == Scope.OWN) {
				for (var actor : List.of(Actor.OTHER_OFFICE, Actor.OTHER_OFFICE_COUNSELLOR)) {
					check(row, actor, a, expected(row, actor), failures);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * Office B's administrator names A's brochure, screen item or offer beside a kiosk of B's own: nothing of
	 * A's is reached, moved or linked, and nothing of A's is shown back.
	 */
	@Test
	void officeBMixingItsOwnPointWithIdsOfANeverReachesA() {
		var kioskB = points.create(officeB, new InformationPoint(null, "Kiosque B", PointKind.KIOSK, null, null, null,
				null, null, null, null, true)).id();
		var base = "/desk/points/" + kioskB;
		var failures = new ArrayList<String>();
		mixed("a movement of A's brochure at B's kiosk", mvc.post().uri(base + "/brochures").param("brochure",
				a.brochure().toString()).param("kind", "DELIVERED").param("quantity", "5"), Outcome.SERVED, failures);
		mixed("a reorder level of A's brochure at B's kiosk",
				mvc.post().uri(base + "/brochures/" + a.brochure() + "/level").param("level", "3"), Outcome.NOT_FOUND,
				failures);
		for (var action : List.of("up", "down", "delete")) {
			mixed(action + " of A's screen item at B's kiosk", mvc.post().uri(base + "/screen/" + a.item() + "/" + action),
					Outcome.NOT_FOUND, failures);
		}
		mixed("A's offer on B's screen", mvc.post().uri(base + "/screen").param("offer", a.offer().toString())
			.param("message", ""), Outcome.SERVED, failures);
		mixed("A's offer recommended at B's desk", mvc.post().uri("/desk").param("point", kioskB.toString())
			.param("channel", "DESK").param("offers", a.offer().toString()), Outcome.SERVED, failures);
		mixed("A's offer ticked in B's desk search", mvc.get().uri("/desk/offers").param("offers", a.offer().toString()),
				Outcome.SERVED, failures);
		assertThat(failures).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.brochure_stock WHERE brochure_id = ? OR point_id = ?")
			.params(a.brochure(), kioskB).query(Long.class).single()).as("stock of A's brochure anywhere").isZero();
		assertThat(screens.items(officeA, a.point())).extracting(Screens.Item::id).contains(a.item());
		assertThat(screens.items(officeB, kioskB)).isEmpty();
		assertThat(jdbc.sql("""
				SELECT count(*) FROM welcome.request_offer o JOIN welcome.request r ON r.id = o.request_id
				 WHERE r.office_id = ? AND o.offer_id = ?""").params(officeB, a.offer()).query(Long.class).single())
			.as("B's requests naming A's offer").isZero();
	}

	private void mixed(String what, MockMvcRequestBuilder request, Outcome expected, List<String> failures) {
		MockHttpServletResponse response;
		try {
			response = request.with(csrf()).cookie(sessions.get(Actor.OTHER_OFFICE)).exchange().getResponse();
		}
		catch (IllegalStateException unresolved) {
			failures.add(what + ": FAILED, " + unresolved.getMessage());
			return;
		}
		if (Outcome.of(response) != expected) {
			failures.add(what + ": " + Outcome.of(response) + " (" + response.getStatus() + "), expected " + expected);
		}
		if (body(response).contains(a.mark())) {
			failures.add(what + ": AUTHORISATION BUG, office A's data (" + a.mark() + ") in the answer");
		}
	}

	@Test
	void aWriteWithoutItsCsrfTokenIsRefused() {
		var before = logged();
		var response = mvc.post().uri("/desk").cookie(sessions.get(Actor.COUNSELLOR)).param("point", a.point().toString())
			.param("channel", "DESK").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(logged()).isEqualTo(before);
	}

	private Set<Outcome> expected(Row row, Actor actor) {
		if (row.scope() == Scope.TOKEN) {
			return EnumSet.of(Outcome.SERVED);
		}
		if (actor == Actor.ANONYMOUS) {
			return EnumSet.of(Outcome.TO_STAFF_LOGIN);
		}
		if (!row.roles().contains(actor.role)) {
			return EnumSet.of(Outcome.FORBIDDEN);
		}
		return actor.ofB && row.scope() == Scope.OF_A ? EnumSet.of(Outcome.NOT_FOUND)
				: EnumSet.of(Outcome.SERVED);
	}

	private void check(Row row, Actor actor, Fixture fixture, Set<Outcome> expected, List<String> failures) {
		boolean wrongToken = fixture != a;
		var name = row + " as " + actor + (wrongToken ? " with a wrong token" : "");
		if (row.pattern().endsWith("/delete")) {
			// A deleted item is gone for the next actor: each try deletes one of its own.
			fixture = fixture.withItem(screens.add(officeA, a.point(), null, "Message " + a.mark(), null, null).id());
		}
		MockHttpServletResponse response;
		try {
			response = request(row, actor, fixture).exchange().getResponse();
		}
		catch (IllegalStateException unresolved) {
			// An exception no handler answered: a server error for the user.
			failures.add(name + ": FAILED, " + unresolved.getMessage());
			return;
		}
		var outcome = Outcome.of(response);
		var body = body(response);
		if (!expected.contains(outcome)) {
			failures.add(name + ": " + outcome + " (" + response.getStatus() + " " + response.getRedirectedUrl()
					+ "), expected one of " + expected
					+ (actor.ofB && outcome == Outcome.SERVED && row.scope() == Scope.OF_A
							? " — AUTHORISATION BUG: office B reaches office A's thing" : ""));
		}
		boolean openedByToken = row.scope() == Scope.TOKEN && !wrongToken;
		if (actor.role == null || actor.ofB) {
			if (!openedByToken && body.contains(fixture.mark())) {
				failures.add(name + ": AUTHORISATION BUG, office A's data (" + fixture.mark() + ") in the answer");
			}
		}
		else if (row.showsA() && actor == Actor.ADMINISTRATOR && !wrongToken && !body.contains(fixture.mark())) {
			failures.add(name + ": A's administrator does not find A's names, so their absence for B proves nothing");
		}
	}

	private MockMvcRequestBuilder request(Row row, Actor actor, Fixture fixture) {
		var uri = row.uri().apply(fixture);
		var request = row.method() == HttpMethod.GET ? mvc.get().uri(uri) : mvc.post().uri(uri).with(csrf());
		for (var param : row.params().apply(fixture).entrySet()) {
			request = request.param(param.getKey(), param.getValue());
		}
		if (row.pattern().equals("/desk/selection")) {
			// The selection as the desk shows it, by htmx: B's must not name A's offer.
			request = request.header("HX-Request", "true");
		}
		var session = sessions.get(actor);
		return session == null ? request : request.cookie(session);
	}

	/** The answer as text; a PDF or image is searched as Latin-1 so that no byte stops the search. */
	private static String body(MockHttpServletResponse response) {
		try {
			var type = response.getContentType();
			return type != null && (type.startsWith("text") || type.contains("html") || type.contains("json"))
					? response.getContentAsString() : new String(response.getContentAsByteArray(),
							java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		catch (java.io.UnsupportedEncodingException cannotHappen) {
			throw new IllegalStateException(cannotHappen);
		}
	}

	private long logged() {
		return jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ?").param(officeA).query(Long.class)
			.single();
	}

}
