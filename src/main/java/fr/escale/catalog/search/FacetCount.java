package fr.escale.catalog.search;

/**
 * One value of a facet with the number of matching offers; the label is what a user reads (the
 * commune name for a commune code).
 */
public record FacetCount(String value, String label, long count) {
}
