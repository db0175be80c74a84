package fr.escale.partners.membership;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import fr.escale.offices.DemoOffice;
import fr.escale.partners.DemoNetwork;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerType;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start, after the demo partners, three tiers and two years of memberships: last year's
 * mostly paid, this year's for about two thirds of the partners, most paid, some waiting for their
 * payment, some not answered yet. The demo login's partner has paid this year, so the pro space
 * shows its receipt. Written through {@link Memberships}' methods that send no mail (invitations
 * and renewal campaigns are left to staff), payments in the order of their dates, so that receipt
 * numbers follow them.
 */
@Component
@Order(8)
class DemoMemberships implements ApplicationRunner {


	private static final String RECORDED_BY = "Escale (demo)";

	private final DemoOffice demo;

	private final Partners partners;

	private final PartnerUsers users;

	private final Tiers tiers;

	private final Memberships memberships;

	DemoMemberships(DemoOffice demo, Partners partners, PartnerUsers users, Tiers tiers,
			Memberships memberships) {
		this.demo = demo;
		this.partners = partners;
		this.users = users;
		this.tiers = tiers;
		this.memberships = memberships;
	}

	/** A payment to record once every membership is made, so that all of them go in the order of their dates. */
	private record Due(Membership membership, int amountCents, PaymentMethod method, LocalDate paidOn, String reference) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		if (office == null
				|| !tiers.list(office.id()).isEmpty()) {
			return;
		}
		var officeId = office.id();
		var network = partners.list(officeId, Partners.Filter.all());
		if (network.isEmpty()) {
			return;
		}
		var lodging = tiers.save(new Tier(null, officeId, "Hébergement",
				Set.of(PartnerType.HOTEL, PartnerType.CAMPSITE, PartnerType.HOLIDAY_RENTAL, PartnerType.BED_AND_BREAKFAST),
				15000, true, true, true,
				"Une page dans le guide de destination et sur le site, les ateliers de l'office, la vente en ligne de vos séjours.",
				true, null));
		var small = tiers.save(new Tier(null, officeId, "Petit hébergement",
				Set.of(PartnerType.HOTEL, PartnerType.CAMPSITE, PartnerType.HOLIDAY_RENTAL, PartnerType.BED_AND_BREAKFAST),
				9000, true, true, true,
				"Pour les chambres d'hôtes et les gîtes jusqu'à 15 lits : la page dans le guide, les ateliers et la vente en ligne.",
				true, 15));
		var leisure = tiers.save(new Tier(null, officeId, "Restaurants et activités",
				Set.of(PartnerType.RESTAURANT, PartnerType.ACTIVITY, PartnerType.SITE, PartnerType.SHOP), 8000, true, true,
				false, "Une page dans le guide de destination et sur le site, les ateliers de l'office.", true, null));

		var demoPartner = users.exists(DemoNetwork.LOGIN) ? users.loadUserByUsername(DemoNetwork.LOGIN).partnerId() : network.get(0).id();
		var first = network.stream().filter(partner -> partner.id().equals(demoPartner)).findFirst().orElse(network.get(0));
		var others = new ArrayList<>(network.stream().filter(partner -> !partner.id().equals(first.id())).toList());
		var random = new Random(37);
		Collections.shuffle(others, random);
		int members = Math.max(1, Math.round(network.size() * 2 / 3f));
		var thisYear = others.subList(0, Math.min(others.size(), members - 1));
		var notRenewed = others.subList(thisYear.size(), others.size());

		int year = Memberships.currentYear();
		var today = LocalDate.now(Memberships.ZONE);
		var payments = new ArrayList<Due>();

		// Last year: the demo partner and most of this year's members paid; two paid and did not renew, one never paid.
		var lastYear = new ArrayList<Partner>();
		lastYear.add(first);
		for (int i = 0; i < thisYear.size(); i++) {
			if (i % 7 != 3) { // every seventh is a newcomer this year
				lastYear.add(thisYear.get(i));
			}
		}
		lastYear.addAll(notRenewed.subList(0, Math.min(2, notRenewed.size())));
		var lastYearStart = LocalDate.of(year - 1, 1, 2);
		for (var partner : lastYear) {
			var membership = memberships.create(officeId, partner.id(), year - 1, tierOf(partner, lodging, small, leisure))
				.orElseThrow();
			var day = dayBetween(lastYearStart, lastYearStart.plusMonths(6), random);
			payments.add(partner == first ? transfer(membership, day, partner) : paid(membership, day, partner, random));
		}
		if (notRenewed.size() > 2) {
			var never = notRenewed.get(2);
			var membership = memberships.create(officeId, never.id(), year - 1, tierOf(never, lodging, small, leisure))
				.orElseThrow();
			memberships.changeStatus(officeId, membership.id(), MembershipStatus.LAPSED);
		}

