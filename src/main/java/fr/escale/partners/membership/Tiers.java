package fr.escale.partners.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.escale.partners.PartnerType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The membership tiers of each office. */
@Service
public class Tiers {

	private static final String COLUMNS = """
			id, office_id, name, partner_types, fee_cents, visibility, workshops, marketplace, benefits, active, max_capacity""";

	private final JdbcClient jdbc;

	Tiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Tier> list(UUID officeId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM partners.membership_tier WHERE office_id = ? ORDER BY NOT active, lower(name)")
			.param(officeId)
			.query(Tiers::tier)
			.list();
	}

	public List<Tier> active(UUID officeId) {
		return list(officeId).stream().filter(Tier::active).toList();
	}

	public Optional<Tier> find(UUID officeId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM partners.membership_tier WHERE office_id = ? AND id = ?")
			.params(officeId, id)
			.query(Tiers::tier)
			.optional();
	}

	public Optional<Tier> byName(UUID officeId, String name) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM partners.membership_tier WHERE office_id = ? AND lower(name) = lower(?)")
			.params(officeId, name.trim())
			.query(Tiers::tier)
			.optional();
	}

	/**
	 * The tier a partner is offered first: an active tier meant for its type and size, else an
	 * active tier meant for any type and its size; the cheapest when several fit.
	 */
	public Optional<Tier> defaultFor(UUID officeId, PartnerType type, Integer capacity) {
		var fitting = active(officeId).stream().filter(tier -> tier.fits(capacity)).toList();
		var cheapest = Comparator.comparingInt(Tier::feeCents).thenComparing(Tier::name);
		return fitting.stream()
			.filter(tier -> tier.isFor(type))
			.min(cheapest)
			.or(() -> fitting.stream().filter(Tier::isForAny).min(cheapest));
	}

	/** Creates the tier when its id is null, else updates it; the memberships already made keep their fee. */
	@Transactional
	public Tier save(Tier tier) {
		var types = tier.partnerTypes().stream().map(Enum::name).sorted().toArray(String[]::new);
		var id = tier.id() == null ? UUID.randomUUID() : tier.id();
		var benefits = tier.benefits() == null || tier.benefits().isBlank() ? null : tier.benefits().trim();
		if (tier.id() == null) {
			jdbc.sql("""
					INSERT INTO partners.membership_tier (id, office_id, name, partner_types, fee_cents, visibility, workshops,
					                                      marketplace, benefits, active, max_capacity)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, tier.officeId(), tier.name().trim(), types, tier.feeCents(), tier.visibility(), tier.workshops(),
						tier.marketplace(), benefits, tier.active(), tier.maxCapacity())
				.update();
		}
		else {
			jdbc.sql("""
					UPDATE partners.membership_tier SET name = ?, partner_types = ?, fee_cents = ?, visibility = ?,
					       workshops = ?, marketplace = ?, benefits = ?, active = ?, max_capacity = ?
					WHERE office_id = ? AND id = ?""")
				.params(tier.name().trim(), types, tier.feeCents(), tier.visibility(), tier.workshops(), tier.marketplace(),
						benefits, tier.active(), tier.maxCapacity(), tier.officeId(), id)
				.update();
		}
		return find(tier.officeId(), id).orElseThrow(() -> new MembershipNotFoundException(id));
	}

	private static Tier tier(ResultSet row, int index) throws SQLException {
		var types = Arrays.stream((String[]) row.getArray("partner_types").getArray())
			.map(PartnerType::valueOf)
			.collect(Collectors.toSet());
		return new Tier(row.getObject("id", UUID.class), row.getObject("office_id", UUID.class), row.getString("name"),
				types, row.getInt("fee_cents"), row.getBoolean("visibility"), row.getBoolean("workshops"),
				row.getBoolean("marketplace"), row.getString("benefits"), row.getBoolean("active"),
				row.getObject("max_capacity", Integer.class));
	}

}
