package fr.escale.welcome;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Desk statistics of one office over a period of French days, beside the same period one year before. Every figure
 * is read from the rollup welcome.request_day (per office, day, dimension and key), which triggers keep exact as
 * requests are written: a year of a large office is a few tens of thousands of lines, not hundreds of thousands of
 * requests.
 */
@Service
public class DeskStats {

	/** What the figures are broken down by; the rollup keeps one line per day and key of each. */
	public enum Dimension {

		POINT, CHANNEL,
		/** The country; France split by département ("FR-37"), from a département or a postal code. */
		COUNTRY, PARTY, LANGUAGE,
		/** A request counts once under each of its topics. */
		TOPIC

	}

	/** How the series is grouped; each step is named by its first day. */
	public enum Grouping {

		DAY, WEEK, MONTH,
		/**
		 * Meteorological seasons, as French statistics count them: winter December to February (named by the year
		 * of its January: December 2025 is winter 2026), spring March to May, summer June to August, autumn September
		 * to November.
		 */
		SEASON, YEAR;

		/** The first day of the step this day falls in. */
		public LocalDate start(LocalDate day) {
			return switch (this) {
				case DAY -> day;
				case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				case MONTH -> day.withDayOfMonth(1);
				case SEASON -> day.withDayOfMonth(1).minusMonths(day.getMonthValue() % 3);
				case YEAR -> day.withDayOfYear(1);
			};
		}

	}

	/** A season, from the first day of its step: its name and the year it is known by. */
	public enum Season {

		WINTER, SPRING, SUMMER, AUTUMN;

		public static Season of(LocalDate start) {
			return values()[start.getMonthValue() % 12 / 3];
		}

		/** The year a season is known by: a winter by the year of its January. */
		public static int year(LocalDate start) {
			return start.getMonthValue() == 12 ? start.getYear() + 1 : start.getYear();
		}

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

	/** A point of the series: the first day of the day, week, month, season or year; its figures one year before. */
	public record Step(LocalDate start, long requests, long visitors, long previousRequests, long previousVisitors) {
	}

	private final JdbcClient jdbc;

	DeskStats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The totals of the period (from and to included). */
	public Count totals(UUID officeId, LocalDate from, LocalDate to) {
		var params = params(officeId, from, to);
		return jdbc.sql("SELECT " + SUMS + " FROM " + periods("d.dimension = 'ALL'", from, to, true, params))
			.params(params)
			.query((rs, n) -> count(rs))
			.single();
	}

	/** A breakdown of the period, the most requested first. */
	public List<Line> breakdown(UUID officeId, LocalDate from, LocalDate to, Dimension dimension) {
		return breakdowns(officeId, from, to, List.of(dimension)).get(dimension);
	}

	/** Every breakdown of the period in one reading, each the most requested first. */
	public Map<Dimension, List<Line>> breakdowns(UUID officeId, LocalDate from, LocalDate to) {
		return breakdowns(officeId, from, to, List.of(Dimension.values()));
	}

	private Map<Dimension, List<Line>> breakdowns(UUID officeId, LocalDate from, LocalDate to,
			List<Dimension> dimensions) {
		var params = params(officeId, from, to);
		params.put("dimensions", dimensions.stream().map(Dimension::name).toList());
		var lines = new EnumMap<Dimension, List<Line>>(Dimension.class);
		dimensions.forEach(d -> lines.put(d, new ArrayList<>()));
		jdbc.sql("SELECT d.dimension, nullif(d.key, '') AS key, " + SUMS + " FROM "
				+ periods("d.dimension IN (:dimensions)", from, to, true, params)
				+ """
				 GROUP BY d.dimension, d.key
				HAVING sum(d.requests) <> 0
				 ORDER BY d.dimension, 3 DESC, 2 NULLS LAST""")
			.params(params)
			.query(rs -> {
				lines.get(Dimension.valueOf(rs.getString("dimension"))).add(new Line(rs.getString("key"), count(rs)));
			});
		return lines;
	}

