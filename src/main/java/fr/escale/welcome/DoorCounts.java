package fr.escale.welcome;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entries counted by the door counter of each point, one figure per French day. Typing or importing a day again
 * replaces its figure; every change is kept with who made it, when and what it replaced.
 */
@Service
public class DoorCounts {

	/** How a figure came in. */
	public enum Source {

		TYPED, CSV, DEMO

	}

	/** A day's entries at a point, as last typed or imported. */
	public record DoorCount(UUID pointId, LocalDate day, int entries, String enteredBy, Instant enteredAt) {
	}

	/** A change of a day's figure: what it was before (null for the first), by whom and when. */
	public record Change(UUID pointId, LocalDate day, int entries, Integer previous, Source source, String changedBy,
			Instant changedAt) {
	}

	/** Entries of a period and of the same period one year before. */
	public record Entries(long entries, long previousEntries) {
	}

	private final JdbcClient jdbc;

	private final InformationPoints points;

	private final Clock clock = Clock.systemUTC();

	DoorCounts(JdbcClient jdbc, InformationPoints points) {
		this.jdbc = jdbc;
		this.points = points;
	}

	/** A day's entries at a point, as typed or read from a file. */
	public record Figure(UUID pointId, LocalDate day, int entries) {
	}

	/** What setting figures did: days counted for the first time, days whose figure changed, days left as they were. */
	public record Outcome(int created, int updated, int unchanged) {
	}

	/** Sets a day's entries at one of the office's points, replacing any figure of that day. */
	@Transactional
	public Outcome set(UUID officeId, Figure figure, String by, Source source) {
		return setAll(officeId, List.of(figure), by, source);
	}

	/**
	 * Sets days' entries at the office's points, each replacing any figure of its day (the last one wins when a day
	 * comes twice); all or none.
	 */
	@Transactional
	public Outcome setAll(UUID officeId, List<Figure> figures, String by, Source source) {
		figures.stream().map(Figure::pointId).distinct().forEach(point -> points.get(officeId, point));
		var now = Timestamp.from(Instant.now(clock));
		int created = 0;
		int updated = 0;
		for (var figure : figures) {
			// One statement a day: the figure it replaces read (as the statement starts), replaced, and the change kept.
			var previous = jdbc.sql("""
					WITH old AS (SELECT entries FROM welcome.door_count WHERE point_id = :point AND day = :day),
					     saved AS (INSERT INTO welcome.door_count (office_id, point_id, day, entries, entered_by, entered_at)
					               VALUES (:office, :point, :day, :entries, :by, :now)
					               ON CONFLICT (point_id, day) DO UPDATE
					                  SET entries = EXCLUDED.entries, entered_by = EXCLUDED.entered_by,
					                      entered_at = EXCLUDED.entered_at
					                WHERE welcome.door_count.entries <> EXCLUDED.entries
					               RETURNING 1)
					INSERT INTO welcome.door_count_change (office_id, point_id, day, entries, previous, source, changed_by,
					                                       changed_at)
					SELECT :office, :point, :day, :entries, (SELECT entries FROM old), :source, :by, :now FROM saved
					RETURNING coalesce(previous, -1)""")
				.param("office", officeId)
				.param("point", figure.pointId())
				.param("day", figure.day())
				.param("entries", figure.entries())
				.param("by", by)
				.param("now", now)
				.param("source", source.name())
				.query(Integer.class)
				.optional();
			if (previous.isPresent()) {
				if (previous.get() < 0) {
					created++;
				}
				else {
					updated++;
				}
			}
		}
		return new Outcome(created, updated, figures.size() - created - updated);
	}

	/** The figures of a period, point by point and day by day, the latest first. */
	public List<DoorCount> of(UUID officeId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT point_id, day, entries, entered_by, entered_at FROM welcome.door_count
				 WHERE office_id = ? AND day BETWEEN ? AND ? ORDER BY day DESC, point_id""")
			.params(officeId, from, to)
			.query((rs, n) -> new DoorCount(rs.getObject("point_id", UUID.class), rs.getObject("day", LocalDate.class),
					rs.getInt("entries"), rs.getString("entered_by"), rs.getTimestamp("entered_at").toInstant()))
			.list();
	}

	/** The latest changes of the office's figures, the latest first. */
	public List<Change> changes(UUID officeId, int limit) {
		return jdbc.sql("""
				SELECT point_id, day, entries, previous, source, changed_by, changed_at FROM welcome.door_count_change
				 WHERE office_id = ? ORDER BY changed_at DESC, id DESC LIMIT ?""")
			.params(officeId, limit)
			.query((rs, n) -> new Change(rs.getObject("point_id", UUID.class), rs.getObject("day", LocalDate.class),
					rs.getInt("entries"), rs.getObject("previous", Integer.class), Source.valueOf(rs.getString("source")),
					rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	/**
	 * The entries of a period beside the same period one year before: in all, by point and step by step (keyed by the
	 * step's first day as in {@link DeskStats#series}, the year before moved one year on).
	 */
	public record Summary(Entries totals, Map<UUID, Entries> byPoint, Map<LocalDate, Entries> series) {
	}

	public Summary summary(UUID officeId, LocalDate from, LocalDate to, DeskStats.Grouping grouping) {
		var total = new long[2];
		var byPoint = new HashMap<UUID, long[]>();
		var steps = new TreeMap<LocalDate, long[]>();
		var previousEnd = DeskStats.previousEnd(from, to);
		jdbc.sql("""
				SELECT point_id, day, entries FROM welcome.door_count
				 WHERE office_id = ? AND (day BETWEEN ? AND ? OR day BETWEEN ? AND ?)""")
			.params(officeId, from, to, from.minusYears(1), previousEnd)
			.query(rs -> {
				var day = rs.getObject("day", LocalDate.class);
				var i = day.isBefore(from) ? 1 : 0;
				var entries = rs.getInt("entries");
				total[i] += entries;
				byPoint.computeIfAbsent(rs.getObject("point_id", UUID.class), p -> new long[2])[i] += entries;
				steps.computeIfAbsent(grouping.start(i == 1 ? day.plusYears(1) : day), d -> new long[2])[i] += entries;
			});
		var points = new HashMap<UUID, Entries>();
		byPoint.forEach((point, e) -> points.put(point, new Entries(e[0], e[1])));
		var series = new TreeMap<LocalDate, Entries>();
		steps.forEach((start, e) -> series.put(start, new Entries(e[0], e[1])));
		return new Summary(new Entries(total[0], total[1]), points, series);
	}

}
