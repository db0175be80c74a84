package fr.escale.partners.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.escale.partners.Partner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an office does to help its partners' quality, and the yearly budget it sets for it. */
@Service
public class SupportActions {

	private static final String ACTION = """
			SELECT s.id, s.partner_id, p.name AS partner_name, s.kind, s.description, s.cost_cents, s.done_on, s.recorded_by
			FROM partners.support_action s JOIN partners.partner p ON p.id = s.partner_id
			""";

	private final JdbcClient jdbc;

	SupportActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<SupportAction> of(UUID officeId, UUID partnerId) {
		return jdbc.sql(ACTION + " WHERE s.office_id = ? AND s.partner_id = ? ORDER BY s.done_on DESC, s.recorded_at DESC")
			.params(officeId, partnerId)
			.query(SupportActions::action)
			.list();
	}

	public List<SupportAction> ofYear(UUID officeId, int year) {
		return jdbc.sql(ACTION + """
				 WHERE s.office_id = ? AND s.done_on >= make_date(?, 1, 1) AND s.done_on < make_date(? + 1, 1, 1)
				ORDER BY s.done_on DESC, lower(p.name)""")
			.params(officeId, year, year)
			.query(SupportActions::action)
			.list();
	}

	@Transactional
	public SupportAction record(Partner partner, SupportAction.Draft draft, String recordedBy) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.support_action (id, office_id, partner_id, kind, description, cost_cents, done_on, recorded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, partner.officeId(), partner.id(), draft.kind().trim(),
					draft.description() == null || draft.description().isBlank() ? null : draft.description().trim(),
					draft.costCents(), draft.doneOn(), recordedBy)
			.update();
		return of(partner.officeId(), partner.id()).stream().filter(action -> action.id().equals(id)).findFirst().orElseThrow();
	}

	/** Removes an action recorded for the partner; one already gone (a second click) is no error. */
	@Transactional
	public void remove(UUID officeId, UUID partnerId, UUID actionId) {
		jdbc.sql("DELETE FROM partners.support_action WHERE office_id = ? AND partner_id = ? AND id = ?")
			.params(officeId, partnerId, actionId)
			.update();
	}

	/** A year's budget (null when none is set) and what the actions of that year cost. */
	public record Budget(int year, Long amountCents, long spentCents) {

		public Long remainingCents() {
			return amountCents == null ? null : amountCents - spentCents;
		}

		public boolean over() {
			return amountCents != null && spentCents > amountCents;
		}

	}

	public Budget budget(UUID officeId, int year) {
		var amount = jdbc.sql("SELECT amount_cents FROM partners.support_budget WHERE office_id = ? AND year = ?")
			.params(officeId, year)
			.query(Long.class)
			.optional()
			.orElse(null);
		long spent = jdbc.sql("""
				SELECT coalesce(sum(cost_cents), 0) FROM partners.support_action
				WHERE office_id = ? AND done_on >= make_date(?, 1, 1) AND done_on < make_date(? + 1, 1, 1)""")
			.params(officeId, year, year)
			.query(Long.class)
			.single();
		return new Budget(year, amount, spent);
	}

	@Transactional
	public void setBudget(UUID officeId, int year, long amountCents) {
		jdbc.sql("""
				INSERT INTO partners.support_budget (office_id, year, amount_cents) VALUES (?, ?, ?)
				ON CONFLICT (office_id, year) DO UPDATE SET amount_cents = excluded.amount_cents""")
			.params(officeId, year, amountCents)
			.update();
	}

	private static SupportAction action(ResultSet row, int index) throws SQLException {
		return new SupportAction(row.getObject("id", UUID.class), row.getObject("partner_id", UUID.class),
				row.getString("partner_name"), row.getString("kind"), row.getString("description"),
				row.getLong("cost_cents"), row.getObject("done_on", LocalDate.class), row.getString("recorded_by"));
	}

}
