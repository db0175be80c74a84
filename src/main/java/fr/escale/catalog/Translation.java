package fr.escale.catalog;

/**
 * Records that a property's text in a language was produced by a translator (usually a
 * machine), so it can be shown with a warning or replaced by a human translation.
 *
 * @param property the DATAtourisme property, compact form (e.g. {@code rdfs:comment})
 * @param translator who translated, e.g. the translation service's address
 */
public record Translation(String property, String language, String translator) {

}
