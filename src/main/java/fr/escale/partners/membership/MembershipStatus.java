package fr.escale.partners.membership;

/** Where a partner's membership of a year stands. */
public enum MembershipStatus {

	/** The office asked the partner to join or renew. */
	INVITED,
	/** The partner said yes; the fee is not paid in full yet. */
	PENDING,
	/** Payments cover the fee. */
	PAID,
	/** The year went by unpaid, or staff closed it. */
	LAPSED

}
