package fr.escale.partners.newsletter;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.escale.platform.mail.Delivery;
import fr.escale.platform.mail.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How the mails of sent newsletters fare: the recipients recorded at sending, their mails' status from the outbox. */
@Component
class Deliveries {

	/** A recipient of a sent newsletter and what became of its mail. */
	record RecipientStatus(UUID partnerId, String partnerName, String email, Delivery.Status status, String error,
			Instant sentAt) {
	}

	record Counts(long queued, long sent, long failed) {

		static final Counts NONE = new Counts(0, 0, 0);

		static Counts of(Map<Delivery.Status, Integer> tally) {
			return new Counts(tally.getOrDefault(Delivery.Status.QUEUED, 0), tally.getOrDefault(Delivery.Status.SENT, 0),
					tally.getOrDefault(Delivery.Status.FAILED, 0));
		}

		public long total() {
			return queued + sent + failed;
		}

		long of(Delivery.Status status) {
			return switch (status) {
				case QUEUED -> queued;
				case SENT -> sent;
				case FAILED -> failed;
			};
		}

	}

	private record Recorded(UUID partnerId, String partnerName, String email, UUID mailId) {
	}

	private final JdbcClient jdbc;

	private final Outbox outbox;

	Deliveries(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	/** The counts of each sent newsletter, by id. */
	Map<UUID, Counts> counts(Collection<Newsletter> newsletters) {
		return newsletters.stream().filter(Newsletter::sent).collect(Collectors.toMap(Newsletter::id, this::counts));
	}

	Counts counts(Newsletter newsletter) {
		return newsletter.sent() ? Counts.of(outbox.tally(newsletter.topic())) : Counts.NONE;
	}

	/** A page of a newsletter's recipients, those whose mail failed first; a status narrows it. */
	List<RecipientStatus> of(UUID newsletterId, Delivery.Status status, int offset, int limit) {
		var recorded = jdbc.sql("""
				SELECT r.partner_id, p.name, r.email, r.mail_id FROM partners.newsletter_recipient r
				JOIN partners.partner p ON p.id = r.partner_id
				WHERE r.newsletter_id = ? ORDER BY lower(p.name), lower(r.email)""")
			.param(newsletterId)
			.query((row, i) -> new Recorded(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
					row.getObject(4, UUID.class)))
			.list();
		var statuses = outbox.statuses(recorded.stream().map(Recorded::mailId).toList());
		return recorded.stream()
			.filter(recipient -> statuses.containsKey(recipient.mailId()))
			.map(recipient -> {
				var delivery = statuses.get(recipient.mailId());
				return new RecipientStatus(recipient.partnerId(), recipient.partnerName(), recipient.email(),
						delivery.status(), delivery.lastError(), delivery.sentAt());
			})
			.filter(recipient -> status == null || recipient.status() == status)
			.sorted(Comparator.comparing(recipient -> recipient.status() != Delivery.Status.FAILED))
			.skip(offset)
			.limit(limit)
			.toList();
	}

}
