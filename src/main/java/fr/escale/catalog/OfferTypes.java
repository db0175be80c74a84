package fr.escale.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The DATAtourisme classes an offer may have ({@code Hotel}, {@code Castle}, …) with their French
 * and English names, from the DATAtourisme core ontology.
 */
@Component("offerTypes")
public class OfferTypes {

	private final Map<String, Names> types = new HashMap<>();

	OfferTypes() {
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (var reader = new InputStreamReader(new ClassPathResource("reference/datatourisme-types.csv").getInputStream(),
				StandardCharsets.UTF_8); var rows = format.parse(reader)) {
			rows.forEach(row -> types.put(row.get("type"), new Names(row.get("fr"), row.get("en"),
					row.get("parents").isEmpty() ? List.of() : List.of(row.get("parents").split("\\|")))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Names(String fr, String en, List<String> parents) {
	}

	/** The type's name in the person's language, or the class name itself when the ontology lacks it. */
	public String label(String type, Locale locale) {
		var names = types.get(type);
		if (names == null) {
			return type;
		}
		var name = "en".equals(locale.getLanguage()) ? names.en() : names.fr();
		return name.isBlank() ? type : name;
	}

	/** Every offer is a point of interest and nearly every one a place: filtering by them tells nothing. */
	public boolean narrows(String type) {
		return !"PointOfInterest".equals(type) && !"PlaceOfInterest".equals(type);
	}

	public boolean isKnown(String type) {
		return types.containsKey(type);
	}

	/** The types worth showing a person: the most specific ones ("Hotel", not "Accommodation"). */
	public List<String> shown(List<String> offerTypes) {
		var broader = offerTypes.stream()
			.map(types::get)
			.filter(java.util.Objects::nonNull)
			.flatMap(names -> names.parents().stream())
			.collect(java.util.stream.Collectors.toSet());
		return offerTypes.stream().filter(type -> isKnown(type) && !broader.contains(type)).toList();
	}

}
