package fr.escale.welcome.sadi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.escale.welcome.Channel;
import fr.escale.welcome.DeskStats;
import fr.escale.welcome.Requests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** How many requests were logged at each point: what the register shows beside each point. */
@Service
public class PointRequests {

	/** One month at a point: requests by channel. */
	public record Month(YearMonth month, Map<Channel, Long> byChannel) {

		public long total() {
			return byChannel.values().stream().mapToLong(Long::longValue).sum();
		}

		public long of(Channel channel) {
			return byChannel.getOrDefault(channel, 0L);
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	private final DeskStats stats;

	PointRequests(JdbcClient jdbc, DeskStats stats) {
		this.jdbc = jdbc;
		this.stats = stats;
	}

	/** Requests of the last 30 days (today and the 29 days before, French days) per point of the office. */
	public Map<UUID, Long> last30Days(UUID officeId) {
		var since = today().minusDays(29).atStartOfDay(Requests.DESK_ZONE).toInstant();
		var counts = new HashMap<UUID, Long>();
		jdbc.sql("""
				SELECT point_id, count(*) AS requests FROM welcome.request
				 WHERE office_id = ? AND at >= ? GROUP BY point_id""")
			.params(officeId, Timestamp.from(since))
			.query(rs -> {
				counts.put(rs.getObject("point_id", UUID.class), rs.getLong("requests"));
			});
		return counts;
	}

	/** The point's requests of this month and the 11 before, oldest first, months without any included. */
	public List<Month> last12Months(UUID officeId, UUID pointId) {
		var first = YearMonth.from(today()).minusMonths(11);
		var since = first.atDay(1).atStartOfDay(Requests.DESK_ZONE).toInstant();
		var months = new ArrayList<Month>();
		for (int i = 0; i < 12; i++) {
			months.add(new Month(first.plusMonths(i), new EnumMap<>(Channel.class)));
		}
		// From the statistics' rollup: a point of a busy office has hundreds of thousands of requests.
		stats.pointMonths(officeId, pointId, first.atDay(1), YearMonth.from(today()).atDay(1)).forEach((day, channels) -> {
			int index = (int) first.until(YearMonth.from(day), ChronoUnit.MONTHS);
			if (index >= 0 && index < months.size()) {
				channels.forEach((channel, requests) -> months.get(index).byChannel().put(Channel.valueOf(channel), requests));
			}
		});
		return months;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Requests.DESK_ZONE));
	}

}
