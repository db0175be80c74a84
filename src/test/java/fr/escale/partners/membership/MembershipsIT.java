package fr.escale.partners.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
 * Memberships: tiers, payments and their receipts, renewals, the directory and the accountant's
 * export. Each test runs in an office of its own, so receipt numbers and counts start afresh.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MembershipsIT {

	static final String EURO = "\u00a0€";

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
	Memberships memberships;

	@Autowired
	Tiers tiers;

	@Autowired
	JdbcClient jdbc;

	UUID office;

	StaffPrincipal manager;

	int year;

	LocalDate today;

	@BeforeEach
	void office() {
		var slug = "adhesions-" + UUID.randomUUID().toString().substring(0, 8);
		office = offices.first(slug, "Office de tourisme " + slug).id();
		manager = staff(office, Role.PARTNER_MANAGER);
		year = Memberships.currentYear();
		today = LocalDate.now(Memberships.ZONE);
	}

	@Test
	void aTierIsTypedInEurosAndOfferedToThePartnersOfItsTypes() {
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf())
			.param("name", "Hébergement").param("partnerTypes", "HOTEL").param("partnerTypes", "CAMPSITE")
			.param("fee", "120,50").param("visibility", "true").param("workshops", "true")
			.param("benefits", "Une page dans le guide").param("active", "true"))
			.hasRedirectedUrl("/partners/memberships/tiers");
		var lodging = tiers.byName(office, "Hébergement").orElseThrow();
		assertThat(lodging.feeCents()).isEqualTo(12050);
		assertThat(lodging.partnerTypes()).containsExactlyInAnyOrder(PartnerType.HOTEL, PartnerType.CAMPSITE);
		assertThat(lodging.visibility()).isTrue();
		assertThat(lodging.marketplace()).isFalse();
		var shops = tier("Commerce", 6000, PartnerType.SHOP);
		var anyone = tier("Tous partenaires", 8000);

		assertThat(tiers.defaultFor(office, PartnerType.HOTEL, null)).contains(lodging);
		assertThat(tiers.defaultFor(office, PartnerType.SHOP, null)).contains(shops);
		assertThat(tiers.defaultFor(office, PartnerType.RESTAURANT, null)).contains(anyone);

		// Tiers by size too: a small hotel is offered the small hotels' tier, a large one the lodging tier.
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf())
			.param("name", "Petits hébergements").param("partnerTypes", "HOTEL").param("fee", "90")
			.param("maxCapacity", "beaucoup").param("active", "true")).hasStatusOk().bodyText()
			.contains("Un nombre entier, au moins 1.", "Petits h");
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf()).param("ui", "en")
			.param("name", "Petits hébergements").param("partnerTypes", "HOTEL").param("fee", "90")
			.param("maxCapacity", "0").param("active", "true")).hasStatusOk().bodyText()
			.contains("A whole number, at least 1.");
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf())
			.param("name", "Petits hébergements").param("partnerTypes", "HOTEL").param("fee", "90")
			.param("maxCapacity", "15").param("active", "true")).hasRedirectedUrl("/partners/memberships/tiers");
		var small = tiers.byName(office, "Petits hébergements").orElseThrow();
		assertThat(small.maxCapacity()).isEqualTo(15);
		assertThat(tiers.defaultFor(office, PartnerType.HOTEL, 12)).contains(small);
		assertThat(tiers.defaultFor(office, PartnerType.HOTEL, 80)).contains(lodging);
		assertThat(tiers.defaultFor(office, PartnerType.HOTEL, null)).as("a hotel of unknown size").contains(lodging);
		assertThat(mvc.get().uri("/partners/memberships/tiers").with(user(manager))).bodyText()
			.contains("jusqu&#39;à 15 lits ou emplacements");

		assertThat(mvc.get().uri("/partners/memberships/tiers").with(user(manager))).hasStatusOk().bodyText()
			.contains("Hébergement", "120,50" + EURO, "Une page dans le guide", "Accès aux ateliers professionnels");
		assertThat(mvc.get().uri("/partners/memberships/tiers").with(user(manager)).param("ui", "en")).bodyText()
			.contains("€120.50");

		// The partner's page proposes the tier of its type.
		var hotel = partner("Hôtel de la Loire", PartnerType.HOTEL, "contact@loire.test");
		assertThat(mvc.get().uri("/partners/{id}", hotel.id()).with(user(manager))).hasStatusOk().bodyText()
			.contains("Adhésion " + year, "Pas d&#39;adhésion en " + year)
			.containsPattern("value=\"" + lodging.id() + "\"\\s+selected");
		assertThat(mvc.post().uri("/partners/{id}/memberships", hotel.id()).with(user(manager)).with(csrf())
			.param("year", String.valueOf(year)).param("tierId", lodging.id().toString())).hasStatus3xxRedirection();
		var membership = memberships.of(office, hotel.id(), year).orElseThrow();
		assertThat(membership.status()).isEqualTo(MembershipStatus.INVITED);
		assertThat(membership.feeCents()).isEqualTo(12050);
		assertThat(memberships.statusOf(office, hotel.id(), year)).contains(MembershipStatus.INVITED);

		// A later change of the tier's fee leaves the memberships already made alone.
		tiers.save(new Tier(lodging.id(), office, lodging.name(), lodging.partnerTypes(), 15000, true, true, false, null, true, null));
		assertThat(memberships.of(office, hotel.id(), year).orElseThrow().feeCents()).isEqualTo(12050);
		// One membership per partner and year.
		assertThat(mvc.post().uri("/partners/{id}/memberships", hotel.id()).with(user(manager)).with(csrf())
			.param("year", String.valueOf(year)).param("tierId", lodging.id().toString())).hasStatusOk().bodyText()
			.contains("Ce partenaire a déjà son adhésion " + year);
	}

	@Test
	void badInputIsExplainedInFrenchAndEnglishAndNothingTypedIsLost() {
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf())
			.param("name", "Restauration").param("fee", "abc").param("benefits", "Un apéritif des partenaires"))
			.hasStatusOk().bodyText()
			.contains("« abc » n&#39;est pas un montant en euros : par exemple 120 ou 120,50.")
			.contains("value=\"Restauration\"", "value=\"abc\"", "Un apéritif des partenaires");
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf()).param("ui", "en")
			.param("name", "Restauration").param("fee", "abc"))
			.bodyText().contains("&quot;abc&quot; is not an amount in euros");
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf())
			.param("name", "Restauration").param("fee", "-5"))
			.bodyText().contains("Un montant ne peut pas être négatif.", "value=\"-5\"");
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf()).param("ui", "en")
			.param("name", "").param("fee", "-5"))
			.bodyText().contains("An amount cannot be negative.", "This field is required.");
		assertThat(tiers.list(office)).isEmpty();

		var tier = tier("Hébergement", 12000, PartnerType.HOTEL);
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(manager)).with(csrf())
			.param("name", "hébergement").param("fee", "10"))
			.bodyText().contains("Une formule s&#39;appelle déjà « Hébergement »");

		var hotel = partner("Hôtel des Erreurs", PartnerType.HOTEL, null);
		var membership = memberships.create(office, hotel.id(), year, tier).orElseThrow();
		var url = "/partners/" + hotel.id() + "/memberships/" + membership.id() + "/payments";
		assertThat(mvc.post().uri(url).with(user(manager)).with(csrf())
			.param("amount", "12O").param("method", "CHEQUE").param("paidOn", "32/13/2026").param("reference", "CHQ 4411"))
			.hasStatusOk().bodyText()
			.contains("« 12O » n&#39;est pas un montant en euros", "« 32/13/2026 » n&#39;est pas une date : par exemple 15/03/2026.")
			.contains("value=\"12O\"", "value=\"32/13/2026\"", "value=\"CHQ 4411\"")
			.containsPattern("value=\"CHEQUE\"\\s+selected");
		assertThat(mvc.post().uri(url).with(user(manager)).with(csrf()).param("ui", "en")
			.param("amount", "-20").param("method", "BITCOIN").param("paidOn", "hier"))
			.bodyText().contains("A payment is a positive amount.", "&quot;hier&quot; is not a date", "Choose a payment method.");
		assertThat(mvc.post().uri("/partners/{id}/memberships", hotel.id()).with(user(manager)).with(csrf())
			.param("year", "l'an prochain").param("tierId", "aucune"))
			.hasStatusOk().bodyText().contains("Choisissez une année.", "Choisissez une formule.");
		assertThat(mvc.post().uri(url).with(user(manager)).with(csrf())
			.param("amount", "200").param("method", "CASH").param("paidOn", today.toString()))
			.bodyText().contains("Ce paiement dépasse le reste à payer, qui est de 120,00" + EURO);
		assertThat(mvc.post().uri(url).with(user(manager)).with(csrf())
			.param("amount", "20").param("method", "CASH").param("paidOn", today.plusDays(3).toString()))
			.bodyText().contains("Cette date est dans le futur");
		// PAID comes with payments, not by hand.
		assertThat(mvc.post().uri("/partners/{id}/memberships/{m}/status", hotel.id(), membership.id()).with(user(manager))
			.with(csrf()).param("status", "PAID")).hasStatusOk().bodyText()
			.contains("Le statut « Payée » vient avec les paiements : il reste 120,00" + EURO);
		assertThat(memberships.payments(office, membership.id())).isEmpty();
		assertThat(memberships.statusOf(office, hotel.id(), year)).contains(MembershipStatus.INVITED);
	}

	@Test
	void paymentsThatCoverTheFeeMakeAMemberAndEachGetsTheNextReceiptNumber() throws Exception {
		var tier = tier("Hébergement", 12000, PartnerType.HOTEL);
		var hotel = partner("Hôtel du Commerce", PartnerType.HOTEL, null);
		var membership = memberships.create(office, hotel.id(), year, tier).orElseThrow();
		var url = "/partners/" + hotel.id() + "/memberships/" + membership.id() + "/payments";

		assertThat(mvc.post().uri(url).with(user(manager)).with(csrf())
			.param("amount", "50").param("method", "CHEQUE").param("paidOn", today.toString()).param("reference", "CHQ 1"))
			.hasRedirectedUrl("/partners/" + hotel.id() + "/memberships");
		assertThat(memberships.statusOf(office, hotel.id(), year)).contains(MembershipStatus.PENDING);
		assertThat(memberships.isMember(office, hotel.id(), year)).isFalse();
		// A date typed by hand, French style, works as well as the date field's.
		var typed = today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + today.getYear();
		assertThat(mvc.post().uri(url).with(user(manager)).with(csrf())
			.param("amount", "70,00").param("method", "TRANSFER").param("paidOn", typed)).hasStatus3xxRedirection();
		assertThat(memberships.isMember(office, hotel.id(), year)).isTrue();
		assertThat(memberships.payments(office, membership.id())).extracting(Payment::receiptNumber)
			.containsExactly(today.getYear() + "-0001", today.getYear() + "-0002");

		assertThat(mvc.get().uri("/partners/{id}/memberships", hotel.id()).with(user(manager))).hasStatusOk().bodyText()
			.contains(today.getYear() + "-0001", today.getYear() + "-0002", "Payée", "CHQ 1", "Chèque", "Virement");
		assertThat(mvc.get().uri("/partners/memberships").with(user(manager))).bodyText()
			.contains("Hôtel du Commerce", "120,00" + EURO);

		// Payments recorded at the same moment never share a number.
		var tasks = new ArrayList<Callable<String>>();
		for (int i = 0; i < 8; i++) {
			var other = partner("Hôtel n°" + i, PartnerType.HOTEL, null);
			var id = memberships.create(office, other.id(), year, tier).orElseThrow().id();
			tasks.add(() -> memberships.recordPayment(office, id, 12000, PaymentMethod.CARD, today, null, "test")
				.receiptNumber());
		}
		List<String> numbers = new ArrayList<>();
		var pool = Executors.newFixedThreadPool(8);
		try {
			for (var future : pool.invokeAll(tasks)) {
				numbers.add(future.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(numbers).doesNotHaveDuplicates()
			.allMatch(number -> number.matches(today.getYear() + "-00(0[3-9]|10)"));
	}

	@Test
	void aReceiptIsAPdfWithItsNumberForStaffAndForItsOwnPartnerOnly() throws Exception {
		var tier = tier("Activités", 9000, PartnerType.ACTIVITY);
		var canoe = partners.create(office, new PartnerDetails("Canoë Loire", "SARL Canoë et Loire", "73350100000018",
				PartnerType.ACTIVITY, "2 quai des Marais", "37400", "37003", "canoe@loire.test", null, null, null));
		var membership = memberships.create(office, canoe.id(), year, tier).orElseThrow();
		var payment = memberships.recordPayment(office, membership.id(), 9000, PaymentMethod.TRANSFER, today, "VIR 77",
				"test");

		var staffPdf = mvc.get().uri("/partners/{id}/memberships/payments/{p}/receipt.pdf", canoe.id(), payment.id())
			.with(user(manager)).exchange();
		assertThat(staffPdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(text(staffPdf.getResponse().getContentAsByteArray()))
			.contains(payment.receiptNumber(), "SARL Canoë et Loire", "73350100000018", "2 quai des Marais", "Amboise",
					"Activités", "90,00", "Virement", "Reçu d'adhésion", String.valueOf(year));
		var english = mvc.get().uri("/partners/{id}/memberships/payments/{p}/receipt.pdf", canoe.id(), payment.id())
			.param("ui", "en").with(user(manager)).exchange();
		assertThat(text(english.getResponse().getContentAsByteArray()))
			.contains("Membership receipt no. " + payment.receiptNumber(), "Bank transfer", "€90.00");

		var session = proLogin(canoe, "camille@canoe.test");
		var own = mvc.get().uri("/pro/membership/receipts/{p}.pdf", payment.id()).cookie(session).exchange();
		assertThat(own).hasStatusOk().hasContentType("application/pdf");
		assertThat(text(own.getResponse().getContentAsByteArray())).contains(payment.receiptNumber());
		assertThat(mvc.get().uri("/pro/membership").cookie(session)).hasStatusOk().bodyText()
			.contains("Activités", "Payée", "Reçu n° " + payment.receiptNumber(), "/pro/membership/receipts/" + payment.id() + ".pdf");
		assertThat(mvc.get().uri("/pro").cookie(session)).bodyText().contains("Adhésion " + year, "Reçu n° " + payment.receiptNumber());

		// Another partner of the same office gets nothing of it, nor staff of another office.
		var other = partner("Vélos du Val", PartnerType.ACTIVITY, null);
		var theirs = proLogin(other, "dominique@velos.test");
		assertThat(mvc.get().uri("/pro/membership/receipts/{p}.pdf", payment.id()).cookie(theirs)).hasStatus(404);
		assertThat(mvc.get().uri("/pro/membership").cookie(theirs)).bodyText().doesNotContain(payment.receiptNumber())
			.contains("Vous n&#39;êtes pas adhérent en " + year);
		assertThat(mvc.get().uri("/partners/{id}/memberships/payments/{p}/receipt.pdf", other.id(), payment.id())
			.with(user(manager))).hasStatus(404);
		var elsewhere = staff(offices.first("ailleurs-" + UUID.randomUUID(), "Ailleurs").id(), Role.ADMINISTRATOR);
		assertThat(mvc.get().uri("/partners/{id}/memberships/payments/{p}/receipt.pdf", canoe.id(), payment.id())
			.with(user(elsewhere))).hasStatus(404);
		// Nor does a partner reach the staff's receipt.
		assertThat(mvc.get().uri("/partners/{id}/memberships/payments/{p}/receipt.pdf", canoe.id(), payment.id())
			.cookie(session)).hasStatus3xxRedirection();
	}

	@Test
	void aPartnerInvitedToRenewSaysYesFromItsProSpace() {
		var tier = tier("Commerce", 6000, PartnerType.SHOP);
		var shop = partner("Épicerie du Château", PartnerType.SHOP, null);
		var membership = memberships.create(office, shop.id(), year, tier).orElseThrow();
		var other = partner("Librairie du Pont", PartnerType.SHOP, null);
		var otherSession = proLogin(other, "jo@librairie.test");
		assertThat(mvc.post().uri("/pro/membership/{id}/accept", membership.id()).cookie(otherSession).with(csrf()))
			.hasStatus(404);
		assertThat(memberships.statusOf(office, shop.id(), year)).contains(MembershipStatus.INVITED);

		var session = proLogin(shop, "alex@epicerie.test");
		assertThat(mvc.get().uri("/pro/membership").cookie(session)).bodyText()
			.contains("Oui, nous renouvelons", "60,00" + EURO, "Invitée");
		assertThat(mvc.post().uri("/pro/membership/{id}/accept", membership.id()).cookie(session).with(csrf()))
			.hasRedirectedUrl("/pro/membership");
		assertThat(memberships.statusOf(office, shop.id(), year)).contains(MembershipStatus.PENDING);
		assertThat(mvc.get().uri("/pro/membership").cookie(session).param("ui", "en")).bodyText()
			.contains("Awaiting payment", "Balance", "€60.00").doesNotContain("Yes, we renew");
	}

	@Test
	void theRenewalCampaignInvitesLastYearsMembersOnceAndMailsEachOfThem() {
		var tier = tier("Hébergement", 12000, PartnerType.HOTEL);
		var next = year + 1;
		var withLogin = partner("Hôtel des Tanneurs", PartnerType.HOTEL, "accueil@tanneurs.test");
		// Mail goes to the people who can open the pro space: the manager has set a password.
		users.accept(users.invite(office, withLogin.id(), "gerant@tanneurs.test", "Gérant", "test").token(),
				"tanneurs-secret-2026");
		var withEmail = partner("Hôtel de la Gare", PartnerType.HOTEL, "contact@gare.test");
		var withoutEmail = partner("Hôtel Sans Courriel", PartnerType.HOTEL, null);
		var unpaid = partner("Hôtel Impayé", PartnerType.HOTEL, "impaye@hotel.test");
		for (var partner : List.of(withLogin, withEmail, withoutEmail)) {
			var membership = memberships.create(office, partner.id(), year, tier).orElseThrow();
			memberships.recordPayment(office, membership.id(), 12000, PaymentMethod.TRANSFER, today, null, "test");
		}
		memberships.create(office, unpaid.id(), year, tier);

		assertThat(mvc.get().uri("/partners/memberships/renewal").param("year", String.valueOf(next)).with(user(manager)))
			.hasStatusOk().bodyText()
			.contains("3 adhérent(s) de " + year + " à inviter pour " + next, "Hôtel des Tanneurs", "Hôtel Sans Courriel")
			.doesNotContain("Hôtel Impayé");
		assertThat(mailsOf(next)).isEmpty();

		var analyst = staff(office, Role.ANALYST);
		assertThat(mvc.post().uri("/partners/memberships/renewal").with(user(analyst)).with(csrf())
			.param("year", String.valueOf(next))).hasStatus(403);
		assertThat(memberships.ofYear(office, next, null)).isEmpty();

		// Through a real login, so that the page after the campaign tells what it did.
		var login = mvc.post().uri("/login").with(csrf()).param("username", manager.email())
			.param("password", "staff-secret-4242").exchange();
		var session = login.getResponse().getCookie("SESSION");
		assertThat(mvc.post().uri("/partners/memberships/renewal").cookie(session).with(csrf())
			.param("year", String.valueOf(next))).hasRedirectedUrl("/partners/memberships?year=" + next);
		assertThat(mvc.get().uri("/partners/memberships?year=" + next).cookie(session)).bodyText()
			.contains("3 partenaire(s) invité(s) à renouveler pour " + next + ", 2 e-mail(s) en partance.",
					"Sans adresse e-mail, à prévenir autrement : Hôtel Sans Courriel");
		assertThat(memberships.ofYear(office, next, null))
			.extracting(Membership::partnerName, Membership::status)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Hôtel de la Gare", MembershipStatus.INVITED),
					org.assertj.core.groups.Tuple.tuple("Hôtel des Tanneurs", MembershipStatus.INVITED),
					org.assertj.core.groups.Tuple.tuple("Hôtel Sans Courriel", MembershipStatus.INVITED));
		// The partner's users are written to; a partner without login, at its own address.
		var mails = mailsOf(next);
		assertThat(mails).extracting(Mail::recipient).containsExactlyInAnyOrder("gerant@tanneurs.test", "contact@gare.test");
		assertThat(mails).allSatisfy(mail -> assertThat(mail.text())
			.contains("/pro/membership", "120,00" + EURO, "Hébergement", String.valueOf(next)));
		assertThat(mails).extracting(Mail::subject).contains("Renouvellement de votre adhésion " + next + " : Hôtel de la Gare");

		// Twice is once.
		mvc.post().uri("/partners/memberships/renewal").with(user(manager)).with(csrf()).param("year", String.valueOf(next)).exchange();
		assertThat(mailsOf(next)).hasSize(2);
		assertThat(memberships.ofYear(office, next, null)).hasSize(3);
		assertThat(mvc.get().uri("/partners/memberships/renewal").param("year", String.valueOf(next)).with(user(manager)))
			.bodyText().contains("0 adhérent(s) de " + year);
	}

	@Test
	void theDirectoryListsPaidMembersAndTheExportGivesTheAccountantOneLinePerPaymentAndUnpaidMembership() {
		var tier = tier("Hébergement", 12050, PartnerType.HOTEL);
		var paid = partners.create(office, new PartnerDetails("Hôtel Payé", null, "44321870000013", PartnerType.HOTEL,
				"1 rue Nationale", "37000", "37261", "paye@hotel.test", "02 47 00 00 00", null, null));
		var unpaid = partner("Hôtel; Pas Payé", PartnerType.HOTEL, "pas@hotel.test");
		var membership = memberships.create(office, paid.id(), year, tier).orElseThrow();
		memberships.recordPayment(office, membership.id(), 10000, PaymentMethod.CHEQUE, today, "CHQ 12", "test");
		memberships.recordPayment(office, membership.id(), 2050, PaymentMethod.CASH, today, "=1+1", "test");
		memberships.create(office, unpaid.id(), year, tier);

		assertThat(mvc.get().uri("/partners/memberships/directory").with(user(manager))).hasStatusOk().bodyText()
			.contains("Hôtel Payé", "paye@hotel.test", "02 47 00 00 00", "Tours", "Hôtel")
			.doesNotContain("Pas Payé");
		assertThat(mvc.get().uri("/partners/memberships/directory").param("type", "CAMPSITE").with(user(manager)))
			.bodyText().doesNotContain("paye@hotel.test").contains("0 adhérent(s) affiché(s) sur 1");

		var export = mvc.get().uri("/partners/memberships/export.csv").param("year", String.valueOf(year))
			.with(user(manager)).exchange();
		assertThat(export).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		var bytes = export.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertThat(lines).containsExactly(
				"N° de reçu;Date;Partenaire;SIRET;Formule;Cotisation;Montant payé;Mode de paiement;Référence;Statut",
				today.getYear() + "-0001;" + fr(today) + ";Hôtel Payé;44321870000013;Hébergement;120,50;100,00;Chèque;CHQ 12;Payée",
				today.getYear() + "-0002;" + fr(today) + ";Hôtel Payé;44321870000013;Hébergement;120,50;20,50;Espèces;'=1+1;Payée",
				";;\"Hôtel; Pas Payé\";;Hébergement;120,50;0,00;;;Invitée");
		assertThat(new String(mvc.get().uri("/partners/memberships/export.csv").param("year", String.valueOf(year))
			.param("ui", "en").with(user(manager)).exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.contains("Receipt no.;Date;Partner", ";Cheque;CHQ 12;Paid");
	}

	@Test
	void unpaidMembershipsLapseOnceTheirYearIsOverOrWhenStaffCloseThem() {
		var tier = tier("Hébergement", 12000, PartnerType.HOTEL);
		var lastYear = partner("Hôtel d'Antan", PartnerType.HOTEL, null);
		var paidLastYear = partner("Hôtel Fidèle", PartnerType.HOTEL, null);
		var thisYear = partner("Hôtel d'Aujourd'hui", PartnerType.HOTEL, null);
		memberships.create(office, lastYear.id(), year - 1, tier);
		var paid = memberships.create(office, paidLastYear.id(), year - 1, tier).orElseThrow();
		memberships.recordPayment(office, paid.id(), 12000, PaymentMethod.CARD, today.minusYears(1), null, "test");
		memberships.create(office, thisYear.id(), year, tier);

		memberships.lapseBefore(year);
		assertThat(memberships.statusOf(office, lastYear.id(), year - 1)).contains(MembershipStatus.LAPSED);
		assertThat(memberships.statusOf(office, paidLastYear.id(), year - 1)).contains(MembershipStatus.PAID);
		assertThat(memberships.statusOf(office, thisYear.id(), year)).contains(MembershipStatus.INVITED);

		var analyst = staff(office, Role.ANALYST);
		assertThat(mvc.post().uri("/partners/memberships/lapse").with(user(analyst)).with(csrf())
			.param("year", String.valueOf(year))).hasStatus(403);
		assertThat(mvc.get().uri("/partners/memberships").with(user(manager))).bodyText()
			.contains("Marquer les impayées de " + year + " comme expirées");
		assertThat(mvc.post().uri("/partners/memberships/lapse").with(user(manager)).with(csrf())
			.param("year", String.valueOf(year))).hasRedirectedUrl("/partners/memberships?year=" + year);
		assertThat(memberships.statusOf(office, thisYear.id(), year)).contains(MembershipStatus.LAPSED);
		assertThat(mvc.get().uri("/partners/memberships").param("status", "LAPSED").with(user(manager))).bodyText()
			.contains("Hôtel d&#39;Aujourd&#39;hui", "Expirée");
	}

	@Test
	void staffOfAnotherOfficeSeeNothingAndAnAnalystReadsButNeverWrites() {
		var tier = tier("Hébergement", 12000, PartnerType.HOTEL);
		var hotel = partner("Hôtel Gardé", PartnerType.HOTEL, null);
		var membership = memberships.create(office, hotel.id(), year, tier).orElseThrow();
		var elsewhere = staff(offices.first("autre-" + UUID.randomUUID(), "Autre office").id(), Role.ADMINISTRATOR);

		assertThat(mvc.get().uri("/partners/{id}/memberships", hotel.id()).with(user(elsewhere))).hasStatus(404);
		assertThat(mvc.post().uri("/partners/{id}/memberships/{m}/payments", hotel.id(), membership.id())
			.with(user(elsewhere)).with(csrf()).param("amount", "120").param("method", "CASH")
			.param("paidOn", today.toString())).hasStatus(404);
		assertThat(mvc.post().uri("/partners/{id}/memberships/{m}/status", hotel.id(), membership.id())
			.with(user(elsewhere)).with(csrf()).param("status", "LAPSED")).hasStatus(404);
		assertThat(mvc.get().uri("/partners/memberships/tiers/{id}/edit", tier.id()).with(user(elsewhere))).hasStatus(404);
		assertThat(mvc.get().uri("/partners/memberships").with(user(elsewhere))).bodyText().doesNotContain("Hôtel Gardé");
		assertThat(mvc.get().uri("/partners/memberships/export.csv").with(user(elsewhere))).bodyText()
			.doesNotContain("Hôtel Gardé");
		// A membership reached through another partner's page is not found either.
		var neighbour = partner("Hôtel Voisin", PartnerType.HOTEL, null);
		assertThat(mvc.post().uri("/partners/{id}/memberships/{m}/status", neighbour.id(), membership.id())
			.with(user(manager)).with(csrf()).param("status", "LAPSED")).hasStatus(404);

		var analyst = staff(office, Role.ANALYST);
		assertThat(mvc.get().uri("/partners/memberships").with(user(analyst))).hasStatusOk().bodyText()
			.contains("Hôtel Gardé").doesNotContain("Marquer les impayées");
		assertThat(mvc.get().uri("/partners/{id}/memberships", hotel.id()).with(user(analyst))).hasStatusOk().bodyText()
			.doesNotContain("Enregistrer le paiement");
		assertThat(mvc.post().uri("/partners/{id}/memberships/{m}/payments", hotel.id(), membership.id())
			.with(user(analyst)).with(csrf()).param("amount", "120").param("method", "CASH")
			.param("paidOn", today.toString())).hasStatus(403);
		assertThat(mvc.post().uri("/partners/memberships/tiers/new").with(user(analyst)).with(csrf())
			.param("name", "Pirate").param("fee", "1")).hasStatus(403);
		assertThat(mvc.post().uri("/partners/{id}/memberships", hotel.id()).with(user(analyst)).with(csrf())
			.param("year", String.valueOf(year + 1)).param("tierId", tier.id().toString())).hasStatus(403);
		assertThat(memberships.payments(office, membership.id())).isEmpty();
		assertThat(tiers.list(office)).hasSize(1);
		assertThat(memberships.ofPartner(office, hotel.id())).hasSize(1);
	}

	record Mail(String recipient, String subject, String text) {
	}

	private List<Mail> mailsOf(int year) {
		return jdbc.sql("SELECT recipient, subject, text_body FROM platform.outgoing_mail WHERE office_id = ? AND topic = ?")
			.params(office, "membership-renewal:" + year)
			.query((row, i) -> new Mail(row.getString(1), row.getString(2), row.getString(3)))
			.list();
	}

	private Tier tier(String name, int feeCents, PartnerType... types) {
		return tiers.save(new Tier(null, office, name, Set.of(types), feeCents, true, true, false, null, true, null));
	}

	private Partner partner(String name, PartnerType type, String email) {
		return partners.create(office, new PartnerDetails(name, null, null, type, null, null, "37261", email, null, null, null));
	}

	private StaffPrincipal staff(UUID officeId, Role role) {
		var email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@adhesions.test";
		accounts.create(officeId, email, email, "staff-secret-4242", Set.of(role));
		return accounts.loadUserByUsername(email);
	}

	private Cookie proLogin(Partner partner, String email) {
		var invitation = users.invite(office, partner.id(), email, "Camille", "test");
		users.accept(invitation.token(), "adhesion-secret-2026");
		var login = mvc.post().uri("/pro/login").with(csrf()).param("username", email)
			.param("password", "adhesion-secret-2026").exchange();
		assertThat(login).hasRedirectedUrl("/pro");
		return login.getResponse().getCookie("SESSION");
	}

	private static String text(byte[] pdf) throws Exception {
		var reader = new PdfReader(pdf);
		try {
			var extractor = new PdfTextExtractor(reader);
			var text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			return text.toString().replace('\u00a0', ' ');
		}
		finally {
			reader.close();
		}
	}

	private static String fr(LocalDate date) {
		return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
	}

}
