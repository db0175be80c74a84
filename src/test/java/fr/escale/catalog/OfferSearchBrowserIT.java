package fr.escale.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import fr.escale.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** A counsellor's first day: log in, bring in the export, find a castle near Amboise, see it on the map. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfferSearchBrowserIT {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void start() throws Exception {
		browser = Browser.start();
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			Browser.keepEvidence(browser, "offer-search");
			browser.quit();
		}
	}

	@Test
	void importSearchAndFindOnTheMap() throws Exception {
		var wait = Browser.waitFor(browser);
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin@escale.test");
		browser.findElement(By.id("password")).sendKeys("admin-secret-42", Keys.ENTER);
		wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/"));

		// The DATAtourisme export of Indre-et-Loire (the curated subset the demo ships).
		Path export = Files.createTempFile("export-37-", ".zip");
		try (var zip = new ClassPathResource("demo/datatourisme-37-demo.zip").getInputStream()) {
			Files.copy(zip, export, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		browser.get("http://localhost:" + port + "/imports");
		browser.findElement(By.id("file")).sendKeys(export.toString());
		browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches("/imports/[0-9a-f-]{36}$"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-progress"), "Terminé"));
		int created = Integer.parseInt(browser.findElement(By.cssSelector(".count-created")).getText());
		assertThat(created).isGreaterThan(250);
		assertThat(browser.findElement(By.cssSelector(".count-rejected")).getText()).isEqualTo("0");

		browser.get("http://localhost:" + port + "/offers");
		browser.findElement(By.id("place")).sendKeys("Amboise");
		browser.findElement(By.id("q")).sendKeys("château", Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".hit-list"), "Amboise"));
		// htmx may still swap the results once more (the typing and the Enter key both ask): wait for quiet.
		wait.until(driver -> browser.executeScript("return document.querySelector('.htmx-request') === null"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .leaflet-marker-icon")));
		var first = browser.findElement(By.cssSelector(".hit-list .hit a"));
		var name = first.getText();
		assertThat(name).containsIgnoringCase("château");
		assertThat(browser.findElements(By.cssSelector("#map .leaflet-marker-icon")))
			.extracting(marker -> marker.getAttribute("title"))
			.contains(name);

		first.click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(name);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .leaflet-marker-icon")));
		assertThat(browser.findElement(By.cssSelector("#map .leaflet-marker-icon")).getAttribute("title")).isEqualTo(name);
		assertThat(browser.findElement(By.cssSelector("script[type='application/ld+json']")).getAttribute("innerHTML"))
			.contains("\"@context\"", "schema.org", name.replace("\"", "\\\""));
	}

}
