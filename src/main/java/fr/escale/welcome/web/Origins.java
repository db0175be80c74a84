package fr.escale.welcome.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where visitors come from, as a counsellor types it: an ISO code or a country's name in French or English. */
final class Origins {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	/** Every country's name in French and in English, lower case, to its code: looked up on each request logged. */
	private static final Map<String, String> BY_NAME = COUNTRIES.stream()
		.flatMap(code -> Stream.of(Locale.FRENCH, Locale.ENGLISH).map(l -> Map.entry(lower(name(code, l)), code)))
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (first, same) -> first));

	/** The desk's list of countries, sorted, in each language of the desk: shown on every desk page. */
	private static final Map<Locale, List<Country>> LISTS = new ConcurrentHashMap<>();

	private Origins() {
	}

	record Country(String code, String name) {
	}

	static Optional<String> country(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		var text = typed.trim();
		if (COUNTRIES.contains(text.toUpperCase(Locale.ROOT))) {
			return Optional.of(text.toUpperCase(Locale.ROOT));
		}
		return Optional.ofNullable(BY_NAME.get(lower(text)));
	}

	static boolean isLanguage(String code) {
		return LANGUAGES.contains(code.trim().toLowerCase(Locale.ROOT));
	}

	static String name(String code, Locale locale) {
		return code == null ? "" : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

	static List<Country> all(Locale locale) {
		return LISTS.computeIfAbsent(Locale.forLanguageTag(locale.getLanguage()),
				language -> COUNTRIES.stream().map(code -> new Country(code, name(code, language)))
					.sorted(Comparator.comparing(Country::name)).toList());
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

	/** A French département ("37", "2A", "974") or a postal code (five digits). */
	static boolean isFrenchArea(String typed) {
		return typed.matches("\\d{5}|\\d{2}|2[AaBb]|97\\d");
	}

}
