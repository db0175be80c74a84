package fr.escale.welcome.sadi;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.platform.mail.Mail;
import fr.escale.platform.mail.Outbox;
import fr.escale.welcome.InformationPoints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brochures each point holds. Every movement locks the point's line of stock, so that counsellors
 * handing out at once leave the exact count; the stock never goes below zero; the first movement that
 * takes it to its reorder level or below mails the office's administrators, once, until the stock has
 * gone back above the level.
 */
@Service
public class Stocks {

	/** The mails of low stock carry this topic. */
	public static final String ALERT_TOPIC = "sadi-stock";

	/** The most brochures one movement may move. */
	public static final int MAX_QUANTITY = 100_000;

	/** A brochure of the catalogue as one point holds it; never moved there yet, it holds none. */
	public record Line(Brochure brochure, int quantity, int reorderLevel) {

		public boolean low() {
			return quantity <= reorderLevel;
		}

	}

	/** A point's stock of a brochure at or below its reorder level. */
	public record Reorder(UUID pointId, String pointName, UUID brochureId, String title, int quantity,
			int reorderLevel) {
	}

	/** A movement as kept in the history: who typed it, when, and what the stock was after it. */
	public record Movement(Instant at, UUID brochureId, String title, MovementKind kind, int quantity, int stockAfter,
			String typedBy) {

		/** When it was typed, on the office's clock. */
		public java.time.LocalDateTime localAt() {
			return java.time.LocalDateTime.ofInstant(at, fr.escale.welcome.Requests.DESK_ZONE);
		}

	}

	private final JdbcClient jdbc;

	private final InformationPoints points;

	private final Brochures brochures;

