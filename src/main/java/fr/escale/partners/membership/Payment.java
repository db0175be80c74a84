package fr.escale.partners.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment towards a membership's fee, with the number of its receipt. */
public record Payment(UUID id, UUID membershipId, int amountCents, PaymentMethod method, LocalDate paidOn,
		String reference, String receiptNumber, String recordedBy, Instant recordedAt) {
}
