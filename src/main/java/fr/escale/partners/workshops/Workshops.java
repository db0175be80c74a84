package fr.escale.partners.workshops;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.escale.partners.Partner;
import fr.escale.partners.PartnerType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's sessions for professionals and who registered. Every change to who holds a place
 * first locks the session's row, so that concurrent registrations never exceed its capacity and
 * the waiting list keeps its order.
 */
@Service
public class Workshops {

	private static final String WORKSHOP = """
			SELECT w.id, w.office_id, w.title, w.kind, w.topic, w.audience, w.description, w.place, w.starts_at, w.ends_at,
			       w.capacity, w.published, w.cancelled,
			       (SELECT count(*) FROM partners.workshop_registration r WHERE r.workshop_id = w.id AND r.status = 'REGISTERED') AS registered,
			       (SELECT count(*) FROM partners.workshop_registration r WHERE r.workshop_id = w.id AND r.status = 'WAITING') AS waiting
			  FROM partners.workshop w
			""";

	private static final String REGISTRATION = """
			SELECT r.id, r.workshop_id, r.partner_id, p.name AS partner_name, r.attendee_name, r.attendee_email, r.status,
			       r.registered_at, r.attended, r.locale,
			       CASE WHEN r.status = 'WAITING' THEN (SELECT count(*) FROM partners.workshop_registration o
			             WHERE o.workshop_id = r.workshop_id AND o.status = 'WAITING'
			               AND (o.registered_at, o.id) <= (r.registered_at, r.id)) ELSE 0 END AS position
			  FROM partners.workshop_registration r
			  JOIN partners.partner p ON p.id = r.partner_id
			  JOIN partners.workshop w ON w.id = r.workshop_id
			""";

	private final JdbcClient jdbc;

	private final WorkshopMails mails;

	Workshops(JdbcClient jdbc, WorkshopMails mails) {
		this.jdbc = jdbc;
		this.mails = mails;
	}

	/** A registration seen from the partner's side: the session with it. */
	public record PartnerSession(Workshop workshop, Registration registration) {
	}

	/** What attendees said of a session. */
	public record FeedbackSummary(int count, Double averageRating, List<Comment> comments) {

		public record Comment(int rating, String text, Instant givenAt) {
		}

	}

	// Staff

	public List<Workshop> upcoming(UUID officeId, Instant now) {
		return jdbc.sql(WORKSHOP + " WHERE w.office_id = ? AND w.ends_at > ? ORDER BY w.starts_at, w.id")
			.params(officeId, Timestamp.from(now))
			.query(Workshops::workshop)
			.list();
	}

	public List<Workshop> past(UUID officeId, Instant now) {
		return jdbc.sql(WORKSHOP + " WHERE w.office_id = ? AND w.ends_at <= ? ORDER BY w.starts_at DESC, w.id")
			.params(officeId, Timestamp.from(now))
			.query(Workshops::workshop)
			.list();
	}

	public Optional<Workshop> find(UUID officeId, UUID id) {
		return jdbc.sql(WORKSHOP + " WHERE w.office_id = ? AND w.id = ?").params(officeId, id).query(Workshops::workshop).optional();
	}

	/** The session or a 404 for whoever asked: another office's does not exist for them. */
	public Workshop get(UUID officeId, UUID id) {
		return find(officeId, id).orElseThrow(() -> new WorkshopNotFoundException(id));
	}

