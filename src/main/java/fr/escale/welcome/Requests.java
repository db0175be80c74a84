package fr.escale.welcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The requests logged at every office's points; each office reads and writes its own only. */
@Service
public class Requests {

	/** Offices are in France: "today" at the desk is the French day. */
	public static final ZoneId DESK_ZONE = ZoneId.of("Europe/Paris");

	private final JdbcClient jdbc;

	private final InformationPoints points;

	private final Clock clock = Clock.systemUTC();

	Requests(JdbcClient jdbc, InformationPoints points) {
		this.jdbc = jdbc;
		this.points = points;
	}

	/** Logs a request now, at one of the office's points. */
	@Transactional
	public Request log(UUID officeId, Request request) {
		points.get(officeId, request.pointId());
		var id = UUID.randomUUID();
		var at = request.at() == null ? Instant.now(clock) : request.at();
		jdbc.sql("""
				INSERT INTO welcome.request (id, office_id, point_id, channel, at, party_size, party_kind, country,
				                             french_area, language, topics, note, counsellor, visitors)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?)""")
			.params(id, officeId, request.pointId(), request.channel().name(), java.sql.Timestamp.from(at),
					request.partySize(), request.partyKind() == null ? null : request.partyKind().name(),
					request.country(), request.frenchArea(), request.language(),
					request.topics().stream().map(Topic::name).toArray(String[]::new), request.note(),
					request.counsellor(), request.visitors())
			.update();
		for (var offer : request.offerIds().stream().distinct().toList()) {
			jdbc.sql("INSERT INTO welcome.request_offer (request_id, offer_id) VALUES (?, ?)").params(id, offer).update();
		}
		return find(officeId, id);
	}

	/** Today's latest requests at a point, the latest first: a busy desk shows its last few, not the whole day. */
	public List<Request> today(UUID officeId, UUID pointId, int latest) {
		return jdbc.sql(SELECT + " WHERE r.office_id = ? AND r.point_id = ? AND r.at >= ? ORDER BY r.at DESC, r.id LIMIT ?")
			.params(officeId, pointId, startOfToday(), latest)
			.query(Requests::request)
			.list();
	}

	/** How many requests were logged today at a point. */
	public int countToday(UUID officeId, UUID pointId) {
		return jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ? AND point_id = ? AND at >= ?")
			.params(officeId, pointId, startOfToday())
			.query(Integer.class)
			.single();
	}

	private java.sql.Timestamp startOfToday() {
		return java.sql.Timestamp.from(LocalDate.now(clock.withZone(DESK_ZONE)).atStartOfDay(DESK_ZONE).toInstant());
	}

	Request find(UUID officeId, UUID id) {
		return jdbc.sql(SELECT + " WHERE r.office_id = ? AND r.id = ?").params(officeId, id)
			.query(Requests::request)
			.single();
	}

	private static final String SELECT = """
			SELECT r.id, r.point_id, r.channel, r.at, r.party_size, r.party_kind, r.country, r.french_area,
			       r.language, r.topics, r.note, r.counsellor, r.visitors,
			       ARRAY(SELECT o.offer_id FROM welcome.request_offer o WHERE o.request_id = r.id ORDER BY o.offer_id)
			         AS offer_ids
			  FROM welcome.request r""";

	private static Request request(ResultSet rs, int row) throws SQLException {
		var topics = Arrays.stream((String[]) rs.getArray("topics").getArray()).map(Topic::valueOf).toList();
		var offers = Arrays.stream((Object[]) rs.getArray("offer_ids").getArray()).map(o -> (UUID) o).toList();
		var kind = rs.getString("party_kind");
		return new Request(rs.getObject("id", UUID.class), rs.getObject("point_id", UUID.class),
				Channel.valueOf(rs.getString("channel")), rs.getTimestamp("at").toInstant(),
				rs.getObject("party_size", Integer.class), kind == null ? null : PartyKind.valueOf(kind),
				rs.getString("country"), rs.getString("french_area"), rs.getString("language"), topics,
				rs.getString("note"), rs.getString("counsellor"), rs.getObject("visitors", Integer.class), offers);
	}

}
