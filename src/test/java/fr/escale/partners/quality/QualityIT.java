package fr.escale.partners.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.Invitations;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerDetails;
import fr.escale.partners.PartnerType;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The quality plan: who holds which stars and labels until when, who is reminded, what the office spends. */
@SpringBootTest
@AutoConfigureMockMvc
class QualityIT {

	static final UUID CLEF_VERTE = UUID.fromString("6b1f0e52-3a37-4d0e-9d0f-000000000002");

	static final UUID ACCUEIL_VELO = UUID.fromString("6b1f0e52-3a37-4d0e-9d0f-000000000004");

	static final String AMBOISE = "37003";

	static final String TOURS = "37261";

	@Autowired
	MockMvcTester mvc;

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
	QualityPlan plan;

	@Autowired
	SupportActions actions;

	@Autowired
	QualityReminders reminders;

	@Autowired
	JdbcClient jdbc;

	UUID office;

	String tag;

	StaffPrincipal manager;

	LocalDate today;

	@BeforeEach
	void office() {
		tag = UUID.randomUUID().toString().substring(0, 8);
		office = offices.first("quality-" + tag, "Office qualité " + tag).id();
		manager = staff(office, Role.PARTNER_MANAGER);
		today = QualitySection.today();
	}

	@Test
	void onlyAccommodationIsClassifiedAndAClassificationIsProposedFiveYears() {
		var hotel = partner("Hôtel du Parc", PartnerType.HOTEL, AMBOISE, 40);
		var restaurant = partner("Le Bistrot", PartnerType.RESTAURANT, AMBOISE, null);

		assertThat(mvc.get().uri("/partners/{id}/quality/awards/new?kind=CLASSIFICATION", hotel.id()).with(user(manager)))
			.hasStatusOk().bodyText().contains(today.plusYears(5).toString());
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/new", hotel.id()).with(user(manager)).with(csrf())
			.param("kind", "CLASSIFICATION").param("stars", "3").param("obtainedOn", "2025-04-01").param("expiresOn", ""))
			.hasStatus3xxRedirection();
		assertThat(plan.awards(office, hotel.id())).singleElement().satisfies(award -> {
			assertThat(award.stars()).isEqualTo(3);
			assertThat(award.expiresOn()).isEqualTo(LocalDate.of(2030, 4, 1));
		});

