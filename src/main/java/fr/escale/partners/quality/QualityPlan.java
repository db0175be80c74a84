package fr.escale.partners.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.escale.partners.Partner;
import fr.escale.partners.PartnerNotFoundException;
import fr.escale.partners.PartnerType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classifications and labels of an office's partners, and the labels it may give: the
 * national ones and its own. An office never reads nor writes another office's.
 */
@Service
public class QualityPlan {

	private static final String AWARD = """
			SELECT a.id, a.partner_id, a.offer_id, a.kind, a.stars, a.label_id, l.name AS label_name, a.obtained_on,
			       a.expires_on, a.reminded_at, a.last_reminded_at, p.name AS partner_name, p.email AS partner_email
			FROM partners.award a JOIN partners.partner p ON p.id = a.partner_id
			LEFT JOIN partners.label l ON l.id = a.label_id
			""";

	private final JdbcClient jdbc;

	QualityPlan(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The national labels, then the office's own, by name. */
	public List<Label> labels(UUID officeId) {
		return jdbc.sql("""
				SELECT id, office_id, code, name, validity_years FROM partners.label
				WHERE office_id IS NULL OR office_id = ? ORDER BY office_id NULLS FIRST, lower(name)""")
			.param(officeId)
			.query(Label.class)
			.list();
	}

	public Optional<Label> label(UUID officeId, UUID id) {
		return labels(officeId).stream().filter(label -> label.id().equals(id)).findFirst();
	}

	/** Whether the office already gives a label of this name, national or its own. */
	public boolean hasLabelNamed(UUID officeId, String name) {
		return labels(officeId).stream().anyMatch(label -> label.name().equalsIgnoreCase(name.trim()));
	}

	@Transactional
	public Label addLabel(UUID officeId, String name, Integer validityYears) {
		var id = UUID.randomUUID();
		jdbc.sql("INSERT INTO partners.label (id, office_id, code, name, validity_years) VALUES (?, ?, ?, ?, ?)")
			.params(id, officeId, code(name) + "-" + id.toString().substring(0, 8), name.trim(), validityYears)
			.update();
		return label(officeId, id).orElseThrow();
	}

	public List<Award> awards(UUID officeId, UUID partnerId) {
		return jdbc.sql(AWARD + " WHERE a.office_id = ? AND a.partner_id = ? ORDER BY a.kind, a.expires_on NULLS LAST, a.id")
			.params(officeId, partnerId)
			.query(QualityPlan::award)
			.list();
	}

	/** The award of this partner, or a 404 for whoever asked. */
	public Award award(UUID officeId, UUID partnerId, UUID awardId) {
		return jdbc.sql(AWARD + " WHERE a.office_id = ? AND a.partner_id = ? AND a.id = ?")
			.params(officeId, partnerId, awardId)
			.query(QualityPlan::award)
			.optional()
			.orElseThrow(() -> new PartnerNotFoundException(awardId));
	}

	@Transactional
	public Award award(Partner partner, Award.Draft draft) {
		check(partner, draft);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.award (id, office_id, partner_id, offer_id, kind, label_id, stars, obtained_on, expires_on)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, partner.officeId(), partner.id(), draft.offerId(), draft.kind().name(), labelOf(draft), starsOf(draft),
					draft.obtainedOn(), draft.expiresOn())
			.update();
		return award(partner.officeId(), partner.id(), id);
	}

	/** Changes an award; a new expiry (a renewal) means its holder is to be reminded again. */
	@Transactional
	public Award update(Partner partner, UUID awardId, Award.Draft draft) {
		check(partner, draft);
		award(partner.officeId(), partner.id(), awardId);
		jdbc.sql("""
				UPDATE partners.award SET offer_id = ?, kind = ?, label_id = ?, stars = ?, obtained_on = ?,
				       reminded_at = CASE WHEN expires_on IS NOT DISTINCT FROM ? THEN reminded_at END,
				       last_reminded_at = CASE WHEN expires_on IS NOT DISTINCT FROM ? THEN last_reminded_at END,
				       expires_on = ?
				WHERE office_id = ? AND partner_id = ? AND id = ?""")
			.params(draft.offerId(), draft.kind().name(), labelOf(draft), starsOf(draft), draft.obtainedOn(),
					draft.expiresOn(), draft.expiresOn(), draft.expiresOn(), partner.officeId(), partner.id(), awardId)
			.update();
		return award(partner.officeId(), partner.id(), awardId);
	}

	/** Removes an award of the partner; one already gone (a second click) is no error. */
	@Transactional
	public void remove(UUID officeId, UUID partnerId, UUID awardId) {
		jdbc.sql("DELETE FROM partners.award WHERE office_id = ? AND partner_id = ? AND id = ?")
			.params(officeId, partnerId, awardId)
			.update();
	}

	/** The rules the forms explain; checked again here so that no caller can break them. */
	private void check(Partner partner, Award.Draft draft) {
		if (draft.kind() == Award.Kind.CLASSIFICATION && !partner.type().isAccommodation()) {
			throw new IllegalArgumentException("Only accommodation is classified in stars: " + partner.type());
		}
		if (draft.kind() == Award.Kind.LABEL && label(partner.officeId(), draft.labelId()).isEmpty()) {
			throw new IllegalArgumentException("No label " + draft.labelId() + " for this office");
		}
		if (draft.expiresOn() != null && !draft.expiresOn().isAfter(draft.obtainedOn())) {
			throw new IllegalArgumentException("An award expires after it is obtained");
		}
	}

	/** Share of classified accommodation capacity in one commune (code null: no commune given). */
	public record CommuneShare(String communeCode, int partners, int classifiedPartners, long capacity,
			long classifiedCapacity) {

		/** From 0 to 1; null when the commune has no capacity recorded. */
		public Double share() {
			return capacity == 0 ? null : (double) classifiedCapacity / capacity;
		}

	}

