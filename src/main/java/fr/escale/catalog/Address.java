package fr.escale.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Postal address of an offer; {@code communeCode} is the INSEE code, which is what joins an
 * offer to a commune (postal codes are shared by several communes).
 */
public record Address(List<String> streetLines, String postalCode, String locality, String communeCode,
		String communeName) {

	public Address {
		streetLines = streetLines == null ? List.of() : List.copyOf(streetLines);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return streetLines.isEmpty() && postalCode == null && locality == null && communeCode == null
				&& communeName == null;
	}

}
