package fr.escale.welcome.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * The départements of France as the desk statistics map them: metropolitan ones drawn from the CC BY 4.0 map of
 * MapSVG / svg-maps (static/images/maps, fetched once by the browser and drawn département by département with
 * {@code <use>}, so that a page does not carry 120 KB of outlines), overseas ones listed below it. A choropleth shades
 * each by its requests.
 */
public final class FranceMap {

	/** The viewBox of the drawing. */
	public static final String VIEW_BOX = "0 0 613 585";

	/** Where the drawing is served, below the context path. */
	public static final String DRAWING = "/images/maps/france.departments.svg";

	/** Shades from the lightest (fewest requests) to the darkest; a département without any request has none. */
	public static final int SHADES = 5;

	/** Overseas départements (and Saint-Pierre-et-Miquelon, which has postal codes 975xx): not drawn. */
	public static final Map<String, String> OVERSEAS = Map.of("971", "Guadeloupe", "972", "Martinique", "973", "Guyane",
			"974", "La Réunion", "975", "Saint-Pierre-et-Miquelon", "976", "Mayotte");

	record Shape(String code, String name) {
	}

	private static final Pattern PATH = Pattern.compile("<path\\s+id=\"([0-9AB]{2,3})\"\\s+aria-label=\"([^\"]+)\"");

	private static final List<Shape> SHAPES = read();

	/** A département as the page shows it: shade 0 without any request, else 1 (fewest) to SHADES (most). */
	public record Department(String code, String name, long requests, int shade) {
	}

	/** A step of the legend: the shade and the requests it stands for. */
	public record Legend(int shade, long from, long to) {
	}

	public record Shaded(List<Department> metropolitan, List<Department> overseas, List<Legend> legend, long max) {
	}

	private FranceMap() {
	}

	/** Every département shaded by its requests (keyed by département code: 37, 2A, 974). */
	public static Shaded shade(Map<String, Long> requests) {
		var max = requests.values().stream().mapToLong(Long::longValue).max().orElse(0);
		var metropolitan = SHAPES.stream()
			.map(s -> department(s.code(), s.name(), requests.getOrDefault(s.code(), 0L), max))
			.toList();
		var overseas = new ArrayList<Department>();
		new java.util.TreeMap<>(OVERSEAS)
			.forEach((code, name) -> overseas.add(department(code, name, requests.getOrDefault(code, 0L), max)));
		var legend = new ArrayList<Legend>();
		for (int shade = 1; shade <= SHADES && max > 0; shade++) {
			var from = shade == 1 ? 1 : (long) Math.floor(max * square((shade - 1) / (double) SHADES)) + 1;
			var to = (long) Math.floor(max * square(shade / (double) SHADES));
			if (from <= to) {
				legend.add(new Legend(shade, from, to));
			}
		}
		return new Shaded(metropolitan, overseas, legend, max);
	}

	/**
	 * The map as an SVG image, each département drawn from the served drawing (contextPath before it), shaded and
	 * named (with its requests) by tooltip.
	 */
	public static String svg(Shaded map, String contextPath, String caption,
			java.util.function.Function<Department, String> tooltip) {
		var svg = new StringBuilder("<svg role=\"img\" aria-label=\"").append(Charts.escape(caption))
			.append("\" viewBox=\"").append(VIEW_BOX).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
		for (var d : map.metropolitan()) {
			svg.append("<use href=\"").append(Charts.escape(contextPath)).append(DRAWING).append('#').append(d.code())
				.append("\" id=\"dep-").append(d.code()).append("\" class=\"shade-").append(d.shade())
				.append("\"><title>").append(Charts.escape(tooltip.apply(d))).append("</title></use>");
		}
		return svg.append("</svg>").toString();
	}

	private static double square(double x) {
		return x * x;
	}

	/** The name of a département from its code, or null when not one of the map's nor overseas. */
	public static String name(String code) {
		return SHAPES.stream().filter(s -> s.code().equals(code)).map(Shape::name).findFirst()
			.orElse(OVERSEAS.get(code));
	}

	private static Department department(String code, String name, long requests, long max) {
		// On a square-root scale: the office's own département would otherwise leave every other one in the lightest shade.
		var shade = requests <= 0 || max <= 0 ? 0
				: (int) Math.min(SHADES, Math.max(1, Math.ceil(Math.sqrt(requests / (double) max) * SHADES - 1e-9)));
		return new Department(code, name, requests, shade);
	}

	private static List<Shape> read() {
		try (var in = new ClassPathResource("static" + DRAWING).getInputStream()) {
			var svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			var shapes = new LinkedHashMap<String, Shape>();
			var matcher = PATH.matcher(svg);
			while (matcher.find()) {
				shapes.put(matcher.group(1), new Shape(matcher.group(1), matcher.group(2)));
			}
			return List.copyOf(shapes.values());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
