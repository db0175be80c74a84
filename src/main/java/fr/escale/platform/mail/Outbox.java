package fr.escale.platform.mail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every e-mail goes first: queued in the caller's transaction, so that a mail is sent if and
 * only if what it tells happened, and nothing is lost while the SMTP server is down.
 * <p>
 * A courier hands what is queued to the SMTP server ({@code spring.mail.*}) every second
 * ({@code escale.mail.sending=false} turns that off), from {@code escale.mail.from}. A mail whose
 * address the server refuses for good (5xx) is {@code FAILED} at once; other failures are retried
 * with a growing delay (30 s doubling up to 15 min) and given up after 10 attempts, except while the
 * server cannot be reached at all: then mails wait, retried every minute, as long as it takes.
 * <p>
 * To show each recipient's status: keep the ids {@link #queueAll} returns and ask
 * {@link #statuses}, or count a sending's mails by topic with {@link #tally}.
 */
@Service
public class Outbox {

	private static final String COPY = """
			COPY platform.outgoing_mail (id, office_id, recipient, subject, text_body, html_body, topic, headers)
			FROM STDIN (FORMAT csv)""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final Courier courier;

	Outbox(JdbcTemplate jdbc, Courier courier) {
		this.jdbc = jdbc;
		this.courier = courier;
	}

	@Transactional
	public UUID queue(Mail mail) {
		return queueAll(List.of(mail)).get(0);
	}

	/**
	 * Queues many mails at once (a newsletter to thousands of partners), streamed to PostgreSQL with
	 * COPY: 10,000 newsletters of 4 KB in about a second.
	 */
	@Transactional
	public List<UUID> queueAll(List<Mail> mails) {
		var ids = mails.stream().map(mail -> UUID.randomUUID()).toList();
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (var out = new BufferedWriter(new OutputStreamWriter(
					new PGCopyOutputStream(connection.unwrap(PGConnection.class), COPY, 1 << 16), StandardCharsets.UTF_8),
					1 << 16)) {
				for (var i = 0; i < mails.size(); i++) {
					var mail = mails.get(i);
					out.write(csv(ids.get(i).toString(), mail.officeId() == null ? null : mail.officeId().toString(),
							mail.recipient(), mail.subject(), mail.text(), mail.html(), mail.topic(), headers(mail)));
				}
			}
			catch (IOException ex) {
				throw new SQLException("Queueing " + mails.size() + " mails failed", ex);
			}
			return null;
		});
		return ids;
	}

	/** One CSV line: every value quoted, a null left empty (what COPY reads as NULL). */
	private static String csv(String... values) {
		var line = new StringBuilder();
		for (var value : values) {
			if (!line.isEmpty()) {
				line.append(',');
			}
			if (value != null) {
				line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
		}
		return line.append('\n').toString();
	}

	/** Where each of these mails stands; ids unknown to the outbox are left out. */
	public Map<UUID, Delivery> statuses(Collection<UUID> mailIds) {
		var deliveries = new LinkedHashMap<UUID, Delivery>();
		jdbc.query("""
				SELECT id, recipient, status, attempts, last_error, queued_at, sent_at
				FROM platform.outgoing_mail WHERE id = ANY (?)""",
				statement -> statement.setArray(1, statement.getConnection().createArrayOf("uuid", mailIds.toArray())),
				row -> {
					var id = row.getObject("id", UUID.class);
					var sentAt = row.getTimestamp("sent_at");
					deliveries.put(id, new Delivery(id, row.getString("recipient"),
							Delivery.Status.valueOf(row.getString("status")), row.getInt("attempts"),
							row.getString("last_error"), row.getTimestamp("queued_at").toInstant(),
							sentAt == null ? null : sentAt.toInstant()));
				});
		return deliveries;
	}

	/** How many mails of a topic (e.g. one newsletter) are queued, sent and failed. */
	public Map<Delivery.Status, Integer> tally(String topic) {
		var counts = new EnumMap<Delivery.Status, Integer>(Delivery.Status.class);
		for (var status : Delivery.Status.values()) {
			counts.put(status, 0);
		}
		jdbc.query("SELECT status, count(*) FROM platform.outgoing_mail WHERE topic = ? GROUP BY status",
				row -> {
					counts.put(Delivery.Status.valueOf(row.getString(1)), row.getInt(2));
				}, topic);
		return counts;
	}

	/**
	 * Delivers every queued mail now, those waiting for a retry included (each tried once), without
	 * waiting for the schedule: after the SMTP server came back, or in a test. Returns when nothing is
	 * left to try or the server cannot be reached.
	 *
	 * @return how many mails the server accepted
	 */
	public int deliverNow() {
		return courier.deliver(true);
	}

	private static String headers(Mail mail) {
		return JSON.writeValueAsString(mail.headers());
	}

}
