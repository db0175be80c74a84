package fr.escale.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the words a user typed into a scored query: names weigh four times descriptions, the
 * user's language a little more, exact words more than typos, all words more than some, and the
 * words in the order of a name most.
 */
final class TextMatch {

	static final float NAME_BOOST = 4f;

	static final float LANGUAGE_BOOST = 1f;

	static final float TYPO_BOOST = 0.4f;

	static final float PHRASE_BOOST = 4f;

	/** Shorter words are too often common ones ("tour", "parc") to guess what else was meant. */
	static final int TYPO_MIN_LENGTH = 5;

	private static final List<String> STOP_WORDS = List.of("le", "la", "les", "l", "un", "une", "des", "de", "du",
			"d", "au", "aux", "a", "à", "et", "en", "sur", "sous", "pour", "par", "dans", "avec", "chez", "the", "of",
			"and", "in", "at", "to");

	private final Analyzer stemmed;

	private final Analyzer plain;

	private final Set<String> stopWords = new HashSet<>();

	TextMatch(Analyzer stemmed, Analyzer plain) {
		this.stemmed = stemmed;
		this.plain = plain;
		for (String word : STOP_WORDS) {
			this.stopWords.addAll(terms(plain, word));
		}
	}

	Query query(String text, String lang) {
		List<String> stems = terms(this.stemmed, text);
		List<String> words = terms(this.plain, text);
		if (stems.isEmpty() || stems.size() != words.size()) {
			return null;
		}
		boolean onlyStopWords = words.stream().allMatch(this.stopWords::contains);
		BooleanQuery.Builder allWords = new BooleanQuery.Builder();
		int significant = 0;
		for (int i = 0; i < stems.size(); i++) {
			if (!onlyStopWords && this.stopWords.contains(words.get(i))) {
				continue;
			}
			allWords.add(word(stems.get(i), words.get(i), lang), Occur.SHOULD);
			significant++;
		}
		// One word may be missing from three or more, so that a superfluous word does not empty the list.
		allWords.setMinimumNumberShouldMatch(significant <= 2 ? significant : significant - 1);
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(allWords.build(), Occur.MUST);
		if (stems.size() > 1) {
			PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
			stems.forEach(stem -> phrase.add(new Term(OfferFields.NAME, stem)));
			query.add(new BoostQuery(phrase.build(), PHRASE_BOOST), Occur.SHOULD);
		}
		return query.build();
	}

	private Query word(String stem, String word, String lang) {
		BooleanQuery.Builder anyField = new BooleanQuery.Builder()
			.add(new BoostQuery(new TermQuery(new Term(OfferFields.NAME, stem)), NAME_BOOST), Occur.SHOULD)
			.add(new TermQuery(new Term(OfferFields.TEXT, stem)), Occur.SHOULD)
			.add(new BoostQuery(new TermQuery(new Term(OfferFields.name(lang), stem)), LANGUAGE_BOOST), Occur.SHOULD);
		if (word.length() >= TYPO_MIN_LENGTH) {
			anyField.add(new BoostQuery(typo(OfferFields.NAME_WORDS, word), NAME_BOOST * TYPO_BOOST), Occur.SHOULD);
			anyField.add(new BoostQuery(typo(OfferFields.TEXT_WORDS, word), TYPO_BOOST), Occur.SHOULD);
		}
		return anyField.build();
	}

	/** One edit away, the first letter kept: rarely mistyped, and it keeps the term walk short. */
	private static Query typo(String field, String word) {
		return new FuzzyQuery(new Term(field, word), 1, 1, 20, true);
	}

	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
