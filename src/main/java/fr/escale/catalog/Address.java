package fr.escale.catalog;

import java.util.List;

/**
 * Postal address of an offer; {@code communeCode} is the INSEE code, which is what joins an
 * offer to a commune (postal codes are shared by several communes).
 */
public record Address(List<String> streetLines, String postalCode, String locality, String communeCode,
		String communeName) {

	public Address {
		streetLines = streetLines == null ? List.of() : List.copyOf(streetLines);
	}

	public boolean isEmpty() {
		return streetLines.isEmpty() && postalCode == null && locality == null && communeCode == null
				&& communeName == null;
	}

}
