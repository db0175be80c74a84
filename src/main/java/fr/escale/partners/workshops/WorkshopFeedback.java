package fr.escale.partners.workshops;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Feedback given through the single-use link mailed after a session: one per registration. */
@Service
class WorkshopFeedback {

	private final JdbcClient jdbc;

	WorkshopFeedback(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the feedback page shows of the link's registration. */
	record Request(String attendeeName, String title, java.time.ZonedDateTime starts, boolean given) {
	}

	Optional<Request> request(String token) {
		return jdbc.sql("""
				SELECT r.attendee_name, w.title, w.starts_at,
				       EXISTS (SELECT 1 FROM partners.workshop_feedback f WHERE f.registration_id = r.id) AS given
				  FROM partners.workshop_registration r JOIN partners.workshop w ON w.id = r.workshop_id
				 WHERE r.feedback_token = ?""")
			.param(token)
			.query((row, i) -> new Request(row.getString("attendee_name"), row.getString("title"),
					row.getTimestamp("starts_at").toInstant().atZone(Workshop.ZONE), row.getBoolean("given")))
			.optional();
	}

	/** Stores the feedback; false when this link's feedback was already given. */
	@Transactional
	boolean give(String token, int rating, String comment) {
		return jdbc.sql("""
				INSERT INTO partners.workshop_feedback (registration_id, rating, comment)
				SELECT id, ?, ? FROM partners.workshop_registration WHERE feedback_token = ?
				ON CONFLICT (registration_id) DO NOTHING""")
			.params(rating, comment == null || comment.isBlank() ? null : comment.trim(), token)
			.update() == 1;
	}

}
