package fr.escale.welcome.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Counts-only mode for rush hours: so many visitors from one country, in one line. */
record CountForm(@NotNull UUID point,
		String visitors,
		@NotBlank String country) {

	static CountForm empty(UUID point) {
		return new CountForm(point, "1", "");
	}

}
