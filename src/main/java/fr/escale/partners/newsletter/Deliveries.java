package fr.escale.partners.newsletter;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the mails of sent newsletters fare, as the outbox records it. Reads the outbox's table
 * directly until the outbox offers {@code Outbox.statuses(...)}: replace these queries with it then.
 */
@Component
class Deliveries {

	/** The states of a mail in the outbox. */
	enum Status {

		QUEUED, SENT, FAILED

	}

	/** A recipient of a sent newsletter and what became of its mail. */
	record Delivery(UUID partnerId, String partnerName, String email, Status status, String error, Instant sentAt) {
	}

	record Counts(long queued, long sent, long failed) {

		static final Counts NONE = new Counts(0, 0, 0);

		public long total() {
			return queued + sent + failed;
		}

		Counts plus(Status status, long count) {
			return switch (status) {
				case QUEUED -> new Counts(queued + count, sent, failed);
				case SENT -> new Counts(queued, sent + count, failed);
				case FAILED -> new Counts(queued, sent, failed + count);
			};
		}

	}

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts of each sent newsletter, by id. */
	Map<UUID, Counts> counts(Collection<Newsletter> newsletters) {
		var counts = new HashMap<UUID, Counts>();
		var byTopic = new HashMap<String, UUID>();
		newsletters.stream().filter(Newsletter::sent).forEach(newsletter -> byTopic.put(newsletter.topic(), newsletter.id()));
		if (byTopic.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT topic, status, count(*) FROM platform.outgoing_mail WHERE topic IN (:topics) GROUP BY topic, status")
			.param("topics", byTopic.keySet())
			.query((RowCallbackHandler) row -> {
				var id = byTopic.get(row.getString(1));
				counts.put(id, counts.getOrDefault(id, Counts.NONE).plus(Status.valueOf(row.getString(2)), row.getLong(3)));
			});
		return counts;
	}

	Counts counts(Newsletter newsletter) {
		return counts(List.of(newsletter)).getOrDefault(newsletter.id(), Counts.NONE);
	}

	/** A page of a newsletter's recipients, those whose mail failed first; a status narrows it. */
	List<Delivery> of(UUID newsletterId, Status status, int offset, int limit) {
		return jdbc.sql("""
				SELECT r.partner_id, p.name, r.email, m.status, m.last_error, m.sent_at
				FROM partners.newsletter_recipient r
				JOIN partners.partner p ON p.id = r.partner_id
				JOIN platform.outgoing_mail m ON m.id = r.mail_id
				WHERE r.newsletter_id = :newsletter AND (CAST(:status AS TEXT) IS NULL OR m.status = :status)
				ORDER BY m.status = 'FAILED' DESC, lower(p.name), lower(r.email)
				OFFSET :offset LIMIT :limit""")
			.param("newsletter", newsletterId)
			.param("status", status == null ? null : status.name())
			.param("offset", offset)
			.param("limit", limit)
			.query((row, i) -> new Delivery(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
					Status.valueOf(row.getString(4)), row.getString(5),
					row.getTimestamp(6) == null ? null : row.getTimestamp(6).toInstant()))
			.list();
	}

}
