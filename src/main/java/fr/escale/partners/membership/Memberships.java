package fr.escale.partners.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' yearly memberships of their office, and the payments of their fees. Other features
 * ask it whether a partner is a member (newsletter segments, workshops reserved to members...).
 */
@Service
public class Memberships {

	/** Memberships are counted in the office's time: a year starts at midnight in France. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final String SELECT = """
			SELECT m.id, m.office_id, m.partner_id, p.name AS partner_name, m.year, m.tier_id, t.name AS tier_name,
			       m.fee_cents, m.status,
			       COALESCE((SELECT sum(y.amount_cents) FROM partners.membership_payment y WHERE y.membership_id = m.id), 0) AS paid_cents
			FROM partners.membership m
			JOIN partners.partner p ON p.id = m.partner_id
			JOIN partners.membership_tier t ON t.id = m.tier_id
			""";

	private static final String PAYMENT_COLUMNS = """
			id, membership_id, amount_cents, method, paid_on, reference, receipt_number, recorded_by, recorded_at""";

	private final JdbcClient jdbc;

	Memberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current year, in France. */
	public static int currentYear() {
		return Year.now(ZONE).getValue();
	}

	/** Where the partner's membership of the year stands; empty when it has none that year. */
	public Optional<MembershipStatus> statusOf(UUID officeId, UUID partnerId, int year) {
		return jdbc.sql("SELECT status FROM partners.membership WHERE office_id = ? AND partner_id = ? AND year = ?")
			.params(officeId, partnerId, year)
			.query((row, i) -> MembershipStatus.valueOf(row.getString(1)))
			.optional();
	}

	/** Whether the partner's membership of the year is paid. */
	public boolean isMember(UUID officeId, UUID partnerId, int year) {
		return statusOf(officeId, partnerId, year).filter(MembershipStatus.PAID::equals).isPresent();
	}

	/** The partners whose membership of the year has this status (a newsletter segment, say). */
	public List<UUID> partnerIds(UUID officeId, int year, MembershipStatus status) {
		return jdbc.sql("SELECT partner_id FROM partners.membership WHERE office_id = ? AND year = ? AND status = ?")
			.params(officeId, year, status.name())
			.query(UUID.class)
			.list();
	}

	public Optional<Membership> find(UUID officeId, UUID id) {
		return jdbc.sql(SELECT + " WHERE m.office_id = ? AND m.id = ?").params(officeId, id).query(Memberships::membership).optional();
	}

	public Optional<Membership> of(UUID officeId, UUID partnerId, int year) {
		return jdbc.sql(SELECT + " WHERE m.office_id = ? AND m.partner_id = ? AND m.year = ?")
			.params(officeId, partnerId, year)
			.query(Memberships::membership)
			.optional();
	}

	/** Every membership of the partner, newest year first. */
	public List<Membership> ofPartner(UUID officeId, UUID partnerId) {
		return jdbc.sql(SELECT + " WHERE m.office_id = ? AND m.partner_id = ? ORDER BY m.year DESC")
			.params(officeId, partnerId)
			.query(Memberships::membership)
			.list();
	}

	/** The memberships of a year, by partner name; of one status only when it is given. */
	public List<Membership> ofYear(UUID officeId, int year, MembershipStatus status) {
		return jdbc.sql(SELECT + """
				 WHERE m.office_id = :office AND m.year = :year AND (CAST(:status AS TEXT) IS NULL OR m.status = :status)
				ORDER BY lower(p.name), p.id""")
			.param("office", officeId)
			.param("year", year)
			.param("status", status == null ? null : status.name())
			.query(Memberships::membership)
			.list();
	}

	/** How a year stands: memberships by status, what is due (lapsed ones aside), paid and still to pay. */
	public record YearSummary(int year, Map<MembershipStatus, Long> counts, long dueCents, long paidCents,
			long outstandingCents) {

		public long count(MembershipStatus status) {
			return counts.getOrDefault(status, 0L);
		}

		/** Invited or pending: what «mark unpaid as lapsed» would close. */
		public long unpaid() {
			return count(MembershipStatus.INVITED) + count(MembershipStatus.PENDING);
		}

	}

