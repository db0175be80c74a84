package fr.escale.partners.offers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.escale.catalog.Offer;
import fr.escale.partners.offers.OfferChange.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The changes partners submit to their offers. Every query names the office, and the partner
 * when a partner asks: nobody reads or decides another's change.
 */
@Repository
class OfferChanges {

	/** The catalogue's own form of an offer (map keys sorted), so that before and after read alike. */
	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

	private static final String COLUMNS = """
			id, office_id, partner_id, offer_id, before, after, status, submitted_by, submitted_at, decided_by,
			decided_at, comment""";

	private final JdbcClient jdbc;

	OfferChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new change waiting for the office; the offer's change still waiting, if any, is replaced by
	 * it and stays in the history as such.
	 */
	@Transactional
	OfferChange submit(UUID officeId, UUID partnerId, UUID offerId, Offer before, Offer after, String submittedBy) {
		jdbc.sql("""
				UPDATE partners.offer_change SET status = 'REPLACED', decided_by = ?, decided_at = now()
				WHERE office_id = ? AND offer_id = ? AND status = 'PENDING'""")
			.params(submittedBy, officeId, offerId)
			.update();
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.offer_change (id, office_id, partner_id, offer_id, before, after, submitted_by)
				VALUES (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")
			.params(id, officeId, partnerId, offerId, JSON.writeValueAsString(before), JSON.writeValueAsString(after),
					submittedBy)
			.update();
		return find(officeId, id).orElseThrow();
	}

	/** Closes a waiting change; false if it was no longer waiting (decided meanwhile by someone else). */
	@Transactional
	boolean decide(UUID officeId, UUID id, Status status, String decidedBy, String comment) {
		return jdbc.sql("""
				UPDATE partners.offer_change SET status = ?, decided_by = ?, decided_at = now(), comment = ?
				WHERE office_id = ? AND id = ? AND status = 'PENDING'""")
			.params(status.name(), decidedBy, comment, officeId, id)
			.update() == 1;
	}

	Optional<OfferChange> find(UUID officeId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM partners.offer_change WHERE office_id = ? AND id = ?")
			.params(officeId, id)
			.query(OfferChanges::change)
			.optional();
	}

	/** The change waiting for the office on this offer of the partner. */
	Optional<OfferChange> pending(UUID officeId, UUID partnerId, UUID offerId) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM partners.offer_change
				WHERE office_id = ? AND partner_id = ? AND offer_id = ? AND status = 'PENDING'""")
			.params(officeId, partnerId, offerId)
			.query(OfferChanges::change)
			.optional();
	}

	/** The office's changes in a status (all when null), the newest first. */
	List<OfferChange> list(UUID officeId, Status status, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM partners.offer_change
				WHERE office_id = ? AND (CAST(? AS TEXT) IS NULL OR status = ?)
				ORDER BY submitted_at DESC, id LIMIT ?""")
			.params(officeId, status == null ? null : status.name(), status == null ? null : status.name(), limit)
			.query(OfferChanges::change)
			.list();
	}

	/** A partner's changes, the newest first. */
	List<OfferChange> ofPartner(UUID officeId, UUID partnerId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM partners.offer_change WHERE office_id = ? AND partner_id = ?
				ORDER BY submitted_at DESC, id LIMIT ?""")
			.params(officeId, partnerId, limit)
			.query(OfferChanges::change)
			.list();
	}

	/** The changes of one offer, the newest first. */
	List<OfferChange> ofOffer(UUID officeId, UUID offerId) {
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM partners.offer_change WHERE office_id = ? AND offer_id = ?
				ORDER BY submitted_at DESC, id""")
			.params(officeId, offerId)
			.query(OfferChanges::change)
			.list();
	}

	private static OfferChange change(ResultSet row, int i) throws SQLException {
		return new OfferChange(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class),
				row.getObject("partner_id", UUID.class), row.getObject("offer_id", UUID.class),
				JSON.readValue(row.getString("before"), Offer.class), JSON.readValue(row.getString("after"), Offer.class),
				Status.valueOf(row.getString("status")), row.getString("submitted_by"), instant(row.getTimestamp("submitted_at")),
				row.getString("decided_by"), instant(row.getTimestamp("decided_at")), row.getString("comment"));
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
