package fr.escale.welcome.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

/** Counts-only mode for rush hours: so many visitors from one country, in one line. */
record CountForm(UUID point, String visitors, @NotBlank String country) {

	static CountForm empty(UUID point) {
		return new CountForm(point, "1", "");
	}

}
