package fr.escale.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Staff keep the partner network; partners reach the pro space by invitation, and only it. */
@SpringBootTest
@AutoConfigureMockMvc
class PartnersIT {

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
	PartnerContacts contacts;

	StaffPrincipal admin;

	UUID demo;

	@BeforeEach
	void staff() {
		demo = offices.bySlug("demo").orElseThrow().id();
		admin = accounts.loadUserByUsername("admin@escale.test");
	}

	@Test
	void staffCreateAPartnerAndBadInputIsExplainedInTheUsersLanguage() {
		var bad = mvc.post().uri("/partners/new").with(user(admin)).with(csrf())
			.param("name", "Hôtel des Tests").param("type", "HOTEL").param("siret", "12345678901234")
			.param("commune", "Nullepart-sur-Loire").param("postalCode", "374").param("email", "pas-un-mail")
			.param("website", "hotel.fr");
		assertThat(bad).hasStatusOk().bodyText()
			.contains("Ce SIRET n&#39;est pas valide", "Commune inconnue : « Nullepart-sur-Loire »",
					"Un code postal a cinq chiffres", "Ce n&#39;est pas une adresse e-mail valide",
					"Une adresse de site commence par https://")
			// What was typed is shown again, nothing lost.
			.contains("tel des Tests", "Nullepart-sur-Loire");
		assertThat(mvc.post().uri("/partners/new").with(user(admin)).with(csrf()).param("ui", "en")
			.param("name", "").param("type", "HOTEL").param("siret", "12345678901234"))
			.bodyText().contains("This field is required.", "This SIRET is not valid");

		var created = mvc.post().uri("/partners/new").with(user(admin)).with(csrf())
			.param("name", "Hôtel du Parc").param("type", "HOTEL").param("siret", "733 501 000 00018")
			.param("commune", "Amboise").param("postalCode", "37400").param("email", "contact@hotel-parc.test")
			.param("capacity", "40");
		assertThat(created).hasStatus3xxRedirection();
		var partner = partners.bySiret(demo, "73350100000018").orElseThrow();
		assertThat(partner.communeCode()).isEqualTo("37003");
		assertThat(partner.details().capacity()).isEqualTo(40);
		assertThat(mvc.get().uri("/partners/{id}", partner.id()).with(user(admin))).bodyText()
			.contains("Hôtel du Parc", "Amboise", "73350100000018");
		assertThat(mvc.get().uri("/partners?q=parc").with(user(admin))).bodyText().contains("Hôtel du Parc");

		// A SIRET names one business of the office.
		assertThat(mvc.post().uri("/partners/new").with(user(admin)).with(csrf())
			.param("name", "Autre").param("type", "HOTEL").param("siret", "73350100000018"))
			.bodyText().contains("Ce SIRET est déjà celui de « Hôtel du Parc »");
	}

