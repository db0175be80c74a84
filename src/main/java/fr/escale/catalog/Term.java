package fr.escale.catalog;

import java.util.Objects;

/**
 * An entry of the DATAtourisme thesaurus: {@code code} is its local name in the knowledge
 * base (e.g. {@code BikeGarage}), stable across languages; the label is for display.
 */
public record Term(String code, LocalizedText label) {

	public Term {
		Objects.requireNonNull(code, "code");
		label = label == null ? LocalizedText.empty() : label;
	}

}
