package fr.escale.catalog.search;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;

/**
 * Names of the index fields, in one place for the writer and the queries.
 */
final class OfferFields {

	static final String ID = "id";

	static final String OFFICE = "office";

	static final String VERSION = "version";

	/** Names in every language, stemmed. */
	static final String NAME = "name";

	static final String TEXT = "text";

	/** Every word of names and texts, unstemmed: the vocabulary typos are corrected against. */
	static final String WORDS = "words";

	static final String TYPE = "type";

	static final String COMMUNE = "commune";

	static final String LOCATION = "location";

	static final String DISPLAY = "display";

	/** Languages a result list can be sorted by name in; another one sorts as French. */
	static final List<String> SORT_LANGUAGES = List.of("fr", "en", "de", "es", "it", "nl");

	private OfferFields() {
	}

	/** Names in one language, stemmed, to boost the user's own language. */
	static String name(String lang) {
		return "name_" + lang;
	}

	static String sortName(String lang) {
		return "sort_" + (SORT_LANGUAGES.contains(lang) ? lang : "fr");
	}

	static String open(DayOfWeek day) {
		return "open_" + day.name();
	}

	/** "Église Saint-Martin" sorts with the E, and case does not matter. */
	static String sortKey(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		folded = folded.toLowerCase(Locale.ROOT).strip();
		return folded.length() > 100 ? folded.substring(0, 100) : folded;
	}

}
