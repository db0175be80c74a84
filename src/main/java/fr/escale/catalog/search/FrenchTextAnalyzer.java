package fr.escale.catalog.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French words as a visitor types them: without the article ("l'Église" is "eglise"), without
 * accents or case, and, when stemming, singular and plural alike ("châteaux" is "chateau").
 * <p>
 * The unstemmed form serves typo tolerance: a typo often changes how the stemmer cuts a word
 * ("chataux" stems to "chatal"), so edit distances are measured on whole words.
 */
final class FrenchTextAnalyzer extends Analyzer {

	private final boolean stemming;

	FrenchTextAnalyzer(boolean stemming) {
		this.stemming = stemming;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
		stream = new LowerCaseFilter(stream);
		stream = new ASCIIFoldingFilter(stream);
		if (this.stemming) {
			stream = new FrenchLightStemFilter(stream);
		}
		return new TokenStreamComponents(source, stream);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
