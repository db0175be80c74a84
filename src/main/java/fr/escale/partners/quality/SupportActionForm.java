package fr.escale.partners.quality;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A support action as staff type it; the cost in euros as typed (150 or 150,50). */
record SupportActionForm(@NotBlank @Size(max = 100) String kind, @Size(max = 2000) String description, String cost,
		String doneOn) {

	static SupportActionForm empty(LocalDate today) {
		return new SupportActionForm("", "", "", today.toString());
	}

	/** The action to record, or null with every mistake in {@code errors}. */
	SupportAction.Draft check(Errors errors) {
		var cents = Typed.cents(cost, "cost", errors);
		var done = Typed.date(doneOn, "doneOn", true, errors);
		return errors.hasErrors() ? null : new SupportAction.Draft(kind, description, cents, done);
	}

}
