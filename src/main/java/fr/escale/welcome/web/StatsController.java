package fr.escale.welcome.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.escale.offices.StaffPrincipal;
import fr.escale.platform.TypedDate;
import fr.escale.welcome.DeskStats;
import fr.escale.welcome.DeskStats.Dimension;
import fr.escale.welcome.DeskStats.Grouping;
import fr.escale.welcome.DeskStats.Line;
import fr.escale.welcome.DeskStats.Season;
import fr.escale.welcome.DoorCounts;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.Requests;
import fr.escale.welcome.stats.Charts;
import fr.escale.welcome.stats.FranceMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Desk statistics: any staff member of the office reads its figures over a period, beside the year before. */
@Controller
@ConditionalOnWebApplication
class StatsController {

	private final DeskStats stats;

	private final InformationPoints points;

	private final DoorCounts doors;

	private final MessageSource messages;

	StatsController(DeskStats stats, InformationPoints points, DoorCounts doors, MessageSource messages) {
		this.stats = stats;
		this.points = points;
		this.doors = doors;
		this.messages = messages;
	}

	/** A date as typed that is not one, or a period the wrong way round; value is what was typed. */
	record Problem(String code, String value) {
	}

	/**
	 * A line as the page shows it: its label, figures and share of the period's total; for a point, the entries its
	 * door counter counted (null when none was typed) and the requests per entry.
	 */
	record Row(String label, long requests, double share, long visitors, long previousRequests, Long entries) {

		public Double requestsPerEntry() {
			return entries == null || entries == 0 ? null : (double) requests / entries;
		}

	}

	/** A step of the series as the page shows it, with the entries counted at the doors. */
	record SeriesRow(LocalDate start, String label, long requests, long visitors, long previousRequests,
			long previousVisitors, long entries, long previousEntries) {
	}

	record Table(Dimension dimension, List<Row> rows) {
	}

	record Period(LocalDate from, LocalDate to, List<Problem> problems) {
	}