	private final StaffAccounts staff;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	Stocks(JdbcClient jdbc, InformationPoints points, Brochures brochures, StaffAccounts staff, Outbox outbox,
			MessageSource messages, @Value("${escale.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.points = points;
		this.brochures = brochures;
		this.staff = staff;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** Every brochure of the catalogue with what the point holds of it. */
	public List<Line> at(UUID officeId, UUID pointId) {
		points.get(officeId, pointId);
		return jdbc.sql("""
				SELECT b.id, b.title, b.languages, b.edition_year, b.publisher,
				       coalesce(s.quantity, 0) AS quantity, coalesce(s.reorder_level, 0) AS reorder_level
				  FROM welcome.brochure b
				  LEFT JOIN welcome.brochure_stock s ON s.brochure_id = b.id AND s.point_id = ?
				 WHERE b.office_id = ?
				 ORDER BY lower(b.title), b.edition_year DESC NULLS LAST, b.id""")
			.params(pointId, officeId)
			.query((rs, n) -> new Line(new Brochure(rs.getObject("id", UUID.class), rs.getString("title"),
					List.of((String[]) rs.getArray("languages").getArray()), rs.getObject("edition_year", Integer.class),
					rs.getString("publisher")), rs.getInt("quantity"), rs.getInt("reorder_level")))
			.list();
	}

	/** What the office must reorder: every stock at or below its level, emptiest first. */
	public List<Reorder> toReorder(UUID officeId) {
		return jdbc.sql("""
				SELECT p.id AS point_id, p.name, b.id AS brochure_id, b.title, s.quantity, s.reorder_level
				  FROM welcome.brochure_stock s
				  JOIN welcome.information_point p ON p.id = s.point_id
				  JOIN welcome.brochure b ON b.id = s.brochure_id
				 WHERE s.office_id = ? AND s.quantity <= s.reorder_level AND p.active
				 ORDER BY s.quantity - s.reorder_level, p.name, b.title""")
			.param(officeId)
			.query((rs, n) -> new Reorder(rs.getObject("point_id", UUID.class), rs.getString("name"),
					rs.getObject("brochure_id", UUID.class), rs.getString("title"), rs.getInt("quantity"),
					rs.getInt("reorder_level")))
			.list();
	}

	/** The latest movements at a point, latest first. */
	public List<Movement> history(UUID officeId, UUID pointId, int limit) {
		return jdbc.sql("""
				SELECT m.at, m.brochure_id, b.title, m.kind, m.quantity, m.stock_after, m.typed_by
				  FROM welcome.stock_movement m JOIN welcome.brochure b ON b.id = m.brochure_id
				 WHERE m.office_id = ? AND m.point_id = ?
				 ORDER BY m.at DESC, m.id LIMIT ?""")
			.params(officeId, pointId, limit)
			.query((rs, n) -> new Movement(rs.getTimestamp("at").toInstant(), rs.getObject("brochure_id", UUID.class),
					rs.getString("title"), MovementKind.valueOf(rs.getString("kind")), rs.getInt("quantity"),
					rs.getInt("stock_after"), rs.getString("typed_by")))
			.list();
	}

	/**
	 * Records a movement and returns the stock after it.
	 * @throws NotEnoughStockException when more would be handed out than the point holds
	 * @throws IllegalArgumentException for a quantity out of 1..{@value #MAX_QUANTITY} (0 allowed for a count)
	 */
	@Transactional
	public int move(UUID officeId, UUID pointId, UUID brochureId, MovementKind kind, int quantity, String typedBy) {
		if (quantity > MAX_QUANTITY || quantity < (kind == MovementKind.COUNTED ? 0 : 1)) {
			throw new IllegalArgumentException("Quantity out of range: " + quantity);
		}
		var point = points.get(officeId, pointId);
		var brochure = brochures.get(officeId, brochureId);
		var stock = lock(officeId, pointId, brochureId);
		int after = switch (kind) {
			case DELIVERED -> Math.addExact(stock.quantity(), quantity);
			case HANDED_OUT -> stock.quantity() - quantity;
			case COUNTED -> quantity;
		};
		if (after < 0) {
			throw new NotEnoughStockException(stock.quantity(), quantity);
		}
		boolean low = after <= stock.reorderLevel();
		jdbc.sql("UPDATE welcome.brochure_stock SET quantity = ?, alerted = ? WHERE point_id = ? AND brochure_id = ?")
			.params(after, low, pointId, brochureId)
			.update();
		jdbc.sql("""
				INSERT INTO welcome.stock_movement (id, office_id, point_id, brochure_id, kind, quantity, stock_after, typed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), officeId, pointId, brochureId, kind.name(), quantity, after, typedBy)
			.update();
		if (low && !stock.alerted()) {
			alert(officeId, point.id(), point.name(), brochure.title(), after, stock.reorderLevel());
		}
		return after;
	}

	/** Sets the level at or below which the point's stock of a brochure must be reordered. */
	@Transactional
	public void reorderLevel(UUID officeId, UUID pointId, UUID brochureId, int level) {
		if (level < 0 || level > MAX_QUANTITY) {
			throw new IllegalArgumentException("Level out of range: " + level);
		}
		points.get(officeId, pointId);
		brochures.get(officeId, brochureId);
		var stock = lock(officeId, pointId, brochureId);
		// A stock now above the level may alert again on its next fall; one still below keeps its state.
		jdbc.sql("UPDATE welcome.brochure_stock SET reorder_level = ?, alerted = alerted AND ? WHERE point_id = ? AND brochure_id = ?")
			.params(level, stock.quantity() <= level, pointId, brochureId)
			.update();
	}

	private record Locked(int quantity, int reorderLevel, boolean alerted) {
	}

	/** The line of stock, created empty if the brochure was never at the point, locked until the transaction ends. */
	private Locked lock(UUID officeId, UUID pointId, UUID brochureId) {
		jdbc.sql("""
				INSERT INTO welcome.brochure_stock (office_id, point_id, brochure_id) VALUES (?, ?, ?)
				ON CONFLICT (point_id, brochure_id) DO NOTHING""")
			.params(officeId, pointId, brochureId)
			.update();
		return jdbc.sql("""
				SELECT quantity, reorder_level, alerted FROM welcome.brochure_stock
				 WHERE office_id = ? AND point_id = ? AND brochure_id = ? FOR UPDATE""")
			.params(officeId, pointId, brochureId)
			.query((rs, n) -> new Locked(rs.getInt("quantity"), rs.getInt("reorder_level"), rs.getBoolean("alerted")))
			.single();
	}

	/** One mail to each administrator of the office, in French, the office's language; sent with the movement's transaction. */
	private void alert(UUID officeId, UUID pointId, String point, String title, int quantity, int level) {
		var link = publicUrl + "/desk/points/" + pointId + "/brochures";
		var subject = messages.getMessage("sadi.mail.low.subject", new Object[] { title, point }, Locale.FRENCH);
		for (var member : staff.of(officeId)) {
			if (member.enabled() && member.roles().contains(Role.ADMINISTRATOR)) {
				var text = messages.getMessage("sadi.mail.low.text",
						new Object[] { member.displayName(), title, point, quantity, level, link }, Locale.FRENCH);
				outbox.queue(new Mail(officeId, member.email(), subject, text, null, ALERT_TOPIC));
			}
		}
	}

}