		// This year: most paid, some said yes and have not paid all yet, some not answered yet.
		var start = today.isAfter(LocalDate.of(year, 1, 2)) ? LocalDate.of(year, 1, 2) : today;
		var demoMembership = memberships.create(officeId, first.id(), year, tierOf(first, lodging, small, leisure))
			.orElseThrow();
		payments.add(transfer(demoMembership, dayBetween(start, today, random), first));
		for (int i = 0; i < thisYear.size(); i++) {
			var partner = thisYear.get(i);
			var membership = memberships.create(officeId, partner.id(), year, tierOf(partner, lodging, small, leisure))
				.orElseThrow();
			switch (i % 6) {
				case 4 -> {
					if (i % 12 == 4) {
						memberships.accept(officeId, partner.id(), membership.id());
					}
					else { // a first half by cheque: pending until the rest comes
						payments.add(new Due(membership, membership.feeCents() / 2, PaymentMethod.CHEQUE,
								dayBetween(start, today, random), cheque(random)));
					}
				}
				case 5 -> {
					// Invited: the office asked, the partner has not answered yet.
				}
				default -> payments.add(paid(membership, dayBetween(start, today, random), partner, random));
			}
		}

		payments.sort(Comparator.comparing(Due::paidOn));
		for (var due : payments) {
			memberships.recordPayment(officeId, due.membership().id(), due.amountCents(), due.method(), due.paidOn(),
					due.reference(), RECORDED_BY);
		}
	}

	/** The tier a partner of this kind takes: the small one for guest rooms and gîtes of up to 15 beds. */
	private static Tier tierOf(Partner partner, Tier lodging, Tier small, Tier leisure) {
		var type = partner.type();
		if (!type.isAccommodation()) {
			return leisure;
		}
		boolean smallKind = type == PartnerType.BED_AND_BREAKFAST || type == PartnerType.HOLIDAY_RENTAL;
		return smallKind && small.fits(partner.details().capacity()) ? small : lodging;
	}

	/** The whole fee, by transfer for half of them, by cheque for a third, by card at the desk for the rest. */
	private static Due paid(Membership membership, LocalDate day, Partner partner, Random random) {
		int draw = random.nextInt(6);
		if (draw < 3) {
			return transfer(membership, day, partner);
		}
		if (draw < 5) {
			return new Due(membership, membership.feeCents(), PaymentMethod.CHEQUE, day, cheque(random));
		}
		return new Due(membership, membership.feeCents(), PaymentMethod.CARD, day, null);
	}

	private static Due transfer(Membership membership, LocalDate day, Partner partner) {
		// As a bank writes it: capitals, no accents nor punctuation, cut short.
		var name = Normalizer.normalize(partner.name(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toUpperCase(Locale.ROOT)
			.replaceAll("[^A-Z0-9]+", " ")
			.trim();
		return new Due(membership, membership.feeCents(), PaymentMethod.TRANSFER, day,
				"VIR ADHESION " + membership.year() + " " + (name.length() > 24 ? name.substring(0, 24).trim() : name));
	}

	private static String cheque(Random random) {
		return "Chèque n° " + (1_000_000 + random.nextInt(9_000_000));
	}

	/** A weekday between the two dates, most of them early: members pay in the first weeks of the campaign. */
	private static LocalDate dayBetween(LocalDate from, LocalDate to, Random random) {
		long days = Math.max(0, ChronoUnit.DAYS.between(from, to));
		double early = random.nextDouble();
		var day = from.plusDays(Math.round(days * early * early));
		while ((day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) && day.isAfter(from)) {
			day = day.minusDays(1);
		}
		return day;
	}

}
