package fr.escale.partners;

import java.time.Instant;
import java.util.UUID;

/** A business of the territory that the office works with (a "socio-pro"). */
public record Partner(UUID id, UUID officeId, PartnerDetails details, boolean newsletterOptOut, Instant createdAt) {

	public String name() {
		return details.name();
	}

	public PartnerType type() {
		return details.type();
	}

	public String email() {
		return details.email();
	}

	public String communeCode() {
		return details.communeCode();
	}

}
