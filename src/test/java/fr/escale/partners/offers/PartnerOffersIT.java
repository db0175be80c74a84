package fr.escale.partners.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.domain.Offers;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Partners keep their offers right from the pro space; staff validate. Each test has an office of
 * its own with two partners, A and B, each running one offer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerOffersIT {

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
	OfferCatalog catalog;

	@Autowired
	Offers offers;

	@Autowired
	JdbcClient jdbc;

	UUID office;

	String slug;

	StaffPrincipal manager;

	Partner partnerA;

	Partner partnerB;

	UUID offerA;

	UUID offerB;

	Cookie sessionA;

	Cookie sessionB;

	@BeforeEach
	void anOfficeWithTwoPartners() {
		slug = "offers-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office " + slug).id();
		manager = staff("manager@" + slug + ".test", Role.PARTNER_MANAGER);
		partnerA = partners.create(office, details("Hôtel du Fleuve " + slug, "fleuve@" + slug + ".test"));
		partnerB = partners.create(office, details("Camping des Îles " + slug, "iles@" + slug + ".test"));
		offerA = CatalogFixture.create(offers, office, CatalogFixture.hotel("Hôtel du Fleuve"));
		offerB = CatalogFixture.create(offers, office, CatalogFixture.hotel("Camping des Îles"));
		partners.link(office, partnerA.id(), List.of(offerA));
		partners.link(office, partnerB.id(), List.of(offerB));
		sessionA = login(partnerA, "anne@" + slug + ".test");
		sessionB = login(partnerB, "bruno@" + slug + ".test");
	}

	@Test
	void aPartnersChangeWaitsForTheOfficeAndOnceAcceptedShowsOnTheOfferPage() {
		assertThat(mvc.get().uri("/pro/offers").cookie(sessionA)).hasStatusOk().bodyText()
			.contains("Hôtel du Fleuve", "Toujours juste")
			.doesNotContain("Camping des Îles");
		assertThat(shown(mvc.get().uri("/pro/offers/{id}", offerA).cookie(sessionA).exchange()))
			.contains("Un hôtel au bord de la Loire.", "A hotel on the banks of the Loire.", "Chambre double", "89.00",
					"accueil@hotel.test", "https://images.test/facade.jpg");

		var submitted = edit(offerA, sessionA).with(set("texts[0].description", "Un hôtel les pieds dans la Loire, <b>rénové</b> en 2026."))
			.with(set("prices[0].amount", "95"))
			.with(set("action", "submit"));
		assertThat(submitted).hasRedirectedUrl("/pro/offers/" + offerA);
		assertThat(shown(mvc.get().uri("/pro/offers/{id}", offerA).cookie(sessionA).exchange()))
			.contains("attend la validation de l'office de tourisme", "Retirer ma modification",
					// The form goes on from the change, and the markup typed was taken out.
					"Un hôtel les pieds dans la Loire, rénové en 2026.");
		// The catalogue does not change before the office says so.
		assertThat(description(offerA)).isEqualTo("Un hôtel au bord de la Loire.");
		assertThat(mvc.get().uri("/pro").cookie(sessionA)).bodyText().contains("1 modification(s) en attente de validation");

		var change = pending(offerA);
		assertThat(mvc.get().uri("/partners/changes").with(user(manager))).hasStatusOk().bodyText()
			.contains("Hôtel du Fleuve", partnerA.name(), "anne@" + slug + ".test");
		assertThat(mvc.get().uri("/partners/changes/{id}", change).with(user(manager))).hasStatusOk().bodyText()
			.contains("Un hôtel au bord de la Loire.", "Un hôtel les pieds dans la Loire, rénové en 2026.")
			.contains("modifié", "Tarifs", "95", "89")
			.contains("Accepter et publier", "Refuser");

		assertThat(mvc.post().uri("/partners/changes/{id}/accept", change).with(user(manager)).with(csrf())
			.param("comment", "Merci, c'est publié !")).hasRedirectedUrl("/partners/changes/" + change);

		assertThat(description(offerA)).isEqualTo("Un hôtel les pieds dans la Loire, rénové en 2026.");
		var stored = catalog.find(office, offerA).orElseThrow();
		assertThat(stored.offer().prices().get(0).min()).isEqualByComparingTo("95");
		assertThat(stored.offer().prices().get(0).description().get("fr")).isEqualTo("Chambre double");
		assertThat(stored.confirmedBy()).isEqualTo("partner:anne@" + slug + ".test / " + manager.email());
		assertThat(stored.offer().description().get("en")).isEqualTo("A hotel on the banks of the Loire.");
		assertThat(mvc.get().uri("/offers/{id}", offerA)).hasStatusOk().bodyText()
			.contains("Un hôtel les pieds dans la Loire, rénové en 2026.");

		// The partner is told, with the comment, by mail and in its pro space.
		assertThat(mails("anne@" + slug + ".test")).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Votre modification de « Hôtel du Fleuve » est publiée");
			assertThat(mail.text()).contains("Merci, c'est publié !", "/pro/offers/" + offerA, "validated your change");
		});
		assertThat(mvc.get().uri("/pro/offers").cookie(sessionA)).bodyText().contains("Acceptée", "Merci, c&#39;est publié !");

		// Who, when and what stay: per offer and per partner.
		assertThat(mvc.get().uri("/partners/changes?status=all").with(user(manager))).bodyText().contains("Acceptée",
				manager.email());
		assertThat(mvc.get().uri("/partners/{id}", partnerA.id()).with(user(manager))).bodyText()
			.contains("Historique de ses modifications", "Acceptée", "Proposée par anne@" + slug + ".test");
		assertThat(mvc.get().uri("/partners/changes/{id}", change).with(user(manager))).bodyText()
			.contains("Décidée par " + manager.email())
			.doesNotContain("Accepter et publier");
	}

	@Test
	void aRejectedChangeLeavesTheOfferAndTellsThePartnerWhy() {
		edit(offerA, sessionA).with(set("texts[0].description", "Le meilleur hôtel du monde.")).exchange();
		var change = pending(offerA);

		// A rejection says why: without a comment nothing is decided.
		assertThat(mvc.post().uri("/partners/changes/{id}/reject", change).with(user(manager)).with(csrf())
			.param("comment", " ")).hasStatusOk().bodyText().contains("Dites au partenaire pourquoi vous refusez sa modification.");
		assertThat(mvc.post().uri("/partners/changes/{id}/reject", change).with(user(manager)).with(csrf())
			.param("ui", "en").param("comment", "")).bodyText().contains("Tell the partner why you reject its change.");
		assertThat(pending(offerA)).isEqualTo(change);

		assertThat(mvc.post().uri("/partners/changes/{id}/reject", change).with(user(manager)).with(csrf())
			.param("comment", "Pas de superlatifs invérifiables, s'il vous plaît.")).hasStatus3xxRedirection();
		assertThat(description(offerA)).isEqualTo("Un hôtel au bord de la Loire.");
		assertThat(mails("anne@" + slug + ".test")).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Votre modification de « Hôtel du Fleuve » n'est pas publiée");
			assertThat(mail.text()).contains("Pas de superlatifs invérifiables, s'il vous plaît.");
		});
		assertThat(mvc.get().uri("/pro/offers/{id}", offerA).cookie(sessionA)).bodyText()
			.contains("Refusée", "Pas de superlatifs invérifiables, s&#39;il vous plaît.");
		// A decided change cannot be decided again.
		mvc.post().uri("/partners/changes/{id}/accept", change).with(user(manager)).with(csrf()).exchange();
		assertThat(description(offerA)).isEqualTo("Un hôtel au bord de la Loire.");
	}

	@Test
	void aPartnerWithdrawsItsChangeOrReplacesItWithANewOne() {
		follow(edit(offerA, sessionA).with(set("texts[0].description", "Première version.")).exchange(), sessionA);
		var first = pending(offerA);
		assertThat(follow(edit(offerA, sessionA).with(set("texts[0].description", "Seconde version.")).exchange(), sessionA))
			.contains("Votre modification est envoyée");
		var second = pending(offerA);
		assertThat(second).isNotEqualTo(first);
		// The first stays in the history, replaced.
		assertThat(jdbc.sql("SELECT status FROM partners.offer_change WHERE id = ?").param(first).query(String.class)
			.single()).isEqualTo("REPLACED");

		assertThat(follow(mvc.post().uri("/pro/offers/{id}/withdraw", offerA).cookie(sessionA).with(csrf()).exchange(), sessionA))
			.contains("Votre modification est retirée", "Retirée")
			.doesNotContain("Retirer ma modification");
		assertThat(jdbc.sql("SELECT status FROM partners.offer_change WHERE id = ?").param(second).query(String.class)
			.single()).isEqualTo("WITHDRAWN");
		assertThat(mvc.get().uri("/partners/changes").with(user(manager))).bodyText()
			.contains("Aucune modification n&#39;attend votre validation.");

		// Sending the offer as it is changes nothing.
		assertThat(edit(offerA, sessionA)).hasStatusOk().bodyText().contains("Rien n&#39;a changé");
	}

	@Test
	void stillRightConfirmsTheOfferInOneClick() {
		CatalogFixture.age(jdbc, offerA, 400);
		var before = catalog.find(office, offerA).orElseThrow();
		assertThat(before.confirmedAt()).isBefore(Instant.now().minus(399, ChronoUnit.DAYS));

		assertThat(mvc.post().uri("/pro/offers/{id}/confirm", offerA).cookie(sessionA).with(csrf()))
			.hasRedirectedUrl("/pro/offers");
		var after = catalog.find(office, offerA).orElseThrow();
		assertThat(after.confirmedAt()).isAfter(Instant.now().minusSeconds(60));
		assertThat(after.confirmedBy()).isEqualTo("partner:anne@" + slug + ".test");
		assertThat(after.offer()).isEqualTo(before.offer());
		assertThat(mvc.get().uri("/pro/offers").cookie(sessionA)).bodyText().contains("par partner:anne@" + slug + ".test");
	}

	@Test
	void aPartnerNeverReachesAnotherPartnersOfferNorChange() {
		edit(offerA, sessionA).with(set("texts[0].description", "Version de A.")).exchange();
		var change = pending(offerA);

		assertThat(mvc.get().uri("/pro/offers/{id}", offerA).cookie(sessionB)).hasStatus(404);
		assertThat(edit(offerA, sessionB).with(set("texts[0].description", "Pris par B."))).hasStatus(404);
		assertThat(mvc.post().uri("/pro/offers/{id}/withdraw", offerA).cookie(sessionB).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri("/pro/offers/{id}/confirm", offerA).cookie(sessionB).with(csrf())).hasStatus(404);
		assertThat(mvc.get().uri("/pro/offers").cookie(sessionB)).bodyText().doesNotContain("Hôtel du Fleuve", "Version de A.");
		assertThat(mvc.get().uri("/pro").cookie(sessionB)).bodyText().doesNotContain("Hôtel du Fleuve");
		// Nor the staff's pages, where changes are decided.
		assertThat(mvc.get().uri("/partners/changes/{id}", change).cookie(sessionB)).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/partners/changes/{id}/accept", change).cookie(sessionB).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT status FROM partners.offer_change WHERE id = ?").param(change).query(String.class)
			.single()).isEqualTo("PENDING");
		// An offer of the office unlinked from any partner is nobody's in the pro space.
		var loose = CatalogFixture.create(offers, office, CatalogFixture.hotel("Moulin sans partenaire"));
		assertThat(mvc.get().uri("/pro/offers/{id}", loose).cookie(sessionA)).hasStatus(404);
	}

	@Test
	void staffOfAnotherOfficeCannotSeeNorDecideAndAnAnalystOnlyReads() {
		edit(offerA, sessionA).with(set("texts[0].description", "Version à valider.")).exchange();
		var change = pending(offerA);
		var elsewhere = offices.first(slug + "-x", "Autre office " + slug).id();
		var stranger = staff(elsewhere, "manager@" + slug + "-x.test", Role.ADMINISTRATOR);
		var analyst = staff("analyst@" + slug + ".test", Role.ANALYST);

		assertThat(mvc.get().uri("/partners/changes").with(user(stranger))).bodyText().doesNotContain("Hôtel du Fleuve");
		assertThat(mvc.get().uri("/partners/changes/{id}", change).with(user(stranger))).hasStatus(404);
		assertThat(mvc.post().uri("/partners/changes/{id}/accept", change).with(user(stranger)).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri("/partners/changes/{id}/reject", change).with(user(stranger)).with(csrf())
			.param("comment", "Non")).hasStatus(404);

		assertThat(mvc.get().uri("/partners/changes/{id}", change).with(user(analyst))).hasStatusOk().bodyText()
			.contains("Version à valider.")
			.doesNotContain("Accepter et publier");
		assertThat(mvc.post().uri("/partners/changes/{id}/accept", change).with(user(analyst)).with(csrf())).hasStatus(403);
		assertThat(mvc.post().uri("/partners/freshness/campaigns", change).with(user(analyst)).with(csrf())
			.param("months", "6")).hasStatus(403);
		assertThat(pending(offerA)).isEqualTo(change);
		assertThat(description(offerA)).isEqualTo("Un hôtel au bord de la Loire.");
	}

	@Test
	void badInputIsExplainedInFrenchAndEnglishAndNothingTypedIsLost() throws Exception {
		var bad = edit(offerA, sessionA).with(set("texts[0].description", "Ma nouvelle description, gardée."))
			.with(set("periods[0].startDate", "2026-02-30"))
			.with(set("periods[0].opens", "25:99"))
			.with(set("action", "addPeriod"));
		// Adding a row shows the form again, without judging it yet.
		assertThat(shown(bad.exchange())).contains("Ma nouvelle description, gardée.", "2026-02-30")
			.doesNotContain("n'est pas une date");

		var wrong = edit(offerA, sessionA).with(set("texts[0].description", "Ma nouvelle description, gardée."))
			.with(set("periods[0].startDate", "2026-02-30"))
			.with(set("periods[1].startDate", "2026-09-01")).with(set("periods[1].endDate", "2026-06-01"))
			.with(set("periods[1].opens", "18:00")).with(set("periods[1].closes", "09:00"))
			.with(set("prices[0].amount", "-5"))
			.with(set("prices[1].label", "Enfant")).with(set("prices[1].amount", "douze"))
			.with(set("contacts[0].emails", "pas-un-mail"))
			.with(set("contacts[0].websites", "hotel.test"));
		assertThat(shown(wrong.exchange()))
			.contains("Corrigez les champs signalés ci-dessous.")
			.contains("« 2026-02-30 » n'est pas une date", "La fin de la période est avant son début.",
					"L'heure de fermeture doit suivre l'heure d'ouverture.", "Un tarif ne peut pas être négatif.",
					"« douze » n'est pas un montant", "Ce n'est pas une adresse e-mail valide.",
					"Une adresse de site commence par https://")
			.contains("Ma nouvelle description, gardée.", "2026-02-30", "-5", "douze", "pas-un-mail", "Enfant");
		assertThat(mvc.get().uri("/partners/changes").with(user(manager))).bodyText().doesNotContain("Hôtel du Fleuve");

		var english = edit(offerA, sessionA).with(set("ui", "en"))
			.with(set("periods[0].startDate", "2026-09-01")).with(set("periods[0].endDate", "2026-06-01"))
			.with(set("prices[0].amount", "-5"));
		assertThat(english).hasStatusOk().bodyText()
			.contains("The period ends before it starts.", "A price cannot be negative.");

		// A file that is no photo is refused with its reason; what was typed stays.
		var notAPhoto = mvc.post().uri("/pro/offers/{id}", offerA).cookie(sessionA).with(csrf()).multipart()
			.file(new MockMultipartFile("upload", "menu.pdf", "application/pdf", "%PDF-1.4 menu".getBytes()))
			.param("ui", "fr")
			.param("texts[0].language", "fr").param("texts[0].description", "Texte gardé malgré la photo.")
			.param("uploadCredits", "Photo : Anne").param("action", "upload");
		assertThat(shown(notAPhoto.exchange()))
			.contains("menu.pdf n’est pas une photo JPEG, PNG ou WebP.", "Texte gardé malgré la photo.", "Photo : Anne");
	}

	@Test
	void aPartnerAddsAPhotoWithItsCreditsAndRemovesAnother() throws Exception {
		var uploaded = form(offerA, mvc.post().uri("/pro/offers/{id}", offerA).cookie(sessionA).with(csrf())
			.multipart()
			.file(new MockMultipartFile("upload", "terrasse.png", "image/png", CatalogFixture.png(40, 30))))
			.with(set("uploadCredits", "© Anne Martin")).with(set("action", "upload"));
		var page = uploaded.exchange().getResponse().getContentAsString();
		var url = page.replaceAll("(?s).*value=\"(/media/[0-9a-f-]{36})\".*", "$1");
		assertThat(url).startsWith("/media/");

		// The facade goes, the terrace comes; the form sends what the page shows.
		var submitted = edit(offerA, sessionA).with(set("photos[0].url", url)).with(set("photos[0].credits", "Anne Martin"));
		assertThat(submitted).hasStatus3xxRedirection();
		var change = pending(offerA);
		assertThat(mvc.get().uri("/partners/changes/{id}", change).with(user(manager))).bodyText()
			.contains("src=\"" + url + "\"", "© Anne Martin", "https://images.test/facade.jpg");
		mvc.post().uri("/partners/changes/{id}/accept", change).with(user(manager)).with(csrf()).exchange();
		var media = catalog.find(office, offerA).orElseThrow().offer().media();
		assertThat(media).singleElement().satisfies(photo -> {
			assertThat(photo.url()).isEqualTo(url);
			assertThat(photo.credits()).isEqualTo("Anne Martin");
			assertThat(photo.mimeType()).isEqualTo("image/png");
		});
		// An address that is neither the offer's photo nor an upload is not taken in.
		edit(offerA, sessionA).with(set("photos[0].url", "javascript:alert(1)")).with(set("texts[0].description", "Autre.")).exchange();
		assertThat(jdbc.sql("SELECT after::text FROM partners.offer_change WHERE id = ?").param(pending(offerA))
			.query(String.class).single()).doesNotContain("javascript");
	}

	@Test
	void aCampaignAsksThePartnersOfOldOffersOnly() {
		var oldA = CatalogFixture.create(offers, office, CatalogFixture.hotel("Vieille grange"));
		var unlinked = CatalogFixture.create(offers, office, CatalogFixture.hotel("Lavoir oublié"));
		partners.link(office, partnerA.id(), List.of(oldA));
		var partnerC = partners.create(office, details("Cave sans accès " + slug, "cave@" + slug + ".test"));
		var offerC = CatalogFixture.create(offers, office, CatalogFixture.hotel("Cave troglodytique"));
		partners.link(office, partnerC.id(), List.of(offerC));
		CatalogFixture.age(jdbc, offerA, 400);
		CatalogFixture.age(jdbc, oldA, 200);
		CatalogFixture.age(jdbc, offerC, 500);
		CatalogFixture.age(jdbc, unlinked, 500);
		// offerB stays fresh: partner B is not asked.

		assertThat(mvc.get().uri("/partners/freshness").with(user(manager))).hasStatusOk().bodyText()
			.contains("Par commune", "Amboise", "Par type", "Aucune campagne pour l&#39;instant.");
		assertThat(mvc.get().uri("/partners/freshness?months=12").with(user(manager))).bodyText()
			.contains("2 offre(s) de 2 partenaire(s)", "1 offre(s) ancienne(s) ne sont rattachées à aucun partenaire")
			.contains(partnerA.name(), partnerC.name(), "anne@" + slug + ".test", "cave@" + slug + ".test")
			.doesNotContain(partnerB.name(), "Vieille grange");
		assertThat(mvc.get().uri("/partners/freshness?months=6").with(user(manager))).bodyText()
			.contains("3 offre(s) de 2 partenaire(s)", "Vieille grange");
		assertThat(mvc.get().uri("/partners/freshness?date=demain").with(user(manager))).bodyText()
			.contains("Cette date n&#39;est pas reconnue");
		assertThat(mvc.get().uri("/partners/freshness?date=2999-01-01&ui=en").with(user(manager))).bodyText()
			.contains("Choose a past date.");

		// As a browser would, in a staff session: the notice after the redirect says what was done.
		var staffLogin = mvc.post().uri("/login").with(csrf()).param("username", manager.email())
			.param("password", "staff-secret-4242").exchange();
		var staffSession = staffLogin.getResponse().getCookie("SESSION");
		assertThat(follow(mvc.post().uri("/partners/freshness/campaigns").cookie(staffSession).with(csrf())
			.param("months", "6").exchange(), staffSession))
			.contains("Campagne lancée : 2 partenaire(s) sollicité(s) pour 3 offre(s).", "Campagnes passées", manager.email());
		assertThat(jdbc.sql("SELECT partners || '/' || offers FROM partners.freshness_campaign WHERE office_id = ?")
			.param(office).query(String.class).single()).isEqualTo("2/3");
		// Partner A's login gets one mail about both its offers; partner C, with no login, at its own address.
		assertThat(mails("anne@" + slug + ".test")).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).startsWith("Vos offres sont-elles toujours justes ?");
			assertThat(mail.text()).contains("- Hôtel du Fleuve", "- Vieille grange", "/pro/offers")
				.doesNotContain("Cave troglodytique");
		});
		assertThat(mails("cave@" + slug + ".test")).singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains("- Cave troglodytique"));
		assertThat(mails("bruno@" + slug + ".test")).isEmpty();
	}

	record SentMail(String subject, String text) {
	}

	private List<SentMail> mails(String recipient) {
		return jdbc.sql("SELECT subject, text_body FROM platform.outgoing_mail WHERE recipient = ? AND topic <> 'invitation' ORDER BY queued_at")
			.param(recipient)
			.query((row, i) -> new SentMail(row.getString(1), row.getString(2)))
			.list();
	}

	/** The partner's form as the page shows it, with the changes the test adds on top. */
	private MockMvcRequestBuilder edit(UUID offerId, Cookie session) {
		return form(offerId, mvc.post().uri("/pro/offers/{id}", offerId).cookie(session).with(csrf()));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B form(UUID offerId, B request) {
		var form = OfferEditor.form(catalog.find(office, offerId).orElseThrow().offer());
		for (int i = 0; i < form.getTexts().size(); i++) {
			var text = form.getTexts().get(i);
			request.param("texts[" + i + "].language", text.getLanguage())
				.param("texts[" + i + "].shortDescription", text.getShortDescription())
				.param("texts[" + i + "].description", text.getDescription());
		}
		for (int i = 0; i < form.getPeriods().size(); i++) {
			var period = form.getPeriods().get(i);
			request.param("periods[" + i + "].origin", String.valueOf(period.getOrigin()))
				.param("periods[" + i + "].startDate", period.getStartDate())
				.param("periods[" + i + "].endDate", period.getEndDate())
				.param("periods[" + i + "].opens", period.getOpens())
				.param("periods[" + i + "].closes", period.getCloses());
		}
		for (int i = 0; i < form.getPrices().size(); i++) {
			var price = form.getPrices().get(i);
			request.param("prices[" + i + "].origin", String.valueOf(price.getOrigin()))
				.param("prices[" + i + "].label", price.getLabel())
				.param("prices[" + i + "].amount", price.getAmount())
				.param("prices[" + i + "].currency", price.getCurrency());
		}
		for (int i = 0; i < form.getContacts().size(); i++) {
			var contact = form.getContacts().get(i);
			request.param("contacts[" + i + "].role", contact.getRole())
				.param("contacts[" + i + "].phones", contact.getPhones())
				.param("contacts[" + i + "].emails", contact.getEmails())
				.param("contacts[" + i + "].websites", contact.getWebsites());
		}
		for (int i = 0; i < form.getPhotos().size(); i++) {
			request.param("photos[" + i + "].url", form.getPhotos().get(i).getUrl())
				.param("photos[" + i + "].credits", form.getPhotos().get(i).getCredits());
		}
		return request;
	}

	private UUID pending(UUID offerId) {
		return jdbc.sql("SELECT id FROM partners.offer_change WHERE offer_id = ? AND status = 'PENDING'")
			.param(offerId)
			.query(UUID.class)
			.single();
	}

	private String description(UUID offerId) {
		return catalog.find(office, offerId).orElseThrow().offer().description().get("fr");
	}

	private Cookie login(Partner partner, String email) {
		var invitation = users.invite(office, partner.id(), email, "Personne de " + partner.name(), manager.email());
		users.accept(invitation.token(), "mot-de-passe-" + slug);
		var login = mvc.post().uri("/pro/login").with(csrf()).param("username", email)
			.param("password", "mot-de-passe-" + slug).exchange();
		assertThat(login).hasRedirectedUrl("/pro");
		return login.getResponse().getCookie("SESSION");
	}

	/** The page as a person reads it, entities decoded (Thymeleaf escapes the text of a textarea fully). */
	private static String shown(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where a browser goes after a form: the page it was sent to, with its notice. */
	private String follow(MvcTestResult result, Cookie session) {
		assertThat(result).hasStatus3xxRedirection();
		return shown(mvc.get().uri(result.getResponse().getRedirectedUrl()).cookie(session).exchange());
	}

	/** Sets form fields, replacing what the page sent for them. */
	private static RequestPostProcessor set(String... namesAndValues) {
		return request -> {
			for (int i = 0; i < namesAndValues.length; i += 2) {
				request.setParameter(namesAndValues[i], namesAndValues[i + 1]);
			}
			return request;
		};
	}

	private StaffPrincipal staff(String email, Role role) {
		return staff(office, email, role);
	}

	private StaffPrincipal staff(UUID officeId, String email, Role role) {
		accounts.create(officeId, email, email, "staff-secret-4242", Set.of(role));
		return accounts.loadUserByUsername(email);
	}

	private static PartnerDetails details(String name, String email) {
		return new PartnerDetails(name, null, null, PartnerType.HOTEL, null, null, "37003", email, null, null, null);
	}

}
