package fr.escale.partners.quality;

import org.springframework.validation.Errors;

/** The support budget of a year, in euros as typed. */
record BudgetForm(String amount) {

	Long cents(Errors errors) {
		if (Typed.blank(amount)) {
			errors.rejectValue("amount", "quality.error.required");
			return null;
		}
		return Typed.cents(amount, "amount", errors);
	}

}
