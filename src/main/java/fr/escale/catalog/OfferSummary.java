package fr.escale.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An offer in a list: enough to recognise it and to know how fresh it is.
 *
 * @param name the French name, as listed
 * @param types DATAtourisme classes, most specific first as published
 * @param communeName from the communes reference, else as the offer's address gives it
 * @param confirmedAt when its content was last said to be right
 */
public record OfferSummary(UUID id, String name, List<String> types, String communeCode, String communeName,
		Instant updatedAt, Instant confirmedAt) {

	public OfferSummary {
		types = types == null ? List.of() : List.copyOf(types);
	}

}
