package fr.escale.territory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The reference of French communes (COG), read once from the classpath: it is the same on every
 * node and never changes while Escale runs, so it is kept in memory.
 */
@Service
public class Communes {

	private static final Pattern CODE = Pattern.compile("[0-9][0-9AB][0-9]{3}");

	private final Map<String, Commune> byCode;

	private final Map<String, Commune> byName = new HashMap<>();

	Communes() {
		this.byCode = load("reference/communes.csv.gz");
		for (var commune : byCode.values()) {
			byName.merge(fold(commune.name()), commune, (one, other) -> one.population() >= other.population() ? one : other);
		}
	}

	public Optional<Commune> byCode(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
	}

	/**
	 * The commune a person means by a name ("amboise", "Saint-Cyr-sur-Loire"): accents and case do
	 * not matter; among namesakes, the most populated.
	 */
	public Optional<Commune> byName(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(byName.get(fold(name)));
	}

	private static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('-', ' ')
			.replace('’', '\'')
			.toLowerCase(java.util.Locale.ROOT)
			.trim();
	}

	/** An INSEE code has five characters, digits but for Corsica's 2A and 2B. */
	public static boolean isCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	public int size() {
		return byCode.size();
	}

	private static Map<String, Commune> load(String resource) {
		var communes = new HashMap<String, Commune>(40_000);
		var file = new ClassPathResource(resource);
		if (!file.exists()) {
			return Map.of();
		}
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (var reader = new InputStreamReader(new GZIPInputStream(file.getInputStream()), StandardCharsets.UTF_8);
				var rows = format.parse(reader)) {
			for (var row : rows) {
				var postalCodes = row.get("postal_codes");
				var commune = new Commune(row.get("insee"), row.get("name"), row.get("department"),
						postalCodes.isEmpty() ? List.of() : List.of(postalCodes.split("\\|")), number(row.get("latitude")),
						number(row.get("longitude")), row.get("population").isEmpty() ? 0 : Integer.parseInt(row.get("population")));
				communes.put(commune.code(), commune);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
		return Map.copyOf(communes);
	}

	private static Double number(String cell) {
		return cell.isEmpty() ? null : Double.valueOf(cell);
	}

}