	@GetMapping("/desk/stats")
	String stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String by, @AuthenticationPrincipal StaffPrincipal me, Model model,
			Locale locale, jakarta.servlet.http.HttpServletRequest request) {
		var grouping = grouping(by);
		var period = period(from, to);
		var today = LocalDate.now(Requests.DESK_ZONE);
		model.addAttribute("from", from == null ? String.valueOf(period.from()) : from);
		model.addAttribute("to", to == null ? String.valueOf(period.to()) : to);
		model.addAttribute("by", grouping);
		model.addAttribute("groupings", Grouping.values());
		model.addAttribute("problems", period.problems());
		model.addAttribute("quick", quick(today));
		if (!period.problems().isEmpty()) {
			model.addAttribute("totals", null);
			return "welcome/stats";
		}
		var office = me.officeId();
		model.addAttribute("period", period);
		model.addAttribute("previousFrom", period.from().minusYears(1));
		model.addAttribute("previousTo", period.to().minusYears(1));
		var totals = stats.totals(office, period.from(), period.to());
		model.addAttribute("totals", totals);
		var door = doors.summary(office, period.from(), period.to(), grouping);
		model.addAttribute("entries", door.totals());
		var breakdowns = stats.breakdowns(office, period.from(), period.to());
		var tables = tables(office, period, breakdowns, totals.requests(), door, locale);
		model.addAttribute("tables", tables);
		var series = series(office, period, grouping, door, locale);
		model.addAttribute("series", series);
		model.addAttribute("seriesMax", Math.max(1, series.stream().mapToLong(SeriesRow::requests).max().orElse(1)));
		var seriesChart = Charts.series(series.stream()
			.map(r -> new Charts.Step(shortLabel(r.start(), grouping, locale), r.requests(), r.previousRequests(),
					r.entries(), messages.getMessage("stats.chart.step", new Object[] { r.label(),
							String.valueOf(r.requests()), String.valueOf(r.previousRequests()), String.valueOf(r.entries()) },
							locale)))
			.toList());
		model.addAttribute("seriesChart", seriesChart);
		model.addAttribute("seriesSvg", Charts.svg(seriesChart, messages.getMessage("stats.chart.series", null, locale)));
		var charts = new LinkedHashMap<Dimension, String>();
		for (var table : tables) {
			if (CHARTED.contains(table.dimension()) && !table.rows().isEmpty()) {
				var bars = Charts.bars(table.rows().stream()
					.map(r -> new Charts.Bar(r.label(), r.requests(), r.previousRequests(), 0, 0, 0))
					.toList());
				charts.put(table.dimension(), Charts.svg("chart-" + table.dimension().name().toLowerCase(Locale.ROOT), bars,
						messages.getMessage("stats.by." + table.dimension(), null, locale),
						b -> messages.getMessage("stats.chart.previous", new Object[] { b.label(), b.previous() }, locale)));
			}
		}
		model.addAttribute("charts", charts);
		var departments = new HashMap<String, Long>();
		breakdowns.get(Dimension.COUNTRY).stream()
			.filter(l -> l.key() != null && l.key().startsWith("FR-"))
			.forEach(l -> departments.merge(l.key().substring(3), l.count().requests(), Long::sum));
		var map = FranceMap.shade(departments);
		model.addAttribute("map", map);
		model.addAttribute("mapSvg", FranceMap.svg(map, request.getContextPath(),
				messages.getMessage("stats.map.title", null, locale),
				d -> messages.getMessage("stats.map.tooltip", new Object[] { d.name(), d.code(), d.requests() }, locale)));
		return "welcome/stats";
	}

	@GetMapping("/desk/stats.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String by, @AuthenticationPrincipal StaffPrincipal me, Locale locale) {
		var period = period(from, to);
		if (!period.problems().isEmpty()) {
			var text = String.join("\n", period.problems().stream()
				.map(p -> messages.getMessage(p.code(), new Object[] { p.value() }, locale)).toList());
			return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(text.getBytes(StandardCharsets.UTF_8));
		}
		var out = new StringBuilder("\uFEFF");
		out.append(String.join(";", List.of("stats.csv.breakdown", "stats.csv.line", "stats.requests", "stats.share",
				"stats.visitors", "stats.previousRequests", "stats.entries").stream()
			.map(c -> messages.getMessage(c, null, locale))
			.map(StatsController::cell).toList())).append("\r\n");
		var grouping = grouping(by);
		var total = stats.totals(me.officeId(), period.from(), period.to()).requests();
		var breakdowns = stats.breakdowns(me.officeId(), period.from(), period.to());
		// Entries counted at the doors: beside each point and each step; other lines have none.
		var door = doors.summary(me.officeId(), period.from(), period.to(), grouping);
		for (var table : tables(me.officeId(), period, breakdowns, total, door, locale)) {
			var name = messages.getMessage("stats.by." + table.dimension(), null, locale);
			for (var row : table.rows()) {
				out.append(cell(name)).append(';').append(cell(row.label())).append(';').append(row.requests())
					.append(';').append(String.format(Locale.ROOT, "%.1f", row.share() * 100)).append(';')
					.append(row.visitors()).append(';').append(row.previousRequests()).append(';')
					.append(row.entries() == null ? "" : row.entries()).append("\r\n");
			}
		}
		// Then the series, step by step, in the grouping of the page.
		var name = messages.getMessage("stats.csv.series", new Object[] {
				messages.getMessage("stats.grouping." + grouping, null, locale).toLowerCase(locale) }, locale);
		for (var step : stats.series(me.officeId(), period.from(), period.to(), grouping)) {
			var entries = door.series().get(step.start());
			out.append(cell(name)).append(';').append(cell(label(step.start(), grouping, locale))).append(';')
				.append(step.requests()).append(';')
				.append(String.format(Locale.ROOT, "%.1f", total == 0 ? 0 : step.requests() * 100.0 / total)).append(';')
				.append(step.visitors()).append(';').append(step.previousRequests()).append(';')
				.append(entries == null ? "" : entries.entries()).append("\r\n");
		}
		var body = new ByteArrayOutputStream();
		body.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"accueil-" + period.from() + "-" + period.to() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body.toByteArray());
	}

	/** The breakdowns drawn as bar charts beside their tables. */
	private static final java.util.Set<Dimension> CHARTED = java.util.EnumSet.of(Dimension.POINT, Dimension.CHANNEL,
			Dimension.TOPIC);

	/**
	 * Every breakdown of the period, each line's share taken of the period's requests (total); points with entries
	 * counted at their doors show them, even without any request.
	 */
	private List<Table> tables(UUID office, Period period, Map<Dimension, List<Line>> breakdowns, long total,
			DoorCounts.Summary door, Locale locale) {
		var names = new HashMap<String, String>();
		points.of(office).forEach(p -> names.put(p.id().toString(), p.name()));
		var tables = new ArrayList<Table>();
		for (var dimension : Dimension.values()) {
			var rows = new ArrayList<Row>();
			var seen = new java.util.HashSet<String>();
			for (var l : breakdowns.get(dimension)) {
				seen.add(l.key());
				var entries = dimension == Dimension.POINT && door != null && l.key() != null
						? door.byPoint().get(UUID.fromString(l.key())) : null;
				rows.add(new Row(label(dimension, l, names, locale), l.count().requests(),
						total == 0 ? 0 : (double) l.count().requests() / total, l.count().visitors(),
						l.count().previousRequests(), entries == null ? null : entries.entries()));
			}
			if (dimension == Dimension.POINT && door != null) {
				door.byPoint().forEach((point, entries) -> {
					if (!seen.contains(point.toString()) && entries.entries() > 0) {
						rows.add(new Row(names.getOrDefault(point.toString(), point.toString()), 0, 0, 0, 0,
								entries.entries()));
					}
				});
			}
			tables.add(new Table(dimension, rows));
		}
		return tables;
	}

	/** The series of requests beside the entries counted at the doors, step by step. */
	private List<SeriesRow> series(UUID office, Period period, Grouping grouping, DoorCounts.Summary door,
			Locale locale) {
		var steps = new java.util.TreeMap<LocalDate, SeriesRow>();
		for (var s : stats.series(office, period.from(), period.to(), grouping)) {
			var entries = door.series().get(s.start());
			steps.put(s.start(), new SeriesRow(s.start(), label(s.start(), grouping, locale), s.requests(), s.visitors(),
					s.previousRequests(), s.previousVisitors(), entries == null ? 0 : entries.entries(),
					entries == null ? 0 : entries.previousEntries()));
		}
		door.series().forEach((start, entries) -> steps.putIfAbsent(start, new SeriesRow(start,
				label(start, grouping, locale), 0, 0, 0, 0, entries.entries(), entries.previousEntries())));
		return List.copyOf(steps.values());
	}

	/** A step as the series table names it: its first day, or the season. */
	private String label(LocalDate start, Grouping grouping, Locale locale) {
		return grouping == Grouping.SEASON ? season(start, locale)
				: start.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	/** A step as the chart's axis names it, shortly. */
	private String shortLabel(LocalDate start, Grouping grouping, Locale locale) {
		return switch (grouping) {
			case DAY, WEEK -> start.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM"));
			case MONTH -> start.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
			case SEASON -> season(start, locale);
			case YEAR -> String.valueOf(start.getYear());
		};
	}

	private String season(LocalDate start, Locale locale) {
		return messages.getMessage("stats.season." + Season.of(start),
				new Object[] { String.valueOf(Season.year(start)) }, locale);
	}

	private String label(Dimension dimension, Line line, Map<String, String> pointNames, Locale locale) {
		var key = line.key();
		if (key == null) {
			return messages.getMessage("stats.unknown", null, locale);
		}
		return switch (dimension) {
			case POINT -> pointNames.getOrDefault(key, key);
			case CHANNEL -> messages.getMessage("desk.channel." + key, null, key, locale);
			case PARTY -> messages.getMessage("desk.partyKind." + key, null, key, locale);
			case TOPIC -> messages.getMessage("desk.topic." + key, null, key, locale);
			case LANGUAGE -> Locale.forLanguageTag(key).getDisplayLanguage(locale) + " (" + key + ")";
			case COUNTRY -> key.startsWith("FR-") ? Origins.name("FR", locale) + " — " + key.substring(3)
					: Origins.name(key, locale);
		};
	}

	/** The period typed; blank dates default to the last 30 days, ending today. */
	static Period period(String from, String to) {
		var problems = new ArrayList<Problem>();
		var today = LocalDate.now(Requests.DESK_ZONE);
		var end = date(to, "stats.error.to", problems);
		var start = date(from, "stats.error.from", problems);
		if (problems.isEmpty()) {
			end = end == null ? today : end;
			start = start == null ? end.minusDays(29) : start;
			if (end.isBefore(start)) {
				problems.add(new Problem("stats.error.order", end.toString()));
			}
		}
		return new Period(start, end, problems);
	}

	private static LocalDate date(String typed, String code, List<Problem> problems) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		var date = TypedDate.parse(typed);
		if (date.isEmpty()) {
			problems.add(new Problem(code, typed.trim()));
		}
		return date.orElse(null);
	}

	private static Grouping grouping(String by) {
		for (var g : Grouping.values()) {
			if (g.name().equalsIgnoreCase(by)) {
				return g;
			}
		}
		return Grouping.DAY;
	}

	/** Today, this week (from Monday), this month and this year, each up to today. */
	private static Map<String, LocalDate[]> quick(LocalDate today) {
		var quick = new LinkedHashMap<String, LocalDate[]>();
		quick.put("stats.quick.today", new LocalDate[] { today, today });
		quick.put("stats.quick.week", new LocalDate[] { today.with(DayOfWeek.MONDAY), today });
		quick.put("stats.quick.month", new LocalDate[] { today.withDayOfMonth(1), today });
		quick.put("stats.quick.season", new LocalDate[] { Grouping.SEASON.start(today), today });
		quick.put("stats.quick.year", new LocalDate[] { today.withDayOfYear(1), today });
		var lastYear = today.minusYears(1);
		quick.put("stats.quick.lastYear", new LocalDate[] { lastYear.withDayOfYear(1), lastYear.withMonth(12).withDayOfMonth(31) });
		return quick;
	}

	private static String cell(String text) {
		return text.contains(";") || text.contains("\"") || text.contains("\n")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
