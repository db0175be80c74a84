package fr.escale.catalog.datatourisme;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The namespaces of DATAtourisme JSON-LD. Objects arrive with compact keys or with full IRIs of
 * the 2.x ({@code datatourisme.gouv.fr}) or 3.x ({@code datatourisme.fr}) ontology; everything
 * is turned into the compact 2.x form once, so the reader only knows one spelling.
 */
final class Vocabulary {

	static final int MAX_TEXT_LENGTH = 100_000;

	static final int MAX_LIST_SIZE = 5_000;

	/** Namespace to prefix; the ontology core is the default vocabulary, hence no prefix. */
	static final Map<String, String> NAMESPACES = new LinkedHashMap<>();

	static {
		NAMESPACES.put("https://www.datatourisme.gouv.fr/ontology/core#", "");
		NAMESPACES.put("https://www.datatourisme.fr/ontology/core#", "");
		NAMESPACES.put("https://www.datatourisme.gouv.fr/resource/core#", "kb:");
		NAMESPACES.put("https://www.datatourisme.fr/resource/core#", "kb:");
		NAMESPACES.put("http://schema.org/", "schema:");
		NAMESPACES.put("https://schema.org/", "schema:");
		NAMESPACES.put("http://www.w3.org/2000/01/rdf-schema#", "rdfs:");
		NAMESPACES.put("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:");
		NAMESPACES.put("http://purl.org/dc/elements/1.1/", "dc:");
		NAMESPACES.put("http://purl.org/dc/terms/", "dct:");
		NAMESPACES.put("http://www.ebu.ch/metadata/ontologies/ebucore/ebucore#", "ebucore:");
		NAMESPACES.put("http://xmlns.com/foaf/0.1/", "foaf:");
		NAMESPACES.put("http://purl.org/ontology/olo/core#", "olo:");
		NAMESPACES.put("http://www.w3.org/2001/XMLSchema#", "xsd:");
	}

	private Vocabulary() {
	}

	/** The compact form of a property or class name: {@code schema:telephone}, {@code hasContact}. */
	static String compact(String name) {
		if (name == null) {
			return null;
		}
		for (Map.Entry<String, String> namespace : NAMESPACES.entrySet()) {
			if (name.startsWith(namespace.getKey())) {
				return namespace.getValue() + name.substring(namespace.getKey().length());
			}
		}
		if (name.startsWith("core:")) {
			return name.substring("core:".length());
		}
		return name;
	}

	/** The local name of a class or thesaurus entry: {@code kb:BikeGarage} gives {@code BikeGarage}. */
	static String localName(String name) {
		String compact = compact(name);
		if (compact == null) {
			return null;
		}
		if (compact.contains("://")) {
			int cut = Math.max(compact.lastIndexOf('#'), compact.lastIndexOf('/'));
			return compact.substring(cut + 1);
		}
		return compact.substring(compact.indexOf(':') + 1);
	}

	/** Whether a compact class name belongs to the DATAtourisme core (not schema.org, olo...). */
	static boolean isCore(String compact) {
		return compact != null && !compact.isEmpty() && compact.indexOf(':') < 0;
	}

	/**
	 * A copy of the tree with compact keys, without {@code @context}; refuses oversized texts and
	 * lists so that nothing downstream has to worry about them.
	 */
	static JsonNode normalize(JsonNode node, String path) {
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String key = compact(property.getKey());
				if ("@context".equals(key)) {
					continue;
				}
				JsonNode value = normalize(property.getValue(), path + "." + key);
				JsonNode existing = copy.get(key);
				if (existing == null) {
					copy.set(key, value);
				}
				else {
					// the same property spelled twice (compact and full IRI): keep both values
					ArrayNode merged = JsonNodeFactory.instance.arrayNode();
					addAll(merged, existing);
					addAll(merged, value);
					copy.set(key, merged);
				}
			}
			return copy;
		}
		if (node.isArray()) {
			if (node.size() > MAX_LIST_SIZE) {
				throw new InvalidOfferException(path,
						"too many values: " + node.size() + ", at most " + MAX_LIST_SIZE + " are accepted");
			}
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			int index = 0;
			for (JsonNode element : node) {
				copy.add(normalize(element, path + "[" + index++ + "]"));
			}
			return copy;
		}
		if (node.isString() && node.stringValue().length() > MAX_TEXT_LENGTH) {
			throw new InvalidOfferException(path, "text too long: " + node.stringValue().length()
					+ " characters, at most " + MAX_TEXT_LENGTH + " are accepted");
		}
		return node;
	}

	private static void addAll(ArrayNode target, JsonNode value) {
		if (value.isArray()) {
			value.forEach(target::add);
		}
		else {
			target.add(value);
		}
	}

}
