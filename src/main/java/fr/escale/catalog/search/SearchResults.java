package fr.escale.catalog.search;

import java.util.List;
import java.util.Map;

/**
 * One page of offers and the facet counts of the whole result set.
 *
 * @param total number of matching offers, exact
 * @param facets {@code type}, {@code commune} and {@code label}, each sorted by count, top 30; the
 * type and commune counts ignore their own filter (drill sideways) so a user can widen the search
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

	public static final String TYPE = "type";

	public static final String COMMUNE = "commune";

	public static final String LABEL = "label";

	public SearchResults {
		hits = List.copyOf(hits);
		facets = Map.copyOf(facets);
	}

	public List<FacetCount> facet(String name) {
		return this.facets.getOrDefault(name, List.of());
	}

}
