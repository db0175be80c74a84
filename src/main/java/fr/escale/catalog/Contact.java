package fr.escale.catalog;

import java.util.List;
import java.util.Objects;

/** Who to call or write to about an offer; DATAtourisme separates general and booking contacts. */
public record Contact(Role role, String name, List<String> phones, List<String> emails, List<String> websites) {

	public enum Role {
		MAIN, BOOKING
	}

	public Contact {
		Objects.requireNonNull(role, "role");
		phones = phones == null ? List.of() : List.copyOf(phones);
		emails = emails == null ? List.of() : List.copyOf(emails);
		websites = websites == null ? List.of() : List.copyOf(websites);
	}

}
