package fr.escale.partners.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.escale.partners.Partner;

/**
 * A partner's classifications, labels and the office's support actions for it, as its section on
 * the staff page, its dashboard and its quality page show them.
 *
 * @param offerNames the names of the offers awards are for
 */
record PartnerQuality(Partner partner, List<Award> awards, List<SupportAction> actions, Map<UUID, String> offerNames,
		LocalDate today) {

	public boolean classifiable() {
		return partner.type().isAccommodation();
	}

	public List<Award> expiringSoon() {
		return awards.stream().filter(award -> award.expiresSoon(today)).toList();
	}

}
