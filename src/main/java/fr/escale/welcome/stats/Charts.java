package fr.escale.welcome.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Charts drawn on the server as SVG, so that they print and need no script: the geometry is computed here, the
 * template draws it.
 */
public final class Charts {

	private Charts() {
	}

	/** A value along the axis of the series, at height y. */
	public record Tick(double y, long value) {
	}

	/** A column of the series: this period's requests, its label shown under it or not. */
	public record Column(double x, double y, double width, double height, String label, boolean labelled, String title) {
	}

	/**
	 * The series as columns (this period's requests), with lines for the same steps one year before and for the
	 * entries counted at the doors (an empty line when none); every coordinate in the viewBox {@code 0 0 width height}.
	 */
	public record Series(int width, int height, double bottom, List<Column> columns, String previousLine,
			String entriesLine, List<Tick> ticks) {
	}

	/** A step of the series to draw. */
	public record Step(String label, long requests, long previousRequests, long entries, String title) {
	}

	public static final int WIDTH = 760;

	public static final int HEIGHT = 260;

	private static final double LEFT = 48;

	private static final double TOP = 10;

	private static final double BOTTOM = HEIGHT - 40;

	public static Series series(List<Step> steps) {
		var max = Math.max(1, steps.stream()
			.mapToLong(s -> Math.max(s.requests(), Math.max(s.previousRequests(), s.entries())))
			.max()
			.orElse(1));
		max = nice(max);
		var slot = (WIDTH - LEFT - 8) / Math.max(1, steps.size());
		var every = Math.max(1, (int) Math.ceil(steps.size() / 12.0));
		var columns = new ArrayList<Column>();
		var previous = new StringBuilder();
		var entries = new StringBuilder();
		var anyEntries = steps.stream().anyMatch(s -> s.entries() > 0);
		for (int i = 0; i < steps.size(); i++) {
			var step = steps.get(i);
			var x = LEFT + i * slot;
			var height = (BOTTOM - TOP) * step.requests() / max;
			columns.add(new Column(round(x + slot * 0.1), round(BOTTOM - height), round(Math.max(slot * 0.8, 0.5)),
					round(height), step.label(), i % every == 0, step.title()));
			var centre = round(x + slot / 2);
			previous.append(i == 0 ? "" : " ").append(centre).append(',')
				.append(round(BOTTOM - (BOTTOM - TOP) * step.previousRequests() / max));
			if (anyEntries) {
				entries.append(i == 0 ? "" : " ").append(centre).append(',')
					.append(round(BOTTOM - (BOTTOM - TOP) * step.entries() / max));
			}
		}
		var ticks = new ArrayList<Tick>();
		for (int i = 0; i <= 4; i++) {
			ticks.add(new Tick(round(BOTTOM - (BOTTOM - TOP) * i / 4), max * i / 4));
		}
		return new Series(WIDTH, HEIGHT, BOTTOM, columns, previous.toString(), entries.toString(), ticks);
	}

	/** A line of a breakdown as a horizontal bar: this period's, and one year before's as a thin bar under it. */
	public record Bar(String label, long value, long previous, double y, double width, double previousWidth) {
	}

	public record Bars(int width, int height, double labelWidth, List<Bar> bars) {
	}

	public static final int ROW = 26;

	/** The first lines of a breakdown (at most twelve), their bars scaled on the largest figure. */
	public static Bars bars(List<Bar> lines) {
		var shown = lines.stream().limit(12).toList();
		var max = Math.max(1, shown.stream().mapToLong(b -> Math.max(b.value(), b.previous())).max().orElse(1));
		var labelWidth = 200.0;
		var room = WIDTH - labelWidth - 70;
		var bars = new ArrayList<Bar>();
		for (int i = 0; i < shown.size(); i++) {
			var line = shown.get(i);
			bars.add(new Bar(line.label(), line.value(), line.previous(), i * ROW + 4, round(room * line.value() / max),
					round(room * line.previous() / max)));
		}
		return new Bars(WIDTH, Math.max(1, shown.size()) * ROW + 8, labelWidth, bars);
	}

