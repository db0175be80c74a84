package fr.escale.partners.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import fr.escale.offices.DemoOffice;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.partners.DemoNetwork;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerDetails;
import fr.escale.partners.PartnerType;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start, after the demo partners, a quality plan that shows something: capacities for the
 * accommodation, stars for about half of it (two expiring soon), a few labels (one the office's
 * own, one for an offer), this year's support budget and three actions, the demo login's partner
 * among them. Awards expiring soon are noted as reminded: the demo mails no business.
 */
@Component
@Order(9)
class DemoQuality implements ApplicationRunner {


	private static final UUID CLEF_VERTE = UUID.fromString("6b1f0e52-3a37-4d0e-9d0f-000000000002");

	private static final UUID TOURISME_HANDICAP = UUID.fromString("6b1f0e52-3a37-4d0e-9d0f-000000000003");

	private static final UUID ACCUEIL_VELO = UUID.fromString("6b1f0e52-3a37-4d0e-9d0f-000000000004");

	private static final UUID VIGNOBLES = UUID.fromString("6b1f0e52-3a37-4d0e-9d0f-000000000005");

	private static final Pattern WINE = Pattern.compile("(?i)(domaine|cave|vin|vign|chai|ch[âa]teau)");

	private static final Logger log = LoggerFactory.getLogger(DemoQuality.class);

	private final DemoOffice demo;

	private final StaffAccounts staff;

	private final Partners partners;

	private final PartnerUsers users;

	private final QualityPlan plan;

	private final SupportActions actions;

	private final JdbcClient jdbc;

