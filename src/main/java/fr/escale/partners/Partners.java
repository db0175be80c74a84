package fr.escale.partners;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partners of every office; each office reads and writes its own only. */
@Service
public class Partners {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String COLUMNS = """
			id, office_id, name, legal_name, siret, type, street, postal_code, commune_code, email, phone, website,
			capacity, newsletter_opt_out, created_at""";

	private final JdbcClient jdbc;

	Partners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which partners a list shows: a text in the name or SIRET, a type, a commune; each optional. */
	public record Filter(String text, PartnerType type, String communeCode) {

		public static Filter all() {
			return new Filter(null, null, null);
		}

	}

	@Transactional
	public Partner create(UUID officeId, PartnerDetails details) {
		var id = UUID.randomUUID();
		var token = new byte[24];
		RANDOM.nextBytes(token);
		var clean = clean(details);
		jdbc.sql("""
				INSERT INTO partners.partner (id, office_id, name, legal_name, siret, type, street, postal_code,
				                              commune_code, email, phone, website, capacity, unsubscribe_token)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, officeId, clean.name(), clean.legalName(), clean.siret(), clean.type().name(), clean.street(),
					clean.postalCode(), clean.communeCode(), clean.email(), clean.phone(), clean.website(),
					clean.capacity(), HexFormat.of().formatHex(token))
			.update();
		return find(officeId, id).orElseThrow();
	}

	@Transactional
	public Partner update(UUID officeId, UUID id, PartnerDetails details) {
		var clean = clean(details);
		int rows = jdbc.sql("""
				UPDATE partners.partner SET name = ?, legal_name = ?, siret = ?, type = ?, street = ?, postal_code = ?,
				       commune_code = ?, email = ?, phone = ?, website = ?, capacity = ?, updated_at = now()
				WHERE office_id = ? AND id = ?""")
			.params(clean.name(), clean.legalName(), clean.siret(), clean.type().name(), clean.street(),
					clean.postalCode(), clean.communeCode(), clean.email(), clean.phone(), clean.website(),
					clean.capacity(), officeId, id)
			.update();
		if (rows == 0) {
			throw new PartnerNotFoundException(id);
		}
		return find(officeId, id).orElseThrow();
	}

	public Optional<Partner> find(UUID officeId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM partners.partner WHERE office_id = ? AND id = ?")
			.params(officeId, id)
			.query(Partners::partner)
			.optional();
	}

	/** The partner or a 404 for whoever asked: another office's partner does not exist for them. */
	public Partner get(UUID officeId, UUID id) {
		return find(officeId, id).orElseThrow(() -> new PartnerNotFoundException(id));
	}

	public List<Partner> list(UUID officeId, Filter filter) {
		var text = filter.text() == null || filter.text().isBlank() ? null : "%" + filter.text().trim() + "%";
		return jdbc.sql("SELECT " + COLUMNS + """
				 FROM partners.partner
				WHERE office_id = :office
				  AND (CAST(:text AS TEXT) IS NULL OR name ILIKE :text OR legal_name ILIKE :text OR siret LIKE :text)
				  AND (CAST(:type AS TEXT) IS NULL OR type = :type)
				  AND (CAST(:commune AS TEXT) IS NULL OR commune_code = :commune)
				ORDER BY lower(name), id""")
			.param("office", officeId)
			.param("text", text)
			.param("type", filter.type() == null ? null : filter.type().name())
			.param("commune", filter.communeCode() == null || filter.communeCode().isBlank() ? null : filter.communeCode())
			.query(Partners::partner)
			.list();
	}

	public long count(UUID officeId) {
		return jdbc.sql("SELECT count(*) FROM partners.partner WHERE office_id = ?").param(officeId).query(Long.class).single();
	}

	/** Another partner of the office with this SIRET, if any: a SIRET names one business. */
	public Optional<Partner> bySiret(UUID officeId, String siret) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM partners.partner WHERE office_id = ? AND siret = ?")
			.params(officeId, Siret.normalize(siret))
			.query(Partners::partner)
			.optional();
	}

	/** The offers a partner runs, by id (the catalogue owns them). */
	public List<UUID> offerIds(UUID officeId, UUID partnerId) {
		return jdbc.sql("SELECT offer_id FROM partners.partner_offer WHERE office_id = ? AND partner_id = ? ORDER BY linked_at")
			.params(officeId, partnerId)
			.query(UUID.class)
			.list();
	}

	/** Every offer of the office already run by a partner. */
	public List<UUID> linkedOfferIds(UUID officeId) {
		return jdbc.sql("SELECT offer_id FROM partners.partner_offer WHERE office_id = ?").param(officeId).query(UUID.class).list();
	}

	public Optional<UUID> partnerOf(UUID officeId, UUID offerId) {
		return jdbc.sql("SELECT partner_id FROM partners.partner_offer WHERE office_id = ? AND offer_id = ?")
			.params(officeId, offerId)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Links offers to the partner that runs them; an offer run by another partner moves to this one.
	 * The caller checks that the offers belong to the office.
	 */
	@Transactional
	public void link(UUID officeId, UUID partnerId, List<UUID> offerIds) {
		get(officeId, partnerId);
		for (var offerId : offerIds) {
			jdbc.sql("""
					INSERT INTO partners.partner_offer (offer_id, partner_id, office_id) VALUES (?, ?, ?)
					ON CONFLICT (offer_id) DO UPDATE SET partner_id = excluded.partner_id, linked_at = now()""")
				.params(offerId, partnerId, officeId)
				.update();
		}
	}

	@Transactional
	public void unlink(UUID officeId, UUID partnerId, UUID offerId) {
		jdbc.sql("DELETE FROM partners.partner_offer WHERE office_id = ? AND partner_id = ? AND offer_id = ?")
			.params(officeId, partnerId, offerId)
			.update();
	}

	/** The unsubscribe link of a partner's newsletters: a secret of its own, so no login is needed. */
	public String unsubscribeToken(UUID officeId, UUID partnerId) {
		return jdbc.sql("SELECT unsubscribe_token FROM partners.partner WHERE office_id = ? AND id = ?")
			.params(officeId, partnerId)
			.query(String.class)
			.single();
	}

	/** Stops the pro newsletter for the partner of this token; false when the token is unknown. */
	@Transactional
	public Optional<Partner> unsubscribe(String token) {
		var id = jdbc.sql("UPDATE partners.partner SET newsletter_opt_out = TRUE WHERE unsubscribe_token = ? RETURNING id")
			.param(token)
			.query(UUID.class)
			.optional();
		return id.flatMap(partner -> jdbc.sql("SELECT " + COLUMNS + " FROM partners.partner WHERE id = ?")
			.param(partner)
			.query(Partners::partner)
			.optional());
	}

	@Transactional
	public void resubscribe(UUID officeId, UUID partnerId) {
		jdbc.sql("UPDATE partners.partner SET newsletter_opt_out = FALSE WHERE office_id = ? AND id = ?")
			.params(officeId, partnerId)
			.update();
	}

	private static PartnerDetails clean(PartnerDetails details) {
		return new PartnerDetails(trim(details.name()), trim(details.legalName()), Siret.normalize(details.siret()),
				details.type() == null ? PartnerType.OTHER : details.type(), trim(details.street()),
				trim(details.postalCode()), trim(details.communeCode()), trim(details.email()), trim(details.phone()),
				trim(details.website()), details.capacity());
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static Partner partner(ResultSet row, int index) throws SQLException {
		var capacity = row.getObject("capacity", Integer.class);
		return new Partner(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class),
				new PartnerDetails(row.getString("name"), row.getString("legal_name"), row.getString("siret"),
						PartnerType.valueOf(row.getString("type")), row.getString("street"), row.getString("postal_code"),
						row.getString("commune_code"), row.getString("email"), row.getString("phone"),
						row.getString("website"), capacity),
				row.getBoolean("newsletter_opt_out"), row.getTimestamp("created_at").toInstant());
	}

}
