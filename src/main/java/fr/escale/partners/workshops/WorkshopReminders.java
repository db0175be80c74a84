package fr.escale.partners.workshops;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before a session, a reminder to everyone holding a place; once it is over, a request
 * for feedback to those who came. Each is sent once per session: the session is marked in the
 * same statement that picks it, so two runs (or two nodes) never both send.
 */
@Component
public class WorkshopReminders {

	static final Duration REMINDER_AHEAD = Duration.ofDays(1);

	/** Sessions over for longer are left alone: feedback asked weeks later means little. */
	static final Duration FEEDBACK_WINDOW = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Workshops workshops;

	private final WorkshopMails mails;

	WorkshopReminders(JdbcClient jdbc, Workshops workshops, WorkshopMails mails) {
		this.jdbc = jdbc;
		this.workshops = workshops;
		this.mails = mails;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	void scheduled() {
		run(Instant.now());
	}

	/** Sends what is due at this instant. */
	@Transactional
	public void run(Instant now) {
		remind(now);
		askFeedback(now);
	}

	private void remind(Instant now) {
		jdbc.sql("""
				UPDATE partners.workshop SET reminded_at = ?
				 WHERE reminded_at IS NULL AND NOT cancelled AND starts_at > ? AND starts_at <= ?
				RETURNING office_id, id""")
			.params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plus(REMINDER_AHEAD)))
			.query((row, i) -> workshops.get(row.getObject("office_id", UUID.class), row.getObject("id", UUID.class)))
			.list()
			.forEach(workshop -> workshops.registrations(workshop.officeId(), workshop.id()).stream()
				.filter(registration -> registration.status() == Registration.Status.REGISTERED)
				.forEach(registration -> mails.reminder(workshop, registration)));
	}

	/** Those marked absent are not asked; those not marked either way are, as staff may mark later. */
	private void askFeedback(Instant now) {
		jdbc.sql("""
				UPDATE partners.workshop SET feedback_requested_at = ?
				 WHERE feedback_requested_at IS NULL AND NOT cancelled AND ends_at <= ? AND ends_at > ?
				RETURNING office_id, id""")
			.params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.minus(FEEDBACK_WINDOW)))
			.query((row, i) -> workshops.get(row.getObject("office_id", UUID.class), row.getObject("id", UUID.class)))
			.list()
			.forEach(workshop -> workshops.registrations(workshop.officeId(), workshop.id()).stream()
				.filter(registration -> registration.status() == Registration.Status.REGISTERED
						&& !Boolean.FALSE.equals(registration.attended()))
				.forEach(registration -> mails.feedbackRequest(workshop, registration, token(registration))));
	}

	private String token(Registration registration) {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		var token = HexFormat.of().formatHex(bytes);
		jdbc.sql("UPDATE partners.workshop_registration SET feedback_token = ? WHERE id = ?")
			.params(token, registration.id())
			.update();
		return token;
	}

}
