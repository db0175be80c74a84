package fr.escale.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import fr.escale.AccessMatrix;
import fr.escale.AccessMatrix.Outcome;
import fr.escale.catalog.domain.Offers;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.partners.membership.Memberships;
import fr.escale.partners.membership.PaymentMethod;
import fr.escale.partners.membership.Tier;
import fr.escale.partners.membership.Tiers;
import fr.escale.partners.offers.CatalogFixture;
import fr.escale.partners.quality.Award;
import fr.escale.partners.quality.QualityPlan;
import fr.escale.partners.quality.SupportAction;
import fr.escale.partners.quality.SupportActions;
import fr.escale.partners.workshops.WorkshopDetails;
import fr.escale.partners.workshops.WorkshopKind;
import fr.escale.partners.workshops.Workshops;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what of the partner network: every endpoint under {@code /partners} and
 * {@code /pro}, tried by every kind of user against partner A's things. A new endpoint fails
 * {@link #everyEndpointIsInTheMatrix()} until it has its row here.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixIT {

	/** Who tries: nobody, partner A's own login, another partner's, each staff role, another office's administrator. */
	enum Actor {
		ANONYMOUS, PARTNER_A, PARTNER_B, ADMINISTRATOR, PARTNER_MANAGER, COUNSELLOR, ANALYST, OTHER_OFFICE
	}

	/** What an endpoint is. */
	enum Access {
		/** Staff of the office read it; no one else. */
		STAFF_READ,
		/** Administrators and partner managers of the office change it; no one else. */
		STAFF_WRITE,
		/** Partner A's own page in the pro space: A alone. */
		PRO_OWN,
		/** A change partner A makes in the pro space: A alone. */
		PRO_WRITE,
		/** Open to all: the pro login, invitation and e-mail links carry their own secret. */
		OPEN
	}

	record Row(HttpMethod method, String pattern, Access access, Function<Fixture, String> uri) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	/**
	 * Partner A's things, which every row points at.
	 * @param ownOffer an offer of the catalogue that A runs; {@code offer} is only an id
	 * @param change A's change to it, waiting for the office
	 */
	record Fixture(UUID partner, UUID user, UUID offer, UUID award, UUID action, UUID workshop, UUID registration,
			UUID tier, UUID membership, UUID payment, UUID ownOffer, UUID change, UUID newsletter) {

		/** Whether a URI names one of A's things, rather than a page each partner has of its own. */
		boolean named(String uri) {
			return Stream.of(partner, user, offer, award, action, registration, membership, payment, ownOffer, change)
				.anyMatch(id -> uri.contains(id.toString()));
		}

		/** Whether a URI names something of A's office: A's things, a session or tier open to all its partners, a newsletter. */
		boolean ofTheOffice(String uri) {
			return named(uri) || Stream.of(workshop, tier, newsletter).anyMatch(id -> uri.contains(id.toString()));
		}

	}

	static Row get(String pattern, Access access, Function<Fixture, String> uri) {
		return new Row(HttpMethod.GET, pattern, access, uri);
	}

	static Row post(String pattern, Access access, Function<Fixture, String> uri) {
		return new Row(HttpMethod.POST, pattern, access, uri);
	}

	static final List<Row> ROWS = List.of(
			get("/partners", Access.STAFF_READ, f -> "/partners"),
			get("/partners/new", Access.STAFF_WRITE, f -> "/partners/new"),
			post("/partners/new", Access.STAFF_WRITE, f -> "/partners/new"),
			get("/partners/{id}", Access.STAFF_READ, f -> "/partners/" + f.partner()),
			get("/partners/{id}/edit", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/edit"),
			post("/partners/{id}/edit", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/edit"),
			post("/partners/{id}/users", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/users"),
			post("/partners/{id}/users/{userId}/invitation", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/users/" + f.user() + "/invitation"),
			post("/partners/{id}/contacts", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/contacts?name=Matrice"),
			post("/partners/{id}/contacts/{contactId}/remove", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/contacts/" + UUID.randomUUID() + "/remove"),
			post("/partners/{id}/users/{userId}/enabled", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/users/" + f.user() + "/enabled?enabled=true"),
			get("/partners/{id}/offers/search", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/offers/search?q=a"),
			post("/partners/{id}/offers", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/offers"),
			post("/partners/{id}/offers/{offerId}/unlink", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/offers/" + f.offer() + "/unlink"),
			get("/partners/proposals", Access.STAFF_WRITE, f -> "/partners/proposals"),
			get("/partners/import", Access.STAFF_WRITE, f -> "/partners/import"),
			post("/partners/import", Access.STAFF_WRITE, f -> "/partners/import"),
			get("/partners/import/template.csv", Access.STAFF_WRITE, f -> "/partners/import/template.csv"),
			get("/partners/newsletters", Access.STAFF_READ, f -> "/partners/newsletters"),
			get("/partners/newsletters/new", Access.STAFF_WRITE, f -> "/partners/newsletters/new"),
			post("/partners/newsletters/new", Access.STAFF_WRITE, f -> "/partners/newsletters/new"),
			get("/partners/newsletters/audience", Access.STAFF_READ, f -> "/partners/newsletters/audience?types=HOTEL"),
			get("/partners/newsletters/{id}/preview", Access.STAFF_READ, f -> "/partners/newsletters/" + f.newsletter() + "/preview"),
			get("/partners/newsletters/{id}/edit", Access.STAFF_WRITE, f -> "/partners/newsletters/" + f.newsletter() + "/edit"),
			post("/partners/newsletters/{id}/edit", Access.STAFF_WRITE, f -> "/partners/newsletters/" + f.newsletter() + "/edit"),
			post("/partners/newsletters/{id}/test", Access.STAFF_WRITE, f -> "/partners/newsletters/" + f.newsletter() + "/test"),
			// Without its confirmation a send only asks again: the draft stays for every actor.
			post("/partners/newsletters/{id}/send", Access.STAFF_WRITE, f -> "/partners/newsletters/" + f.newsletter() + "/send"),
			get("/partners/newsletters/{id}/recipients", Access.STAFF_READ,
					f -> "/partners/newsletters/" + f.newsletter() + "/recipients"),
			get("/pro/login", Access.OPEN, f -> "/pro/login"),
			get("/pro", Access.PRO_OWN, f -> "/pro"),
			get("/pro/invitation/{token}", Access.OPEN, f -> "/pro/invitation/not-a-token"),
			post("/pro/invitation/{token}", Access.OPEN, f -> "/pro/invitation/not-a-token"),
			// Memberships; the year 2001 keeps the office-wide commands away from other tests' data.
			get("/partners/memberships", Access.STAFF_READ, f -> "/partners/memberships"),
			post("/partners/memberships/lapse", Access.STAFF_WRITE, f -> "/partners/memberships/lapse?year=2001"),
			get("/partners/memberships/renewal", Access.STAFF_READ, f -> "/partners/memberships/renewal"),
			post("/partners/memberships/renewal", Access.STAFF_WRITE, f -> "/partners/memberships/renewal?year=2001"),
			get("/partners/memberships/directory", Access.STAFF_READ, f -> "/partners/memberships/directory"),
			get("/partners/memberships/export.csv", Access.STAFF_READ, f -> "/partners/memberships/export.csv"),
			get("/partners/memberships/tiers", Access.STAFF_READ, f -> "/partners/memberships/tiers"),
			get("/partners/memberships/tiers/new", Access.STAFF_WRITE, f -> "/partners/memberships/tiers/new"),
			post("/partners/memberships/tiers/new", Access.STAFF_WRITE, f -> "/partners/memberships/tiers/new"),
			get("/partners/memberships/tiers/{id}/edit", Access.STAFF_WRITE,
					f -> "/partners/memberships/tiers/" + f.tier() + "/edit"),
			post("/partners/memberships/tiers/{id}/edit", Access.STAFF_WRITE,
					f -> "/partners/memberships/tiers/" + f.tier() + "/edit"),
			get("/partners/{id}/memberships", Access.STAFF_READ, f -> "/partners/" + f.partner() + "/memberships"),
			post("/partners/{id}/memberships", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/memberships"),
			post("/partners/{id}/memberships/{membershipId}/status", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/memberships/" + f.membership() + "/status?status=PENDING"),
			post("/partners/{id}/memberships/{membershipId}/payments", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/memberships/" + f.membership() + "/payments"),
			get("/partners/{id}/memberships/payments/{paymentId}/receipt.pdf", Access.STAFF_READ,
					f -> "/partners/" + f.partner() + "/memberships/payments/" + f.payment() + "/receipt.pdf"),
			get("/pro/membership", Access.PRO_OWN, f -> "/pro/membership"),
			post("/pro/membership/{id}/accept", Access.PRO_WRITE, f -> "/pro/membership/" + f.membership() + "/accept"),
			get("/pro/membership/receipts/{paymentId}.pdf", Access.PRO_OWN,
					f -> "/pro/membership/receipts/" + f.payment() + ".pdf"),
			// Quality plan: removals come last, the award and action are gone after them.
			get("/partners/quality", Access.STAFF_READ, f -> "/partners/quality"),
			post("/partners/quality/budget", Access.STAFF_WRITE, f -> "/partners/quality/budget?year=2026"),
			get("/partners/quality/labels", Access.STAFF_READ, f -> "/partners/quality/labels"),
			post("/partners/quality/labels", Access.STAFF_WRITE, f -> "/partners/quality/labels"),
			get("/partners/{id}/quality/awards/new", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/quality/awards/new"),
			post("/partners/{id}/quality/awards/new", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/quality/awards/new"),
			get("/partners/{id}/quality/awards/{awardId}/edit", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/quality/awards/" + f.award() + "/edit"),
			post("/partners/{id}/quality/awards/{awardId}/edit", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/quality/awards/" + f.award() + "/edit"),
			get("/partners/{id}/quality/actions/new", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/quality/actions/new"),
			post("/partners/{id}/quality/actions/new", Access.STAFF_WRITE, f -> "/partners/" + f.partner() + "/quality/actions/new"),
			get("/pro/quality", Access.PRO_OWN, f -> "/pro/quality"),
			// Offers kept up to date: A's change is decided at the end, once every actor has tried to see it.
			get("/pro/offers", Access.PRO_OWN, f -> "/pro/offers"),
			get("/pro/offers/{id}", Access.PRO_OWN, f -> "/pro/offers/" + f.ownOffer()),
			post("/pro/offers/{id}/confirm", Access.PRO_WRITE, f -> "/pro/offers/" + f.ownOffer() + "/confirm"),
			get("/partners/changes", Access.STAFF_READ, f -> "/partners/changes"),
			get("/partners/changes/{id}", Access.STAFF_READ, f -> "/partners/changes/" + f.change()),
			get("/partners/freshness", Access.STAFF_READ, f -> "/partners/freshness?months=12"),
			post("/partners/freshness/campaigns", Access.STAFF_WRITE, f -> "/partners/freshness/campaigns?months=600"),
			post("/partners/changes/{id}/reject", Access.STAFF_WRITE, f -> "/partners/changes/" + f.change() + "/reject"),
			post("/partners/changes/{id}/accept", Access.STAFF_WRITE, f -> "/partners/changes/" + f.change() + "/accept"),
			post("/pro/offers/{id}/withdraw", Access.PRO_WRITE, f -> "/pro/offers/" + f.ownOffer() + "/withdraw"),
			post("/pro/offers/{id}", Access.PRO_WRITE,
					f -> "/pro/offers/" + f.ownOffer() + "?texts[0].language=fr&texts[0].description=Matrice&action=addPeriod"),
			post("/partners/{id}/quality/awards/{awardId}/remove", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/quality/awards/" + f.award() + "/remove"),
			post("/partners/{id}/quality/actions/{actionId}/remove", Access.STAFF_WRITE,
					f -> "/partners/" + f.partner() + "/quality/actions/" + f.action() + "/remove"),
			// Workshops: a session of A's office, and A's registration to it.
			get("/partners/workshops", Access.STAFF_READ, f -> "/partners/workshops"),
			get("/partners/workshops/new", Access.STAFF_WRITE, f -> "/partners/workshops/new"),
			post("/partners/workshops/new", Access.STAFF_WRITE, f -> "/partners/workshops/new"),
			get("/partners/workshops/{id}", Access.STAFF_READ, f -> "/partners/workshops/" + f.workshop()),
			get("/partners/workshops/{id}/edit", Access.STAFF_WRITE, f -> "/partners/workshops/" + f.workshop() + "/edit"),
			post("/partners/workshops/{id}/edit", Access.STAFF_WRITE, f -> "/partners/workshops/" + f.workshop() + "/edit"),
			post("/partners/workshops/{id}/attendance", Access.STAFF_WRITE,
					f -> "/partners/workshops/" + f.workshop() + "/attendance"),
			get("/pro/workshops", Access.PRO_OWN, f -> "/pro/workshops"),
			get("/pro/workshops/{id}", Access.PRO_OWN, f -> "/pro/workshops/" + f.workshop()),
			post("/pro/workshops/{id}/register", Access.PRO_WRITE, f -> "/pro/workshops/" + f.workshop() + "/register"),
			post("/pro/workshops/registrations/{registrationId}/cancel", Access.PRO_WRITE,
					f -> "/pro/workshops/registrations/" + f.registration() + "/cancel"),
			// Last: it cancels the session the rows above use.
			post("/partners/workshops/{id}/cancel", Access.STAFF_WRITE, f -> "/partners/workshops/" + f.workshop() + "/cancel"));

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
	Partners partners;

	@Autowired
	PartnerUsers users;

	@Autowired
	Invitations invitations;

	@Autowired
	Tiers tiers;

	@Autowired
	Memberships memberships;

	@Autowired
	QualityPlan quality;

	@Autowired
	Offers offers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupportActions support;

	@Autowired
	Workshops workshops;

	UUID demo;

	Fixture a;

	Cookie partnerA;

	Cookie partnerB;

	Cookie administrator, manager, counsellor, analyst, otherOffice;

	@BeforeEach
	void partnersAndTheirLogins() {
		demo = offices.bySlug("demo").orElseThrow().id();
		var partner = partners.list(demo, new Partners.Filter("Matrice A", null, null)).stream().findFirst()
			.orElseGet(() -> partners.create(demo, PartnersIT.details("Matrice A", null, PartnerType.HOTEL)));
		partnerA = proSession(partner, "a@matrice.test");
		var b = partners.list(demo, new Partners.Filter("Matrice B", null, null)).stream().findFirst()
			.orElseGet(() -> partners.create(demo, PartnersIT.details("Matrice B", null, PartnerType.HOTEL)));
		partnerB = proSession(b, "b@matrice.test");
		var tier = tiers.byName(demo, "Matrice")
			.orElseGet(() -> tiers.save(new Tier(null, demo, "Matrice", Set.of(), 10000, false, false, false, null, true, null)));
		var membership = memberships.of(demo, partner.id(), 2001)
			.orElseGet(() -> memberships.create(demo, partner.id(), 2001, tier).orElseThrow());
		var payment = memberships.payments(demo, membership.id()).stream().findFirst()
			.orElseGet(() -> memberships.recordPayment(demo, membership.id(), 5000, PaymentMethod.CASH,
					LocalDate.of(2001, 6, 1), null, "test"));
		var award = quality.award(partner, new Award.Draft(Award.Kind.CLASSIFICATION, 3, null, null,
				LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1)));
		var action = support.record(partner, new SupportAction.Draft("Matrice", null, 0, LocalDate.of(2026, 1, 1)), "test");
		var start = Instant.now().plus(Duration.ofDays(30));
		var workshop = workshops.create(demo, new WorkshopDetails("Matrice atelier", WorkshopKind.WORKSHOP, null,
				List.of(), null, "Office", start, start.plus(Duration.ofHours(2)), 50, true));
		var registration = workshops.register(partner, workshop.id(), "Matrice", "a-" + UUID.randomUUID() + "@matrice.test",
				Locale.FRENCH, Instant.now());
		var ownOffer = CatalogFixture.create(offers, demo, CatalogFixture.hotel("Matrice A"));
		partners.link(demo, partner.id(), List.of(ownOffer));
		assertThat(mvc.post().uri("/pro/offers/" + ownOffer).cookie(partnerA).with(csrf()).param("texts[0].language", "fr")
			.param("texts[0].description", "Changement de la matrice")).hasStatus3xxRedirection();
		var change = jdbc.sql("SELECT id FROM partners.offer_change WHERE offer_id = ? AND status = 'PENDING'")
			.param(ownOffer)
			.query(UUID.class)
			.single();
		a = new Fixture(partner.id(), users.of(demo, partner.id()).get(0).id(), UUID.randomUUID(), award.id(), action.id(),
				workshop.id(), registration.id(), tier.id(), membership.id(), payment.id(), ownOffer, change, newsletter());

		// Real logins, as browsers hold them: each chain sees only its own session.
		administrator = AccessMatrix.staffSession(mvc, "admin@escale.test", "admin-secret-42");
		manager = staff(demo, "manager@matrice.test", Role.PARTNER_MANAGER);
		counsellor = staff(demo, "counsellor@matrice.test", Role.COUNSELLOR);
		analyst = staff(demo, "analyst@matrice.test", Role.ANALYST);
		otherOffice = staff(offices.first("matrice", "Office de la matrice").id(), "admin@matrice.test", Role.ADMINISTRATOR);
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		var served = AccessMatrix.served(mappings, pattern -> pattern.startsWith("/partners") || pattern.startsWith("/pro"));
		var listed = new TreeSet<String>(ROWS.stream().map(Row::toString).toList());
		assertThat(listed).containsExactlyElementsOf(served);
	}

	/**
	 * Outside the pro space a partner's session is worth nothing: on every other endpoint of Escale
	 * (the back office, its API, public pages alike) partner A is answered as nobody is.
	 */
	@Test
	void aPartnersSessionOpensNothingOutsideTheProSpace() {
		var failures = new ArrayList<String>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
			.filter(pattern -> !pattern.startsWith("/pro"))
			.forEach(pattern -> AccessMatrix.methods(info.getMethodsCondition().getMethods()).forEach(verb -> {
				var uri = pattern.replaceAll("\\{[^}]+}", a.partner().toString());
				var row = new Row(HttpMethod.valueOf(verb), pattern, Access.OPEN, f -> uri);
				var nobody = request(row, uri, Actor.ANONYMOUS).exchange().getResponse();
				var partner = request(row, uri, Actor.PARTNER_A).exchange().getResponse();
				if (nobody.getStatus() != partner.getStatus()
						|| !Objects.equals(nobody.getRedirectedUrl(), partner.getRedirectedUrl())) {
					failures.add(verb + " " + pattern + ": nobody " + nobody.getStatus() + " " + nobody.getRedirectedUrl()
							+ ", partner A " + partner.getStatus() + " " + partner.getRedirectedUrl());
				}
			})));
		assertThat(failures).isEmpty();
	}

	@Test
	void eachActorReachesWhatItMayAndNothingElse() {
		var failures = new ArrayList<String>();
		for (var row : ROWS) {
			for (var actor : Actor.values()) {
				var uri = row.uri().apply(a);
				var result = request(row, uri, actor).exchange().getResponse();
				var outcome = Outcome.of(result);
				var expected = expected(row, actor, uri);
				if (!expected.contains(outcome)) {
					failures.add(row + " as " + actor + ": " + outcome + " (" + result.getStatus() + " "
							+ result.getRedirectedUrl() + "), expected one of " + expected);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private Set<Outcome> expected(Row row, Actor actor, String uri) {
		boolean aResourceOfA = a.ofTheOffice(uri);
		return switch (row.access()) {
			case OPEN -> EnumSet.of(Outcome.SERVED, Outcome.BAD_REQUEST, Outcome.NOT_FOUND);
			case STAFF_READ -> switch (actor) {
				case ANONYMOUS, PARTNER_A, PARTNER_B -> EnumSet.of(Outcome.TO_STAFF_LOGIN);
				case OTHER_OFFICE -> aResourceOfA ? EnumSet.of(Outcome.NOT_FOUND) : EnumSet.of(Outcome.SERVED);
				default -> EnumSet.of(Outcome.SERVED);
			};
			case STAFF_WRITE -> switch (actor) {
				case ANONYMOUS, PARTNER_A, PARTNER_B -> EnumSet.of(Outcome.TO_STAFF_LOGIN);
				case COUNSELLOR, ANALYST -> EnumSet.of(Outcome.FORBIDDEN);
				case OTHER_OFFICE -> aResourceOfA ? EnumSet.of(Outcome.NOT_FOUND)
						: EnumSet.of(Outcome.SERVED, Outcome.BAD_REQUEST);
				// What an allowed change does is each feature's own test; here it must not be refused.
				default -> EnumSet.of(Outcome.SERVED, Outcome.BAD_REQUEST);
			};
			case PRO_OWN, PRO_WRITE -> switch (actor) {
				case PARTNER_A -> EnumSet.of(Outcome.SERVED, Outcome.BAD_REQUEST);
				case PARTNER_B -> a.named(uri) ? EnumSet.of(Outcome.NOT_FOUND) : EnumSet.of(Outcome.SERVED);
				default -> EnumSet.of(Outcome.TO_PRO_LOGIN);
			};
		};
	}

	private MockMvcRequestBuilder request(Row row, String uri, Actor actor) {
		var request = row.method() == HttpMethod.GET ? mvc.get().uri(uri) : mvc.post().uri(uri).with(csrf());
		return switch (actor) {
			case ANONYMOUS -> request;
			case PARTNER_A -> request.cookie(partnerA);
			case PARTNER_B -> request.cookie(partnerB);
			case ADMINISTRATOR -> request.cookie(administrator);
			case PARTNER_MANAGER -> request.cookie(manager);
			case COUNSELLOR -> request.cookie(counsellor);
			case ANALYST -> request.cookie(analyst);
			case OTHER_OFFICE -> request.cookie(otherOffice);
		};
	}

	private Cookie proSession(Partner partner, String email) {
		if (!users.exists(email)) {
			var invitation = invitations.invite(partner, email, "Matrice", "test", Locale.FRENCH);
			users.accept(invitation.token(), "matrice-secret-2026");
		}
		var login = mvc.post().uri("/pro/login").with(csrf()).param("username", email)
			.param("password", "matrice-secret-2026").exchange();
		assertThat(login).hasRedirectedUrl("/pro");
		return login.getResponse().getCookie("SESSION");
	}

	/** A draft newsletter of partner A's office. */
	private UUID newsletter() {
		return jdbc.sql("SELECT id FROM partners.newsletter WHERE office_id = ? AND subject = 'Matrice'").param(demo)
			.query(UUID.class).optional()
			.orElseGet(() -> jdbc.sql("""
					INSERT INTO partners.newsletter (id, office_id, subject, body_html, created_by)
					VALUES (?, ?, 'Matrice', '<p>Matrice</p>', 'test') RETURNING id""")
				.params(UUID.randomUUID(), demo).query(UUID.class).single());
	}

	private Cookie staff(UUID office, String email, Role role) {
		return AccessMatrix.staff(mvc, accounts, office, email, role);
	}

}
