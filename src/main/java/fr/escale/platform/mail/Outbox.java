package fr.escale.platform.mail;

import java.sql.Types;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every e-mail goes first: queued in the caller's transaction, so that a mail is sent if and
 * only if what it tells happened, and nothing is lost while the SMTP server is down.
 */
@Service
public class Outbox {

	private static final String INSERT = """
			INSERT INTO platform.outgoing_mail (id, office_id, recipient, subject, text_body, html_body, topic, headers)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";

	private final JdbcTemplate jdbc;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Outbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public UUID queue(Mail mail) {
		return queueAll(List.of(mail)).get(0);
	}

	/** Queues many mails in a few round trips (a newsletter to thousands of partners). */
	@Transactional
	public List<UUID> queueAll(List<Mail> mails) {
		var ids = mails.stream().map(mail -> UUID.randomUUID()).toList();
		var rows = IntStream.range(0, mails.size()).boxed().toList();
		jdbc.batchUpdate(INSERT, rows, 1000, (statement, i) -> {
			var mail = mails.get(i);
			statement.setObject(1, ids.get(i));
			statement.setObject(2, mail.officeId(), Types.OTHER);
			statement.setString(3, mail.recipient());
			statement.setString(4, mail.subject());
			statement.setString(5, mail.text());
			statement.setString(6, mail.html());
			statement.setString(7, mail.topic());
			statement.setString(8, headers(mail));
		});
		return ids;
	}

	private static String headers(Mail mail) {
		return JSON.writeValueAsString(mail.headers());
	}

}