		// A restaurant has no stars: refused, in French and in English, and nothing saved.
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/new", restaurant.id()).with(user(manager)).with(csrf())
			.param("kind", "CLASSIFICATION").param("stars", "2").param("obtainedOn", "2025-04-01"))
			.hasStatusOk().bodyText().contains("Seul un hébergement (hôtel, camping, meublé, chambre d&#39;hôtes) a un classement en étoiles.");
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/new", restaurant.id()).with(user(manager)).with(csrf())
			.param("ui", "en").param("kind", "CLASSIFICATION").param("stars", "2").param("obtainedOn", "2025-04-01"))
			.bodyText().contains("Only accommodation (hotel, campsite, holiday rental, B&amp;B) is classified in stars.");
		assertThat(plan.awards(office, restaurant.id())).isEmpty();
		assertThatThrownBy(() -> plan.award(restaurant,
				new Award.Draft(Award.Kind.CLASSIFICATION, 2, null, null, LocalDate.of(2025, 1, 1), null)))
			.isInstanceOf(IllegalArgumentException.class);
		// The staff page offers stars to accommodation only.
		assertThat(mvc.get().uri("/partners/{id}", restaurant.id()).with(user(manager))).bodyText()
			.contains("Ajouter un label").doesNotContain("Ajouter un classement");
		assertThat(mvc.get().uri("/partners/{id}", hotel.id()).with(user(manager))).bodyText()
			.contains("Ajouter un classement", "3 étoiles", "1 avr. 2025", "1 avr. 2030");

		// A label of the restaurant gets the label's usual validity (Clef Verte: a year).
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/new", restaurant.id()).with(user(manager)).with(csrf())
			.param("kind", "LABEL").param("label", CLEF_VERTE.toString()).param("obtainedOn", "2026-06-01"))
			.hasStatus3xxRedirection();
		assertThat(plan.awards(office, restaurant.id())).singleElement()
			.satisfies(award -> assertThat(award.expiresOn()).isEqualTo(LocalDate.of(2027, 6, 1)));
	}

	@Test
	void badInputIsExplainedInFrenchAndEnglishAndNothingTypedIsLost() {
		var hotel = partner("Hôtel des Erreurs", PartnerType.HOTEL, AMBOISE, 12);
		var page = mvc.post().uri("/partners/{id}/quality/awards/new", hotel.id()).with(user(manager)).with(csrf())
			.param("kind", "CLASSIFICATION").param("stars", "7").param("obtainedOn", "2026-03-15").param("expiresOn", "2026-01-10");
		assertThat(page).hasStatusOk().bodyText()
			.contains("Un classement a de 1 à 5 étoiles.", "L&#39;échéance doit venir après la date d&#39;obtention.")
			.contains("value=\"7\"", "value=\"2026-03-15\"", "value=\"2026-01-10\"");
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/new", hotel.id()).with(user(manager)).with(csrf())
			.param("ui", "en").param("kind", "CLASSIFICATION").param("stars", "7").param("obtainedOn", "15/03/2026")
			.param("expiresOn", "31/02/2026"))
			.bodyText().contains("A classification has 1 to 5 stars.", "This is not a valid date (dd/mm/yyyy).")
			.contains("value=\"15/03/2026\"", "value=\"31/02/2026\"");
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/new", hotel.id()).with(user(manager)).with(csrf())
			.param("ui", "en").param("kind", "LABEL").param("label", UUID.randomUUID().toString()).param("obtainedOn", "2026-03-15")
			.param("expiresOn", "2026-03-15").param("offer", UUID.randomUUID().toString()))
			.bodyText().contains("Choose a label from the list.", "The expiry must come after the date obtained.",
					"Choose one of this partner&#39;s offers.");
		assertThat(plan.awards(office, hotel.id())).isEmpty();

		var cost = mvc.post().uri("/partners/{id}/quality/actions/new", hotel.id()).with(user(manager)).with(csrf())
			.param("kind", "Visite de classement prise en charge").param("description", "Visite du cabinet, le 2 mars")
			.param("cost", "abc").param("doneOn", "2026-02-01");
		assertThat(cost).hasStatusOk().bodyText().contains("Un montant en euros, par exemple 150 ou 150,50.")
			.contains("value=\"abc\"", "Visite du cabinet, le 2 mars", "Visite de classement prise en charge");
		assertThat(mvc.post().uri("/partners/{id}/quality/actions/new", hotel.id()).with(user(manager)).with(csrf())
			.param("ui", "en").param("kind", "").param("cost", "abc").param("doneOn", ""))
			.bodyText().contains("An amount in euros, e.g. 150 or 150.50.", "This field is required.");
		assertThat(actions.of(office, hotel.id())).isEmpty();

		assertThat(mvc.post().uri("/partners/{id}/quality/actions/new", hotel.id()).with(user(manager)).with(csrf())
			.param("kind", "Visite de classement prise en charge").param("cost", "1 150,50").param("doneOn", "2026-02-01"))
			.hasStatus3xxRedirection();
		assertThat(actions.of(office, hotel.id())).singleElement()
			.satisfies(action -> assertThat(action.costCents()).isEqualTo(115050));
	}

	@Test
	void theShareOfClassifiedCapacityIsCountedByCommuneOnValidClassificationsOnly() {
		var hotel = partner("Hôtel classé", PartnerType.HOTEL, AMBOISE, 40);
		partner("Camping sans étoile", PartnerType.CAMPSITE, AMBOISE, 60);
		var lapsed = partner("Gîte au classement échu", PartnerType.HOLIDAY_RENTAL, AMBOISE, 20);
		var rooms = partner("Chambres classées", PartnerType.BED_AND_BREAKFAST, TOURS, 10);
		var noCapacity = partner("Hôtel sans capacité", PartnerType.HOTEL, TOURS, null);
		partner("Restaurant", PartnerType.RESTAURANT, TOURS, 100);
		classify(hotel, today.minusYears(1), today.plusYears(4));
		classify(lapsed, LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1));
		classify(rooms, today.minusMonths(2), null);
		classify(noCapacity, today.minusMonths(2), today.plusYears(1));

		assertThat(plan.classifiedCapacity(office, today)).containsExactly(
				new QualityPlan.CommuneShare(AMBOISE, 3, 1, 120, 40), new QualityPlan.CommuneShare(TOURS, 2, 2, 10, 10));
		assertThat(plan.classifiedCapacity(office, today).get(0).share()).isEqualTo(1 / 3.0);
		assertThat(mvc.get().uri("/partners/quality").with(user(manager))).hasStatusOk().bodyText()
			.contains("Amboise", "Tours", "33,3", "100", "Toutes les communes");
	}

	@Test
	void awardsExpiringWithinSixMonthsAreListedAndRemindedOncePerThreshold() {
		var hotel = partner("Hôtel à relancer", PartnerType.HOTEL, AMBOISE, 30);
		var login = "hotel-" + tag + "@relance.test";
		proLogin(hotel, login);
		var campsite = partner("Camping à relancer", PartnerType.CAMPSITE, TOURS, 80);
		var silent = partner("Gîte sans adresse", PartnerType.HOLIDAY_RENTAL, TOURS, 6);
		var admin = staff(office, Role.ADMINISTRATOR);
		staff(office, Role.ANALYST);
		staff(office, Role.COUNSELLOR);

		var label = plan.award(hotel, new Award.Draft(Award.Kind.LABEL, null, ACCUEIL_VELO, null, today.minusYears(2), today.plusMonths(2)));
		var stars = classify(campsite, today.minusYears(5).plusDays(20), today.plusDays(20));
		classify(silent, today.minusYears(1), today.plusMonths(5));
		classify(hotel, today.minusYears(1), today.plusMonths(8));
		classify(partner("Camping échu", PartnerType.CAMPSITE, TOURS, 50), today.minusYears(5), today.minusDays(1));

		assertThat(plan.expiring(office, today, today.plusMonths(6))).extracting(QualityPlan.Expiring::partnerName)
			.containsExactly("Camping à relancer", "Hôtel à relancer", "Gîte sans adresse");
		assertThat(mvc.get().uri("/partners/quality").with(user(manager))).bodyText()
			.contains("Accueil Vélo", "pas encore").doesNotContain("Camping échu");

		reminders.run(today);
		assertThat(mails("quality-reminder")).containsExactlyInAnyOrder(login, "contact-camping-a-relancer@" + tag + ".test");
		assertThat(mails("quality-digest")).containsExactlyInAnyOrder(manager.email(), admin.email());
		assertThat(digestText()).contains("Hôtel à relancer : Accueil Vélo",
				"Camping à relancer : classement 4 étoiles", "Gîte sans adresse", "aucune adresse pour le prévenir");
		// The campsite expires within a month: one reminder tells it, not two.
		assertThat(plan.award(office, campsite.id(), stars.id()).lastRemindedAt()).isNotNull();
		assertThat(plan.award(office, hotel.id(), label.id()).remindedAt()).isNotNull();
		assertThat(plan.award(office, hotel.id(), label.id()).lastRemindedAt()).isNull();

		reminders.run(today);
		reminders.run(today.plusDays(3));
		assertThat(mails("quality-reminder")).hasSize(2);
		assertThat(mails("quality-digest")).hasSize(2);

		// A month before its expiry, the hotel's label is reminded once more.
		reminders.run(today.plusMonths(1));
		reminders.run(today.plusMonths(1));
		assertThat(mails("quality-reminder")).hasSize(3);
		assertThat(mails("quality-digest")).hasSize(4);
		assertThat(mvc.get().uri("/partners/quality").with(user(manager))).bodyText().doesNotContain("pas encore");

		// Renewed, the label is to be reminded again before its new expiry.
		plan.update(hotel, label.id(), new Award.Draft(Award.Kind.LABEL, null, ACCUEIL_VELO, null, today, today.plusYears(3)));
		assertThat(plan.award(office, hotel.id(), label.id()).remindedAt()).isNull();
	}

	@Test
	void theSupportBudgetShowsWhatIsSpentAndWhatRemains() {
		var hotel = partner("Hôtel accompagné", PartnerType.HOTEL, AMBOISE, 30);
		assertThat(mvc.post().uri("/partners/quality/budget").with(user(manager)).with(csrf())
			.param("year", String.valueOf(today.getYear())).param("amount", "1 000")).hasStatus3xxRedirection();
		actions.record(hotel, new SupportAction.Draft("Visite de classement", null, 15050, today.withDayOfYear(1)), "test");
		assertThat(actions.budget(office, today.getYear()).remainingCents()).isEqualTo(84950);
		assertThat(actions.budget(office, today.getYear()).over()).isFalse();
		actions.record(hotel, new SupportAction.Draft("Audit de label", null, 90000, today.withDayOfYear(1)), "test");
		// Last year's actions are not this year's budget.
		actions.record(hotel, new SupportAction.Draft("Conseil de l'an passé", null, 50000, today.withDayOfYear(1).minusDays(1)), "test");
		var budget = actions.budget(office, today.getYear());
		assertThat(budget.spentCents()).isEqualTo(105050);
		assertThat(budget.remainingCents()).isEqualTo(-5050);
		assertThat(budget.over()).isTrue();
		assertThat(mvc.get().uri("/partners/quality").with(user(manager))).bodyText()
			.contains("Budget dépassé de", "50,50 €", "050,50 €", "Hôtel accompagné", "Audit de label")
			.doesNotContain("an passé");

		assertThat(mvc.post().uri("/partners/quality/budget").with(user(manager)).with(csrf())
			.param("year", String.valueOf(today.getYear())).param("amount", "beaucoup")).hasStatusOk().bodyText()
			.contains("Un montant en euros, par exemple 150 ou 150,50.", "value=\"beaucoup\"");
		assertThat(mvc.post().uri("/partners/quality/budget").with(user(manager)).with(csrf()).param("ui", "en")
			.param("year", String.valueOf(today.getYear())).param("amount", "lots")).bodyText()
			.contains("An amount in euros, e.g. 150 or 150.50.", "value=\"lots\"");
		assertThat(actions.budget(office, today.getYear()).amountCents()).isEqualTo(100000);
	}

	@Test
	void anOfficeAddsItsOwnLabelsThatNoOtherOfficeSees() {
		assertThat(mvc.post().uri("/partners/quality/labels").with(user(manager)).with(csrf())
			.param("name", "Qualité Touraine " + tag).param("validityYears", "2")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/partners/quality/labels").with(user(manager))).bodyText()
			.contains("Qualité Touraine " + tag, "Clef Verte", "Vignobles &amp; Découvertes");
		assertThat(mvc.post().uri("/partners/quality/labels").with(user(manager)).with(csrf())
			.param("name", "clef verte").param("validityYears", "abc")).hasStatusOk().bodyText()
			.contains("Le label « clef verte » existe déjà.", "Un nombre d&#39;années de 1 à 20.", "value=\"abc\"");
		assertThat(mvc.post().uri("/partners/quality/labels").with(user(manager)).with(csrf()).param("ui", "en")
			.param("name", "").param("validityYears", "99")).bodyText()
			.contains("This field is required.", "A number of years from 1 to 20.");
		var ours = plan.labels(office).stream().filter(label -> !label.national()).toList();
		assertThat(ours).singleElement().satisfies(label -> assertThat(label.validityYears()).isEqualTo(2));

		var other = offices.first("quality-other-" + tag, "Autre office " + tag).id();
		var theirs = staff(other, Role.ADMINISTRATOR);
		assertThat(mvc.get().uri("/partners/quality/labels").with(user(theirs))).bodyText()
			.contains("Clef Verte").doesNotContain("Qualité Touraine " + tag);
		// Nor can it give our label to its partners.
		var their = partner(other, "Leur hôtel", PartnerType.HOTEL, TOURS, 10);
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/new", their.id()).with(user(theirs)).with(csrf())
			.param("kind", "LABEL").param("label", ours.get(0).id().toString()).param("obtainedOn", "2026-01-01"))
			.hasStatusOk().bodyText().contains("Choisissez un label de la liste.");
		assertThat(plan.awards(other, their.id())).isEmpty();
	}

	@Test
	void staffOfAnotherOfficeAndAnalystsCannotChangeAwards() {
		var hotel = partner("Hôtel gardé", PartnerType.HOTEL, AMBOISE, 25);
		var award = classify(hotel, today.minusYears(1), today.plusYears(4));
		var action = actions.record(hotel, new SupportAction.Draft("Conseil", null, 1000, today), "test");
		var other = staff(offices.first("quality-other-" + tag, "Autre office " + tag).id(), Role.ADMINISTRATOR);
		var analyst = staff(office, Role.ANALYST);

		assertThat(mvc.get().uri("/partners/{id}/quality/awards/{a}/edit", hotel.id(), award.id()).with(user(other))).hasStatus(404);
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/{a}/edit", hotel.id(), award.id()).with(user(other)).with(csrf())
			.param("kind", "CLASSIFICATION").param("stars", "1").param("obtainedOn", "2026-01-01")).hasStatus(404);
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/{a}/remove", hotel.id(), award.id()).with(user(other)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/new", hotel.id()).with(user(other)).with(csrf())
			.param("kind", "CLASSIFICATION").param("stars", "1").param("obtainedOn", "2026-01-01")).hasStatus(404);
		assertThat(mvc.post().uri("/partners/{id}/quality/actions/{s}/remove", hotel.id(), action.id()).with(user(other)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.get().uri("/partners/quality").with(user(other))).bodyText().doesNotContain("Hôtel gardé");
		// An award reached through another partner of the office is not removed.
		var neighbour = partner("Voisin", PartnerType.HOTEL, AMBOISE, 5);
		mvc.post().uri("/partners/{id}/quality/awards/{a}/remove", neighbour.id(), award.id()).with(user(manager)).with(csrf()).exchange();
		assertThat(mvc.get().uri("/partners/{id}/quality/awards/{a}/edit", neighbour.id(), award.id()).with(user(manager))).hasStatus(404);

		assertThat(mvc.get().uri("/partners/quality").with(user(analyst))).hasStatusOk();
		assertThat(mvc.get().uri("/partners/{id}", hotel.id()).with(user(analyst))).hasStatusOk().bodyText()
			.contains("4 étoiles").doesNotContain("Ajouter un classement");
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/{a}/edit", hotel.id(), award.id()).with(user(analyst)).with(csrf())
			.param("kind", "CLASSIFICATION").param("stars", "1").param("obtainedOn", "2026-01-01")).hasStatus(403);
		assertThat(mvc.post().uri("/partners/{id}/quality/awards/{a}/remove", hotel.id(), award.id()).with(user(analyst)).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/partners/{id}/quality/actions/new", hotel.id()).with(user(analyst)).with(csrf())
			.param("kind", "Conseil").param("cost", "1").param("doneOn", "2026-01-01")).hasStatus(403);
		assertThat(mvc.post().uri("/partners/quality/labels").with(user(analyst)).with(csrf()).param("name", "Pirate")).hasStatus(403);
		assertThat(mvc.post().uri("/partners/quality/budget").with(user(analyst)).with(csrf())
			.param("year", "2026").param("amount", "1")).hasStatus(403);
		assertThat(plan.award(office, hotel.id(), award.id()).stars()).isEqualTo(4);
		assertThat(actions.of(office, hotel.id())).hasSize(1);
		assertThat(plan.labels(office)).allMatch(Label::national);

		assertThat(mvc.post().uri("/partners/{id}/quality/awards/{a}/remove", hotel.id(), award.id()).with(user(manager)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(plan.awards(office, hotel.id())).isEmpty();
	}

	@Test
	void aPartnerSeesItsOwnAwardsAndSupportButNotTheBudgetNorAnotherPartners() {
		var hotel = partner("Hôtel du Pro", PartnerType.HOTEL, AMBOISE, 25);
		var gite = partner("Gîte voisin", PartnerType.HOLIDAY_RENTAL, AMBOISE, 4);
		plan.award(hotel, new Award.Draft(Award.Kind.LABEL, null, CLEF_VERTE, null, today.minusMonths(10), today.plusMonths(2)));
		classify(hotel, today.minusYears(1), today.plusYears(4));
		plan.award(gite, new Award.Draft(Award.Kind.LABEL, null, ACCUEIL_VELO, null, today.minusMonths(10), today.plusYears(2)));
		actions.record(hotel, new SupportAction.Draft("Visite de classement prise en charge", "Par l'office", 32050, today), "test");
		actions.record(gite, new SupportAction.Draft("Audit confidentiel", null, 100, today), "test");

		var session = proLogin(hotel, "pro-" + tag + "@hotel.test");
		assertThat(mvc.get().uri("/pro/quality").cookie(session)).hasStatusOk().bodyText()
			.contains("Clef Verte", "4 étoiles", "expire bientôt", "Un classement ou label expire dans moins de six mois")
			.contains("Visite de classement prise en charge")
			.doesNotContain("320,50", "Accueil Vélo", "Audit confidentiel", "Gîte voisin");
		assertThat(mvc.get().uri("/pro/quality").cookie(session).param("ui", "en")).bodyText()
			.contains("expires soon", "A classification or label expires within six months");
		assertThat(mvc.get().uri("/pro").cookie(session)).bodyText().contains("Clef Verte", "Voir le détail");
		// The pro space opens nothing of the staff's quality plan.
		assertThat(mvc.get().uri("/partners/quality").cookie(session)).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/partners/{id}/quality/awards/new", gite.id()).cookie(session)).hasStatus3xxRedirection();

		var other = proLogin(gite, "pro-" + tag + "@gite.test");
		assertThat(mvc.get().uri("/pro/quality").cookie(other)).bodyText()
			.contains("Accueil Vélo", "Audit confidentiel").doesNotContain("Clef Verte", "Visite de classement");
	}

	private Award classify(Partner partner, LocalDate obtained, LocalDate expires) {
		return plan.award(partner, new Award.Draft(Award.Kind.CLASSIFICATION, 4, null, null, obtained, expires));
	}

	private Partner partner(String name, PartnerType type, String commune, Integer capacity) {
		return partner(office, name, type, commune, capacity);
	}

	private Partner partner(UUID officeId, String name, PartnerType type, String commune, Integer capacity) {
		var email = name.startsWith("Gîte sans") ? null
				: "contact-" + java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
					.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "@" + tag + ".test";
		return partners.create(officeId, new PartnerDetails(name, null, null, type, null, null, commune, email, null, null,
				capacity));
	}

	private StaffPrincipal staff(UUID officeId, Role role) {
		var email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 8) + "@quality.test";
		accounts.create(officeId, email, "Équipe " + role, "staff-secret-4242", Set.of(role));
		return accounts.loadUserByUsername(email);
	}

	/** Invites a login for the partner, sets its password and logs in: the session cookie. */
	private Cookie proLogin(Partner partner, String email) {
		var invitation = invitations.invite(partner, email, "Camille", "test", Locale.FRENCH);
		users.accept(invitation.token(), "mot-de-passe-qualite");
		return mvc.post().uri("/pro/login").with(csrf()).param("username", email).param("password", "mot-de-passe-qualite")
			.exchange().getResponse().getCookie("SESSION");
	}

	private List<String> mails(String topic) {
		return jdbc.sql("SELECT recipient FROM platform.outgoing_mail WHERE office_id = ? AND topic = ?")
			.params(office, topic)
			.query(String.class)
			.list();
	}

	private String digestText() {
		return jdbc.sql("SELECT text_body FROM platform.outgoing_mail WHERE office_id = ? AND topic = 'quality-digest' LIMIT 1")
			.param(office)
			.query(String.class)
			.single();
	}

}
