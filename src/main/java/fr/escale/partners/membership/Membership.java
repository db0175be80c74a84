package fr.escale.partners.membership;

import java.util.UUID;

/**
 * A partner's membership of one year, with what is paid of it so far.
 *
 * @param feeCents the fee of its tier when it was created: a later change of the tier leaves it be
 */
public record Membership(UUID id, UUID officeId, UUID partnerId, String partnerName, int year, UUID tierId,
		String tierName, int feeCents, long paidCents, MembershipStatus status) {

	public long balanceCents() {
		return Math.max(0, feeCents - paidCents);
	}

	public boolean isPaid() {
		return status == MembershipStatus.PAID;
	}

}