	/**
	 * Accommodation partners by commune, and how much of their capacity holds a classification
	 * valid on that day (a partner without capacity counts for nothing in the share).
	 */
	public List<CommuneShare> classifiedCapacity(UUID officeId, LocalDate day) {
		var types = Arrays.stream(PartnerType.values()).filter(PartnerType::isAccommodation).map(Enum::name).toList();
		return jdbc.sql("""
				SELECT p.commune_code, count(*) AS partners,
				       count(*) FILTER (WHERE c.classified) AS classified_partners,
				       coalesce(sum(p.capacity), 0) AS capacity,
				       coalesce(sum(p.capacity) FILTER (WHERE c.classified), 0) AS classified_capacity
				FROM partners.partner p
				CROSS JOIN LATERAL (SELECT EXISTS (
				  SELECT 1 FROM partners.award a
				  WHERE a.partner_id = p.id AND a.kind = 'CLASSIFICATION' AND a.obtained_on <= :day
				    AND (a.expires_on IS NULL OR a.expires_on >= :day)) AS classified) c
				WHERE p.office_id = :office AND p.type IN (:types)
				GROUP BY p.commune_code ORDER BY p.commune_code NULLS LAST""")
			.param("office", officeId)
			.param("day", day)
			.param("types", types)
			.query((row, i) -> new CommuneShare(row.getString("commune_code"), row.getInt("partners"),
					row.getInt("classified_partners"), row.getLong("capacity"), row.getLong("classified_capacity")))
			.list();
	}

	/** An award about to expire, with its holder's name for the lists. */
	public record Expiring(Award award, String partnerName, String partnerEmail) {
	}

	/** Awards of the office expiring from {@code from} to {@code until}, soonest first. */
	public List<Expiring> expiring(UUID officeId, LocalDate from, LocalDate until) {
		return jdbc.sql(AWARD + """
				 WHERE a.office_id = ? AND a.expires_on BETWEEN ? AND ? ORDER BY a.expires_on, lower(p.name), a.id""")
			.params(officeId, from, until)
			.query((row, i) -> new Expiring(award(row, i), row.getString("partner_name"), row.getString("partner_email")))
			.list();
	}

	/** A month before its expiry, an award's holder is reminded once more. */
	public static final java.time.Period LAST_REMINDER = java.time.Period.ofMonths(1);

	/**
	 * Awards of the office whose holder is to be reminded today: expiring within six months and not
	 * reminded yet, or within a month and not reminded again. Locked until the caller's transaction
	 * ends, so that two runs never mail the same reminder.
	 */
	List<Expiring> dueForReminder(UUID officeId, LocalDate today) {
		return jdbc.sql(AWARD + """
				 WHERE a.office_id = :office AND a.expires_on >= :today
				  AND ((a.expires_on <= :warning AND a.reminded_at IS NULL)
				    OR (a.expires_on <= :last AND a.last_reminded_at IS NULL))
				ORDER BY a.expires_on, lower(p.name), a.id
				FOR UPDATE OF a SKIP LOCKED""")
			.param("office", officeId)
			.param("today", today)
			.param("warning", today.plus(Award.WARNING))
			.param("last", today.plus(LAST_REMINDER))
			.query((row, i) -> new Expiring(award(row, i), row.getString("partner_name"), row.getString("partner_email")))
			.list();
	}

	/** Notes that the holders of these awards were reminded today, for each threshold reached. */
	void reminded(List<UUID> awardIds, LocalDate today) {
		if (awardIds.isEmpty()) {
			return;
		}
		jdbc.sql("""
				UPDATE partners.award SET reminded_at = coalesce(reminded_at, now()),
				       last_reminded_at = CASE WHEN expires_on <= :last THEN now() ELSE last_reminded_at END
				WHERE id IN (:ids)""")
			.param("last", today.plus(LAST_REMINDER))
			.param("ids", awardIds)
			.update();
	}

	/** How many partners or offers hold each label of the office on that day, every label listed. */
	public record LabelCount(Label label, int held) {
	}

	public List<LabelCount> labelCounts(UUID officeId, LocalDate day) {
		var held = new java.util.HashMap<UUID, Integer>();
		jdbc.sql("""
				SELECT label_id, count(*) AS held FROM partners.award
				WHERE office_id = ? AND kind = 'LABEL' AND obtained_on <= ? AND (expires_on IS NULL OR expires_on >= ?)
				GROUP BY label_id""")
			.params(officeId, day, day)
			.query(row -> {
				held.put(row.getObject("label_id", UUID.class), row.getInt("held"));
			});
		return labels(officeId).stream().map(label -> new LabelCount(label, held.getOrDefault(label.id(), 0))).toList();
	}

	static Award award(ResultSet row, int index) throws SQLException {
		return new Award(row.getObject("id", UUID.class), row.getObject("partner_id", UUID.class),
				row.getObject("offer_id", UUID.class), Award.Kind.valueOf(row.getString("kind")),
				row.getObject("stars", Integer.class), row.getObject("label_id", UUID.class), row.getString("label_name"),
				row.getObject("obtained_on", LocalDate.class), row.getObject("expires_on", LocalDate.class),
				instant(row, "reminded_at"), instant(row, "last_reminded_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		var timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static UUID labelOf(Award.Draft draft) {
		return draft.kind() == Award.Kind.LABEL ? draft.labelId() : null;
	}

	private static Integer starsOf(Award.Draft draft) {
		return draft.kind() == Award.Kind.CLASSIFICATION ? draft.stars() : null;
	}

	private static String code(String name) {
		var ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		var code = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return code.length() > 40 ? code.substring(0, 40) : code;
	}

}
