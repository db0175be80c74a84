package fr.escale.partners.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * A classification (stars) or a label held by a partner, or by one of its offers.
 *
 * @param remindedAt when the partner and staff were told it expires within six months
 * @param lastRemindedAt when they were told again, a month before
 */
public record Award(UUID id, UUID partnerId, UUID offerId, Kind kind, Integer stars, UUID labelId, String labelName,
		LocalDate obtainedOn, LocalDate expiresOn, Instant remindedAt, Instant lastRemindedAt) {

	/** French classifications are granted for five years. */
	public static final Period CLASSIFICATION_VALIDITY = Period.ofYears(5);

	/** How long before its expiry an award shows as expiring and its holder is reminded. */
	public static final Period WARNING = Period.ofMonths(6);

	public enum Kind {

		CLASSIFICATION, LABEL

	}

	/** What staff typed, checked: {@code stars} for a classification, {@code labelId} for a label. */
	public record Draft(Kind kind, Integer stars, UUID labelId, UUID offerId, LocalDate obtainedOn, LocalDate expiresOn) {
	}

	public boolean classification() {
		return kind == Kind.CLASSIFICATION;
	}

	/** Held on that day: obtained, and not expired. */
	public boolean validOn(LocalDate day) {
		return !obtainedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
	}

	public boolean expired(LocalDate today) {
		return expiresOn != null && expiresOn.isBefore(today);
	}

	public boolean expiresSoon(LocalDate today) {
		return expiresOn != null && !expired(today) && !expiresOn.isAfter(today.plus(WARNING));
	}

}
