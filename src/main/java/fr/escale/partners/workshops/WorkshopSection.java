package fr.escale.partners.workshops;

import java.time.Instant;
import java.util.List;

import fr.escale.partners.Partner;
import fr.escale.partners.PartnerSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The partner's sessions on its staff page and its pro dashboard: those to come and its training history. */
@Component
@Order(40)
class WorkshopSection implements PartnerSection {

	private final Workshops workshops;

	WorkshopSection(Workshops workshops) {
		this.workshops = workshops;
	}

	record Sessions(List<Workshops.PartnerSession> coming, List<Workshops.PartnerSession> history) {
	}

	@Override
	public String template() {
		return "partners/workshops/fragments/section";
	}

	@Override
	public Object data(Partner partner) {
		var now = Instant.now();
		return new Sessions(workshops.comingFor(partner.officeId(), partner.id(), now),
				workshops.history(partner.officeId(), partner.id(), now));
	}

}
