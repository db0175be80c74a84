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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the words a user typed into a scored query: names weigh four times descriptions, the
 * user's language a little more, exact words more than corrected typos, all words more than some,
 * and the words in the order of a name most.
 */
final class TextMatch {

	static final float NAME_BOOST = 4f;

	static final float LANGUAGE_BOOST = 1f;

	static final float TYPO_BOOST = 0.4f;

	static final float PHRASE_BOOST = 4f;

	/**
	 * A word found in this many offers is taken as spelt right: correcting it would only add noise
	 * ("chapeau" for "château") and cost time on the broadest searches.
	 */
	static final int KNOWN_WORD_MIN_OFFERS = 3;

	static final int MAX_CORRECTIONS = 20;

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

	Query query(String text, String lang, IndexSearcher searcher) throws IOException {
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
			allWords.add(word(stems.get(i), words.get(i), lang, searcher), Occur.SHOULD);
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

	private Query word(String stem, String word, String lang, IndexSearcher searcher) throws IOException {
		BooleanQuery.Builder anyField = new BooleanQuery.Builder()
			.add(new BoostQuery(new TermQuery(new Term(OfferFields.NAME, stem)), NAME_BOOST), Occur.SHOULD)
			.add(new TermQuery(new Term(OfferFields.TEXT, stem)), Occur.SHOULD)
			.add(new BoostQuery(new TermQuery(new Term(OfferFields.name(lang), stem)), LANGUAGE_BOOST), Occur.SHOULD);
		if (word.length() >= TYPO_MIN_LENGTH
				&& searcher.getIndexReader().docFreq(new Term(OfferFields.WORDS, word)) < KNOWN_WORD_MIN_OFFERS) {
			Set<String> seen = new HashSet<>(Set.of(stem));
			for (String correction : corrections(word, searcher)) {
				for (String correctedStem : terms(this.stemmed, correction)) {
					if (seen.add(correctedStem)) {
						anyField.add(new BoostQuery(new TermQuery(new Term(OfferFields.NAME, correctedStem)),
								NAME_BOOST * TYPO_BOOST), Occur.SHOULD);
						anyField.add(new BoostQuery(new TermQuery(new Term(OfferFields.TEXT, correctedStem)), TYPO_BOOST),
								Occur.SHOULD);
					}
				}
			}
		}
		return anyField.build();
	}

	/**
	 * Indexed words one edit away, the first letter kept (rarely mistyped, and it keeps the walk
	 * of the vocabulary short). They are stemmed afterwards: "chataux" is corrected to "chateaux",
	 * which then matches "Château" like any plural.
	 */
	private static List<String> corrections(String word, IndexSearcher searcher) throws IOException {
		Set<Term> terms = new HashSet<>();
		collectCorrections(word, searcher, terms);
		if (word.length() > TYPO_MIN_LENGTH && (word.endsWith("s") || word.endsWith("x"))) {
			// The plural may be written nowhere: "chataux" is two edits from "chateau", "chatau" one.
			collectCorrections(word.substring(0, word.length() - 1), searcher, terms);
		}
		return terms.stream().map(Term::text).filter(text -> !text.equals(word)).sorted().toList();
	}

	private static void collectCorrections(String word, IndexSearcher searcher, Set<Term> terms) throws IOException {
		FuzzyQuery fuzzy = new FuzzyQuery(new Term(OfferFields.WORDS, word), 1, 1, MAX_CORRECTIONS, true,
				new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_CORRECTIONS));
		searcher.rewrite(fuzzy).visit(QueryVisitor.termCollector(terms));
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
