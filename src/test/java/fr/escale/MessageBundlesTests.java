package fr.escale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every page speaks French and English: a key in one bundle must exist, non-empty, in the other. */
class MessageBundlesTests {

	@Test
	void frenchAndEnglishHaveTheSameKeys() throws IOException {
		var french = load("messages.properties");
		var english = load("messages_en.properties");
		assertThat(english.keySet()).as("keys of messages_en.properties").containsExactlyInAnyOrderElementsOf(french.keySet());
		french.forEach((key, value) -> assertThat(value.toString()).as("French " + key).isNotBlank());
		english.forEach((key, value) -> assertThat(value.toString()).as("English " + key).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
