package fr.escale.partners.membership;

import java.util.List;

import fr.escale.partners.Partner;
import fr.escale.partners.PartnerSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The partner's membership of this year, on the staff's partner page and on the partner's dashboard. */
@Component
@Order(20)
class MembershipSection implements PartnerSection {

	private final Memberships memberships;

	private final Tiers tiers;

	MembershipSection(Memberships memberships, Tiers tiers) {
		this.memberships = memberships;
		this.tiers = tiers;
	}

	/**
	 * @param current this year's membership, or null
	 * @param defaultTier the tier staff would propose, or null when the office has none yet
	 */
	record Data(Partner partner, int year, Membership current, List<Payment> payments, List<Tier> tiers,
			Tier defaultTier) {
	}

	@Override
	public String template() {
		return "partners/membership/fragments/section";
	}

	@Override
	public Object data(Partner partner) {
		int year = Memberships.currentYear();
		var current = memberships.of(partner.officeId(), partner.id(), year);
		return new Data(partner, year, current.orElse(null),
				current.map(membership -> memberships.payments(partner.officeId(), membership.id())).orElse(List.of()),
				tiers.active(partner.officeId()), tiers.defaultFor(partner.officeId(), partner.type(), partner.details().capacity()).orElse(null));
	}

}