	@Transactional
	public Workshop create(UUID officeId, WorkshopDetails details) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.workshop (id, office_id, title, kind, topic, audience, description, place, starts_at,
				                               ends_at, capacity, published)
				VALUES (?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)""")
			.params(id, officeId, details.title().trim(), details.kind().name(), blankToNull(details.topic()),
					audience(details.audience()), blankToNull(details.description()), details.place().trim(),
					Timestamp.from(details.startsAt()), Timestamp.from(details.endsAt()),
					details.capacity(), details.published())
			.update();
		return get(officeId, id);
	}

	/**
	 * Changes a session; a capacity below the places already taken is refused, a larger one gives
	 * the new places to the waiting list.
	 */
	@Transactional
	public Workshop update(UUID officeId, UUID id, WorkshopDetails details) {
		lock(officeId, id);
		var before = get(officeId, id);
		if (details.capacity() < before.registered()) {
			throw new WorkshopRuleException("workshop.error.capacityBelowRegistered", before.registered());
		}
		jdbc.sql("""
				UPDATE partners.workshop SET title = ?, kind = ?, topic = ?, audience = ?::varchar[], description = ?,
				       place = ?, starts_at = ?, ends_at = ?, capacity = ?, published = ?
				 WHERE office_id = ? AND id = ?""")
			.params(details.title().trim(), details.kind().name(), blankToNull(details.topic()),
					audience(details.audience()), blankToNull(details.description()), details.place().trim(),
					Timestamp.from(details.startsAt()), Timestamp.from(details.endsAt()),
					details.capacity(), details.published(), officeId, id)
			.update();
		promote(officeId, id);
		return get(officeId, id);
	}

	/** Cancels the session; everyone registered or waiting is told by mail. */
	@Transactional
	public void cancel(UUID officeId, UUID id) {
		lock(officeId, id);
		var workshop = get(officeId, id);
		if (workshop.cancelled()) {
			return;
		}
		jdbc.sql("UPDATE partners.workshop SET cancelled = TRUE WHERE office_id = ? AND id = ?").params(officeId, id).update();
		mails.cancelled(workshop, registrations(officeId, id));
	}

	/** Who holds a place, then who waits, in the order of the waiting list. */
	public List<Registration> registrations(UUID officeId, UUID workshopId) {
		return jdbc.sql(REGISTRATION + """
				 WHERE w.office_id = ? AND r.workshop_id = ? AND r.status <> 'CANCELLED'
				 ORDER BY r.status, r.registered_at, r.id""")
			.params(officeId, workshopId)
			.query(Workshops::registration)
			.list();
	}

	/** Records who came: the registered people ticked came, the others did not. */
	@Transactional
	public void markAttendance(UUID officeId, UUID workshopId, Collection<UUID> present) {
		get(officeId, workshopId);
		jdbc.sql("""
				UPDATE partners.workshop_registration SET attended = (id = ANY(CAST(? AS UUID[])))
				 WHERE workshop_id = ? AND status = 'REGISTERED'""")
			.params(present.stream().map(UUID::toString).toArray(String[]::new), workshopId)
			.update();
	}

	public FeedbackSummary feedback(UUID officeId, UUID workshopId) {
		var comments = jdbc.sql("""
				SELECT f.rating, f.comment, f.given_at FROM partners.workshop_feedback f
				  JOIN partners.workshop_registration r ON r.id = f.registration_id
				  JOIN partners.workshop w ON w.id = r.workshop_id
				 WHERE w.office_id = ? AND w.id = ? ORDER BY f.given_at""")
			.params(officeId, workshopId)
			.query((row, i) -> new FeedbackSummary.Comment(row.getInt("rating"), row.getString("comment"),
					row.getTimestamp("given_at").toInstant()))
			.list();
		var average = comments.stream().mapToInt(FeedbackSummary.Comment::rating).average();
		return new FeedbackSummary(comments.size(), average.isPresent() ? average.getAsDouble() : null,
				comments.stream().filter(comment -> comment.text() != null).toList());
	}

	/** The people marked present at a session, for other features (e.g. newsletter segments). */
	public List<Registration> attendees(UUID officeId, UUID workshopId) {
		return jdbc.sql(REGISTRATION + """
				 WHERE w.office_id = ? AND r.workshop_id = ? AND r.status = 'REGISTERED' AND r.attended
				 ORDER BY lower(p.name), lower(r.attendee_name)""")
			.params(officeId, workshopId)
			.query(Workshops::registration)
			.list();
	}

	// The partner's side

	/** Sessions a partner of this type may register for: published, to come, not cancelled. */
	public List<Workshop> openTo(UUID officeId, PartnerType type, Instant now) {
		return jdbc.sql(WORKSHOP + """
				 WHERE w.office_id = ? AND w.published AND NOT w.cancelled AND w.starts_at > ?
				   AND (cardinality(w.audience) = 0 OR CAST(? AS VARCHAR) = ANY(w.audience))
				 ORDER BY w.starts_at, w.id""")
			.params(officeId, Timestamp.from(now), type.name())
			.query(Workshops::workshop)
			.list();
	}

	/**
	 * Registers one person of the partner: a place while there is one, else the waiting list. The
	 * same e-mail twice is refused; a session not open to the partner does not exist for it.
	 */
	@Transactional
	public Registration register(Partner partner, UUID workshopId, String attendeeName, String attendeeEmail,
			Locale locale, Instant now) {
		lock(partner.officeId(), workshopId);
		var workshop = get(partner.officeId(), workshopId);
		if (!workshop.published() || workshop.cancelled() || !workshop.startsAt().isAfter(now)
				|| !workshop.isFor(partner.type())) {
			throw new WorkshopNotFoundException(workshopId);
		}
		var email = attendeeEmail.trim();
		var taken = jdbc.sql("""
				SELECT count(*) FROM partners.workshop_registration
				 WHERE workshop_id = ? AND lower(attendee_email) = lower(?) AND status <> 'CANCELLED'""")
			.params(workshopId, email)
			.query(Long.class)
			.single();
		if (taken > 0) {
			throw new WorkshopRuleException("workshop.error.alreadyRegistered", email);
		}
		var status = workshop.full() ? Registration.Status.WAITING : Registration.Status.REGISTERED;
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.workshop_registration (id, workshop_id, partner_id, attendee_name, attendee_email,
				                                            status, registered_at, locale)
				VALUES (?, ?, ?, ?, ?, ?, clock_timestamp(), ?)""")
			.params(id, workshopId, partner.id(), attendeeName.trim(), email, status.name(), locale.getLanguage())
			.update();
		var registration = registration(partner.officeId(), id);
		mails.registered(workshop, registration);
		return registration;
	}

	/** The partner's registrations to sessions still to come, cancelled sessions included so it knows. */
	public List<PartnerSession> comingFor(UUID officeId, UUID partnerId, Instant now) {
		return sessionsOf(officeId, partnerId, "w.ends_at > ? AND r.status <> 'CANCELLED'", now, "w.starts_at");
	}

	/** The partner's training history: the past sessions its people attended. */
	public List<PartnerSession> history(UUID officeId, UUID partnerId, Instant now) {
		return sessionsOf(officeId, partnerId, "w.ends_at <= ? AND r.status = 'REGISTERED' AND r.attended", now,
				"w.starts_at DESC");
	}

	/**
	 * The partner withdraws one of its registrations; the place it held goes to the first on the
	 * waiting list, who is told by mail.
	 */
	@Transactional
	public void cancelRegistration(UUID officeId, UUID partnerId, UUID registrationId, Instant now) {
		var workshopId = jdbc.sql("""
				SELECT r.workshop_id FROM partners.workshop_registration r JOIN partners.workshop w ON w.id = r.workshop_id
				 WHERE w.office_id = ? AND r.partner_id = ? AND r.id = ? AND r.status <> 'CANCELLED' AND w.starts_at > ?""")
			.params(officeId, partnerId, registrationId, Timestamp.from(now))
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new WorkshopNotFoundException(registrationId));
		lock(officeId, workshopId);
		int rows = jdbc.sql("UPDATE partners.workshop_registration SET status = 'CANCELLED' WHERE id = ? AND status <> 'CANCELLED'")
			.param(registrationId)
			.update();
		if (rows == 0) {
			throw new WorkshopNotFoundException(registrationId);
		}
		promote(officeId, workshopId);
	}

	/** Gives the free places of a session still to come to those waiting, first come first served. */
	private void promote(UUID officeId, UUID workshopId) {
		var workshop = get(officeId, workshopId);
		if (workshop.cancelled() || workshop.freePlaces() == 0 || workshop.waiting() == 0) {
			return;
		}
		var promoted = jdbc.sql("""
				UPDATE partners.workshop_registration SET status = 'REGISTERED'
				 WHERE id IN (SELECT id FROM partners.workshop_registration WHERE workshop_id = ? AND status = 'WAITING'
				              ORDER BY registered_at, id LIMIT ?)
				RETURNING id""")
			.params(workshopId, workshop.freePlaces())
			.query(UUID.class)
			.list();
		var after = get(officeId, workshopId);
		promoted.forEach(id -> mails.promoted(after, registration(officeId, id)));
	}

	private Registration registration(UUID officeId, UUID id) {
		return jdbc.sql(REGISTRATION + " WHERE w.office_id = ? AND r.id = ?").params(officeId, id).query(Workshops::registration).single();
	}

	private List<PartnerSession> sessionsOf(UUID officeId, UUID partnerId, String condition, Instant now, String order) {
		var registrations = jdbc.sql(REGISTRATION + " WHERE w.office_id = ? AND r.partner_id = ? AND " + condition
				+ " ORDER BY " + order + ", r.registered_at")
			.params(officeId, partnerId, Timestamp.from(now))
			.query(Workshops::registration)
			.list();
		return registrations.stream()
			.map(registration -> new PartnerSession(get(officeId, registration.workshopId()), registration))
			.toList();
	}

	/** Takes the session's row for the rest of the transaction: who holds a place changes one at a time. */
	private void lock(UUID officeId, UUID workshopId) {
		jdbc.sql("SELECT id FROM partners.workshop WHERE office_id = ? AND id = ? FOR UPDATE")
			.params(officeId, workshopId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new WorkshopNotFoundException(workshopId));
	}

	private static String[] audience(List<PartnerType> types) {
		return types == null ? new String[0] : types.stream().distinct().map(Enum::name).toArray(String[]::new);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static Workshop workshop(ResultSet row, int index) throws SQLException {
		var audience = Arrays.stream((String[]) row.getArray("audience").getArray()).map(PartnerType::valueOf).toList();
		return new Workshop(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class),
				row.getString("title"), WorkshopKind.valueOf(row.getString("kind")), row.getString("topic"), audience,
				row.getString("description"), row.getString("place"), row.getTimestamp("starts_at").toInstant(),
				row.getTimestamp("ends_at").toInstant(), row.getInt("capacity"), row.getBoolean("published"),
				row.getBoolean("cancelled"), row.getInt("registered"), row.getInt("waiting"));
	}

	static Registration registration(ResultSet row, int index) throws SQLException {
		return new Registration(row.getObject("id", UUID.class), row.getObject("workshop_id", UUID.class),
				row.getObject("partner_id", UUID.class), row.getString("partner_name"), row.getString("attendee_name"),
				row.getString("attendee_email"), Registration.Status.valueOf(row.getString("status")),
				row.getInt("position"), row.getTimestamp("registered_at").toInstant(),
				row.getObject("attended", Boolean.class), Locale.forLanguageTag(row.getString("locale")));
	}

}
