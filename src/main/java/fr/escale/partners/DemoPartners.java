package fr.escale.partners;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.offices.DemoOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On first start, after the demo destination is loaded, makes partners of the businesses its
 * offers name as contacts, with their offers, and gives the first one a login to the pro space,
 * so that a newcomer sees both sides of the network. Not when ESCALE_DEMO=false, never twice.
 */
@Component
@Order(6)
class DemoPartners implements ApplicationRunner {


	private static final int PARTNERS = 40;

	private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

	private final DemoOffice demo;

	private final OfferCatalog catalog;

	private final Partners partners;

	private final PartnerUsers users;

	DemoPartners(DemoOffice demo, OfferCatalog catalog, Partners partners,
			PartnerUsers users) {
		this.demo = demo;
		this.catalog = catalog;
		this.partners = partners;
		this.users = users;
	}

	/**
	 * The business's address made one no mail can reach (RFC 2606): these are real businesses, and a
	 * newsletter tried on the demo must not land in their inbox.
	 */
	static String unreachable(String email) {
		return email == null ? null : email.replace('@', '.') + "@demo.invalid";
	}

	@Override
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		if (office == null
				|| !partners.list(office.id(), Partners.Filter.all()).isEmpty()) {
			return;
		}
		Partner first = null;
		var linked = new HashSet<UUID>();
		var names = new HashSet<String>();
		int made = 0;
		for (var proposal : catalog.contactProposals(office.id(), List.of())) {
			// A business, not an event; an offer is run by one partner only.
			var offers = catalog.summaries(office.id(), proposal.offerIds()).stream()
				.filter(offer -> !linked.contains(offer.id()))
				.toList();
			var type = offers.isEmpty() ? PartnerType.OTHER : PartnerType.ofOffer(offers.get(0).types());
			// One partner per business, though its offers may name it with two addresses.
			if (type == PartnerType.OTHER || made == PARTNERS || !names.add(proposal.name().toLowerCase(Locale.ROOT))) {
				continue;
			}
			var partner = partners.create(office.id(), new PartnerDetails(proposal.name(), null, null, type, null, null,
					proposal.communeCode(), unreachable(proposal.email()), proposal.phone(), proposal.website(), null));
			var ids = offers.stream().map(OfferSummary::id).toList();
			partners.link(office.id(), partner.id(), ids);
			linked.addAll(ids);
			made++;
			first = first == null ? partner : first;
		}
		if (first == null || users.exists(DemoNetwork.LOGIN)) {
			return;
		}
		var bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var invitation = users.invite(office.id(), first.id(), DemoNetwork.LOGIN, "Démo", "Escale (demo)");
		users.accept(invitation.token(), password);
		log.warn("""

				==============================================================
				 Demo partner "{}" can log into /pro as: {}
				 Password (shown once): {}
				==============================================================""", first.name(), DemoNetwork.LOGIN, password);
	}

}
