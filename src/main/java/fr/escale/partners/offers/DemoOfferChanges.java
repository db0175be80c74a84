package fr.escale.partners.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fr.escale.catalog.LocalizedText;
import fr.escale.catalog.Offer;
import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.Period;
import fr.escale.catalog.Price;
import fr.escale.catalog.StoredOffer;
import fr.escale.offices.DemoOffice;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.partners.DemoNetwork;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerType;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import fr.escale.partners.offers.OfferChange.Status;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start, after the demo partners, changes to their offers so that staff see both sides of
 * the validation: one waiting from the demo login (an English description, next season's price),
 * one accepted (next season's opening hours, now in the catalogue) and one rejected with the
 * office's comment. Decided ones are closed directly: deciding through {@link PartnerOffers} would
 * mail the businesses the demo borrows.
 */
@Component
@Order(10)
class DemoOfferChanges implements ApplicationRunner {


	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final DemoOffice demo;

	private final Partners partners;

	private final PartnerUsers users;

	private final StaffAccounts staff;

	private final OfferCatalog catalog;

	private final PartnerOffers partnerOffers;

	private final OfferChanges changes;

	private final JdbcClient jdbc;

	DemoOfferChanges(DemoOffice demo, Partners partners, PartnerUsers users,
			StaffAccounts staff, OfferCatalog catalog, PartnerOffers partnerOffers, OfferChanges changes,
			JdbcClient jdbc) {
		this.demo = demo;
		this.partners = partners;
		this.users = users;
		this.staff = staff;
		this.catalog = catalog;
		this.partnerOffers = partnerOffers;
		this.changes = changes;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		if (office == null
				|| jdbc.sql("SELECT EXISTS (SELECT 1 FROM partners.offer_change WHERE office_id = ?)").param(office.id())
					.query(Boolean.class).single()) {
			return;
		}
		var network = partners.list(office.id(), Partners.Filter.all());
		var manager = staff.of(office.id()).stream()
			.filter(member -> member.roles().contains(Role.ADMINISTRATOR) || member.roles().contains(Role.PARTNER_MANAGER))
			.map(StaffAccounts.Member::email)
			.findFirst()
			.orElse(null);
		if (network.isEmpty() || manager == null || !users.exists(DemoNetwork.LOGIN)) {
			return;
		}
		var demoPartner = users.loadUserByUsername(DemoNetwork.LOGIN).partnerId();
		var first = network.stream().filter(partner -> partner.id().equals(demoPartner)).findFirst().orElse(null);
		// Others have no login: their change comes from the business's own (unreachable) address.
		var others = network.stream()
			.filter(partner -> !partner.id().equals(demoPartner) && partner.email() != null)
			.filter(partner -> !partners.offerIds(office.id(), partner.id()).isEmpty())
			.toList();
		if (first == null || partners.offerIds(office.id(), first.id()).isEmpty() || others.size() < 2) {
			return;
		}
		// The coming season: this year's until the summer is over, then next year's.
		var season = LocalDate.now(ZONE).plusMonths(4).getYear();

		// Opening hours: what a visitor needs first, so a site or an activity is the one that sent them.
		var opened = others.stream()
			.filter(partner -> partner.type() == PartnerType.SITE || partner.type() == PartnerType.ACTIVITY)
			.findFirst()
			.orElse(others.get(0));
		var openedStored = offerOf(office.id(), opened);
		var openedOffer = openedStored.offer();
		var hours = new ArrayList<>(openedOffer.openingPeriods());
		hours.add(new Period(LocalDate.of(season, 4, 1), LocalDate.of(season, 11, 1), LocalTime.of(10, 0),
				LocalTime.of(18, 30), EnumSet.complementOf(EnumSet.of(DayOfWeek.MONDAY)),
				LocalizedText.of("fr", "Saison " + season + " : fermé le lundi sauf jours fériés")));
		decided(office.id(), opened, openedStored, with(openedOffer, openedOffer.description(), hours, openedOffer.prices()),
				Status.ACCEPTED, manager, "Merci, vos horaires de la saison " + season + " sont en ligne.", 12);

		// A restaurant, rather, that calls itself the best in the region: the office's style guide says no.
		var candidates = others.stream().filter(partner -> !partner.id().equals(opened.id())).toList();
		var boasted = candidates.stream()
			.filter(partner -> partner.type() == PartnerType.RESTAURANT)
			.findFirst()
			.orElse(candidates.get(0));
		var boastedStored = offerOf(office.id(), boasted);
		var boastedOffer = boastedStored.offer();
		var boast = "Tout simplement la meilleure adresse de Touraine, à ne manquer sous aucun prétexte !";
		var french = boastedOffer.description().exactly("fr");
		decided(office.id(), boasted, boastedStored,
				with(boastedOffer, boastedOffer.description().with("fr", french == null ? boast : french + "\n\n" + boast),
						boastedOffer.openingPeriods(), boastedOffer.prices()),
				Status.REJECTED, manager, """
						Merci pour ce complément. La charte éditoriale de l'office exclut superlatifs et comparaisons : \
						nous ne pouvons pas publier « la meilleure adresse de Touraine ». Décrivez plutôt ce qui vous \
						distingue (produits, accueil, cadre) et renvoyez-nous la modification.""", 6);

		// The demo login's change waits: what a newcomer validates first.
		var own = offerOf(office.id(), first);
		var offer = own.offer();
		var submitted = partnerOffers.submit(office.id(), first.id(), own.id(),
				with(offer, inEnglish(offer, first.type()), offer.openingPeriods(), nextSeason(offer.prices(), first.type())),
				DemoNetwork.LOGIN);
		submitted.ifPresent(change -> jdbc.sql("UPDATE partners.offer_change SET submitted_at = now() - interval '20 hours' WHERE id = ?")
			.param(change.id())
			.update());
	}

	private StoredOffer offerOf(UUID officeId, Partner partner) {
		return catalog.find(officeId, partners.offerIds(officeId, partner.id()).get(0)).orElseThrow();
	}

	private static Offer with(Offer offer, LocalizedText description, List<Period> periods, List<Price> prices) {
		return OfferEditor.with(offer, offer.shortDescription(), description, periods, prices, offer.contacts(),
				offer.media());
	}

	/**
	 * A change submitted by the partner some days ago and decided the next day, as deciding would
	 * close it, without the mail to the business.
	 */
	private void decided(UUID officeId, Partner partner, StoredOffer before, Offer after, Status status,
			String manager, String comment, int daysAgo) {
		var change = changes.submit(officeId, partner.id(), before.id(), before.offer(), after, partner.email());
		changes.decide(officeId, change.id(), status, manager, comment);
		if (status == Status.ACCEPTED) {
			catalog.revise(officeId, before.id(), after,
					"partner:" + partner.email() + " / " + manager);
		}
		jdbc.sql("""
				UPDATE partners.offer_change SET submitted_at = now() - make_interval(days => ?),
				       decided_at = now() - make_interval(days => ?) + interval '3 hours'
				WHERE id = ?""")
			.params(daysAgo, daysAgo - 1, change.id())
			.update();
	}

	/** The description in English the offer lacks (else its short one), as the business would write it. */
	private static LocalizedText inEnglish(Offer offer, PartnerType type) {
		var what = switch (type) {
			case HOTEL -> "quiet rooms and a breakfast of local produce";
			case CAMPSITE -> "shaded pitches and mobile homes a short walk from the river";
			case HOLIDAY_RENTAL -> "a fully equipped holiday rental, for a weekend or a week";
			case BED_AND_BREAKFAST -> "guest rooms in a family home, with a home-made breakfast";
			case RESTAURANT -> "seasonal cooking with produce from nearby farms and wines of Touraine";
			case ACTIVITY -> "outings for all ages, on booking";
			case SITE -> "a visit for all ages, with an English leaflet";
			default -> "local products and wines of the Loire Valley";
		};
		var where = Objects.requireNonNullElse(offer.address().communeName(), "Touraine");
		var text = offer.name().get("fr") + " welcomes you in " + where + ", in the heart of the Loire Valley: " + what
				+ ". The châteaux and the Loire à Vélo cycle route are close by. We speak English: do not hesitate to ask us"
				+ " for advice.";
		return offer.description().exactly("en") == null ? offer.description().with("en", text) : offer.description();
	}

	/**
	 * Next season's rates: the first price a little higher, or the price the business never gave.
	 */
	private static List<Price> nextSeason(List<Price> prices, PartnerType type) {
		if (!prices.isEmpty() && prices.get(0).min() != null) {
			var current = prices.get(0);
			var raised = new ArrayList<>(prices);
			raised.set(0, new Price(raise(current.min()), current.max() == null ? null : raise(current.max()),
					current.currency(), current.description(), current.policy()));
			return raised;
		}
		var label = switch (type) {
			case HOTEL -> "Chambre double";
			case CAMPSITE -> "Emplacement 2 personnes";
			case HOLIDAY_RENTAL -> "Semaine en haute saison";
			case BED_AND_BREAKFAST -> "Chambre 2 personnes, petit-déjeuner compris";
			case RESTAURANT -> "Menu du jour";
			default -> "Plein tarif adulte";
		};
		var amount = switch (type) {
			case HOTEL -> "89";
			case CAMPSITE -> "24.50";
			case HOLIDAY_RENTAL -> "450";
			case BED_AND_BREAKFAST -> "85";
			case RESTAURANT -> "19.50";
			default -> "12";
		};
		var added = new ArrayList<>(prices);
		added.add(new Price(new BigDecimal(amount), new BigDecimal(amount), "EUR", LocalizedText.of("fr", label), null));
		return added;
	}

	/** About 5 % more, to the euro above. */
	private static BigDecimal raise(BigDecimal amount) {
		return amount.multiply(new BigDecimal("1.05")).setScale(0, RoundingMode.CEILING).setScale(2);
	}

}
