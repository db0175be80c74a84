package fr.escale.catalog.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

/**
 * The searchable copy of the offer database, kept by each node in a Lucene index.
 * <p>
 * Writes are visible to searches after {@link #refresh()} (near real time) and survive a restart
 * after {@link #commit()} or {@link #close()}; {@link #maxVersion()} tells what to ask the database
 * for next. Safe for concurrent use. The directory is the caller's to close.
 */
public final class OfferIndex implements Closeable {

	static final int FACET_TOP = 30;

	static final int DEFAULT_CACHED_RESULTS = 1_000;

	/**
	 * Each facet in its own doc values field: a count reads only its own values, and the commune,
	 * one per offer, is stored single-valued, the fastest to count.
	 */
	private static final List<String> FACETS = List.of(SearchResults.TYPE, SearchResults.COMMUNE, SearchResults.LABEL);

	/** Separates the code from the name in a commune facet value; INSEE codes never contain it. */
	private static final char COMMUNE_SEPARATOR = '|';

	/** Only the vocabulary matters for typo correction: no frequencies, positions or norms. */
	private static final FieldType WORDS_TYPE = wordsType();

	private final Analyzer stemmed = new FrenchTextAnalyzer(true);

	private final Analyzer plain = new FrenchTextAnalyzer(false);

	private final TextMatch textMatch = new TextMatch(this.stemmed, this.plain);

	private final FacetsConfig facetsConfig = new FacetsConfig();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final AtomicLong maxVersion = new AtomicLong();

	/**
	 * As many searches at once as there are cores, the others queue: more threads would not
	 * finish sooner, they would preempt each other and turn half-millisecond searches into
	 * fifty-millisecond ones.
	 */
	private final Semaphore searching = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

	public OfferIndex(Directory directory) {
		this(directory, DEFAULT_CACHED_RESULTS);
	}

	/**
	 * @param cachedResults how many recent results to keep per refresh and serve again to the same
	 * query (the desk asks for "château" or "restaurant" all day long); 0 to disable
	 */
	public OfferIndex(Directory directory, int cachedResults) {
		this.facetsConfig.setMultiValued(SearchResults.TYPE, true);
		this.facetsConfig.setMultiValued(SearchResults.LABEL, true);
		FACETS.forEach(dim -> this.facetsConfig.setIndexFieldName(dim, facetField(dim)));
		Analyzer analyzer = new PerFieldAnalyzerWrapper(this.stemmed,
				Map.of(OfferFields.WORDS, this.plain));
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setRAMBufferSizeMB(64);
		try {
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(this.writer,
					new FacetedSearcherFactory(this.facetsConfig, cachedResults));
			IndexSearcher searcher = this.searchers.acquire();
			try {
				this.maxVersion.set(highestVersion(searcher.getIndexReader()));
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the offer index", ex);
		}
	}

	/**
	 * Adds or replaces offers by id; visible to searches after the next refresh. Within one batch
	 * the highest version of an offer wins; across batches the last one written does.
	 */
	public void upsert(Collection<SearchDocument> offers) {
		Map<UUID, SearchDocument> latest = new LinkedHashMap<>();
		for (SearchDocument offer : offers) {
			latest.merge(offer.id(), offer, (a, b) -> b.version() >= a.version() ? b : a);
		}
		try {
			for (SearchDocument offer : latest.values()) {
				this.writer.updateDocument(new Term(OfferFields.ID, offer.id().toString()),
						this.facetsConfig.build(document(offer)));
				this.maxVersion.accumulateAndGet(offer.version(), Math::max);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot index offers", ex);
		}
	}

	public void delete(UUID id) {
		try {
			this.writer.deleteDocuments(new Term(OfferFields.ID, id.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot remove offer " + id + " from the index", ex);
		}
	}

	/** Makes the writes so far visible to searches. */
	public void refresh() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot refresh the offer index", ex);
		}
	}

	/** Makes the writes so far durable, so that a restarted node resumes from {@link #maxVersion()}. */
	public void commit() {
		try {
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot commit the offer index", ex);
		}
	}

	/**
	 * The highest offer version given to this index, refreshed or not; the database rows with a
	 * greater version are the ones this node still has to index.
	 */
	public long maxVersion() {
		return this.maxVersion.get();
	}

	/** Offers visible to searches. */
	public int size() {
		IndexSearcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			release(searcher);
		}
	}

	public SearchResults search(OfferQuery query) {
		FacetedSearcher searcher = acquire();
		try {
			SearchResults results = searcher.cached(query);
			if (results != null) {
				return results;
			}
			this.searching.acquire();
			try {
				results = search(searcher, query);
			}
			finally {
				this.searching.release();
			}
			searcher.cache(query, results);
			return results;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search offers", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Search interrupted", ex);
		}
		finally {
			release(searcher);
		}
	}