	/**
	 * The requests and visitors of the period step by step, beside those of the year before moved one year on (so
	 * that a week of last year sits beside the same week of this year); steps without any request are left out.
	 */
	public List<Step> series(UUID officeId, LocalDate from, LocalDate to, Grouping grouping) {
		var steps = new TreeMap<LocalDate, long[]>();
		var start = from;
		// Days and weeks need the days; months, seasons and years are made of whole months.
		var months = grouping != Grouping.DAY && grouping != Grouping.WEEK;
		var params = params(officeId, from, to);
		jdbc.sql("SELECT d.day, d.requests, d.visitors FROM "
				+ periods("d.dimension = 'ALL' AND d.requests <> 0", from, to, months, params))
			.params(params)
			.query(rs -> {
				var day = rs.getObject("day", LocalDate.class);
				var previous = day.isBefore(start);
				var figures = steps.computeIfAbsent(grouping.start(previous ? day.plusYears(1) : day), d -> new long[4]);
				figures[previous ? 2 : 0] += rs.getLong("requests");
				figures[previous ? 3 : 1] += rs.getLong("visitors");
			});
		return steps.entrySet().stream()
			.map(e -> new Step(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
			.toList();
	}

	/** A point's requests by channel, month by month (each named by its first day), from and to included. */
	public Map<LocalDate, Map<String, Long>> pointMonths(UUID officeId, UUID pointId, LocalDate fromMonth,
			LocalDate toMonth) {
		var months = new TreeMap<LocalDate, Map<String, Long>>();
		jdbc.sql("""
				SELECT d.day, d.key, sum(d.requests) AS requests FROM (
				  SELECT day, key, requests FROM welcome.request_day
				   WHERE office_id = :office AND grain = 'M' AND dimension = 'POINT_CHANNEL' AND day BETWEEN :from AND :to
				  UNION ALL
				  SELECT day, key, requests FROM welcome.request_delta
				   WHERE office_id = :office AND grain = 'M' AND dimension = 'POINT_CHANNEL' AND day BETWEEN :from AND :to
				) d WHERE d.key LIKE :point GROUP BY 1, 2 HAVING sum(d.requests) <> 0""")
			.param("office", officeId).param("from", fromMonth).param("to", toMonth).param("point", pointId + " %")
			.query(rs -> {
				months.computeIfAbsent(rs.getObject("day", LocalDate.class), m -> new java.util.HashMap<>())
					.put(rs.getString("key").substring(pointId.toString().length() + 1), rs.getLong("requests"));
			});
		return months;
	}

	/**
	 * Moves the changes the triggers appended (welcome.request_delta) into the rollup, in one statement: readers see
	 * the same figures before and after. Every few seconds, so that the changes stay few; two nodes folding at once
	 * never fold a change twice (the second finds it deleted).
	 */
	@Scheduled(fixedDelay = 5_000, initialDelay = 5_000)
	public void fold() {
		jdbc.sql("""
				WITH moved AS (DELETE FROM welcome.request_delta RETURNING *)
				INSERT INTO welcome.request_day AS d (office_id, grain, dimension, day, key, requests, visitors, recommended)
				SELECT office_id, grain, dimension, day, key, sum(requests), sum(visitors), sum(recommended)
				  FROM moved GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
				ON CONFLICT (office_id, grain, dimension, day, key) DO UPDATE
				   SET requests = d.requests + EXCLUDED.requests, visitors = d.visitors + EXCLUDED.visitors,
				       recommended = d.recommended + EXCLUDED.recommended""")
			.update();
	}

	private static final String SUMS = """
			coalesce(sum(d.requests) FILTER (WHERE d.day >= :start), 0) AS requests,
			coalesce(sum(d.visitors) FILTER (WHERE d.day >= :start), 0) AS visitors,
			coalesce(sum(d.recommended) FILTER (WHERE d.day >= :start), 0) AS recommended,
			coalesce(sum(d.requests) FILTER (WHERE d.day < :start), 0) AS previous_requests,
			coalesce(sum(d.visitors) FILTER (WHERE d.day < :start), 0) AS previous_visitors,
			coalesce(sum(d.recommended) FILTER (WHERE d.day < :start), 0) AS previous_recommended""";

	/**
	 * The office's lines of the rollup that match, in the period and in the same period one year before (which always
	 * ends before the period starts): range scans of the primary key, the whole months of each read by month (when
	 * months will do) and the days around them by day. Adds the ranges' bounds to params.
	 */
	private static String periods(String condition, LocalDate from, LocalDate to, boolean months,
			Map<String, Object> params) {
		var ranges = new ArrayList<Range>();
		ranges.addAll(ranges(from, to, months));
		ranges.addAll(ranges(from.minusYears(1), previousEnd(from, to), months));
		var sql = new StringBuilder("(");
		for (int i = 0; i < ranges.size(); i++) {
			var range = ranges.get(i);
			// The rollup and the changes not yet folded into it.
			for (var table : List.of("request_day", "request_delta")) {
				sql.append(sql.length() == 1 ? "" : " UNION ALL ")
					.append("SELECT d.day, d.dimension, d.key, d.requests, d.visitors, d.recommended FROM welcome.")
					.append(table).append(" d WHERE d.office_id = :office AND d.grain = '").append(range.grain())
					.append("' AND ").append(condition).append(" AND d.day BETWEEN :from").append(i).append(" AND :to")
					.append(i);
			}
			params.put("from" + i, range.from());
			params.put("to" + i, range.to());
		}
		return sql.append(") d").toString();
	}

	/** Days (grain D) or whole months (grain M, each named by its first day) of the rollup, from and to included. */
	record Range(String grain, LocalDate from, LocalDate to) {
	}

	/** A period as the rollup reads it: its whole months by month, the days before and after them by day. */
	static List<Range> ranges(LocalDate from, LocalDate to, boolean months) {
		var firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		var lastMonthEnd = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
		if (!months || lastMonthEnd.isBefore(firstMonth)) {
			return List.of(new Range("D", from, to));
		}
		var ranges = new ArrayList<Range>();
		if (from.isBefore(firstMonth)) {
			ranges.add(new Range("D", from, firstMonth.minusDays(1)));
		}
		ranges.add(new Range("M", firstMonth, lastMonthEnd));
		if (lastMonthEnd.isBefore(to)) {
			ranges.add(new Range("D", lastMonthEnd.plusDays(1), to));
		}
		return ranges;
	}

	private static Map<String, Object> params(UUID officeId, LocalDate from, LocalDate to) {
		var params = new java.util.HashMap<String, Object>();
		params.put("office", officeId);
		params.put("start", from);
		return params;
	}

	/** The last day of the year before a period; a period longer than a year stops it the day before it starts. */
	static LocalDate previousEnd(LocalDate from, LocalDate to) {
		var previousEnd = to.minusYears(1);
		return previousEnd.isBefore(from) ? previousEnd : from.minusDays(1);
	}

	private static Count count(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Count(rs.getLong("requests"), rs.getLong("visitors"), rs.getLong("recommended"),
				rs.getLong("previous_requests"), rs.getLong("previous_visitors"), rs.getLong("previous_recommended"));
	}

}