	DemoQuality(DemoOffice demo, StaffAccounts staff, Partners partners, PartnerUsers users, QualityPlan plan,
			SupportActions actions, JdbcClient jdbc) {
		this.demo = demo;
		this.staff = staff;
		this.partners = partners;
		this.users = users;
		this.plan = plan;
		this.actions = actions;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		if (office == null || jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM partners.award WHERE office_id = :office)
				    OR EXISTS (SELECT 1 FROM partners.support_action WHERE office_id = :office)""")
			.param("office", office.id())
			.query(Boolean.class)
			.single()) {
			return;
		}
		var random = new Random(37);
		var network = partners.list(office.id(), Partners.Filter.all()).stream()
			.map(partner -> withCapacity(partner, random))
			.toList();
		if (network.isEmpty()) {
			return;
		}
		var demoId = users.exists(DemoNetwork.LOGIN) ? users.loadUserByUsername(DemoNetwork.LOGIN).partnerId() : network.get(0).id();
		var demo = network.stream().filter(partner -> partner.id().equals(demoId)).findFirst().orElse(network.get(0));
		var today = QualitySection.today();

		// Stars for every other hotel, campsite and rental, the demo partner's first; chambres
		// d'hôtes are not classified in France. Two classifications of five years ago expire soon.
		var classifiable = new ArrayList<Partner>();
		if (classifiable(demo)) {
			classifiable.add(demo);
		}
		network.stream().filter(partner -> classifiable(partner) && partner != demo).forEach(classifiable::add);
		var classified = new ArrayList<Partner>();
		int expiring = 0;
		for (int i = 0; i < classifiable.size(); i += 2) {
			var partner = classifiable.get(i);
			LocalDate obtained;
			if (partner != demo && expiring < 2) {
				obtained = today.plusMonths(expiring == 0 ? 2 : 5).minus(Award.CLASSIFICATION_VALIDITY);
				expiring++;
			}
			else {
				obtained = today.minusDays(365 + random.nextInt(3 * 365));
			}
			int stars = partner.type() == PartnerType.HOLIDAY_RENTAL ? 1 + random.nextInt(4) : 2 + random.nextInt(3);
			plan.award(partner, new Award.Draft(Award.Kind.CLASSIFICATION, stars, null, null, obtained,
					obtained.plus(Award.CLASSIFICATION_VALIDITY)));
			classified.add(partner);
		}

		// Labels where they make sense, and the office's own one for the demo partner.
		var labelled = new HashSet<UUID>();
		var touraine = plan.labels(office.id()).stream()
			.filter(label -> label.name().equalsIgnoreCase("Qualité Touraine"))
			.findFirst()
			.orElseGet(() -> plan.addLabel(office.id(), "Qualité Touraine", 3));
		label(demo, touraine.id(), null, today.minusMonths(10), 3, labelled);
		pick(network, labelled, partner -> partner.type() == PartnerType.RESTAURANT)
			.ifPresent(partner -> label(partner, touraine.id(), null, today.minusMonths(20), 3, labelled));
		for (var type : List.of(PartnerType.CAMPSITE, PartnerType.BED_AND_BREAKFAST, PartnerType.HOTEL)) {
			pick(network, labelled, partner -> partner.type() == type)
				.ifPresent(partner -> label(partner, ACCUEIL_VELO, null, today.minusMonths(8 + random.nextInt(20)), 3, labelled));
		}
		pick(network, labelled, partner -> partner.type() == PartnerType.CAMPSITE || partner.type() == PartnerType.HOTEL)
			.ifPresent(partner -> label(partner, CLEF_VERTE, null, today.minusMonths(3), 1, labelled));
		pick(network, labelled, partner -> WINE.matcher(partner.name()).find())
			.or(() -> pick(network, labelled, partner -> partner.type() == PartnerType.RESTAURANT))
			.ifPresent(partner -> label(partner, VIGNOBLES, null, today.minusMonths(14), 3, labelled));
		// Tourisme & Handicap is given to a place, here a site's first offer.
		var accessible = pick(network, labelled, partner -> partner.type() == PartnerType.SITE)
			.or(() -> pick(network, labelled, partner -> partner.type() == PartnerType.ACTIVITY));
		accessible.ifPresent(partner -> label(partner, TOURISME_HANDICAP,
				partners.offerIds(office.id(), partner.id()).stream().findFirst().orElse(null), today.minusMonths(26), 5,
				labelled));

		// This year's budget and what was spent of it so far, recorded by the office's administrator.
		var recordedBy = staff.of(office.id()).stream()
			.filter(member -> member.roles().contains(Role.ADMINISTRATOR))
			.map(StaffAccounts.Member::email)
			.findFirst()
			.orElse("admin@escale.local");
		actions.setBudget(office.id(), today.getYear(), 500_000);
		var days = today.getDayOfYear() - 1;
		var visited = classified.contains(demo) ? demo : classified.isEmpty() ? null : classified.get(classified.size() - 1);
		if (visited != null) {
			actions.record(visited, new SupportAction.Draft("Visite de classement",
					"Visite de l'organisme accrédité prise en charge par l'office", 25_000, today.minusDays(days * 8 / 10)),
					recordedBy);
		}
		if (visited != demo) {
			actions.record(demo, new SupportAction.Draft("Accompagnement Qualité Touraine",
					"Visite conseil et restitution avant l'attribution de la marque", 18_000, today.minusDays(days * 5 / 10)),
					recordedBy);
		}
		accessible.ifPresent(partner -> actions.record(partner, new SupportAction.Draft("Pré-visite Tourisme & Handicap",
				"Diagnostic accessibilité avec un évaluateur de l'ADT Touraine", 32_000, today.minusDays(days * 2 / 10)),
				recordedBy));
		if (visited == demo || visited == null || accessible.isEmpty()) {
			pick(network, Set.of(demo.id()), partner -> labelled.contains(partner.id()))
				.ifPresent(partner -> actions.record(partner, new SupportAction.Draft("Atelier photos",
						"Séance avec un photographe pour renouveler les visuels de l'offre", 15_000,
						today.minusDays(days * 3 / 10)), recordedBy));
		}

		// Whoever is due a reminder was reminded: the reminders job mails no demo business.
		jdbc.sql("""
				UPDATE partners.award SET reminded_at = now(),
				       last_reminded_at = CASE WHEN expires_on <= :last THEN now() END
				WHERE office_id = :office AND expires_on <= :warning""")
			.param("office", office.id())
			.param("warning", today.plus(Award.WARNING))
			.param("last", today.plus(QualityPlan.LAST_REMINDER))
			.update();
		log.info("Demo quality plan: {} of {} hotels, campsites and rentals classified, {} partners labelled, {} support actions",
				classified.size(), classifiable.size(), labelled.size(), actions.ofYear(office.id(), today.getYear()).size());
	}

	private static boolean classifiable(Partner partner) {
		return partner.type().isAccommodation() && partner.type() != PartnerType.BED_AND_BREAKFAST;
	}

	/** The accommodation's beds or pitches, believable for its kind, where none is recorded. */
	private Partner withCapacity(Partner partner, Random random) {
		var details = partner.details();
		if (!partner.type().isAccommodation() || details.capacity() != null) {
			return partner;
		}
		int capacity = switch (partner.type()) {
			case HOTEL -> 40 + 2 * random.nextInt(41);
			case CAMPSITE -> 50 + random.nextInt(101);
			case BED_AND_BREAKFAST -> 4 + random.nextInt(12);
			default -> 2 + random.nextInt(7);
		};
		return partners.update(partner.officeId(), partner.id(),
				new PartnerDetails(details.name(), details.legalName(), details.siret(), details.type(), details.street(),
						details.postalCode(), details.communeCode(), details.email(), details.phone(), details.website(),
						capacity));
	}

	private static Optional<Partner> pick(List<Partner> network, Set<UUID> excluded, Predicate<Partner> fits) {
		return network.stream().filter(partner -> !excluded.contains(partner.id()) && fits.test(partner)).findFirst();
	}

	private void label(Partner partner, UUID labelId, UUID offerId, LocalDate obtained, int years, Set<UUID> labelled) {
		plan.award(partner, new Award.Draft(Award.Kind.LABEL, null, labelId, offerId, obtained, obtained.plusYears(years)));
		labelled.add(partner.id());
	}

}
