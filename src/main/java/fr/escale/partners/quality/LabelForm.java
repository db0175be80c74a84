package fr.escale.partners.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A label the office creates for its territory; its validity in years is optional. */
record LabelForm(@NotBlank @Size(max = 200) String name, String validityYears) {

	static final int MAX_VALIDITY_YEARS = 20;

	static LabelForm empty() {
		return new LabelForm("", "");
	}

	/** The validity to save (null for none), with any mistake in {@code errors}. */
	Integer validity(Errors errors) {
		return Typed.number(validityYears, 1, MAX_VALIDITY_YEARS, "validityYears", "quality.error.validity", errors);
	}

}
