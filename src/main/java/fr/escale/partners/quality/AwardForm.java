package fr.escale.partners.quality;

import java.time.LocalDate;
import java.util.List;

import fr.escale.catalog.OfferSummary;
import fr.escale.partners.Partner;
import org.springframework.validation.Errors;

/**
 * A classification or a label as staff type it. A blank expiry is proposed: five years for a
 * classification, the label's usual validity for a label.
 */
record AwardForm(String kind, String stars, String label, String offer, String obtainedOn, String expiresOn) {

	static AwardForm empty(Award.Kind kind, LocalDate today) {
		return new AwardForm(kind.name(), "", "", "", today.toString(),
				kind == Award.Kind.CLASSIFICATION ? today.plus(Award.CLASSIFICATION_VALIDITY).toString() : "");
	}

	static AwardForm of(Award award) {
		return new AwardForm(award.kind().name(), award.stars() == null ? "" : award.stars().toString(),
				award.labelId() == null ? "" : award.labelId().toString(),
				award.offerId() == null ? "" : award.offerId().toString(), award.obtainedOn().toString(),
				award.expiresOn() == null ? "" : award.expiresOn().toString());
	}

	public boolean classification() {
		return Award.Kind.CLASSIFICATION.name().equals(kind);
	}

	/** The award to save, or null with every mistake in {@code errors}. */
	Award.Draft check(Partner partner, List<Label> labels, List<OfferSummary> offers, Errors errors) {
		var kind = classification() ? Award.Kind.CLASSIFICATION : Award.Kind.LABEL;
		Integer stars = null;
		Label chosen = null;
		if (kind == Award.Kind.CLASSIFICATION) {
			if (!partner.type().isAccommodation()) {
				errors.reject("quality.error.notAccommodation");
			}
			stars = Typed.number(stars(), 1, 5, "stars", "quality.error.stars", errors);
			if (stars == null && Typed.blank(stars())) {
				errors.rejectValue("stars", "quality.error.stars");
			}
		}
		else {
			chosen = labels.stream().filter(l -> l.id().toString().equals(label())).findFirst().orElse(null);
			if (chosen == null) {
				errors.rejectValue("label", "quality.error.label");
			}
		}
		var offerId = offers.stream().map(OfferSummary::id).filter(id -> id.toString().equals(offer())).findFirst();
		if (!Typed.blank(offer()) && offerId.isEmpty()) {
			errors.rejectValue("offer", "quality.error.offer");
		}
		var obtained = Typed.date(obtainedOn(), "obtainedOn", true, errors);
		var expires = Typed.date(expiresOn(), "expiresOn", false, errors);
		if (obtained != null && expires == null && Typed.blank(expiresOn())) {
			expires = proposedExpiry(kind, chosen, obtained);
		}
		if (obtained != null && expires != null && !expires.isAfter(obtained)) {
			errors.rejectValue("expiresOn", "quality.error.expiryBeforeObtained");
		}
		return errors.hasErrors() ? null : new Award.Draft(kind, stars, chosen == null ? null : chosen.id(),
				offerId.orElse(null), obtained, expires);
	}

	private static LocalDate proposedExpiry(Award.Kind kind, Label label, LocalDate obtained) {
		if (kind == Award.Kind.CLASSIFICATION) {
			return obtained.plus(Award.CLASSIFICATION_VALIDITY);
		}
		return label == null || label.validityYears() == null ? null : obtained.plusYears(label.validityYears());
	}

}
