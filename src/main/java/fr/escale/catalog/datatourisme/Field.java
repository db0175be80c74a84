package fr.escale.catalog.datatourisme;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A JSON value and where it sits in the object, so that every error can name its field.
 * JSON-LD lets any property hold one value or an array of values; {@link #all} hides that.
 */
record Field(JsonNode json, String path) {

	List<Field> all(String key) {
		JsonNode value = json.get(key);
		if (value == null || value.isNull() || value.isMissingNode()) {
			return List.of();
		}
		String childPath = path + "." + key;
		if (!value.isArray()) {
			return List.of(new Field(value, childPath));
		}
		List<Field> values = new ArrayList<>(value.size());
		for (int i = 0; i < value.size(); i++) {
			if (!value.get(i).isNull()) {
				values.add(new Field(value.get(i), childPath + "[" + i + "]"));
			}
		}
		return values;
	}

	Field first(String key) {
		List<Field> values = all(key);
		return values.isEmpty() ? null : values.get(0);
	}

	/** A scalar as text; a JSON-LD value object gives its {@code @value}, a reference its {@code @id}. */
	String text() {
		JsonNode value = json;
		if (value.isObject()) {
			if (value.has("@value")) {
				value = value.get("@value");
			}
			else if (value.has("@id")) {
				value = value.get("@id");
			}
			else {
				return null;
			}
		}
		if (value.isContainer() || value.isNull()) {
			return null;
		}
		String text = value.asString().trim();
		return text.isEmpty() ? null : text;
	}

	/** The first non-blank text of a property, with the field that holds it. */
	Field firstText(String key) {
		for (Field value : all(key)) {
			if (value.text() != null) {
				return value;
			}
		}
		return null;
	}

	String text(String key) {
		Field value = firstText(key);
		return value == null ? null : value.text();
	}

	List<Field> texts(String key) {
		List<Field> values = new ArrayList<>();
		for (Field value : all(key)) {
			if (value.text() != null) {
				values.add(value);
			}
		}
		return values;
	}

}
