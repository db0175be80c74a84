package fr.escale.partners.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.escale.platform.mail.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The newsletters of every office; each office reads and writes its own only. A draft changes
 * freely; sending queues every mail and records every recipient in one transaction, once.
 */
@Service
class Newsletters {

	/** A segment stored with criteria missing (the column's default is {@code {}}) leaves them open. */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private static final String COLUMNS = """
			id, office_id, subject, body_html, segment, status, created_by, created_at, updated_at, sent_by, sent_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Recipients recipients;

	private final NewsletterMails mails;

	private final Outbox outbox;

	Newsletters(JdbcClient jdbc, JdbcTemplate batch, Recipients recipients, NewsletterMails mails, Outbox outbox) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.recipients = recipients;
		this.mails = mails;
		this.outbox = outbox;
	}

	@Transactional
	Newsletter create(UUID officeId, String subject, String body, Segment segment, String createdBy) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.newsletter (id, office_id, subject, body_html, segment, created_by)
				VALUES (?, ?, ?, ?, ?::jsonb, ?)""")
			.params(id, officeId, subject.trim(), RichText.sanitise(body), JSON.writeValueAsString(segment), createdBy)
			.update();
		return get(officeId, id);
	}

	/** Changes a draft; a sent newsletter stays as it went, so this returns false for it. */
	@Transactional
	boolean update(UUID officeId, UUID id, String subject, String body, Segment segment) {
		get(officeId, id);
		return jdbc.sql("""
				UPDATE partners.newsletter SET subject = ?, body_html = ?, segment = ?::jsonb, updated_at = now()
				WHERE office_id = ? AND id = ? AND status = 'DRAFT'""")
			.params(subject.trim(), RichText.sanitise(body), JSON.writeValueAsString(segment), officeId, id)
			.update() == 1;
	}

	Optional<Newsletter> find(UUID officeId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM partners.newsletter WHERE office_id = ? AND id = ?")
			.params(officeId, id)
			.query(Newsletters::newsletter)
			.optional();
	}

	/** The newsletter or a 404 for whoever asked: another office's does not exist for them. */
	Newsletter get(UUID officeId, UUID id) {
		return find(officeId, id).orElseThrow(() -> new NewsletterNotFoundException(id));
	}

	/** Drafts first, then the sent ones, newest first. */
	List<Newsletter> list(UUID officeId) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM partners.newsletter WHERE office_id = ?
				ORDER BY status = 'SENT', coalesce(sent_at, updated_at) DESC, id""")
			.param(officeId)
			.query(Newsletters::newsletter)
			.list();
	}

	/**
	 * Sends the newsletter to its segment as it is now: every mail queued in the outbox and every
	 * recipient recorded, in one transaction and a handful of statements whatever their number.
	 * The row lock makes a second send, even a simultaneous one, find it sent.
	 *
	 * @return how many mails were queued
	 * @throws NewsletterNotSendableException when it was sent already or reaches nobody
	 */
	@Transactional
	int send(UUID officeId, UUID id, String sentBy, Locale locale) {
		var newsletter = jdbc.sql("SELECT " + COLUMNS + " FROM partners.newsletter WHERE office_id = ? AND id = ? FOR UPDATE")
			.params(officeId, id)
			.query(Newsletters::newsletter)
			.optional()
			.orElseThrow(() -> new NewsletterNotFoundException(id));
		if (newsletter.sent()) {
			throw new NewsletterNotSendableException("newsletter.error.alreadySent");
		}
		var to = recipients.of(officeId, newsletter.segment());
		if (to.isEmpty()) {
			throw new NewsletterNotSendableException("newsletter.error.noRecipients");
		}
		var mailIds = outbox.queueAll(mails.compose(newsletter, to, locale));
		record(id, to, mailIds);
		jdbc.sql("UPDATE partners.newsletter SET status = 'SENT', sent_by = ?, sent_at = now() WHERE id = ?")
			.params(sentBy, id)
			.update();
		return to.size();
	}

	/** Queues the letter to a member of staff only; the newsletter stays a draft. */
	@Transactional
	void sendTest(UUID officeId, UUID id, String email, Locale locale) {
		outbox.queue(mails.test(get(officeId, id), email, locale));
	}

	/** One statement for every recipient: arrays unnested by PostgreSQL rather than a row per round trip. */
	private void record(UUID newsletterId, List<Recipient> to, List<UUID> mailIds) {
		batch.execute((java.sql.Connection connection) -> {
			try (var statement = connection.prepareStatement("""
					INSERT INTO partners.newsletter_recipient (newsletter_id, partner_id, email, mail_id)
					SELECT ?, partner, email, mail FROM unnest(?, ?, ?) AS recipient (partner, email, mail)""")) {
				statement.setObject(1, newsletterId);
				statement.setArray(2, connection.createArrayOf("uuid", to.stream().map(Recipient::partnerId).toArray()));
				statement.setArray(3, connection.createArrayOf("text", to.stream().map(Recipient::email).toArray()));
				statement.setArray(4, connection.createArrayOf("uuid", mailIds.toArray()));
				return statement.executeUpdate();
			}
		});
	}

	private static Newsletter newsletter(ResultSet row, int index) throws SQLException {
		return new Newsletter(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class),
				row.getString("subject"), row.getString("body_html"),
				JSON.readValue(row.getString("segment"), Segment.class), "SENT".equals(row.getString("status")),
				row.getString("created_by"), instant(row.getTimestamp("created_at")),
				instant(row.getTimestamp("updated_at")), row.getString("sent_by"), instant(row.getTimestamp("sent_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
