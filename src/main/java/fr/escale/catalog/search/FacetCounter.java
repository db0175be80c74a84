package fr.escale.catalog.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Counts facet values while the hits are collected: one pass over the hits for every facet, and no
 * bit set of the hits to allocate and walk again as with {@code FacetsCollector}.
 */
final class FacetCounter implements Collector {

	/**
	 * One facet of a refreshed reader: its values' global ordinals, computed once per refresh.
	 *
	 * @param map segment to global ordinals; null when the reader has a single segment
	 */
	record Ordinals(String dim, SortedSetDocValuesReaderState state, OrdinalMap map, int firstOrd, int lastOrd) {

		static Ordinals of(String dim, SortedSetDocValuesReaderState state) throws IOException {
			SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
			if (range == null) {
				return null;
			}
			OrdinalMap map = state.getDocValues() instanceof MultiSortedSetDocValues multi ? multi.mapping : null;
			return new Ordinals(dim, state, map, range.start, range.end);
		}

	}

	private final List<Ordinals> facets;

	/** By facet, then by global ordinal. */
	private final int[][] counts;

	FacetCounter(List<Ordinals> facets) {
		this.facets = facets;
		this.counts = new int[facets.size()][];
		for (int i = 0; i < facets.size(); i++) {
			this.counts[i] = new int[facets.get(i).lastOrd() + 1];
		}
	}

	static CollectorManager<FacetCounter, FacetCounter> manager(List<Ordinals> facets) {
		return new CollectorManager<>() {

			@Override
			public FacetCounter newCollector() {
				return new FacetCounter(facets);
			}

			@Override
			public FacetCounter reduce(Collection<FacetCounter> counters) {
				if (counters.size() == 1) {
					return counters.iterator().next();
				}
				FacetCounter total = new FacetCounter(facets);
				for (FacetCounter counter : counters) {
					for (int i = 0; i < total.counts.length; i++) {
						for (int ord = 0; ord < total.counts[i].length; ord++) {
							total.counts[i][ord] += counter.counts[i][ord];
						}
					}
				}
				return total;
			}

		};
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		List<LeafCounter> leaves = new ArrayList<>(this.facets.size());
		for (int i = 0; i < this.facets.size(); i++) {
			Ordinals facet = this.facets.get(i);
			SortedSetDocValues values = context.reader().getSortedSetDocValues(facet.state().getField());
			if (values != null) {
				LongValues globalOrds = facet.map() == null ? LongValues.IDENTITY : facet.map().getGlobalOrds(context.ord);
				leaves.add(new LeafCounter(values, globalOrds, this.counts[i]));
			}
		}
		LeafCounter[] counters = leaves.toArray(LeafCounter[]::new);
		return new LeafCollector() {

			@Override
			public void setScorer(Scorable scorer) {
			}

			@Override
			public void collect(int doc) throws IOException {
				for (LeafCounter counter : counters) {
					counter.collect(doc);
				}
			}

			@Override
			public void finish() {
				for (LeafCounter counter : counters) {
					counter.finish();
				}
			}

		};
	}

	/** The most frequent values of a facet, most frequent first, ties in value order. */
	List<FacetCount> top(String dim, int n) throws IOException {
		for (int i = 0; i < this.facets.size(); i++) {
			Ordinals facet = this.facets.get(i);
			if (facet.dim().equals(dim)) {
				int[] counts = this.counts[i];
				List<Integer> ords = new ArrayList<>();
				for (int ord = facet.firstOrd(); ord <= facet.lastOrd(); ord++) {
					if (counts[ord] > 0) {
						ords.add(ord);
					}
				}
				ords.sort(Comparator.<Integer>comparingInt(ord -> counts[ord]).reversed().thenComparing(ord -> ord));
				SortedSetDocValues values = facet.state().getDocValues();
				List<FacetCount> top = new ArrayList<>(Math.min(n, ords.size()));
				for (int ord : ords.subList(0, Math.min(n, ords.size()))) {
					String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
					top.add(new FacetCount(path[1], path[1], counts[ord]));
				}
				return top;
			}
		}
		return List.of();
	}

	/** Counts by segment ordinal, then adds them to the global ordinals once the segment is done. */
	private static final class LeafCounter {

		private final SortedSetDocValues multi;

		private final SortedDocValues single;

		private final LongValues globalOrds;

		private final int[] globalCounts;

		private final int[] counts;

		LeafCounter(SortedSetDocValues values, LongValues globalOrds, int[] globalCounts) {
			this.single = DocValues.unwrapSingleton(values);
			this.multi = this.single == null ? values : null;
			this.globalOrds = globalOrds;
			this.globalCounts = globalCounts;
			this.counts = new int[Math.toIntExact(values.getValueCount())];
		}

		void collect(int doc) throws IOException {
			if (this.single != null) {
				if (this.single.advanceExact(doc)) {
					this.counts[this.single.ordValue()]++;
				}
			}
			else if (this.multi.advanceExact(doc)) {
				for (int i = this.multi.docValueCount(); i > 0; i--) {
					this.counts[(int) this.multi.nextOrd()]++;
				}
			}
		}

		void finish() {
			for (int ord = 0; ord < this.counts.length; ord++) {
				if (this.counts[ord] > 0) {
					this.globalCounts[(int) this.globalOrds.get(ord)] += this.counts[ord];
				}
			}
		}

	}

}
