package fr.escale.welcome.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Where visitors come from, as a counsellor types it: an ISO code or a country's name in French or English. */
final class Origins {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

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
		return COUNTRIES.stream()
			.filter(code -> name(code, Locale.FRENCH).equalsIgnoreCase(text) || name(code, Locale.ENGLISH).equalsIgnoreCase(text))
			.findFirst();
	}

	static boolean isLanguage(String code) {
		return LANGUAGES.contains(code.trim().toLowerCase(Locale.ROOT));
	}

	static String name(String code, Locale locale) {
		return code == null ? "" : new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

	static List<Country> all(Locale locale) {
		return COUNTRIES.stream().map(code -> new Country(code, name(code, locale)))
			.sorted(Comparator.comparing(Country::name)).toList();
	}

	/** A French département ("37", "2A", "974") or a postal code (five digits). */
	static boolean isFrenchArea(String typed) {
		return typed.matches("\\d{5}|\\d{2}|2[AaBb]|97\\d");
	}


}
