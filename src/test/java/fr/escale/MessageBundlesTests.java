package fr.escale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** Every page speaks French and English: a key in one bundle must exist, non-empty, in the other. */
class MessageBundlesTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages", "i18n/assistant", "i18n/sadi", "i18n/deskstats" })
	void frenchAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		var french = load(bundle + ".properties");
		var english = load(bundle + "_en.properties");
		assertThat(english.keySet()).as("keys of " + bundle + "_en.properties")
			.containsExactlyInAnyOrderElementsOf(french.keySet());
		french.forEach((key, value) -> assertThat(value.toString()).as("French " + key).isNotBlank());
		english.forEach((key, value) -> assertThat(value.toString()).as("English " + key).isNotBlank());
	}

	/** Each bundle is named in spring.messages.basename, or its keys would show as codes. */
	@ParameterizedTest
	@ValueSource(strings = { "i18n/assistant", "i18n/sadi", "i18n/deskstats" })
	void everyBundleIsRegistered(String bundle) throws IOException {
		var yaml = new String(new ClassPathResource("application.yml").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(yaml).contains(bundle);
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
