package fr.escale.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fr.escale.catalog.Offer;
import fr.escale.catalog.OfferRevision;
import fr.escale.catalog.StoredOffer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The offers of every office, kept in PostgreSQL. */
@Repository
public class Offers {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	// Reads the whole catalogue in slices of rows rather than all at once.
	private final JdbcTemplate streaming;

	Offers(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
		this.streaming = new JdbcTemplate(template.getDataSource());
		this.streaming.setFetchSize(500);
	}

	/** How a batch of incoming offers met what the office already had. */
	public record Outcome(int created, int updated, int unchanged) {
	}

	/**
	 * Creates the new offers, updates the changed ones (keeping what they were in their history) and
	 * leaves the identical ones untouched, all or nothing. Offers are matched on their DATAtourisme id
	 * within the office.
	 */
	@Transactional
	public Outcome upsert(UUID officeId, List<Offer> incoming, UUID importRunId, String changedBy) {
		// One writer per office at a time, so two imports of the same object cannot both create it.
		template.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))", Object.class, "catalog:" + officeId);
		var byDatatourismeId = new LinkedHashMap<String, Prepared>();
		for (var offer : incoming) {
			byDatatourismeId.put(offer.datatourismeId(), Prepared.of(offer));
		}
		var existing = new HashMap<String, Existing>();
		// A join on the batch's ids, so the planner walks the unique index once per id whatever the table's size.
		template.query("""
				SELECT o.datatourisme_id, o.id, o.content_hash
				FROM unnest(?::text[]) AS wanted (datatourisme_id)
				JOIN catalog.offer o ON o.office_id = ? AND o.datatourisme_id = wanted.datatourisme_id""", row -> {
			existing.put(row.getString(1), new Existing(row.getObject(2, UUID.class), row.getBytes(3)));
		}, byDatatourismeId.keySet().toArray(String[]::new), officeId);

		var created = new ArrayList<Object[]>();
		var updated = new ArrayList<Object[]>();
		var revised = new ArrayList<Object[]>();
		int unchanged = 0;
		for (var entry : byDatatourismeId.entrySet()) {
			var offer = entry.getValue();
			var known = existing.get(entry.getKey());
			if (known == null) {
				created.add(new Object[] { UUID.randomUUID(), officeId, entry.getKey(), offer.name(), offer.types(),
						offer.communeCode(), offer.latitude(), offer.longitude(), offer.json(), offer.hash() });
			}
			else if (Arrays.equals(known.hash(), offer.hash())) {
				unchanged++;
			}
			else {
				revised.add(new Object[] { importRunId, changedBy, known.id() });
				updated.add(new Object[] { offer.name(), offer.types(), offer.communeCode(), offer.latitude(),
						offer.longitude(), offer.json(), offer.hash(), known.id() });
			}
		}
		template.batchUpdate("""
				INSERT INTO catalog.offer (id, office_id, datatourisme_id, name, types, commune_code, latitude, longitude,
				                           content, content_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", created);
		template.batchUpdate("""
				INSERT INTO catalog.offer_revision (offer_id, office_id, import_run_id, changed_by, previous_content)
				SELECT id, office_id, ?, ?, content FROM catalog.offer WHERE id = ?""", revised);
		template.batchUpdate("""
				UPDATE catalog.offer SET name = ?, types = ?, commune_code = ?, latitude = ?, longitude = ?,
				       content = ?::jsonb, content_hash = ?, updated_at = now(), changed_tx = pg_current_xact_id()
				WHERE id = ?""", updated);
		return new Outcome(created.size(), updated.size(), unchanged);
	}

	public Optional<StoredOffer> find(UUID id) {
		return jdbc.sql("SELECT id, office_id, content, created_at, updated_at FROM catalog.offer WHERE id = ?")
			.param(id)
			.query(Offers::stored)
			.optional();
	}

	public Optional<StoredOffer> findByDatatourismeId(UUID officeId, String datatourismeId) {
		return jdbc.sql("""
				SELECT id, office_id, content, created_at, updated_at FROM catalog.offer
				WHERE office_id = ? AND datatourisme_id = ?""")
			.params(officeId, datatourismeId)
			.query(Offers::stored)
			.optional();
	}

	public long count(UUID officeId) {
		return jdbc.sql("SELECT count(*) FROM catalog.offer WHERE office_id = ?").param(officeId).query(Long.class).single();
	}

	public List<OfferRevision> history(UUID offerId) {
		return jdbc.sql("""
				SELECT id, changed_at, changed_by, import_run_id, previous_content FROM catalog.offer_revision
				WHERE offer_id = ? ORDER BY changed_at DESC, id DESC""")
			.param(offerId)
			.query((row, i) -> new OfferRevision(row.getLong("id"), row.getTimestamp("changed_at").toInstant(),
					row.getString("changed_by"), row.getObject("import_run_id", UUID.class),
					OfferJson.read(row.getString("previous_content"))))
			.list();
	}

	/**
	 * Streams the offers written by transactions at or after {@code sinceTransaction} (all when null),
	 * and answers the oldest transaction still in flight: rows it writes will be seen next time from it.
	 */
	@Transactional(readOnly = true)
	public long changedSince(Long sinceTransaction, Consumer<StoredOffer> each) {
		long horizon = template.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);
		String sql = "SELECT id, office_id, content, created_at, updated_at FROM catalog.offer"
				+ (sinceTransaction == null ? "" : " WHERE changed_tx >= ?::text::xid8");
		Object[] args = sinceTransaction == null ? new Object[0] : new Object[] { sinceTransaction.toString() };
		streaming.query(sql, row -> {
			each.accept(stored(row, 0));
		}, args);
		return horizon;
	}

	private static StoredOffer stored(ResultSet row, int index) throws SQLException {
		return new StoredOffer(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class),
				OfferJson.read(row.getString("content")), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}

	private record Existing(UUID id, byte[] hash) {
	}

	/** An incoming offer with the columns and bytes it will be stored as, computed once. */
	private record Prepared(String name, String[] types, String communeCode, Double latitude, Double longitude,
			String json, byte[] hash) {

		static Prepared of(Offer offer) {
			byte[] json = OfferJson.write(offer);
			var address = offer.address();
			return new Prepared(offer.name().get("fr"), offer.types().toArray(String[]::new),
					address == null ? null : address.communeCode(), offer.latitude(), offer.longitude(),
					new String(json, StandardCharsets.UTF_8), OfferJson.hash(json));
		}

	}

}
