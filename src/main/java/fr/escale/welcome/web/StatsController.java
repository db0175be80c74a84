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
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.Requests;
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

	private final MessageSource messages;

	StatsController(DeskStats stats, InformationPoints points, MessageSource messages) {
		this.stats = stats;
		this.points = points;
		this.messages = messages;
	}

	/** A date as typed that is not one, or a period the wrong way round; value is what was typed. */
	record Problem(String code, String value) {
	}

	/** A line as the page shows it: its label, figures and share of the period's total. */
	record Row(String label, long requests, double share, long visitors, long previousRequests) {
	}

	record Table(Dimension dimension, List<Row> rows) {
	}

	record Period(LocalDate from, LocalDate to, List<Problem> problems) {
	}

	@GetMapping("/desk/stats")
	String stats(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String by, @AuthenticationPrincipal StaffPrincipal me, Model model,
			Locale locale) {
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
		model.addAttribute("tables", tables(office, period, totals.requests(), locale));
		var series = stats.series(office, period.from(), period.to(), grouping);
		model.addAttribute("series", series);
		model.addAttribute("seriesMax",
				Math.max(1, series.stream().mapToLong(DeskStats.Step::requests).max().orElse(1)));
		return "welcome/stats";
	}

	@GetMapping("/desk/stats.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@AuthenticationPrincipal StaffPrincipal me, Locale locale) {
		var period = period(from, to);
		if (!period.problems().isEmpty()) {
			var text = String.join("\n", period.problems().stream()
				.map(p -> messages.getMessage(p.code(), new Object[] { p.value() }, locale)).toList());
			return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(text.getBytes(StandardCharsets.UTF_8));
		}
		var out = new StringBuilder("\uFEFF");
		out.append(String.join(";", List.of("stats.csv.breakdown", "stats.csv.line", "stats.requests", "stats.share",
				"stats.visitors", "stats.previousRequests").stream().map(c -> messages.getMessage(c, null, locale))
			.map(StatsController::cell).toList())).append("\r\n");
		var total = stats.totals(me.officeId(), period.from(), period.to()).requests();
		for (var table : tables(me.officeId(), period, total, locale)) {
			var name = messages.getMessage("stats.by." + table.dimension(), null, locale);
			for (var row : table.rows()) {
				out.append(cell(name)).append(';').append(cell(row.label())).append(';').append(row.requests())
					.append(';').append(String.format(Locale.ROOT, "%.1f", row.share() * 100)).append(';')
					.append(row.visitors()).append(';').append(row.previousRequests()).append("\r\n");
			}
		}
		var body = new ByteArrayOutputStream();
		body.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"accueil-" + period.from() + "-" + period.to() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body.toByteArray());
	}

	/** Every breakdown of the period, each line's share taken of the period's requests (total). */
	private List<Table> tables(UUID office, Period period, long total, Locale locale) {
		var names = new HashMap<String, String>();
		points.of(office).forEach(p -> names.put(p.id().toString(), p.name()));
		var tables = new ArrayList<Table>();
		for (var dimension : Dimension.values()) {
			var rows = stats.breakdown(office, period.from(), period.to(), dimension).stream()
				.filter(l -> l.count().requests() > 0 || l.count().previousRequests() > 0)
				.map(l -> new Row(label(dimension, l, names, locale), l.count().requests(),
						total == 0 ? 0 : (double) l.count().requests() / total, l.count().visitors(),
						l.count().previousRequests()))
				.toList();
			tables.add(new Table(dimension, rows));
		}
		return tables;
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
		quick.put("stats.quick.year", new LocalDate[] { today.withDayOfYear(1), today });
		return quick;
	}

	private static String cell(String text) {
		return text.contains(";") || text.contains("\"") || text.contains("\n")
				? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

}