	public YearSummary summary(UUID officeId, int year) {
		var counts = new EnumMap<MembershipStatus, Long>(MembershipStatus.class);
		long due = 0;
		long paid = 0;
		long outstanding = 0;
		for (var membership : ofYear(officeId, year, null)) {
			counts.merge(membership.status(), 1L, Long::sum);
			paid += membership.paidCents();
			if (membership.status() != MembershipStatus.LAPSED) {
				due += membership.feeCents();
				outstanding += membership.balanceCents();
			}
		}
		return new YearSummary(year, counts, due, paid, outstanding);
	}

	/**
	 * Asks the partner to join for the year at this tier, with the tier's fee of today; a free tier
	 * makes a member at once. Empty when the partner already has a membership that year.
	 */
	@Transactional
	public Optional<Membership> create(UUID officeId, UUID partnerId, int year, Tier tier) {
		if (!tier.officeId().equals(officeId)) {
			throw new MembershipNotFoundException(tier.id());
		}
		var id = UUID.randomUUID();
		var status = tier.feeCents() == 0 ? MembershipStatus.PAID : MembershipStatus.INVITED;
		int rows = jdbc.sql("""
				INSERT INTO partners.membership (id, office_id, partner_id, year, tier_id, fee_cents, status)
				SELECT ?, office_id, id, ?, ?, ?, ? FROM partners.partner WHERE office_id = ? AND id = ?
				ON CONFLICT (partner_id, year) DO NOTHING""")
			.params(id, year, tier.id(), tier.feeCents(), status.name(), officeId, partnerId)
			.update();
		return rows == 0 ? Optional.empty() : find(officeId, id);
	}

	/** Staff set the status by hand; PAID only comes with payments that cover the fee. */
	@Transactional
	public Membership changeStatus(UUID officeId, UUID membershipId, MembershipStatus status) {
		var membership = locked(officeId, membershipId);
		if (status == MembershipStatus.PAID && membership.paidCents() < membership.feeCents()) {
			throw new BalanceException(membership.balanceCents());
		}
		jdbc.sql("UPDATE partners.membership SET status = ?, updated_at = now() WHERE office_id = ? AND id = ?")
			.params(status.name(), officeId, membershipId)
			.update();
		return find(officeId, membershipId).orElseThrow();
	}

	/** The partner's «yes, we renew» to an invitation; false when there is no invitation to answer. */
	@Transactional
	public boolean accept(UUID officeId, UUID partnerId, UUID membershipId) {
		return jdbc.sql("""
				UPDATE partners.membership SET status = 'PENDING', updated_at = now()
				WHERE office_id = ? AND partner_id = ? AND id = ? AND status = 'INVITED'""")
			.params(officeId, partnerId, membershipId)
			.update() == 1;
	}

	/** A payment that would go beyond the fee, or a PAID status that payments do not cover. */
	static class BalanceException extends RuntimeException {

		private final long balanceCents;

		BalanceException(long balanceCents) {
			super("The balance is " + balanceCents + " cents");
			this.balanceCents = balanceCents;
		}

		long balanceCents() {
			return balanceCents;
		}

	}

	/**
	 * Records a payment with the next receipt number of the office for the year it was paid in
	 * («2026-0001»); when payments cover the fee, the membership is paid, else pending.
	 *
	 * @throws BalanceException when the amount goes beyond what remains to pay
	 */
	@Transactional
	public Payment recordPayment(UUID officeId, UUID membershipId, int amountCents, PaymentMethod method,
			LocalDate paidOn, String reference, String recordedBy) {
		var membership = locked(officeId, membershipId);
		if (amountCents <= 0 || amountCents > membership.balanceCents()) {
			throw new BalanceException(membership.balanceCents());
		}
		int number = jdbc.sql("""
				INSERT INTO partners.membership_receipt_counter (office_id, year, last_number) VALUES (?, ?, 1)
				ON CONFLICT (office_id, year) DO UPDATE SET last_number = membership_receipt_counter.last_number + 1
				RETURNING last_number""")
			.params(officeId, paidOn.getYear())
			.query(Integer.class)
			.single();
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.membership_payment (id, office_id, membership_id, amount_cents, method, paid_on,
				                                         reference, receipt_number, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, officeId, membershipId, amountCents, method.name(), paidOn,
					reference == null || reference.isBlank() ? null : reference.trim(),
					"%d-%04d".formatted(paidOn.getYear(), number), recordedBy)
			.update();
		// Paying part of the fee says yes as well as the pro space's button does.
		var status = membership.paidCents() + amountCents >= membership.feeCents() ? MembershipStatus.PAID
				: MembershipStatus.PENDING;
		jdbc.sql("UPDATE partners.membership SET status = ?, updated_at = now() WHERE id = ?")
			.params(status.name(), membershipId)
			.update();
		return payment(officeId, id).orElseThrow().payment();
	}

