package fr.escale.catalog;

/**
 * A line of the freshness dashboard: how many offers of a commune or of a type were last confirmed
 * under 6 months ago (fresh), 6 to 12 months ago (ageing), or 12 months ago or more (stale).
 *
 * @param key the commune's INSEE code or the DATAtourisme type; empty for offers without one
 * @param label in French, from the reference data
 */
public record FreshnessRow(String key, String label, long total, long fresh, long ageing, long stale) {
}
