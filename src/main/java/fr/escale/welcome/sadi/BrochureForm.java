package fr.escale.welcome.sadi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A brochure as typed: languages as a list of codes (« fr, en »), the year as text so that a slip is shown back. */
record BrochureForm(@NotBlank @Size(max = 200) String title, @Size(max = 100) String languages, String editionYear,
		@Size(max = 200) String publisher) {

	static BrochureForm empty() {
		return new BrochureForm("", "fr", "", "");
	}

	static BrochureForm of(Brochure brochure) {
		return new BrochureForm(brochure.title(), String.join(", ", brochure.languages()),
				brochure.editionYear() == null ? "" : brochure.editionYear().toString(),
				brochure.publisher() == null ? "" : brochure.publisher());
	}

}