	@Override
	public void close() {
		try {
			this.searchers.close();
			this.writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close the offer index", ex);
		}
		finally {
			this.stemmed.close();
			this.plain.close();
		}
	}

	private SearchResults search(FacetedSearcher searcher, OfferQuery query) throws IOException {
		Query text = query.text() == null ? null : this.textMatch.query(query.text(), query.lang(), searcher);
		List<Query> filters = new ArrayList<>();
		if (query.officeId() != null) {
			filters.add(new TermQuery(new Term(OfferFields.OFFICE, query.officeId().toString())));
		}
		if (query.radiusKm() != null) {
			filters.add(LatLonPoint.newDistanceQuery(OfferFields.LOCATION, query.latitude(), query.longitude(),
					query.radiusKm() * 1000));
		}
		if (query.on() != null) {
			int day = Math.toIntExact(query.on().toEpochDay());
			filters.add(IntRange.newContainsQuery(OfferFields.open(query.on().getDayOfWeek()), new int[] { day },
					new int[] { day }));
		}
		Query typeFilter = query.types().isEmpty() ? null
				: new TermInSetQuery(OfferFields.TYPE, query.types().stream().map(BytesRef::new).toList());
		Query communeFilter = query.communeCode() == null ? null
				: new TermQuery(new Term(OfferFields.COMMUNE, query.communeCode()));

		int window = (query.page() + 1) * query.size();
		TopFieldCollectorManager top = new TopFieldCollectorManager(sort(query, text != null), window, null,
				Integer.MAX_VALUE);
		// Drill sideways: a filter's own facet counts as if it were not set, to show the alternatives.
		List<FacetCounter.Ordinals> counted = new ArrayList<>();
		for (String dim : FACETS) {
			boolean sideways = (dim.equals(SearchResults.TYPE) && typeFilter != null)
					|| (dim.equals(SearchResults.COMMUNE) && communeFilter != null);
			if (!sideways && searcher.facets.containsKey(dim)) {
				counted.add(searcher.facets.get(dim));
			}
		}
		Object[] collected = searcher.search(combine(text, filters, typeFilter, communeFilter),
				new MultiCollectorManager(top, FacetCounter.manager(counted)));
		TopFieldDocs docs = (TopFieldDocs) collected[0];
		FacetCounter counts = (FacetCounter) collected[1];

		List<SearchHit> hits = new ArrayList<>(query.size());
		StoredFields stored = searcher.storedFields();
		Set<String> displayOnly = Set.of(OfferFields.DISPLAY);
		ScoreDoc[] scoreDocs = docs.scoreDocs;
		for (int i = query.page() * query.size(); i < scoreDocs.length; i++) {
			BytesRef bytes = stored.document(scoreDocs[i].doc, displayOnly).getBinaryValue(OfferFields.DISPLAY);
			hits.add(hit(DisplayFields.decode(bytes.bytes, bytes.offset, bytes.length), query));
		}

		Map<String, List<FacetCount>> facets = new HashMap<>();
		facets.put(SearchResults.TYPE, typeFilter == null ? top(counts, SearchResults.TYPE)
				: countWithout(searcher, combine(text, filters, null, communeFilter), SearchResults.TYPE));
		facets.put(SearchResults.COMMUNE, communeFilter == null ? top(counts, SearchResults.COMMUNE)
				: countWithout(searcher, combine(text, filters, typeFilter, null), SearchResults.COMMUNE));
		facets.put(SearchResults.LABEL, top(counts, SearchResults.LABEL));
		return new SearchResults(docs.totalHits.value, hits, facets);
	}

