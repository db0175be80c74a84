package fr.escale.welcome.sadi;

import java.util.List;
import java.util.UUID;

/**
 * A brochure the office hands out at its points.
 *
 * @param languages ISO 639-1 codes of the languages it is printed in
 * @param publisher the offer or partner it presents, as text; null for the office's own
 */
public record Brochure(UUID id, String title, List<String> languages, Integer editionYear, String publisher) {

	public Brochure {
		languages = languages == null ? List.of() : List.copyOf(languages);
	}

}
