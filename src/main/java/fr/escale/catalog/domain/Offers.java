package fr.escale.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fr.escale.catalog.Offer;
import fr.escale.catalog.OfferRevision;
import fr.escale.catalog.OfferSummary;
import fr.escale.catalog.StoredOffer;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The offers of every office, kept in PostgreSQL. */
@Repository
public class Offers {

	private static final String COLUMNS = "id, office_id, content, created_at, updated_at, confirmed_at, confirmed_by";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	// Reads the whole catalogue in slices of rows rather than all at once.
	private final JdbcTemplate streaming;

	private final Communes communes;

	Offers(JdbcClient jdbc, JdbcTemplate template, Communes communes) {
		this.jdbc = jdbc;
		this.communes = communes;
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
	 * within the office. An offer is compared with what its source sent last, so that an object the
	 * source did not change leaves a revision by the office or its partner in place. Created and
	 * updated offers are confirmed now (their source says so); unchanged ones keep their confirmation.
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
				SELECT o.datatourisme_id, o.id, coalesce(o.source_hash, o.content_hash)
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
						offer.communeCode(), offer.latitude(), offer.longitude(), offer.json(), offer.hash(), offer.hash(),
						changedBy });
			}
			else if (Arrays.equals(known.hash(), offer.hash())) {
				unchanged++;
			}
			else {
				revised.add(new Object[] { importRunId, changedBy, known.id() });
				updated.add(new Object[] { offer.name(), offer.types(), offer.communeCode(), offer.latitude(),
						offer.longitude(), offer.json(), offer.hash(), offer.hash(), changedBy, known.id() });
			}
		}
		template.batchUpdate("""
				INSERT INTO catalog.offer (id, office_id, datatourisme_id, name, types, commune_code, latitude, longitude,
				                           content, content_hash, source_hash, confirmed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""", created);
		template.batchUpdate("""
				INSERT INTO catalog.offer_revision (offer_id, office_id, import_run_id, changed_by, previous_content)
				SELECT id, office_id, ?, ?, content FROM catalog.offer WHERE id = ?""", revised);
		template.batchUpdate("""
				UPDATE catalog.offer SET name = ?, types = ?, commune_code = ?, latitude = ?, longitude = ?,
				       content = ?::jsonb, content_hash = ?, source_hash = ?, updated_at = now(),
				       confirmed_at = now(), confirmed_by = ?, changed_tx = pg_current_xact_id()
				WHERE id = ?""", updated);
		return new Outcome(created.size(), updated.size(), unchanged);
	}

	public Optional<StoredOffer> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM catalog.offer WHERE id = ?")
			.param(id)
			.query(Offers::stored)
			.optional();
	}

	public Optional<StoredOffer> findByDatatourismeId(UUID officeId, String datatourismeId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM catalog.offer WHERE office_id = ? AND datatourisme_id = ?")
			.params(officeId, datatourismeId)
			.query(Offers::stored)
			.optional();
	}

	public Optional<StoredOffer> find(UUID officeId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM catalog.offer WHERE id = ? AND office_id = ?")
			.params(id, officeId)
			.query(Offers::stored)
			.optional();
	}

	/**
	 * Writes a new content for an offer of the office, keeping what it was in its history, and
	 * confirms it now. Content identical to the stored one is only confirmed. Empty when the office
	 * has no such offer.
	 */
	@Transactional
	public Optional<StoredOffer> revise(UUID officeId, UUID id, Offer content, String changedBy) {
		var current = jdbc.sql("""
				SELECT datatourisme_id, content_hash FROM catalog.offer WHERE id = ? AND office_id = ? FOR UPDATE""")
			.params(id, officeId)
			.query((row, i) -> new Current(row.getString(1), row.getBytes(2)))
			.optional();
		if (current.isEmpty()) {
			return Optional.empty();
		}
		// The DATAtourisme id is the offer's identity within the office: imports find it by it.
		if (!current.get().datatourismeId().equals(content.datatourismeId())) {
			throw new IllegalArgumentException("An offer keeps its DATAtourisme id: " + current.get().datatourismeId());
		}
		var offer = Prepared.of(content);
		if (offer.name() == null) {
			throw new IllegalArgumentException("An offer needs a name");
		}
		if (Arrays.equals(current.get().hash(), offer.hash())) {
			confirm(officeId, List.of(id), changedBy);
		}
		else {
			jdbc.sql("""
					INSERT INTO catalog.offer_revision (offer_id, office_id, changed_by, previous_content)
					SELECT id, office_id, ?, content FROM catalog.offer WHERE id = ?""").params(changedBy, id).update();
			jdbc.sql("""
					UPDATE catalog.offer SET name = ?, types = ?, commune_code = ?, latitude = ?, longitude = ?,
					       content = ?::jsonb, content_hash = ?, updated_at = now(), confirmed_at = now(),
					       confirmed_by = ?, changed_tx = pg_current_xact_id()
					WHERE id = ?""")
				.params(offer.name(), offer.types(), offer.communeCode(), offer.latitude(), offer.longitude(), offer.json(),
						offer.hash(), changedBy, id)
				.update();
		}
		return find(officeId, id);
	}

	/** The content of these offers of the office is right as it is: confirmed now. Other ids are skipped. */
	@Transactional
	public int confirm(UUID officeId, Collection<UUID> ids, String confirmedBy) {
		return jdbc.sql("""
				UPDATE catalog.offer SET confirmed_at = now(), confirmed_by = ?
				WHERE office_id = ? AND id = ANY (?::uuid[])""")
			.params(confirmedBy, officeId, texts(ids))
			.update();
	}

	/** These offers of the office, in the order asked; unknown ids and other offices' offers are skipped. */
	public List<OfferSummary> summaries(UUID officeId, Collection<UUID> ids) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
				 FROM unnest(?::uuid[]) WITH ORDINALITY AS wanted (id, position)
				JOIN catalog.offer o ON o.id = wanted.id AND o.office_id = ?
				ORDER BY wanted.position""")
			.params(texts(ids), officeId)
			.query(this::summary)
			.list();
	}

	/**
	 * The offers of the office whose name holds every word of the text, accents and case aside; names
	 * that begin with the first word come first.
	 */
	public List<OfferSummary> searchByName(UUID officeId, String text, int limit) {
		var words = text == null ? List.<String>of()
				: Arrays.stream(text.trim().split("\\s+")).filter(word -> !word.isEmpty()).limit(8).toList();
		if (words.isEmpty() || limit <= 0) {
			return List.of();
		}
		var sql = new StringBuilder("SELECT ").append(SUMMARY_COLUMNS).append(" FROM catalog.offer o WHERE o.office_id = ?");
		var params = new ArrayList<Object>();
		params.add(officeId);
		for (var word : words) {
			sql.append(" AND catalog.folded(o.name) LIKE '%' || catalog.folded(?) || '%'");
			params.add(likeEscaped(word));
		}
		sql.append(" ORDER BY catalog.folded(o.name) LIKE catalog.folded(?) || '%' DESC, o.name, o.id LIMIT ?");
		params.add(likeEscaped(words.get(0)));
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(this::summary).list();
	}

	/** The offers of the office last confirmed before the instant, the longest unconfirmed first. */
	public List<OfferSummary> confirmedBefore(UUID officeId, Instant before) {
		return jdbc.sql("SELECT " + SUMMARY_COLUMNS + """
				 FROM catalog.offer o WHERE o.office_id = ? AND o.confirmed_at < ?
				ORDER BY o.confirmed_at, o.name, o.id""")
			.params(officeId, Timestamp.from(before))
			.query(this::summary)
			.list();
	}

	/**
	 * How long ago the offers of the office were confirmed, counted per commune and per list of types:
	 * under 6 months (fresh), 6 to 12 months (ageing), 12 months or more (stale).
	 */
	public List<AgeCounts> ageCounts(UUID officeId) {
		return jdbc.sql("""
				SELECT commune_code, min(content -> 'address' ->> 'communeName') AS commune_name, types, count(*) AS total,
				       count(*) FILTER (WHERE confirmed_at > now() - interval '6 months') AS fresh,
				       count(*) FILTER (WHERE confirmed_at <= now() - interval '6 months'
				                          AND confirmed_at > now() - interval '12 months') AS ageing,
				       count(*) FILTER (WHERE confirmed_at <= now() - interval '12 months') AS stale
				FROM catalog.offer WHERE office_id = ?
				GROUP BY commune_code, types""")
			.param(officeId)
			.query((row, i) -> new AgeCounts(row.getString("commune_code"), row.getString("commune_name"),
					List.of((String[]) row.getArray("types").getArray()), row.getLong("total"), row.getLong("fresh"),
					row.getLong("ageing"), row.getLong("stale")))
			.list();
	}

	/** Offers confirmed within the same age buckets, for one commune and one list of types. */
	public record AgeCounts(String communeCode, String communeName, List<String> types, long total, long fresh,
			long ageing, long stale) {
	}

	/**
	 * The main contacts of the office's offers, but for the given offers, that give an e-mail address
	 * or a phone number: booking contacts are most often booking platforms, not the business.
	 */
	public List<OfferContact> contacts(UUID officeId, Collection<UUID> excludedIds) {
		return jdbc.sql("""
				SELECT o.id, o.name, o.commune_code, c ->> 'name' AS contact_name, c -> 'emails' ->> 0 AS email,
				       c -> 'phones' ->> 0 AS phone, c -> 'websites' ->> 0 AS website
				FROM catalog.offer o
				CROSS JOIN LATERAL jsonb_array_elements(coalesce(o.content -> 'contacts', '[]'::jsonb)) AS c
				WHERE o.office_id = ? AND NOT o.id = ANY (?::uuid[]) AND c ->> 'role' = 'MAIN'
				  AND (c -> 'emails' ->> 0 IS NOT NULL OR c -> 'phones' ->> 0 IS NOT NULL)
				ORDER BY o.name, o.id""")
			.params(officeId, texts(excludedIds))
			.query((row, i) -> new OfferContact(row.getObject("id", UUID.class), row.getString("name"),
					row.getString("commune_code"), row.getString("contact_name"), row.getString("email"),
					row.getString("phone"), row.getString("website")))
			.list();
	}

	/** One main contact of an offer: the business behind it, as its source gives it. */
	public record OfferContact(UUID offerId, String offerName, String communeCode, String name, String email,
			String phone, String website) {
	}

	private static final String SUMMARY_COLUMNS = """
			o.id, o.name, o.types, o.commune_code, o.content -> 'address' ->> 'communeName' AS commune_name,
			o.updated_at, o.confirmed_at""";

	private OfferSummary summary(ResultSet row, int index) throws SQLException {
		var code = row.getString("commune_code");
		var communeName = communes.byCode(code).map(Commune::name).orElse(row.getString("commune_name"));
		return new OfferSummary(row.getObject("id", UUID.class), row.getString("name"),
				List.of((String[]) row.getArray("types").getArray()), code, communeName,
				row.getTimestamp("updated_at").toInstant(), row.getTimestamp("confirmed_at").toInstant());
	}

	private static String[] texts(Collection<UUID> ids) {
		return ids == null ? new String[0] : ids.stream().filter(Objects::nonNull).map(UUID::toString).toArray(String[]::new);
	}

	private static String likeEscaped(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
	// A transaction of its own: it may be called once another transaction has committed, to follow it.
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public long changedSince(Long sinceTransaction, Consumer<StoredOffer> each) {
		long horizon = template.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);
		String sql = "SELECT " + COLUMNS + " FROM catalog.offer"
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
				row.getTimestamp("updated_at").toInstant(), row.getTimestamp("confirmed_at").toInstant(),
				row.getString("confirmed_by"));
	}

	private record Existing(UUID id, byte[] hash) {
	}

	private record Current(String datatourismeId, byte[] hash) {
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
