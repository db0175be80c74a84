package fr.escale.partners.offers;

import java.util.List;

import fr.escale.partners.Partner;
import fr.escale.partners.PartnerSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The partner's offers, their freshness and its changes, on the staff's partner page and the pro dashboard. */
@Component
@Order(10)
class OfferSection implements PartnerSection {

	private final PartnerOffers offers;

	OfferSection(PartnerOffers offers) {
		this.offers = offers;
	}

	record Data(Partner partner, List<PartnerOffers.OwnOffer> offers, List<OfferChange> changes) {

		public long pending() {
			return changes.stream().filter(OfferChange::pending).count();
		}

	}

	@Override
	public String template() {
		return "partners/offers/fragments/section";
	}

	@Override
	public Object data(Partner partner) {
		return new Data(partner, offers.offersOf(partner.officeId(), partner.id()),
				offers.ofPartner(partner.officeId(), partner.id(), 20));
	}

}
