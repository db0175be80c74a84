package fr.escale.welcome;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Desk statistics of one office over a period of French days, beside the same period one year before: every figure
 * is counted exactly in SQL, grouped over (office_id, at).
 */
@Service
public class DeskStats {

	/** What the figures are broken down by; each is a SQL expression giving the line's key. */
	public enum Dimension {

		POINT("r.point_id::text"), CHANNEL("r.channel"),
		/** The country; France split by département ("FR-37"), from a département or a postal code. */
		COUNTRY("""
				CASE WHEN r.country = 'FR' AND r.french_area IS NOT NULL THEN 'FR-' ||
				  CASE WHEN r.french_area ~ '^\\d{5}$' THEN
				    CASE WHEN left(r.french_area, 2) = '97' THEN left(r.french_area, 3)
				         WHEN left(r.french_area, 3) IN ('200', '201') THEN '2A'
				         WHEN left(r.french_area, 2) = '20' THEN '2B'
				         ELSE left(r.french_area, 2) END
				  ELSE upper(r.french_area) END
				ELSE r.country END"""),
		PARTY("r.party_kind"), LANGUAGE("r.language"), TOPIC("t.topic");

		private final String key;

		Dimension(String key) {
			this.key = key;
		}

	}

	/** How the series is grouped. */
	public enum Grouping {

		DAY, WEEK, MONTH, YEAR

	}

	/** Requests, visitors and those with a recommended offer, now and one year before. */
	public record Count(long requests, long visitors, long recommended, long previousRequests,
			long previousVisitors, long previousRecommended) {

		public double recommendedShare() {
			return requests == 0 ? 0 : (double) recommended / requests;
		}

		public double previousRecommendedShare() {
			return previousRequests == 0 ? 0 : (double) previousRecommended / previousRequests;
		}

	}

	/** One line of a breakdown; a null key is "not known". */
	public record Line(String key, Count count) {
	}

	/** A point of the series: the first day of the day, week, month or year; its figures one year before. */
	public record Step(LocalDate start, long requests, long visitors, long previousRequests, long previousVisitors) {
	}

	private final JdbcClient jdbc;

	DeskStats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The totals of the period (from and to included). */
	public Count totals(UUID officeId, LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " FROM welcome.request r" + where())
			.params(params(officeId, from, to))
			.query((rs, n) -> count(rs))
			.single();
	}

	/** A breakdown of the period, the most requested first. */
	public List<Line> breakdown(UUID officeId, LocalDate from, LocalDate to, Dimension dimension) {
		var topics = dimension == Dimension.TOPIC ? " CROSS JOIN LATERAL unnest(r.topics) AS t(topic)" : "";
		return jdbc.sql("SELECT " + dimension.key + " AS key, " + SELECT.substring("SELECT ".length())
				+ " FROM welcome.request r" + topics + where() + " GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST")
			.params(params(officeId, from, to))
			.query((rs, n) -> new Line(rs.getString("key"), count(rs)))
			.list();
	}

	/**
	 * The requests and visitors of the period step by step, beside those of the year before moved one year on (so
	 * that a week of last year sits beside the same week of this year); steps without any request are left out.
	 */
	public List<Step> series(UUID officeId, LocalDate from, LocalDate to, Grouping grouping) {
		return jdbc.sql("""
				SELECT date_trunc('%s', (CASE WHEN r.at >= :start THEN r.at ELSE r.at + interval '1 year' END)
				         AT TIME ZONE 'Europe/Paris')::date AS start,
				       count(*) FILTER (WHERE r.at >= :start) AS requests,
				       coalesce(sum(coalesce(r.visitors, r.party_size, 0)) FILTER (WHERE r.at >= :start), 0) AS visitors,
				       count(*) FILTER (WHERE r.at < :start) AS previous_requests,
				       coalesce(sum(coalesce(r.visitors, r.party_size, 0)) FILTER (WHERE r.at < :start), 0)
				         AS previous_visitors
				  FROM welcome.request r""".formatted(grouping.name().toLowerCase()) + where()
				+ " GROUP BY 1 ORDER BY 1")
			.params(params(officeId, from, to))
			.query((rs, n) -> new Step(rs.getObject("start", LocalDate.class), rs.getLong("requests"),
					rs.getLong("visitors"), rs.getLong("previous_requests"), rs.getLong("previous_visitors")))
			.list();
	}

	private static final String SELECT = """
			SELECT count(*) FILTER (WHERE r.at >= :start AND r.at < :end) AS requests,
			       coalesce(sum(coalesce(r.visitors, r.party_size, 0))
			         FILTER (WHERE r.at >= :start AND r.at < :end), 0) AS visitors,
			       count(*) FILTER (WHERE r.at >= :start AND r.at < :end AND EXISTS
			         (SELECT 1 FROM welcome.request_offer o WHERE o.request_id = r.id)) AS recommended,
			       count(*) FILTER (WHERE r.at >= :pstart AND r.at < :pend) AS previous_requests,
			       coalesce(sum(coalesce(r.visitors, r.party_size, 0))
			         FILTER (WHERE r.at >= :pstart AND r.at < :pend), 0) AS previous_visitors,
			       count(*) FILTER (WHERE r.at >= :pstart AND r.at < :pend AND EXISTS
			         (SELECT 1 FROM welcome.request_offer o WHERE o.request_id = r.id)) AS previous_recommended""";

	private static String where() {
		return " WHERE r.office_id = :office AND ((r.at >= :start AND r.at < :end) OR (r.at >= :pstart AND r.at < :pend))";
	}

	private static java.util.Map<String, Object> params(UUID officeId, LocalDate from, LocalDate to) {
		return java.util.Map.of("office", officeId, "start", start(from), "end", start(to.plusDays(1)), "pstart",
				start(from.minusYears(1)), "pend", start(to.minusYears(1).plusDays(1)));
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(Requests.DESK_ZONE).toInstant());
	}

	private static Count count(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Count(rs.getLong("requests"), rs.getLong("visitors"), rs.getLong("recommended"),
				rs.getLong("previous_requests"), rs.getLong("previous_visitors"), rs.getLong("previous_recommended"));
	}

}
