package fr.escale.partners.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escale.Browser;
import fr.escale.offices.Offices;
import fr.escale.partners.PartnerDetails;
import fr.escale.partners.PartnerType;
import fr.escale.partners.Partners;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A partner manager writes a newsletter with the editor's buttons and sees the recipients counted as she ticks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NewsletterBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Offices offices;

	@Autowired
	Partners partners;

	@Autowired
	Newsletters newsletters;

	ChromeDriver browser;

	@BeforeEach
	void start() throws Exception {
		browser = Browser.start();
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			Browser.keepEvidence(browser, "newsletter");
			browser.quit();
		}
	}

	@Test
	void writeWithTheEditorTickASegmentAndPreview() {
		var demo = offices.bySlug("demo").orElseThrow().id();
		partners.create(demo, new PartnerDetails("Camping des Navigateurs", null, null, PartnerType.CAMPSITE, null, null,
				"37003", "navigateurs@camping.test", null, null, null));
		partners.create(demo, new PartnerDetails("Hôtel des Marins", null, null, PartnerType.HOTEL, null, null,
				"37261", "marins@hotel.test", null, null, null));
		var wait = Browser.waitFor(browser);
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin@escale.test");
		browser.findElement(By.id("password")).sendKeys("admin-secret-42", Keys.ENTER);
		wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));

		browser.get("http://localhost:" + port + "/partners/newsletters/new");
		browser.findElement(By.id("subject")).sendKeys("Les Navigateurs");
		// With JavaScript the textarea gives way to the editor and its buttons.
		assertThat(browser.findElement(By.id("body")).isDisplayed()).isFalse();
		var editor = browser.findElement(By.cssSelector(".rich-text"));
		editor.click();
		editor.sendKeys("Bonjour ");
		browser.findElement(By.xpath("//div[@class='rich-text-toolbar']/button[text()='Gras']")).click();
		editor.sendKeys("à tous");

		assertThat(browser.findElement(By.id("audience")).getText()).doesNotContain("chez 1 partenaire(s)");
		browser.findElement(By.cssSelector("input[name=types][value=CAMPSITE]")).click();
		browser.findElement(By.cssSelector("input[name=communes][value='37003']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audience"), "1 adresse(s) chez 1 partenaire(s)"));

		browser.findElement(By.cssSelector(".newsletter-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches("/partners/newsletters/[0-9a-f-]{36}/preview$"));
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Les Navigateurs");
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("navigateurs@camping.test");
		var saved = newsletters.list(demo).stream().filter(n -> n.subject().equals("Les Navigateurs")).findFirst().orElseThrow();
		assertThat(saved.bodyHtml()).containsPattern("Bonjour <(b|strong)>à tous</(b|strong)>");
	}

}