	@Test
	void staffRecordThePeopleToTalkToAtAPartner() {
		var partner = partners.create(demo, details("Cave des Roches", null, PartnerType.SHOP));
		assertThat(mvc.post().uri("/partners/{id}/contacts", partner.id()).with(user(admin)).with(csrf())
			.param("name", "").param("role", "Gérante").param("email", "pas-un-mail").param("phone", "abc"))
			.hasStatusOk().bodyText()
			.contains("Ce n&#39;est pas une adresse e-mail valide", "value=\"G&eacute;rante\"", "pas-un-mail");
		assertThat(mvc.post().uri("/partners/{id}/contacts", partner.id()).with(user(admin)).with(csrf()).param("ui", "en")
			.param("name", "")).bodyText().contains("This field is required.");
		assertThat(contacts.of(demo, partner.id())).isEmpty();

		assertThat(mvc.post().uri("/partners/{id}/contacts", partner.id()).with(user(admin)).with(csrf())
			.param("name", "Sophie Caillaud").param("role", "Gérante").param("email", "sophie@roches.test")
			.param("phone", "02 47 00 00 02")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/partners/{id}", partner.id()).with(user(admin))).bodyText()
			.contains("Sophie Caillaud", "Gérante", "sophie@roches.test", "02 47 00 00 02");

		var chinon = offices.first("chinon", "Office de tourisme de Chinon");
		var other = staff(chinon.id(), "contacts@chinon.test", Role.ADMINISTRATOR);
		var sophie = contacts.of(demo, partner.id()).get(0).id();
		assertThat(mvc.post().uri("/partners/{id}/contacts/{c}/remove", partner.id(), sophie).with(user(other)).with(csrf()))
			.hasStatus(404);
		assertThat(contacts.of(demo, partner.id())).hasSize(1);
		assertThat(mvc.post().uri("/partners/{id}/contacts/{c}/remove", partner.id(), sophie).with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(contacts.of(demo, partner.id())).isEmpty();
	}

	@Test
	void anotherOfficeAndReadOnlyStaffCannotChangeTheNetwork() {
		var partner = partners.create(demo, details("Camping de la Loire", "50203000000017", PartnerType.CAMPSITE));
		var chinon = offices.first("chinon", "Office de tourisme de Chinon");
		var other = staff(chinon.id(), "manager@chinon.test", Role.PARTNER_MANAGER);
		var analyst = staff(demo, "analyst@escale.test", Role.ANALYST);

		assertThat(mvc.get().uri("/partners/{id}", partner.id()).with(user(other))).hasStatus(404);
		assertThat(mvc.get().uri("/partners").with(user(other))).bodyText().doesNotContain("Camping de la Loire");
		assertThat(mvc.post().uri("/partners/{id}/edit", partner.id()).with(user(other)).with(csrf())
			.param("name", "Pris").param("type", "CAMPSITE")).hasStatus(404);
		assertThat(partners.get(demo, partner.id()).name()).isEqualTo("Camping de la Loire");

		assertThat(mvc.get().uri("/partners/{id}", partner.id()).with(user(analyst))).hasStatusOk();
		assertThat(mvc.post().uri("/partners/new").with(user(analyst)).with(csrf())
			.param("name", "X").param("type", "HOTEL")).hasStatus(403);
		assertThat(mvc.post().uri("/partners/{id}/users", partner.id()).with(user(analyst)).with(csrf())
			.param("displayName", "Eve").param("email", "eve@camping.test")).hasStatus(403);
		assertThat(users.exists("eve@camping.test")).isFalse();
	}

	@Test
	void anInvitedPartnerSetsItsPasswordOnceAndLogsIntoTheProSpaceOnly() throws Exception {
		var partner = partners.create(demo, details("Gîte des Vignes", null, PartnerType.HOLIDAY_RENTAL));
		assertThat(mvc.post().uri("/partners/{id}/users", partner.id()).with(user(admin)).with(csrf())
			.param("displayName", "Claire").param("email", "claire@gite.test")).hasStatus3xxRedirection();
		assertThat(users.of(demo, partner.id())).singleElement()
			.satisfies(login -> assertThat(login.active()).isFalse());
		// The link of the e-mail: its token is never stored, so the test asks for a new one as staff would.
		var token = invitations.reinvite(partner, users.of(demo, partner.id()).get(0).id(), Locale.FRENCH).token();

		assertThat(mvc.get().uri("/pro/invitation/{token}", token)).bodyText().contains("Bonjour Claire", "Gîte des Vignes");
		assertThat(mvc.post().uri("/pro/invitation/{token}", token).with(csrf())
			.param("password", "court").param("confirmation", "court")).bodyText().contains("Entre 12 et 200 caractères");
		assertThat(mvc.post().uri("/pro/invitation/{token}", token).with(csrf())
			.param("password", "vignes-et-loire-2026").param("confirmation", "autre-chose-2026"))
			.bodyText().contains("Les deux mots de passe ne sont pas les mêmes");
		assertThat(mvc.post().uri("/pro/invitation/{token}", token).with(csrf())
			.param("password", "vignes-et-loire-2026").param("confirmation", "vignes-et-loire-2026"))
			.hasRedirectedUrl("/pro/login?welcome");
		// A link works once.
		assertThat(mvc.get().uri("/pro/invitation/{token}", token)).bodyText().contains("Ce lien ne fonctionne plus");
		assertThat(mvc.post().uri("/pro/invitation/{token}", token).with(csrf())
			.param("password", "un-autre-mot-de-passe").param("confirmation", "un-autre-mot-de-passe"))
			.bodyText().contains("Ce lien ne fonctionne plus");

		var wrong = mvc.post().uri("/pro/login").with(csrf()).param("username", "claire@gite.test").param("password", "faux");
		assertThat(wrong).hasRedirectedUrl("/pro/login?error");
		// Staff credentials do not open the pro space.
		assertThat(mvc.post().uri("/pro/login").with(csrf()).param("username", "admin@escale.test")
			.param("password", "admin-secret-42")).hasRedirectedUrl("/pro/login?error");

		var login = mvc.post().uri("/pro/login").with(csrf()).param("username", "claire@gite.test")
			.param("password", "vignes-et-loire-2026").exchange();
		assertThat(login).hasRedirectedUrl("/pro");
		// Sessions live in PostgreSQL (Spring Session): the browser holds a SESSION cookie.
		var session = login.getResponse().getCookie("SESSION");
		assertThat(mvc.get().uri("/pro").cookie(session)).hasStatusOk().bodyText().contains("Gîte des Vignes", "Claire");
		// The partner's session opens nothing of the back office, nor of the staff API.
		assertThat(mvc.get().uri("/partners").cookie(session)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/imports").cookie(session)).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/imports").with(httpBasic("claire@gite.test", "vignes-et-loire-2026")))
			.hasStatus(401);

		// And a staff login opens nothing of the pro space.
		var staffLogin = mvc.post().uri("/login").with(csrf()).param("username", "admin@escale.test")
			.param("password", "admin-secret-42").exchange();
		var staffSession = staffLogin.getResponse().getCookie("SESSION");
		assertThat(mvc.get().uri("/partners").cookie(staffSession)).hasStatusOk();
		assertThat(mvc.get().uri("/pro").cookie(staffSession)).hasStatus3xxRedirection().redirectedUrl().endsWith("/pro/login");

		// A login turned off is refused, and its open session ends.
		users.enable(demo, users.of(demo, partner.id()).get(0).id(), false);
		assertThat(mvc.get().uri("/pro").cookie(session)).hasStatus3xxRedirection().redirectedUrl().endsWith("/pro/login");
		assertThat(mvc.post().uri("/pro/login").with(csrf()).param("username", "claire@gite.test")
			.param("password", "vignes-et-loire-2026")).hasRedirectedUrl("/pro/login?error");
	}

	@Test
	void partnersComeFromACsvFileAndEveryLineLeftOutSaysWhy() {
		var csv = """
				nom;raison sociale;siret;type;adresse;code postal;commune;email;telephone;site web;capacite
				Le Bistrot du Port;SARL Port;44321870000013;Restaurant;2 quai;37000;Tours;bistrot@port.test;02 47 00 00 01;https://bistrot.test;
				Hôtel Sans Ville;;;Hôtel;;;Atlantide;hotel@sansville.test;;;12
				;;;;;;;;;;
				Canoë Loire;;99999999999999;Kayak;;;Amboise;pas-un-mail;;;
				""";
		var report = mvc.post().uri("/partners/import").with(user(admin)).with(csrf()).multipart()
			.file(new MockMultipartFile("file", "partenaires.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(report).hasStatusOk().bodyText()
			.contains("1 partenaire(s) créé(s), 0 mis à jour, 3 ligne(s) écartée(s)")
			.contains("Commune inconnue : « Atlantide »")
			.contains("Type inconnu : « Kayak »", "Ce SIRET n&#39;est pas valide", "Ce n&#39;est pas une adresse e-mail valide")
			.contains("Canoë Loire");
		var bistrot = partners.bySiret(demo, "44321870000013").orElseThrow();
		assertThat(bistrot.type()).isEqualTo(PartnerType.RESTAURANT);
		assertThat(bistrot.communeCode()).isEqualTo("37261");

		// The same SIRET again updates its partner, in English headers and commas this time.
		var again = "name,siret,type,commune,email\nLe Bistrot du Port,44321870000013,RESTAURANT,Tours,new@port.test\n";
		assertThat(mvc.post().uri("/partners/import").with(user(admin)).with(csrf()).param("ui", "en").multipart()
			.file(new MockMultipartFile("file", "partners.csv", "text/csv", again.getBytes(StandardCharsets.UTF_8))))
			.bodyText().contains("0 partner(s) created, 1 updated, 0 line(s) left out");
		assertThat(partners.get(demo, bistrot.id()).email()).isEqualTo("new@port.test");

		var latin1 = "nom;commune\nCafé de la Gare;Tours\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(mvc.post().uri("/partners/import").with(user(admin)).with(csrf()).multipart()
			.file(new MockMultipartFile("file", "latin1.csv", "text/csv", latin1)))
			.bodyText().contains("Ce fichier n&#39;est pas en UTF-8");
		assertThat(mvc.post().uri("/partners/import").with(user(admin)).with(csrf()).multipart()
			.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0])))
			.bodyText().contains("Choisissez un fichier CSV à importer.");
	}

	@Test
	void staffLinkOffersAndProposePartnersFromTheContactsOfImportedOffers() throws Exception {
		assertThat(mvc.post().uri("/api/v1/imports/datatourisme").multipart()
			.file(new MockMultipartFile("file", "hotel.json", "application/json", new ClassPathResource("datatourisme/hotel.json").getContentAsByteArray()))
			.with(httpBasic("admin@escale.test", "admin-secret-42"))).hasStatusOk();
		assertThat(mvc.get().uri("/partners/proposals").with(user(admin))).hasStatusOk().bodyText()
			.containsIgnoringCase("Pic Epeiche");

		var partner = partners.create(demo, details("Chambres du Pic", null, PartnerType.BED_AND_BREAKFAST));
		var search = mvc.get().uri("/partners/{id}/offers/search?q=epeiche", partner.id()).with(user(admin)).exchange();
		assertThat(search).bodyText().containsIgnoringCase("Pic Epeiche");
		var offerId = search.getResponse().getContentAsString()
			.replaceAll("(?s).*name=\"offer\" value=\"([0-9a-f-]{36})\".*", "$1");
		// A partner proposed from a hotel's offer is proposed as a hotel.
		assertThat(mvc.get().uri("/partners/new?name=Pic&offers={offer}", offerId).with(user(admin))).bodyText()
			.containsPattern("value=\"HOTEL\" selected|selected=\"selected\" value=\"HOTEL\"");
		assertThat(mvc.post().uri("/partners/{id}/offers", partner.id()).with(user(admin)).with(csrf())
			.param("offer", offerId).param("offer", UUID.randomUUID().toString())).hasStatus3xxRedirection();
		assertThat(partners.offerIds(demo, partner.id())).containsExactly(UUID.fromString(offerId));
		assertThat(mvc.get().uri("/partners/{id}", partner.id()).with(user(admin))).bodyText().containsIgnoringCase("Pic Epeiche");
		// Once run by a partner, the offer's contact is no longer proposed.
		assertThat(mvc.get().uri("/partners/proposals").with(user(admin))).bodyText().doesNotContainIgnoringCase("Pic Epeiche");

		var chinon = offices.first("chinon", "Office de tourisme de Chinon");
		var other = staff(chinon.id(), "links@chinon.test", Role.ADMINISTRATOR);
		var theirs = partners.create(chinon.id(), details("Chez Chinon", null, PartnerType.SHOP));
		// Another office's offer cannot be linked to one's partner.
		mvc.post().uri("/partners/{id}/offers", theirs.id()).with(user(other)).with(csrf()).param("offer", offerId).exchange();
		assertThat(partners.offerIds(chinon.id(), theirs.id())).isEmpty();
		assertThat(partners.partnerOf(demo, UUID.fromString(offerId))).contains(partner.id());

		assertThat(mvc.post().uri("/partners/{id}/offers/{offer}/unlink", partner.id(), offerId).with(user(admin)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(partners.offerIds(demo, partner.id())).isEmpty();
	}

	private StaffPrincipal staff(UUID office, String email, Role role) {
		if (!accounts.exists(email)) {
			accounts.create(office, email, email, "staff-secret-4242", Set.of(role));
		}
		return accounts.loadUserByUsername(email);
	}

	static PartnerDetails details(String name, String siret, PartnerType type) {
		return new PartnerDetails(name, null, siret, type, null, null, "37261", null, null, null, null);
	}

}