	/** The payments of a membership, oldest first. */
	public List<Payment> payments(UUID officeId, UUID membershipId) {
		return jdbc.sql("SELECT " + PAYMENT_COLUMNS
				+ " FROM partners.membership_payment WHERE office_id = ? AND membership_id = ? ORDER BY paid_on, receipt_number")
			.params(officeId, membershipId)
			.query(Memberships::payment)
			.list();
	}

	/** A payment and the membership it pays, as a receipt shows them. */
	public record PaymentOf(Payment payment, Membership membership) {
	}

	public Optional<PaymentOf> payment(UUID officeId, UUID paymentId) {
		return jdbc.sql("SELECT " + PAYMENT_COLUMNS + " FROM partners.membership_payment WHERE office_id = ? AND id = ?")
			.params(officeId, paymentId)
			.query(Memberships::payment)
			.optional()
			.map(payment -> new PaymentOf(payment, find(officeId, payment.membershipId()).orElseThrow()));
	}

	/** The members of a year who have not renewed yet for the next: a renewal campaign asks them. */
	public List<Membership> toRenew(UUID officeId, int year) {
		return jdbc.sql(SELECT + """
				 WHERE m.office_id = ? AND m.year = ? AND m.status = 'PAID'
				   AND NOT EXISTS (SELECT 1 FROM partners.membership n WHERE n.partner_id = m.partner_id AND n.year = ?)
				ORDER BY lower(p.name), p.id""")
			.params(officeId, year - 1, year)
			.query(Memberships::membership)
			.list();
	}

	/** Closes the year's unpaid memberships (invited or pending) as lapsed; answers how many. */
	@Transactional
	public int lapse(UUID officeId, int year) {
		return jdbc.sql("""
				UPDATE partners.membership SET status = 'LAPSED', updated_at = now()
				WHERE office_id = ? AND year = ? AND status IN ('INVITED', 'PENDING')""")
			.params(officeId, year)
			.update();
	}

	/** Once a year is over, what was not paid of it has lapsed, in every office. */
	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Paris")
	void lapsePastYears() {
		lapseBefore(currentYear());
	}

	@Transactional
	int lapseBefore(int year) {
		return jdbc.sql("""
				UPDATE partners.membership SET status = 'LAPSED', updated_at = now()
				WHERE year < ? AND status IN ('INVITED', 'PENDING')""")
			.param(year)
			.update();
	}

	private Membership locked(UUID officeId, UUID membershipId) {
		jdbc.sql("SELECT id FROM partners.membership WHERE office_id = ? AND id = ? FOR UPDATE")
			.params(officeId, membershipId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new MembershipNotFoundException(membershipId));
		return find(officeId, membershipId).orElseThrow();
	}

	private static Membership membership(ResultSet row, int index) throws SQLException {
		return new Membership(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class),
				row.getObject("partner_id", UUID.class), row.getString("partner_name"), row.getInt("year"),
				row.getObject("tier_id", UUID.class), row.getString("tier_name"), row.getInt("fee_cents"),
				row.getLong("paid_cents"), MembershipStatus.valueOf(row.getString("status")));
	}

	private static Payment payment(ResultSet row, int index) throws SQLException {
		return new Payment(row.getObject("id", UUID.class), row.getObject("membership_id", UUID.class),
				row.getInt("amount_cents"), PaymentMethod.valueOf(row.getString("method")),
				row.getObject("paid_on", LocalDate.class), row.getString("reference"), row.getString("receipt_number"),
				row.getString("recorded_by"), row.getTimestamp("recorded_at").toInstant());
	}

}
