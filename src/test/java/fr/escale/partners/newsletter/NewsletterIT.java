package fr.escale.partners.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.escale.Mailbox;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerDetails;
import fr.escale.partners.PartnerType;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import fr.escale.partners.newsletter.Segment.Membership;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Staff write a newsletter, choose its segment, preview it and send it once through the outbox;
 * every mail carries a working unsubscribe link, and each recipient's delivery shows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewsletterIT {

	private static final String TOURS = "37261";

	private static final String AMBOISE = "37003";

	private static final UUID CLEF_VERTE = UUID.fromString("6b1f0e52-3a37-4d0e-9d0f-000000000002");

	private static final UUID ACCUEIL_VELO = UUID.fromString("6b1f0e52-3a37-4d0e-9d0f-000000000004");

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
	Recipients recipients;

	@Autowired
	Newsletters newsletters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	/** Each test runs in an office of its own, so that segments count only its partners. */
	UUID office;

	StaffPrincipal manager;

	String suffix;

	@BeforeEach
	void office() {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		office = offices.first("nl-" + suffix, "Office de tourisme du Val " + suffix).id();
		manager = staff(office, "manager-" + suffix + "@nl.test", Role.PARTNER_MANAGER);
	}

	@Test
	void eachCriterionSelectsItsPartnersAndCriteriaCombineWithAndBetweenOrWithin() {
		var hotel = partner("Hôtel du Parc", PartnerType.HOTEL, TOURS, "hotel@parc.test");
		var camping = partner("Camping de la Loire", PartnerType.CAMPSITE, AMBOISE, "camping@loire.test");
		var restaurant = partner("Bistrot du Port", PartnerType.RESTAURANT, TOURS, "bistrot@port.test");
		var shop = partner("Cave des Vignes", PartnerType.SHOP, AMBOISE, "cave@vignes.test");

		membership(hotel, "PAID");
		membership(camping, "PENDING");
		membership(restaurant, "LAPSED");
		// Last year's payment does not make the shop a member this year.
		membership(shop, "PAID", Year.now().getValue() - 1);

		award(hotel, CLEF_VERTE, null, LocalDate.now().plusYears(1));
		award(camping, ACCUEIL_VELO, null, null);
		// An expired label counts for nothing.
		award(shop, CLEF_VERTE, null, LocalDate.now().minusDays(1));
		award(hotel, null, 3, LocalDate.now().plusYears(2));
		award(camping, null, 4, LocalDate.now().plusYears(2));

		var tasting = workshop("Accueillir les cyclistes");
		var photos = workshop("Photos de vos offres");
		registration(tasting, restaurant, true);
		registration(photos, shop, true);
		// Registered but did not come.
		registration(photos, hotel, false);

		assertThat(reached(Segment.everyone())).containsExactly("Bistrot du Port", "Camping de la Loire", "Cave des Vignes",
				"Hôtel du Parc");
		assertThat(reached(segment().types(PartnerType.HOTEL, PartnerType.CAMPSITE))).containsExactly("Camping de la Loire",
				"Hôtel du Parc");
		assertThat(reached(segment().communes(TOURS))).containsExactly("Bistrot du Port", "Hôtel du Parc");
		assertThat(reached(segment().memberships(Membership.PAID, Membership.PENDING))).containsExactly("Camping de la Loire",
				"Hôtel du Parc");
		assertThat(reached(segment().memberships(Membership.NONE))).containsExactly("Cave des Vignes");
		assertThat(reached(segment().memberships(Membership.LAPSED, Membership.NONE))).containsExactly("Bistrot du Port",
				"Cave des Vignes");
		assertThat(reached(segment().labels(CLEF_VERTE))).containsExactly("Hôtel du Parc");
		assertThat(reached(segment().labels(CLEF_VERTE, ACCUEIL_VELO))).containsExactly("Camping de la Loire", "Hôtel du Parc");
		assertThat(reached(segment().stars(4, 5))).containsExactly("Camping de la Loire");
		assertThat(reached(segment().anyWorkshop())).containsExactly("Bistrot du Port", "Cave des Vignes");
		assertThat(reached(segment().workshops(photos))).containsExactly("Cave des Vignes");

		// AND between criteria, OR within each.
		assertThat(reached(segment().communes(TOURS).memberships(Membership.PAID, Membership.LAPSED)))
			.containsExactly("Bistrot du Port", "Hôtel du Parc");
		assertThat(reached(segment().communes(TOURS, AMBOISE).types(PartnerType.SHOP, PartnerType.RESTAURANT).anyWorkshop()))
			.containsExactly("Bistrot du Port", "Cave des Vignes");
		assertThat(reached(segment().communes(AMBOISE).labels(CLEF_VERTE))).isEmpty();

		// The live count while ticking, for any member of staff.
		var analyst = staff(office, "analyst-" + suffix + "@nl.test", Role.ANALYST);
		assertThat(mvc.get().uri("/partners/newsletters/audience").with(user(analyst))
			.param("communes", TOURS).param("types", "HOTEL").param("types", "RESTAURANT"))
			.hasStatusOk().bodyText().contains("2 adresse(s) chez 2 partenaire(s)").contains("hx-get");
	}

	@Test
	void optedOutPartnersAreLeftOutAndEachAddressGetsOneMail() {
		var hotel = partner("Hôtel du Parc", PartnerType.HOTEL, TOURS, "hotel@parc.test");
		var gone = partner("Gîte Parti", PartnerType.HOLIDAY_RENTAL, TOURS, "gite@parti.test");
		var noAddress = partner("Ferme sans e-mail", PartnerType.OTHER, TOURS, null);
		users.invite(office, hotel.id(), "marie@parc.test", "Marie", "test");
		// The same person as the partner's address, written otherwise: one mail.
		users.invite(office, hotel.id(), "HOTEL@parc.test ".trim().replace("HOTEL", "Reception"), "Accueil", "test");
		var off = users.invite(office, hotel.id(), "ancien@parc.test", "Ancien", "test");
		users.enable(office, off.userId(), false);
		users.invite(office, noAddress.id(), "fermier@ferme.test", "Fermier", "test");
		partners.unsubscribe(partners.unsubscribeToken(office, gone.id()));

		assertThat(recipients.of(office, Segment.everyone())).extracting(Recipient::email)
			.containsExactly("fermier@ferme.test", "hotel@parc.test", "marie@parc.test", "Reception@parc.test");
		assertThat(recipients.count(office, Segment.everyone())).isEqualTo(new Recipients.Audience(2, 4));
	}

	@Test
	void staffWriteAPreviewAndSendItOnceEveryMailWithItsUnsubscribeLink() {
		// Addresses of this test alone (the SMTP server is everyone's); the camping's, the server refuses for good.
		var hotel = "hotel-" + suffix + "@parc.test";
		var camping = "refused-camping-" + suffix + "@loire.test";
		var theHotel = partner("Hôtel du Parc", PartnerType.HOTEL, TOURS, hotel);
		var theCamping = partner("Camping de la Loire", PartnerType.CAMPSITE, AMBOISE, camping);
		partner("Bistrot du Port", PartnerType.RESTAURANT, TOURS, "bistrot@port.test");

		var created = mvc.post().uri("/partners/newsletters/new").with(user(manager)).with(csrf())
			.param("subject", "La saison 2027 se prépare")
			.param("body", "<h2>Ateliers</h2><p onclick=\"steal()\">Bonjour à tous,</p><script>alert(1)</script>"
					+ "<p><a href=\"javascript:alert(1)\">piège</a> <a href=\"https://ot.test/ateliers\">les ateliers</a></p>"
					+ "<img src=x onerror=alert(1)>")
			.param("types", "HOTEL").param("types", "CAMPSITE").exchange();
		assertThat(created).hasStatus3xxRedirection();
		var draft = newsletters.list(office).get(0);
		assertThat(created).redirectedUrl().isEqualTo("/partners/newsletters/" + draft.id() + "/preview");
		assertThat(draft.bodyHtml()).contains("<h2>Ateliers</h2>", "Bonjour à tous", "https://ot.test/ateliers")
			.doesNotContain("script", "onclick", "onerror", "javascript:", "alert");
		assertThat(draft.segment().types()).containsExactly(PartnerType.HOTEL, PartnerType.CAMPSITE);

		assertThat(mvc.get().uri("/partners/newsletters").with(user(manager))).hasStatusOk().bodyText()
			.contains("La saison 2027 se prépare", "Brouillon", "Hôtel", "Camping");
		var preview = mvc.get().uri("/partners/newsletters/{id}/preview", draft.id()).with(user(manager));
		assertThat(preview).hasStatusOk().bodyText()
			.contains("La saison 2027 se prépare", "Office de tourisme du Val " + suffix, "Bonjour à tous",
					"Ne plus recevoir cette lettre", "/newsletter/unsubscribe/")
			.contains("2 adresse(s) chez 2 partenaire(s)", hotel, camping)
			.doesNotContain("bistrot@port.test");

		// Send me a test: one mail to the manager, the newsletter stays a draft.
		assertThat(mvc.post().uri("/partners/newsletters/{id}/test", draft.id()).with(user(manager)).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT recipient FROM platform.outgoing_mail WHERE topic = ?").param("newsletter-test:" + draft.id())
			.query(String.class).list()).containsExactly(manager.email());
		assertThat(newsletters.get(office, draft.id()).sent()).isFalse();

		// Sending asks to confirm.
		assertThat(mvc.post().uri("/partners/newsletters/{id}/send", draft.id()).with(user(manager)).with(csrf()))
			.hasRedirectedUrl("/partners/newsletters/" + draft.id() + "/preview")
			.flash().containsEntry("refused", "newsletter.error.confirm");
		assertThat(mails(draft)).isEmpty();

		assertThat(mvc.post().uri("/partners/newsletters/{id}/send", draft.id()).with(user(manager)).with(csrf())
			.param("confirm", "true")).hasRedirectedUrl("/partners/newsletters/" + draft.id() + "/recipients");
		var mails = mails(draft);
		assertThat(mails).extracting(mail -> mail.get("recipient")).containsExactlyInAnyOrder(hotel,
				camping);
		var hotelLink = "http://localhost:8080/newsletter/unsubscribe/" + partners.unsubscribeToken(office, theHotel.id());
		var toHotel = mails.stream().filter(mail -> mail.get("recipient").equals(hotel)).findFirst().orElseThrow();
		assertThat(toHotel.get("subject")).isEqualTo("La saison 2027 se prépare");
		assertThat(toHotel.get("list_unsubscribe")).isEqualTo("<" + hotelLink + ">");
		assertThat(toHotel.get("list_unsubscribe_post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat((String) toHotel.get("html_body")).contains("href=\"" + hotelLink + "\"", "Bonjour à tous", "<h2>Ateliers</h2>")
			.doesNotContain("script", "onclick", "onerror", "javascript:");
		assertThat((String) toHotel.get("text_body")).contains("Bonjour à tous", "les ateliers (https://ot.test/ateliers)",
				hotelLink);
		// Each partner's own link.
		assertThat((String) mails.stream().filter(mail -> mail.get("recipient").equals(camping)).findFirst()
			.orElseThrow().get("html_body")).contains(partners.unsubscribeToken(office, theCamping.id())).doesNotContain(hotelLink);
		assertThat(jdbc.sql("SELECT count(*) FROM partners.newsletter_recipient WHERE newsletter_id = ?").param(draft.id())
			.query(Long.class).single()).isEqualTo(2);

		// Only once: a second send is refused and queues nothing.
		assertThat(mvc.post().uri("/partners/newsletters/{id}/send", draft.id()).with(user(manager)).with(csrf())
			.param("confirm", "true")).flash().containsEntry("refused", "newsletter.error.alreadySent");
		assertThat(mails(draft)).hasSize(2);
		assertThat(mvc.post().uri("/partners/newsletters/{id}/edit", draft.id()).with(user(manager)).with(csrf())
			.param("subject", "Autre").param("body", "Autre")).flash().containsEntry("refused", "newsletter.error.alreadySent");
		assertThat(newsletters.get(office, draft.id()).subject()).isEqualTo("La saison 2027 se prépare");

		// Delivered through real SMTP: the mail arrives with its link; the refused address fails.
		mailbox.deliverAll();
		assertThat(mailbox.receivedBy(hotel)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("La saison 2027 se prépare");
			assertThat(mail.from()).contains("Office de tourisme du Val " + suffix);
			assertThat(mail.header("List-Unsubscribe")).isEqualTo("<" + hotelLink + ">");
			assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
			assertThat(mail.html()).contains("href=\"" + hotelLink + "\"", "<h2>Ateliers</h2>").doesNotContain("script");
			assertThat(mail.text()).contains("Bonjour à tous", hotelLink);
		});
		assertThat(mailbox.receivedBy(camping)).isEmpty();
		assertThat(mvc.get().uri("/partners/newsletters/{id}/recipients", draft.id()).with(user(manager))).hasStatusOk()
			.bodyText().contains("Tous : 2", "Envoyés : 1", "Échecs : 1", "En attente : 0", "Hôtel du Parc", hotel,
					"Camping de la Loire", "550", "Envoyée le");
		// Once sent, its preview says who it went to, and offers no second send.
		assertThat(mvc.get().uri("/partners/newsletters/{id}/preview", draft.id()).with(user(manager))).hasStatusOk()
			.bodyText().contains("Envoyée le", "Tous : 2", "Bonjour à tous").doesNotContain("Envoyer maintenant");
		assertThat(mvc.get().uri("/partners/newsletters/{id}/recipients?status=FAILED", draft.id()).with(user(manager)))
			.bodyText().contains(camping).doesNotContain(hotel);
		assertThat(mvc.get().uri("/partners/newsletters").with(user(manager)).param("ui", "en")).bodyText()
			.contains("La saison 2027 se prépare", "Sent");
	}

	@Test
	void theUnsubscribeLinkAsksThenStopsTheNewsletterForItsPartner() {
		var hotel = partner("Hôtel du Parc", PartnerType.HOTEL, TOURS, "hotel@parc.test");
		partner("Camping de la Loire", PartnerType.CAMPSITE, AMBOISE, "camping@loire.test");
		var token = partners.unsubscribeToken(office, hotel.id());

		// Following the link only asks: mail scanners follow links.
		assertThat(mvc.get().uri("/newsletter/unsubscribe/{token}", token)).hasStatusOk().bodyText()
			.contains("Ne plus recevoir la lettre pro", "Me désabonner");
		assertThat(partners.get(office, hotel.id()).newsletterOptOut()).isFalse();
		assertThat(mvc.get().uri("/newsletter/unsubscribe/{token}", token).param("ui", "en")).bodyText()
			.contains("Stop receiving the tourist office&#39;s pro newsletter?", "Unsubscribe");

		// A mail client's one-click POST carries no CSRF token, nor any session.
		assertThat(mvc.post().uri("/newsletter/unsubscribe/{token}", token).param("List-Unsubscribe", "One-Click"))
			.hasStatusOk().bodyText().contains("C&#39;est fait : Hôtel du Parc ne recevra plus la lettre pro.");
		assertThat(partners.get(office, hotel.id()).newsletterOptOut()).isTrue();
		assertThat(mvc.post().uri("/newsletter/unsubscribe/{token}", "not-a-token").param("ui", "en")).hasStatus(404)
			.bodyText().contains("This link matches no subscription");

		// The next newsletter leaves it out.
		var next = newsletters.create(office, "Nouvelles", "<p>Bonjour</p>", Segment.everyone(), manager.email());
		assertThat(newsletters.send(office, next.id(), manager.email(), java.util.Locale.FRENCH)).isEqualTo(1);
		assertThat(mails(next)).extracting(mail -> mail.get("recipient")).containsExactly("camping@loire.test");
	}

	@Test
	void badInputIsExplainedInFrenchAndEnglishAndNothingIsLost() {
		partner("Hôtel du Parc", PartnerType.HOTEL, TOURS, "hotel@parc.test");
		var french = mvc.post().uri("/partners/newsletters/new").with(user(manager)).with(csrf())
			.param("subject", " ").param("body", "<script>alert(1)</script>").param("types", "HOTEL");
		assertThat(french).hasStatusOk().bodyText()
			.contains("Corrigez", "Ce champ est obligatoire.", "Écrivez le texte de la lettre.")
			.doesNotContain("<script>alert(1)</script>");
		var english = mvc.post().uri("/partners/newsletters/new").with(user(manager)).with(csrf()).param("ui", "en")
			.param("subject", "Spring workshops").param("body", "").param("communes", TOURS).param("types", "HOTEL");
		assertThat(english).hasStatusOk().bodyText().contains("Write the text of the letter.", "Spring workshops")
			// The segment ticked stays ticked.
			.containsPattern("value=\"HOTEL\"[^>]*checked").containsPattern("value=\"" + TOURS + "\"[^>]*checked");
		assertThat(mvc.post().uri("/partners/newsletters/new").with(user(manager)).with(csrf()).param("ui", "en")
			.param("subject", "").param("body", "Dear partners,\n\nSee you soon.")).bodyText()
			.contains("This field is required.", "Dear partners,\n\nSee you soon.");
		assertThat(newsletters.list(office)).isEmpty();

		// A segment that reaches nobody is not sent.
		var nobody = newsletters.create(office, "Personne", "<p>Bonjour</p>", segment().types(PartnerType.SHOP).build(),
				manager.email());
		assertThat(mvc.post().uri("/partners/newsletters/{id}/send", nobody.id()).with(user(manager)).with(csrf())
			.param("confirm", "true")).flash().containsEntry("refused", "newsletter.error.noRecipients");
		assertThat(newsletters.get(office, nobody.id()).sent()).isFalse();
	}

	@Test
	void onlyTheOfficesManagersWriteAndSendAndPartnersNeverReachThesePages() {
		partner("Hôtel du Parc", PartnerType.HOTEL, TOURS, "hotel@parc.test");
		var draft = newsletters.create(office, "Réservé à l'office", "<p>Bonjour</p>", Segment.everyone(), manager.email());
		var other = staff(offices.first("nl-other-" + suffix, "Office voisin").id(), "other-" + suffix + "@nl.test",
				Role.ADMINISTRATOR);
		for (var page : List.of("preview", "recipients", "edit")) {
			assertThat(mvc.get().uri("/partners/newsletters/{id}/" + page, draft.id()).with(user(other))).hasStatus(404);
		}
		assertThat(mvc.get().uri("/partners/newsletters").with(user(other))).bodyText().doesNotContain("Réservé");
		assertThat(mvc.post().uri("/partners/newsletters/{id}/send", draft.id()).with(user(other)).with(csrf())
			.param("confirm", "true")).hasStatus(404);
		assertThat(mvc.post().uri("/partners/newsletters/{id}/edit", draft.id()).with(user(other)).with(csrf())
			.param("subject", "Pris").param("body", "Pris")).hasStatus(404);

		var analyst = staff(office, "analyst-" + suffix + "@nl.test", Role.ANALYST);
		assertThat(mvc.get().uri("/partners/newsletters").with(user(analyst))).hasStatusOk().bodyText().contains("Réservé")
			.doesNotContain("Nouvelle lettre");
		assertThat(mvc.get().uri("/partners/newsletters/{id}/preview", draft.id()).with(user(analyst))).hasStatusOk()
			.bodyText().doesNotContain("Envoyer maintenant");
		assertThat(mvc.get().uri("/partners/newsletters/new").with(user(analyst))).hasStatus(403);
		assertThat(mvc.post().uri("/partners/newsletters/new").with(user(analyst)).with(csrf())
			.param("subject", "X").param("body", "X")).hasStatus(403);
		assertThat(mvc.post().uri("/partners/newsletters/{id}/send", draft.id()).with(user(analyst)).with(csrf())
			.param("confirm", "true")).hasStatus(403);
		assertThat(mvc.post().uri("/partners/newsletters/{id}/test", draft.id()).with(user(analyst)).with(csrf())).hasStatus(403);
		assertThat(newsletters.get(office, draft.id()).sent()).isFalse();

		// A partner's login opens nothing of it.
		var hotel = partners.list(office, Partners.Filter.all()).get(0);
		var invitation = users.invite(office, hotel.id(), "pro-" + suffix + "@parc.test", "Paul", "test");
		users.accept(invitation.token(), "un-mot-de-passe-long");
		var login = mvc.post().uri("/pro/login").with(csrf()).param("username", "pro-" + suffix + "@parc.test")
			.param("password", "un-mot-de-passe-long").exchange();
		var session = login.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(mvc.get().uri("/pro").cookie(session)).hasStatusOk();
		for (var uri : List.of("/partners/newsletters", "/partners/newsletters/" + draft.id() + "/preview",
				"/partners/newsletters/" + draft.id() + "/recipients")) {
			assertThat(mvc.get().uri(uri).cookie(session)).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		}
		assertThat(mvc.post().uri("/partners/newsletters/{id}/send", draft.id()).cookie(session).with(csrf())
			.param("confirm", "true")).hasStatus3xxRedirection();
		assertThat(newsletters.get(office, draft.id()).sent()).isFalse();
	}

	private List<String> reached(Segment segment) {
		return recipients.of(office, segment).stream().map(Recipient::partnerName).distinct().sorted().toList();
	}

	private List<String> reached(SegmentBuilder segment) {
		return reached(segment.build());
	}

	private List<Map<String, Object>> mails(Newsletter newsletter) {
		return jdbc.sql("""
				SELECT recipient, subject, text_body, html_body, headers->>'List-Unsubscribe' AS list_unsubscribe,
				       headers->>'List-Unsubscribe-Post' AS list_unsubscribe_post
				FROM platform.outgoing_mail WHERE topic = ?""")
			.param(newsletter.topic())
			.query()
			.listOfRows();
	}

	private Partner partner(String name, PartnerType type, String commune, String email) {
		return partners.create(office, new PartnerDetails(name, null, null, type, null, null, commune, email, null, null, null));
	}

	private void membership(Partner partner, String status) {
		membership(partner, status, Year.now().getValue());
	}

	private void membership(Partner partner, String status, int year) {
		var tier = jdbc.sql("""
				INSERT INTO partners.membership_tier (id, office_id, name, fee_cents) VALUES (?, ?, 'Adhérent', 12000)
				ON CONFLICT (office_id, name) DO UPDATE SET fee_cents = excluded.fee_cents RETURNING id""")
			.params(UUID.randomUUID(), office)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				INSERT INTO partners.membership (id, office_id, partner_id, year, tier_id, fee_cents, status)
				VALUES (?, ?, ?, ?, ?, 12000, ?)""")
			.params(UUID.randomUUID(), office, partner.id(), year, tier, status)
			.update();
	}

	private void award(Partner partner, UUID label, Integer stars, LocalDate expires) {
		jdbc.sql("""
				INSERT INTO partners.award (id, office_id, partner_id, kind, label_id, stars, obtained_on, expires_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), office, partner.id(), label == null ? "CLASSIFICATION" : "LABEL", label, stars,
					LocalDate.now().minusYears(2), expires)
			.update();
	}

	private UUID workshop(String title) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.workshop (id, office_id, title, kind, place, starts_at, ends_at, capacity, published)
				VALUES (?, ?, ?, 'WORKSHOP', 'Office de tourisme', now() - interval '10 days', now() - interval '10 days' + interval '2 hours', 20, TRUE)""")
			.params(id, office, title)
			.update();
		return id;
	}

	private void registration(UUID workshop, Partner partner, boolean attended) {
		jdbc.sql("""
				INSERT INTO partners.workshop_registration (id, workshop_id, partner_id, attendee_name, attendee_email, status, attended)
				VALUES (?, ?, ?, 'Camille', ?, 'REGISTERED', ?)""")
			.params(UUID.randomUUID(), workshop, partner.id(), UUID.randomUUID() + "@nl.test", attended)
			.update();
	}

	private StaffPrincipal staff(UUID office, String email, Role role) {
		if (!accounts.exists(email)) {
			accounts.create(office, email, email, "staff-secret-4242", Set.of(role));
		}
		return accounts.loadUserByUsername(email);
	}

	private static SegmentBuilder segment() {
		return new SegmentBuilder();
	}

	/** A segment written as a sentence in the tests. */
	private static final class SegmentBuilder {

		private List<PartnerType> types = List.of();

		private List<String> communes = List.of();

		private List<Membership> memberships = List.of();

		private List<UUID> labels = List.of();

		private List<Integer> stars = List.of();

		private boolean anyWorkshop;

		private List<UUID> workshops = List.of();

		SegmentBuilder types(PartnerType... values) {
			types = List.of(values);
			return this;
		}

		SegmentBuilder communes(String... values) {
			communes = List.of(values);
			return this;
		}

		SegmentBuilder memberships(Membership... values) {
			memberships = List.of(values);
			return this;
		}

		SegmentBuilder labels(UUID... values) {
			labels = List.of(values);
			return this;
		}

		SegmentBuilder stars(Integer... values) {
			stars = List.of(values);
			return this;
		}

		SegmentBuilder anyWorkshop() {
			anyWorkshop = true;
			return this;
		}

		SegmentBuilder workshops(UUID... values) {
			workshops = List.of(values);
			return this;
		}

		Segment build() {
			return new Segment(types, communes, memberships, labels, stars, anyWorkshop, workshops);
		}

	}

}