	private static Query combine(Query text, List<Query> filters, Query typeFilter, Query communeFilter) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		if (text != null) {
			query.add(text, Occur.MUST);
		}
		filters.forEach(filter -> query.add(filter, Occur.FILTER));
		if (typeFilter != null) {
			query.add(typeFilter, Occur.FILTER);
		}
		if (communeFilter != null) {
			query.add(communeFilter, Occur.FILTER);
		}
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
	}

	private static List<FacetCount> countWithout(FacetedSearcher searcher, Query query, String dim) throws IOException {
		FacetCounter.Ordinals facet = searcher.facets.get(dim);
		if (facet == null) {
			return List.of();
		}
		return top(searcher.search(query, FacetCounter.manager(List.of(facet))), dim);
	}

	private static List<FacetCount> top(FacetCounter counts, String dim) throws IOException {
		List<FacetCount> top = counts.top(dim, FACET_TOP);
		if (!SearchResults.COMMUNE.equals(dim)) {
			return top;
		}
		return top.stream().map(count -> {
			int separator = count.value().indexOf(COMMUNE_SEPARATOR);
			return new FacetCount(count.value().substring(0, separator), count.value().substring(separator + 1),
					count.count());
		}).toList();
	}

	/**
	 * Relevance for words, else the nearest first around a position, else by name; ties by name in
	 * the user's language.
	 */
	private static Sort sort(OfferQuery query, boolean hasText) {
		OfferQuery.Sort order = query.sort();
		if (order == null || (order == OfferQuery.Sort.RELEVANCE && !hasText)) {
			order = hasText ? OfferQuery.Sort.RELEVANCE
					: query.hasPosition() ? OfferQuery.Sort.DISTANCE : OfferQuery.Sort.NAME;
		}
		SortField name = new SortField(OfferFields.sortName(query.lang()), SortField.Type.STRING);
		name.setMissingValue(SortField.STRING_LAST);
		return switch (order) {
			case RELEVANCE -> new Sort(SortField.FIELD_SCORE, name);
			case DISTANCE -> new Sort(
					LatLonDocValuesField.newDistanceSort(OfferFields.LOCATION, query.latitude(), query.longitude()),
					name);
			case NAME -> new Sort(name);
		};
	}

	private static SearchHit hit(DisplayFields offer, OfferQuery query) {
		Double distanceKm = null;
		if (query.hasPosition() && offer.latitude() != null) {
			double meters = SloppyMath.haversinMeters(query.latitude(), query.longitude(), offer.latitude(),
					offer.longitude());
			distanceKm = Math.round(meters / 10) / 100.0;
		}
		return new SearchHit(offer.id(), offer.name(query.lang()), offer.types(), offer.communeCode(),
				offer.communeName(), offer.latitude(), offer.longitude(), distanceKm);
	}

	private static Document document(SearchDocument offer) {
		Document doc = new Document();
		doc.add(new StringField(OfferFields.ID, offer.id().toString(), Field.Store.NO));
		doc.add(new StringField(OfferFields.OFFICE, offer.officeId().toString(), Field.Store.NO));
		doc.add(new NumericDocValuesField(OfferFields.VERSION, offer.version()));
		offer.names().forEach((lang, name) -> {
			doc.add(new TextField(OfferFields.NAME, name, Field.Store.NO));
			doc.add(new Field(OfferFields.WORDS, name, WORDS_TYPE));
			doc.add(new TextField(OfferFields.name(lang), name, Field.Store.NO));
		});
		offer.texts().forEach((lang, text) -> {
			doc.add(new TextField(OfferFields.TEXT, text, Field.Store.NO));
			doc.add(new Field(OfferFields.WORDS, text, WORDS_TYPE));
		});
		for (String lang : OfferFields.SORT_LANGUAGES) {
			String key = OfferFields.sortKey(DisplayFields.nameIn(offer.names(), lang));
			doc.add(new SortedDocValuesField(OfferFields.sortName(lang), new BytesRef(key)));
		}
		for (String type : offer.types()) {
			if (!type.isBlank()) {
				doc.add(new StringField(OfferFields.TYPE, type, Field.Store.NO));
				doc.add(new SortedSetDocValuesFacetField(SearchResults.TYPE, type));
			}
		}
		if (offer.communeCode() != null && !offer.communeCode().isBlank()) {
			doc.add(new StringField(OfferFields.COMMUNE, offer.communeCode(), Field.Store.NO));
			String name = offer.communeName() == null || offer.communeName().isBlank() ? offer.communeCode()
					: offer.communeName();
			doc.add(new SortedSetDocValuesFacetField(SearchResults.COMMUNE,
					offer.communeCode() + COMMUNE_SEPARATOR + name));
		}
		for (String label : offer.labels()) {
			if (!label.isBlank()) {
				doc.add(new SortedSetDocValuesFacetField(SearchResults.LABEL, label));
			}
		}
		if (offer.latitude() != null) {
			doc.add(new LatLonPoint(OfferFields.LOCATION, offer.latitude(), offer.longitude()));
			doc.add(new LatLonDocValuesField(OfferFields.LOCATION, offer.latitude(), offer.longitude()));
		}
		for (DateSpan span : offer.openings()) {
			int start = Math.toIntExact(span.start().toEpochDay());
			int end = Math.toIntExact(span.end().toEpochDay());
			for (DayOfWeek day : EnumSet.allOf(DayOfWeek.class)) {
				if (span.isOn(day)) {
					doc.add(new IntRange(OfferFields.open(day), new int[] { start }, new int[] { end }));
				}
			}
		}
		doc.add(new StoredField(OfferFields.DISPLAY, DisplayFields.of(offer).encode()));
		return doc;
	}

	private static String facetField(String dim) {
		return "facet_" + dim;
	}

	private static FieldType wordsType() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setIndexOptions(IndexOptions.DOCS);
		type.setOmitNorms(true);
		type.freeze();
		return type;
	}

	private static long highestVersion(IndexReader reader) throws IOException {
		long highest = 0;
		for (LeafReaderContext leaf : reader.leaves()) {
			NumericDocValues versions = leaf.reader().getNumericDocValues(OfferFields.VERSION);
			if (versions == null) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			for (int doc = versions.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = versions.nextDoc()) {
				if (live == null || live.get(doc)) {
					highest = Math.max(highest, versions.longValue());
				}
			}
		}
		return highest;
	}

	private FacetedSearcher acquire() {
		try {
			return (FacetedSearcher) this.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void release(IndexSearcher searcher) {
		try {
			this.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A searcher with what is worth computing once per refresh rather than per query: the facet
	 * ordinals of its reader, and the latest results, which stay right until the next refresh.
	 */
	private static final class FacetedSearcher extends IndexSearcher {

		/** By facet; a facet no offer has yet is missing. */
		private final Map<String, FacetCounter.Ordinals> facets;

		private final Map<OfferQuery, SearchResults> results;

		FacetedSearcher(IndexReader reader, Map<String, FacetCounter.Ordinals> facets, int cachedResults) {
			super(reader);
			this.facets = facets;
			this.results = cachedResults <= 0 ? null
					: Collections.synchronizedMap(new LinkedHashMap<>(cachedResults * 2, 0.75f, true) {

						@Override
						protected boolean removeEldestEntry(Map.Entry<OfferQuery, SearchResults> eldest) {
							return size() > cachedResults;
						}

					});
		}

		SearchResults cached(OfferQuery query) {
			return this.results == null ? null : this.results.get(query);
		}

		void cache(OfferQuery query, SearchResults results) {
			if (this.results != null) {
				this.results.put(query, results);
			}
		}

	}

	private static final class FacetedSearcherFactory extends SearcherFactory {

		private final FacetsConfig config;

		private final int cachedResults;

		FacetedSearcherFactory(FacetsConfig config, int cachedResults) {
			this.config = config;
			this.cachedResults = cachedResults;
		}

		@Override
		public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
			FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
			Map<String, FacetCounter.Ordinals> facets = new HashMap<>();
			for (String dim : FACETS) {
				if (fields.fieldInfo(facetField(dim)) != null) {
					FacetCounter.Ordinals ordinals = FacetCounter.Ordinals
						.of(dim, new DefaultSortedSetDocValuesReaderState(reader, facetField(dim), this.config));
					if (ordinals != null) {
						facets.put(dim, ordinals);
					}
				}
			}
			return new FacetedSearcher(reader, Map.copyOf(facets), this.cachedResults);
		}

	}

}
