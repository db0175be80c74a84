package fr.escale.partners.workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import fr.escale.offices.Office;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
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

/**
 * Staff publish sessions for professionals; partners register from the pro space within the
 * capacity, wait when it is full and move up when a place frees; staff mark who came; mails
 * remind, then ask for feedback once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkshopsIT {

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
	Workshops workshops;

	@Autowired
	WorkshopReminders reminders;

	@Autowired
	JdbcClient jdbc;

	Office office;

	StaffPrincipal manager;

	String run;

	Instant now;

	@BeforeEach
	void office() {
		office = offices.first("ateliers", "Office de tourisme des Ateliers");
		manager = staff(office.id(), "manager@ateliers.test", Role.PARTNER_MANAGER);
		run = UUID.randomUUID().toString().substring(0, 8);
		now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
	}

	@Test
	void staffPublishASessionAndBadInputIsExplainedInTheUsersLanguage() {
		var bad = mvc.post().uri("/partners/workshops/new").with(user(manager)).with(csrf())
			.param("title", "Accueil vélo " + run).param("kind", "TRAINING").param("place", "Salle des fêtes")
			.param("start", "2027-03-12T14:00").param("end", "2027-03-12T10:00").param("capacity", "0")
			.param("audience", "HOTEL", "CAMPSITE").param("description", "Ligne 1\nLigne 2");
		assertThat(bad).hasStatusOk().bodyText()
			.contains("La fin doit venir après le début.", "Au moins 1 place, au plus 10 000.")
			// What was typed is shown again, nothing lost (form values escape accents as entities).
			.contains("Accueil v&eacute;lo " + run, "Salle des f&ecirc;tes", "2027-03-12T14:00", "Ligne 1\nLigne 2");
		assertThat(mvc.post().uri("/partners/workshops/new").with(user(manager)).with(csrf()).param("ui", "en")
			.param("title", "").param("kind", "TRAINING").param("place", "Hall").param("start", "demain")
			.param("end", "2027-03-12T10:00").param("capacity", "douze"))
			.hasStatusOk().bodyText()
			.contains("This field is required.", "A date and a time, for example", "A number of places, at least 1.")
			.contains("Hall", "demain");
		assertThat(mvc.post().uri("/partners/workshops/new").with(user(manager)).with(csrf()).param("ui", "en")
			.param("title", "Hall tour").param("kind", "SITE_VISIT").param("place", "Hall")
			.param("start", "2027-03-12T14:00").param("end", "2027-03-12T14:00").param("capacity", "0"))
			.hasStatusOk().bodyText()
			.contains("The end must come after the start.", "At least 1 place, at most 10,000.", "Hall tour");

		var created = mvc.post().uri("/partners/workshops/new").with(user(manager)).with(csrf())
			.param("title", "Accueil vélo " + run).param("kind", "TRAINING").param("topic", "Le label Accueil Vélo")
			.param("place", "Salle des fêtes").param("start", "2027-03-12T14:00").param("end", "2027-03-12T17:30")
			.param("capacity", "12").param("audience", "HOTEL", "CAMPSITE").param("published", "true").exchange();
		assertThat(created).hasStatus3xxRedirection();
		var workshop = workshops.upcoming(office.id(), now).stream()
			.filter(w -> w.title().equals("Accueil vélo " + run))
			.findFirst()
			.orElseThrow();
		assertThat(workshop.audience()).containsExactly(PartnerType.HOTEL, PartnerType.CAMPSITE);
		// Typed on the office's clock: 14:00 in Paris in March is 13:00 UTC.
		assertThat(workshop.startsAt()).isEqualTo(Instant.parse("2027-03-12T13:00:00Z"));
		assertThat(workshop.published()).isTrue();
		assertThat(mvc.get().uri("/partners/workshops").with(user(manager))).hasStatusOk().bodyText()
			.contains("Accueil vélo " + run, "Formation", "0 / 12", "12 mars 2027 14:00");
		assertThat(mvc.get().uri("/partners/workshops/{id}", workshop.id()).with(user(manager))).hasStatusOk().bodyText()
			.contains("Accueil vélo " + run, "Le label Accueil Vélo", "vendredi 12 mars 2027 14:00", "Hôtel",
					"Personne n&#39;est encore inscrit.");

		// Unpublished on edit: the rest is kept.
		assertThat(mvc.post().uri("/partners/workshops/{id}/edit", workshop.id()).with(user(manager)).with(csrf())
			.param("title", "Accueil vélo " + run).param("kind", "WORKSHOP").param("place", "Mairie")
			.param("start", "2027-03-12T14:00").param("end", "2027-03-12T17:30").param("capacity", "15"))
			.hasStatus3xxRedirection();
		var edited = workshops.get(office.id(), workshop.id());
		assertThat(edited.published()).isFalse();
		assertThat(edited.kind()).isEqualTo(WorkshopKind.WORKSHOP);
		assertThat(edited.capacity()).isEqualTo(15);
		assertThat(edited.audience()).isEmpty();
	}

	@Test
	void aFullSessionHasAWaitingListAndAFreedPlaceGoesToTheFirstWaiting() throws Exception {
		var hotel = partner("Hôtel Plein " + run, PartnerType.HOTEL);
		var camping = partner("Camping Attente " + run, PartnerType.CAMPSITE);
		var workshop = session("Photos d'hébergement " + run, 2, List.of());
		var hotelLogin = proLogin(hotel, "hotel-" + run + "@plein.test");
		var campingLogin = proLogin(camping, "camping-" + run + "@attente.test");

		// The form comes filled with the logged-in person.
		assertThat(mvc.get().uri("/pro/workshops/{id}", workshop.id()).cookie(hotelLogin)).hasStatusOk().bodyText()
			.contains("Photos d&#39;hébergement " + run, "hotel-" + run + "@plein.test", "2 places libres");
		assertThat(register(hotelLogin, workshop, "Alice", "alice-" + run + "@plein.test")).hasRedirectedUrl("/pro/workshops");
		assertThat(register(hotelLogin, workshop, "Bruno", "bruno-" + run + "@plein.test")).hasRedirectedUrl("/pro/workshops");
		assertThat(register(campingLogin, workshop, "Chloé", "chloe-" + run + "@attente.test")).hasRedirectedUrl("/pro/workshops");
		// Denis uses the pro space in English: every mail about his registration speaks it.
		assertThat(mvc.post().uri("/pro/workshops/{id}/register", workshop.id()).cookie(campingLogin).with(csrf())
			.param("ui", "en").param("attendeeName", "Denis").param("attendeeEmail", "denis-" + run + "@attente.test"))
			.hasRedirectedUrl("/pro/workshops");

		var full = workshops.get(office.id(), workshop.id());
		assertThat(full.registered()).isEqualTo(2);
		assertThat(full.waiting()).isEqualTo(2);
		assertThat(mail("chloe-" + run + "@attente.test", workshop)).singleElement()
			.satisfies(text -> assertThat(text).contains("liste d'attente, en position 1"));
		assertThat(mail("alice-" + run + "@plein.test", workshop)).singleElement()
			.satisfies(text -> assertThat(text).contains("Votre inscription à « Photos d'hébergement " + run + " » est confirmée"));
		assertThat(mvc.get().uri("/pro/workshops").cookie(campingLogin)).bodyText()
			.contains("Liste d&#39;attente, position 1", "Liste d&#39;attente, position 2")
			.doesNotContain("Alice");
		assertThat(mvc.get().uri("/partners/workshops").with(user(manager))).bodyText().contains("2 / 2");

		// The same e-mail twice is refused, and said so.
		assertThat(register(hotelLogin, workshop, "Alice", "ALICE-" + run + "@plein.test")).hasStatusOk().bodyText()
			.contains("ALICE-" + run + "@plein.test est déjà inscrit(e) à cette session.");

		// Bruno withdraws: Chloé, first waiting, gets his place and a mail; Denis moves up.
		var bruno = registration(workshop, "Bruno");
		assertThat(mvc.post().uri("/pro/workshops/registrations/{id}/cancel", bruno.id()).cookie(hotelLogin).with(csrf()))
			.hasRedirectedUrl("/pro/workshops");
		var after = workshops.registrations(office.id(), workshop.id());
		assertThat(after).extracting(Registration::attendeeName, Registration::status, Registration::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Alice", Registration.Status.REGISTERED, 0),
					org.assertj.core.groups.Tuple.tuple("Chloé", Registration.Status.REGISTERED, 0),
					org.assertj.core.groups.Tuple.tuple("Denis", Registration.Status.WAITING, 1));
		assertThat(mail("chloe-" + run + "@attente.test", workshop)).hasSize(2)
			.anySatisfy(text -> assertThat(text).contains("Une place s'est libérée"));

		// Raising the capacity gives the new place to Denis.
		workshops.update(office.id(), workshop.id(), details(workshop, 3));
		assertThat(workshops.get(office.id(), workshop.id()).waiting()).isZero();
		assertThat(mail("denis-" + run + "@attente.test", workshop)).satisfiesExactly(text -> assertThat(text).contains("you are on the waiting list, position 2"),
					text -> assertThat(text).contains("A place freed up: you are now registered"));
		// Below the places taken, refused with the reason.
		assertThat(mvc.post().uri("/partners/workshops/{id}/edit", workshop.id()).with(user(manager)).with(csrf())
			.param("ui", "en").param("title", workshop.title()).param("kind", "WORKSHOP").param("place", "Mairie")
			.param("start", "2030-01-10T09:00").param("end", "2030-01-10T12:00").param("capacity", "1"))
			.hasStatusOk().bodyText().contains("3 already registered: the session cannot have fewer places.");
	}

	@Test
	void concurrentRegistrationsForTheLastPlacesNeverExceedTheCapacity() throws Exception {
		var workshop = session("Dernières places " + run, 3, List.of());
		var partnersOfTheRace = new ArrayList<Partner>();
		for (int i = 0; i < 12; i++) {
			partnersOfTheRace.add(partner("Course " + i + " " + run, PartnerType.RESTAURANT));
		}
		var tasks = new ArrayList<Callable<Registration>>();
		for (int i = 0; i < partnersOfTheRace.size(); i++) {
			var partner = partnersOfTheRace.get(i);
			var email = "course" + i + "-" + run + "@race.test";
			tasks.add(() -> workshops.register(partner, workshop.id(), "Coureur", email, Locale.FRENCH, now));
		}
		var pool = Executors.newFixedThreadPool(12);
		try {
			for (var result : pool.invokeAll(tasks)) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		var registrations = workshops.registrations(office.id(), workshop.id());
		assertThat(registrations).filteredOn(r -> r.status() == Registration.Status.REGISTERED).hasSize(3);
		assertThat(registrations).filteredOn(r -> r.status() == Registration.Status.WAITING)
			.extracting(Registration::position)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
	}

	@Test
	void aPartnerSeesOnlyTheSessionsMeantForItsType() {
		var hotel = partner("Hôtel Public " + run, PartnerType.HOTEL);
		var forCampsites = session("Réservé campings " + run, 10, List.of(PartnerType.CAMPSITE));
		var forAll = session("Pour tous " + run, 10, List.of());
		var draft = workshops.create(office.id(), new WorkshopDetails("Brouillon " + run, WorkshopKind.WORKSHOP, null,
				List.of(), null, "Office", now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)).plusSeconds(3600), 5,
				false));
		var login = proLogin(hotel, "public-" + run + "@hotel.test");

		assertThat(mvc.get().uri("/pro/workshops").cookie(login)).hasStatusOk().bodyText()
			.contains("Pour tous " + run)
			.doesNotContain("Réservé campings " + run, "Brouillon " + run);
		assertThat(mvc.get().uri("/pro/workshops/{id}", forCampsites.id()).cookie(login)).hasStatus(404);
		assertThat(register(login, forCampsites, "Eve", "eve-" + run + "@hotel.test")).hasStatus(404);
		assertThat(register(login, draft, "Eve", "eve-" + run + "@hotel.test")).hasStatus(404);
		assertThat(workshops.registrations(office.id(), forCampsites.id())).isEmpty();
		assertThat(mvc.get().uri("/pro/workshops/{id}", forAll.id()).cookie(login)).hasStatusOk();

		// Bad input in the pro space: explained, and what was typed is kept.
		assertThat(register(login, forAll, "Eve Dupont", "pas-un-mail")).hasStatusOk().bodyText()
			.contains("Ce n&#39;est pas une adresse e-mail valide.", "Eve Dupont", "pas-un-mail");
		assertThat(mvc.post().uri("/pro/workshops/{id}/register", forAll.id()).cookie(login).with(csrf()).param("ui", "en")
			.param("attendeeName", "").param("attendeeEmail", "eve@")).hasStatusOk().bodyText()
			.contains("This field is required.", "This is not a valid e-mail address.");
		assertThat(workshops.registrations(office.id(), forAll.id())).isEmpty();
	}

	@Test
	void staffMarkAttendanceAndItBecomesThePartnersTrainingHistory() {
		var shop = partner("Boutique Histoire " + run, PartnerType.SHOP);
		var past = workshops.create(office.id(), new WorkshopDetails("Vitrine de Noël " + run, WorkshopKind.WORKSHOP,
				null, List.of(), null, "Office", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)).plusSeconds(7200),
				5, true));
		var early = now.minus(Duration.ofDays(5));
		var came = workshops.register(shop, past.id(), "Fanny", "fanny-" + run + "@shop.test", Locale.FRENCH, early);
		workshops.register(shop, past.id(), "Gilles", "gilles-" + run + "@shop.test", Locale.FRENCH, early);

		var analyst = staff(office.id(), "analyst@ateliers.test", Role.ANALYST);
		assertThat(mvc.post().uri("/partners/workshops/{id}/attendance", past.id()).with(user(analyst)).with(csrf())
			.param("present", came.id().toString())).hasStatus(403);
		assertThat(mvc.post().uri("/partners/workshops/{id}/attendance", past.id()).with(user(manager)).with(csrf())
			.param("present", came.id().toString())).hasStatus3xxRedirection();
		assertThat(workshops.registrations(office.id(), past.id()))
			.extracting(Registration::attendeeName, Registration::attended)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Fanny", true),
					org.assertj.core.groups.Tuple.tuple("Gilles", false));
		assertThat(workshops.attendees(office.id(), past.id())).extracting(Registration::attendeeName).containsExactly("Fanny");

		var login = proLogin(shop, "boutique-" + run + "@shop.test");
		assertThat(mvc.get().uri("/pro/workshops").cookie(login)).bodyText().contains("Historique de formation",
				"Vitrine de Noël " + run, "Fanny");
		assertThat(mvc.get().uri("/pro").cookie(login)).bodyText().contains("1 session suivie");
		assertThat(mvc.get().uri("/partners/{id}", shop.id()).with(user(analyst))).hasStatusOk().bodyText()
			.contains("Historique de formation", "Vitrine de Noël " + run);
		// A past session can no longer be left.
		assertThat(mvc.post().uri("/pro/workshops/registrations/{id}/cancel", came.id()).cookie(login).with(csrf()))
			.hasStatus(404);
	}

	@Test
	void theReminderGoesOnceTheDayBefore() {
		var rental = partner("Gîte Rappel " + run, PartnerType.HOLIDAY_RENTAL);
		var workshop = session("Rappel " + run, 5, List.of(), Duration.ofDays(20));
		workshops.register(rental, workshop.id(), "Hélène", "helene-" + run + "@gite.test", Locale.FRENCH, now);

		reminders.run(workshop.startsAt().minus(Duration.ofDays(3)));
		assertThat(mail("helene-" + run + "@gite.test", workshop)).hasSize(1);
		reminders.run(workshop.startsAt().minus(Duration.ofHours(20)));
		reminders.run(workshop.startsAt().minus(Duration.ofHours(10)));
		assertThat(mail("helene-" + run + "@gite.test", workshop)).hasSize(2)
			.filteredOn(text -> text.contains("Petit rappel")).singleElement()
			.satisfies(text -> assertThat(text).contains("Rappel " + run));
	}

	@Test
	void feedbackIsAskedOnceOverAndGivenOncePerLink() {
		var site = partner("Château Avis " + run, PartnerType.SITE);
		var workshop = session("Avis " + run, 5, List.of(), Duration.ofDays(40));
		var present = workshops.register(site, workshop.id(), "Inès", "ines-" + run + "@chateau.test", Locale.FRENCH, now);
		var absent = workshops.register(site, workshop.id(), "Jules", "jules-" + run + "@chateau.test", Locale.FRENCH, now);
		workshops.markAttendance(office.id(), workshop.id(), List.of(present.id()));

		reminders.run(workshop.endsAt().plus(Duration.ofHours(2)));
		reminders.run(workshop.endsAt().plus(Duration.ofHours(3)));
		assertThat(mail("jules-" + run + "@chateau.test", workshop)).noneMatch(text -> text.contains("/workshops/feedback/"));
		var request = mail("ines-" + run + "@chateau.test", workshop).stream()
			.filter(text -> text.contains("/workshops/feedback/"))
			.toList();
		assertThat(request).hasSize(1);
		var token = request.get(0).replaceAll("(?s).*/workshops/feedback/([0-9a-f]+).*", "$1");

		// No login needed: the link is the key.
		assertThat(mvc.get().uri("/workshops/feedback/{token}", token)).hasStatusOk().bodyText()
			.contains("Votre avis", "Avis " + run);
		assertThat(mvc.post().uri("/workshops/feedback/{token}", token).with(csrf()).param("rating", "9")
			.param("comment", "Très utile")).hasStatusOk().bodyText()
			.contains("Choisissez une note de 1 à 5.", "Tr&egrave;s utile");
		assertThat(mvc.post().uri("/workshops/feedback/{token}", token).with(csrf()).param("ui", "en")
			.param("comment", "Useful")).hasStatusOk().bodyText().contains("Choose a rating from 1 to 5.", "Useful");
		assertThat(mvc.post().uri("/workshops/feedback/{token}", token).with(csrf()).param("ui", "fr").param("rating", "4")
			.param("comment", "Très utile")).hasStatusOk().bodyText().contains("Merci Inès");
		assertThat(mvc.post().uri("/workshops/feedback/{token}", token).with(csrf()).param("rating", "1")
			.param("comment", "Encore")).hasStatusOk().bodyText().contains("Votre avis sur cette session a déjà été donné");
		assertThat(mvc.get().uri("/workshops/feedback/{token}", token)).bodyText()
			.contains("Votre avis sur cette session a déjà été donné");
		assertThat(mvc.get().uri("/workshops/feedback/{token}", "0000")).hasStatus(404);

		var feedback = workshops.feedback(office.id(), workshop.id());
		assertThat(feedback.count()).isEqualTo(1);
		assertThat(feedback.averageRating()).isEqualTo(4.0);
		assertThat(mvc.get().uri("/partners/workshops/{id}", workshop.id()).with(user(manager))).bodyText()
			.contains("Note moyenne 4,0 / 5 (1 avis)", "Très utile");
		assertThat(absent.status()).isEqualTo(Registration.Status.REGISTERED);
	}

	@Test
	void cancellingASessionTellsEveryoneRegisteredOrWaiting() {
		var bnb = partner("Chambres Annulées " + run, PartnerType.BED_AND_BREAKFAST);
		var workshop = session("Annulée " + run, 1, List.of());
		workshops.register(bnb, workshop.id(), "Karim", "karim-" + run + "@bnb.test", Locale.FRENCH, now);
		workshops.register(bnb, workshop.id(), "Léa", "lea-" + run + "@bnb.test", Locale.FRENCH, now);

		var analyst = staff(office.id(), "analyst@ateliers.test", Role.ANALYST);
		assertThat(mvc.post().uri("/partners/workshops/{id}/cancel", workshop.id()).with(user(analyst)).with(csrf()))
			.hasStatus(403);
		assertThat(mvc.post().uri("/partners/workshops/{id}/cancel", workshop.id()).with(user(manager)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(workshops.get(office.id(), workshop.id()).cancelled()).isTrue();
		assertThat(mail("karim-" + run + "@bnb.test", workshop)).anyMatch(text -> text.contains("est annulée"));
		assertThat(mail("lea-" + run + "@bnb.test", workshop)).anyMatch(text -> text.contains("est annulée"));
		var login = proLogin(bnb, "chambres-" + run + "@bnb.test");
		assertThat(mvc.get().uri("/pro/workshops").cookie(login)).bodyText().contains("Annulée " + run, "Annulée");
		assertThat(register(login, workshop, "Marc", "marc-" + run + "@bnb.test")).hasStatus(404);
	}

	@Test
	void anotherPartnerAnotherOfficeAndReadOnlyStaffCannotTouchASession() {
		var a = partner("Partenaire A " + run, PartnerType.ACTIVITY);
		var b = partner("Partenaire B " + run, PartnerType.ACTIVITY);
		var workshop = session("Isolement " + run, 5, List.of());
		var loginA = proLogin(a, "a-" + run + "@isolement.test");
		var loginB = proLogin(b, "b-" + run + "@isolement.test");
		assertThat(register(loginA, workshop, "Anne", "anne-" + run + "@a.test")).hasRedirectedUrl("/pro/workshops");
		var anne = registration(workshop, "Anne");

		// Partner B neither sees nor cancels A's registration.
		assertThat(mvc.get().uri("/pro/workshops").cookie(loginB)).bodyText().doesNotContain("Anne");
		assertThat(mvc.post().uri("/pro/workshops/registrations/{id}/cancel", anne.id()).cookie(loginB).with(csrf()))
			.hasStatus(404);
		assertThat(registration(workshop, "Anne").status()).isEqualTo(Registration.Status.REGISTERED);
		// Nor does the pro space open the staff's pages.
		assertThat(mvc.get().uri("/partners/workshops/{id}", workshop.id()).cookie(loginA)).hasStatus3xxRedirection();

		var other = offices.first("ateliers-ailleurs", "Office de tourisme d'Ailleurs");
		var stranger = staff(other.id(), "manager@ailleurs.test", Role.ADMINISTRATOR);
		assertThat(mvc.get().uri("/partners/workshops/{id}", workshop.id()).with(user(stranger))).hasStatus(404);
		assertThat(mvc.get().uri("/partners/workshops").with(user(stranger))).bodyText().doesNotContain("Isolement " + run);
		assertThat(mvc.post().uri("/partners/workshops/{id}/edit", workshop.id()).with(user(stranger)).with(csrf())
			.param("title", "Pris").param("kind", "WORKSHOP").param("place", "Ailleurs")
			.param("start", "2030-01-10T09:00").param("end", "2030-01-10T12:00").param("capacity", "5")).hasStatus(404);
		assertThat(mvc.post().uri("/partners/workshops/{id}/cancel", workshop.id()).with(user(stranger)).with(csrf()))
			.hasStatus(404);
		assertThat(mvc.post().uri("/partners/workshops/{id}/attendance", workshop.id()).with(user(stranger)).with(csrf())
			.param("present", anne.id().toString())).hasStatus(404);
		assertThat(workshops.get(office.id(), workshop.id()).title()).isEqualTo("Isolement " + run);
		assertThat(registration(workshop, "Anne").attended()).isNull();

		var analyst = staff(office.id(), "analyst@ateliers.test", Role.ANALYST);
		assertThat(mvc.get().uri("/partners/workshops/{id}", workshop.id()).with(user(analyst))).hasStatusOk().bodyText()
			.contains("Anne");
		assertThat(mvc.get().uri("/partners/workshops/new").with(user(analyst))).hasStatus(403);
		assertThat(mvc.post().uri("/partners/workshops/new").with(user(analyst)).with(csrf())
			.param("title", "Non").param("kind", "WORKSHOP").param("place", "Ici")
			.param("start", "2030-01-10T09:00").param("end", "2030-01-10T12:00").param("capacity", "5")).hasStatus(403);
		assertThat(mvc.post().uri("/partners/workshops/{id}/edit", workshop.id()).with(user(analyst)).with(csrf())
			.param("title", "Non").param("kind", "WORKSHOP").param("place", "Ici")
			.param("start", "2030-01-10T09:00").param("end", "2030-01-10T12:00").param("capacity", "5")).hasStatus(403);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult register(Cookie login, Workshop workshop,
			String name, String email) {
		return mvc.post().uri("/pro/workshops/{id}/register", workshop.id()).cookie(login).with(csrf())
			.param("attendeeName", name).param("attendeeEmail", email).exchange();
	}

	private Workshop session(String title, int capacity, List<PartnerType> audience) {
		return session(title, capacity, audience, Duration.ofDays(10));
	}

	private Workshop session(String title, int capacity, List<PartnerType> audience, Duration ahead) {
		var start = now.plus(ahead);
		return workshops.create(office.id(), new WorkshopDetails(title, WorkshopKind.WORKSHOP, null, audience, null,
				"Office de tourisme", start, start.plus(Duration.ofHours(3)), capacity, true));
	}

	private static WorkshopDetails details(Workshop workshop, int capacity) {
		return new WorkshopDetails(workshop.title(), workshop.kind(), workshop.topic(), workshop.audience(),
				workshop.description(), workshop.place(), workshop.startsAt(), workshop.endsAt(), capacity,
				workshop.published());
	}

	private Registration registration(Workshop workshop, String attendee) {
		return workshops.registrations(office.id(), workshop.id()).stream()
			.filter(r -> r.attendeeName().equals(attendee))
			.findFirst()
			.orElseThrow();
	}

	/** The texts of the mails queued to this person about this session. */
	private List<String> mail(String recipient, Workshop workshop) {
		return jdbc.sql("""
				SELECT text_body FROM platform.outgoing_mail WHERE lower(recipient) = lower(?) AND topic = ?
				 ORDER BY queued_at, id""")
			.params(recipient, "workshop:" + workshop.id())
			.query(String.class)
			.list();
	}

	private Partner partner(String name, PartnerType type) {
		return partners.create(office.id(),
				new PartnerDetails(name, null, null, type, null, null, "37261", null, null, null, null));
	}

	/** A real login through the pro space's form: invited, password set, logged in. */
	private Cookie proLogin(Partner partner, String email) {
		var invitation = users.invite(office.id(), partner.id(), email, "Contact " + partner.name(), manager.email());
		users.accept(invitation.token(), "ateliers-secret-2026");
		var login = mvc.post().uri("/pro/login").with(csrf()).param("username", email)
			.param("password", "ateliers-secret-2026").exchange();
		assertThat(login).hasRedirectedUrl("/pro");
		return login.getResponse().getCookie("SESSION");
	}

	private StaffPrincipal staff(UUID officeId, String email, Role role) {
		if (!accounts.exists(email)) {
			accounts.create(officeId, email, email, "staff-secret-4242", Set.of(role));
		}
		return accounts.loadUserByUsername(email);
	}

}
