package fr.escale.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A text in several languages, keyed by lower-case language code ("fr", "en", "de"...).
 * Blank texts are dropped, so an empty instance means "nothing to show".
 */
public record LocalizedText(@JsonValue SortedMap<String, String> values) {

	private static final LocalizedText EMPTY = new LocalizedText(new TreeMap<>());

	public LocalizedText {
		TreeMap<String, String> copy = new TreeMap<>();
		if (values != null) {
			values.forEach((language, text) -> {
				if (language != null && text != null && !text.isBlank()) {
					copy.put(language.trim().toLowerCase(java.util.Locale.ROOT), text);
				}
			});
		}
		values = Collections.unmodifiableSortedMap(copy);
	}

	public static LocalizedText empty() {
		return EMPTY;
	}

	public static LocalizedText of(String language, String text) {
		TreeMap<String, String> values = new TreeMap<>();
		values.put(language, text);
		return new LocalizedText(values);
	}

	/** As JSON a localized text is just its map: {"fr": "Château", "en": "Castle"}. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static LocalizedText of(Map<String, String> values) {
		return new LocalizedText(new TreeMap<>(values));
	}

	/**
	 * The text in the wanted language, else French (the reference language of French
	 * tourist data), else English, else any; {@code null} only when empty.
	 */
	public String get(String language) {
		if (language != null && values.containsKey(language)) {
			return values.get(language);
		}
		for (String fallback : new String[] { "fr", "en" }) {
			if (values.containsKey(fallback)) {
				return values.get(fallback);
			}
		}
		return values.isEmpty() ? null : values.get(values.firstKey());
	}

	/** The text in exactly this language, without fallback. */
	public String exactly(String language) {
		return values.get(language);
	}

	public Set<String> languages() {
		return values.keySet();
	}

	@JsonIgnore
	public boolean isEmpty() {
		return values.isEmpty();
	}

	public LocalizedText with(String language, String text) {
		Map<String, String> copy = new LinkedHashMap<>(values);
		copy.put(language, text);
		return of(copy);
	}

	@Override
	public String toString() {
		return values.toString();
	}

}
