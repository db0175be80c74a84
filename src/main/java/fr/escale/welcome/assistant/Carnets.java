package fr.escale.welcome.assistant;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The carnets de séjour of every office; staff read their office's own, visitors theirs by the link's token. */
@Service
public class Carnets {

	/** How long a visitor's link works: a stay is planned and lived within a season. */
	public static final Duration LIFETIME = Duration.ofDays(90);

	public static final int MAX_OFFERS = 30;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SELECT = """
			SELECT id, office_id, token, offer_ids, language, point_id, request_id, created_at, expires_at
			  FROM welcome.carnet""";

	private final JdbcClient jdbc;

	Carnets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public Carnet create(UUID officeId, List<UUID> offerIds, String language, UUID pointId) {
		if (offerIds.isEmpty() || offerIds.size() > MAX_OFFERS) {
			throw new IllegalArgumentException("A carnet holds 1 to " + MAX_OFFERS + " offers");
		}
		var id = UUID.randomUUID();
		var now = Instant.now();
		jdbc.sql("""
				INSERT INTO welcome.carnet (id, office_id, token, offer_ids, language, point_id, created_at, expires_at)
				VALUES (?, ?, ?, ?::uuid[], ?, ?, ?, ?)""")
			.params(id, officeId, token(), offerIds.stream().map(UUID::toString).toArray(String[]::new), language,
					pointId, Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)))
			.update();
		return find(officeId, id).orElseThrow();
	}

	/** The office's carnet, expired or not: staff still see what they handed over. */
	public Optional<Carnet> find(UUID officeId, UUID id) {
		return jdbc.sql(SELECT + " WHERE office_id = ? AND id = ?").params(officeId, id).query(Carnets::carnet)
			.optional();
	}

	/** The carnet behind a visitor's link, while it has not expired. */
	public Optional<Carnet> byToken(String token) {
		if (token == null || token.length() < 43 || token.length() > 64) {
			return Optional.empty();
		}
		return jdbc.sql(SELECT + " WHERE token = ? AND expires_at > now()").param(token).query(Carnets::carnet)
			.optional();
	}

	/** What was recommended is kept with the request: the carnet made for it points to it. */
	@Transactional
	public void attach(UUID officeId, UUID carnetId, UUID requestId) {
		jdbc.sql("UPDATE welcome.carnet SET request_id = ? WHERE office_id = ? AND id = ? AND request_id IS NULL")
			.params(requestId, officeId, carnetId)
			.update();
	}

	/**
	 * Expired carnets are deleted each night: nobody can open them any more, and what was recommended stays
	 * with the request (welcome.request_offer).
	 */
	@Scheduled(cron = "0 17 3 * * *", zone = "Europe/Paris")
	@Transactional
	public int purge() {
		return jdbc.sql("DELETE FROM welcome.carnet WHERE expires_at <= now()").update();
	}

	/** 256 random bits, URL-safe: no one guesses a link. */
	private static String token() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Carnet carnet(ResultSet rs, int row) throws SQLException {
		var offers = Arrays.stream((Object[]) rs.getArray("offer_ids").getArray()).map(o -> (UUID) o).toList();
		return new Carnet(rs.getObject("id", UUID.class), rs.getObject("office_id", UUID.class), rs.getString("token"),
				offers, rs.getString("language"), rs.getObject("point_id", UUID.class),
				rs.getObject("request_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant());
	}

}