	/** The series as an SVG image; caption is its accessible name. */
	public static String svg(Series chart, String caption) {
		var svg = new StringBuilder("<svg id=\"series-chart\" role=\"img\" aria-label=\"").append(escape(caption))
			.append("\" viewBox=\"0 0 ").append(chart.width()).append(' ').append(chart.height())
			.append("\" xmlns=\"http://www.w3.org/2000/svg\"><g class=\"axis\">");
		for (var tick : chart.ticks()) {
			svg.append("<line x1=\"").append(LEFT - 2).append("\" x2=\"").append(chart.width() - 8).append("\" y1=\"")
				.append(tick.y()).append("\" y2=\"").append(tick.y()).append("\"></line><text x=\"").append(LEFT - 6)
				.append("\" y=\"").append(tick.y() + 4).append("\" text-anchor=\"end\">").append(tick.value())
				.append("</text>");
		}
		svg.append("</g><g class=\"columns\">");
		for (var c : chart.columns()) {
			svg.append("<rect x=\"").append(c.x()).append("\" y=\"").append(c.y()).append("\" width=\"")
				.append(c.width()).append("\" height=\"").append(c.height()).append("\"><title>")
				.append(escape(c.title())).append("</title></rect>");
		}
		svg.append("</g><polyline class=\"previous\" points=\"").append(chart.previousLine()).append("\"></polyline>");
		if (!chart.entriesLine().isEmpty()) {
			svg.append("<polyline class=\"entries\" points=\"").append(chart.entriesLine()).append("\"></polyline>");
		}
		svg.append("<g class=\"labels\">");
		for (var c : chart.columns()) {
			if (c.labelled()) {
				svg.append("<text x=\"").append(round(c.x() + c.width() / 2)).append("\" y=\"")
					.append(chart.bottom() + 16).append("\" text-anchor=\"middle\">").append(escape(c.label()))
					.append("</text>");
			}
		}
		return svg.append("</g></svg>").toString();
	}

	/** A breakdown as an SVG image of horizontal bars; previous names a line's figure one year before. */
	public static String svg(String id, Bars chart, String caption, java.util.function.Function<Bar, String> previous) {
		var svg = new StringBuilder("<svg id=\"").append(escape(id)).append("\" role=\"img\" aria-label=\"")
			.append(escape(caption)).append("\" viewBox=\"0 0 ").append(chart.width()).append(' ')
			.append(chart.height()).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
		for (var b : chart.bars()) {
			var label = b.label().length() > 32 ? b.label().substring(0, 31) + "…" : b.label();
			svg.append("<g><title>").append(escape(b.label() + " : " + b.value() + " — " + previous.apply(b)))
				.append("</title><text x=\"0\" y=\"").append(b.y() + 13).append("\">").append(escape(label))
				.append("</text><rect class=\"current\" x=\"").append(chart.labelWidth()).append("\" y=\"")
				.append(b.y()).append("\" width=\"").append(b.width()).append("\" height=\"14\"></rect>")
				.append("<rect class=\"previous\" x=\"").append(chart.labelWidth()).append("\" y=\"")
				.append(b.y() + 16).append("\" width=\"").append(b.previousWidth()).append("\" height=\"4\"></rect>")
				.append("<text x=\"").append(round(chart.labelWidth() + b.width() + 6)).append("\" y=\"")
				.append(b.y() + 12).append("\">").append(b.value()).append("</text></g>");
		}
		return svg.append("</svg>").toString();
	}

	static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

	/** A round top of the axis: 1, 2 or 5 times a power of ten, at least the largest figure. */
	static long nice(long max) {
		var power = 1L;
		while (power * 10 <= max) {
			power *= 10;
		}
		for (var factor : new long[] { 1, 2, 5, 10 }) {
			if (factor * power >= max) {
				return factor * power;
			}
		}
		return 10 * power;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
