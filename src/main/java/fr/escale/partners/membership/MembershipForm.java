package fr.escale.partners.membership;

import java.util.Optional;
import java.util.UUID;

import org.springframework.validation.Errors;

/**
 * A membership staff propose to a partner: for a year, at a tier. Kept as typed, so that a form
 * sent wrong comes back as it was, with its reasons.
 */
record MembershipForm(String year, String tierId) {

	static MembershipForm of(int year, Optional<Tier> tier) {
		return new MembershipForm(String.valueOf(year), tier.map(Tier::id).map(UUID::toString).orElse(null));
	}

	/** The year, or null after saying it is missing or out of reach. */
	Integer year(Errors errors) {
		try {
			int value = Integer.parseInt(year == null ? "" : year.trim());
			if (value >= 2000 && value <= 2100) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// told below
		}
		errors.rejectValue("year", "membership.error.year");
		return null;
	}

	/** The tier's id, or null after saying none was chosen. */
	UUID tier(Errors errors) {
		try {
			return UUID.fromString(tierId == null ? "" : tierId.trim());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("tierId", "membership.error.tier");
			return null;
		}
	}

}
