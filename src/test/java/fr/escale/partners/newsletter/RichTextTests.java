package fr.escale.partners.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What staff type becomes safe HTML, and a readable plain text for mail clients without HTML. */
class RichTextTests {

	@Test
	void scriptsEventHandlersAndJavascriptLinksAreRemoved() {
		var clean = RichText.sanitise("""
				<h2 onclick="steal()">Saison 2027</h2>
				<p style="color:red" onmouseover="steal()">Bonjour <strong>à tous</strong> <em>!</em></p>
				<script>alert('x')</script><img src="x" onerror="alert(1)">
				<iframe src="https://evil.test"></iframe>
				<a href="javascript:alert(1)">piège</a> <a href="https://www.tours-tourisme.test/ateliers">les ateliers</a>
				<ul><li>un</li><li>deux</li></ul>""");
		assertThat(clean).contains("<h2>Saison 2027</h2>", "<strong>à tous</strong>", "<em>!</em>", "<li>un</li>",
				"href=\"https://www.tours-tourisme.test/ateliers\"", "piège");
		assertThat(clean.toLowerCase()).doesNotContain("<script", "alert", "onerror", "onclick", "onmouseover", "javascript:",
				"<img", "<iframe", "style=");
	}

	@Test
	void plainTextBecomesParagraphsAndMarkupAloneIsBlank() {
		assertThat(RichText.sanitise("Bonjour,\n\nL'atelier a lieu mardi.\nÀ bientôt <3"))
			.isEqualTo("<p>Bonjour,</p><p>L'atelier a lieu mardi.<br>À bientôt &lt;3</p>");
		assertThat(RichText.isBlank("<script>alert(1)</script>")).isTrue();
		assertThat(RichText.isBlank("<p> </p><br>")).isTrue();
		assertThat(RichText.isBlank("   ")).isTrue();
		assertThat(RichText.isBlank("<p>Bonjour</p>")).isFalse();
	}

	@Test
	void theTextVersionKeepsParagraphsListsAndLinkAddresses() {
		assertThat(RichText.toText("<h2>Saison</h2><p>Bonjour <b>à tous</b></p><ul><li>un</li><li>deux</li></ul>"
				+ "<p>Voir <a href=\"https://ot.test/a\">les ateliers</a></p>"))
			.isEqualTo("Saison\n\nBonjour à tous\n\n- un\n- deux\n\nVoir les ateliers (https://ot.test/a)");
	}

}
