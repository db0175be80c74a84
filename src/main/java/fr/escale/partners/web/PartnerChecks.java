package fr.escale.partners.web;

import java.util.Optional;
import java.util.UUID;

import fr.escale.partners.Partners;
import fr.escale.partners.Siret;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a partner's form and a CSV line must pass beyond their fields: a real SIRET not held by
 * another partner of the office, a commune that exists.
 */
@Component
class PartnerChecks {

	private final Partners partners;

	private final Communes communes;

	PartnerChecks(Partners partners, Communes communes) {
		this.partners = partners;
		this.communes = communes;
	}

	/** Checks the form and answers the commune it names, if any. */
	Optional<Commune> check(PartnerForm form, UUID officeId, UUID partnerId, Errors errors) {
		if (form.siret() != null && !form.siret().isBlank() && !errors.hasFieldErrors("siret")) {
			if (!Siret.isValid(form.siret())) {
				errors.rejectValue("siret", "partner.error.siret");
			}
			else {
				partners.bySiret(officeId, form.siret())
					.filter(other -> !other.id().equals(partnerId))
					.ifPresent(other -> errors.rejectValue("siret", "partner.error.siretTaken",
							new Object[] { other.name() }, null));
			}
		}
		if (form.commune() == null || form.commune().isBlank() || errors.hasFieldErrors("commune")) {
			return Optional.empty();
		}
		var text = form.commune().trim();
		var commune = Communes.isCode(text) ? communes.byCode(text) : communes.byName(text);
		if (commune.isEmpty()) {
			errors.rejectValue("commune", "partner.error.commune", new Object[] { text }, null);
		}
		return commune;
	}

}
