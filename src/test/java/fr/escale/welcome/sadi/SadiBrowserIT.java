package fr.escale.welcome.sadi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import fr.escale.Browser;
import fr.escale.offices.Offices;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator adds a brochure, delivers it to a kiosk, puts a message on the kiosk's screen and
 * opens its display page; then reads the coverage map.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SadiBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Offices offices;

	@Autowired
	InformationPoints points;

	ChromeDriver browser;

	String suffix;

	InformationPoint kiosk;

	@BeforeEach
	void aKioskInTheDemoOffice() throws Exception {
		browser = Browser.start();
		var demo = offices.bySlug("demo").orElseThrow().id();
		suffix = UUID.randomUUID().toString().substring(0, 6);
		kiosk = points.create(demo, new InformationPoint(null, "Borne du port " + suffix, PointKind.KIOSK, "37003",
				47.4135, 0.9826, "7 h – 22 h", "L'office", null, null, true));
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			Browser.keepEvidence(browser, "sadi");
			browser.quit();
		}
	}

	@Test
	void aBrochureReachesAKioskWhoseScreenShowsTodaysMessage() {
		var wait = Browser.waitFor(browser);
		open("/login");
		browser.findElement(By.id("username")).sendKeys("admin@escale.test");
		browser.findElement(By.id("password")).sendKeys("admin-secret-42", Keys.ENTER);
		wait.until(ExpectedConditions.urlToBe(url("/")));

		// The brochure catalogue, from the points register.
		open("/desk/points");
		browser.findElement(By.linkText("Brochures")).click();
		browser.findElement(By.id("title")).sendKeys("Guide des bords de Loire " + suffix);
		browser.findElement(By.id("languages")).sendKeys(", en");
		browser.findElement(By.id("editionYear")).sendKeys("2026", Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Brochure enregistrée"));

		// Thirty delivered to the kiosk, typed with the keyboard.
		open("/desk/points");
		browser.findElement(By.linkText(kiosk.name())).click();
		browser.findElement(By.cssSelector("nav.tabs")).findElement(By.linkText("Brochures")).click();
		new Select(browser.findElement(By.id("brochure"))).selectByVisibleText("Guide des bords de Loire " + suffix + " (2026)");
		new Select(browser.findElement(By.id("kind"))).selectByValue("DELIVERED");
		browser.findElement(By.id("quantity")).sendKeys("30", Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "30 en stock"));
		assertThat(browser.findElement(By.cssSelector("table.history tbody tr")).getText())
			.contains("Guide des bords de Loire " + suffix, "Livraison (+)", "+30", "admin@escale.test");
		assertThat(new Select(browser.findElement(By.id("brochure"))).getFirstSelectedOption().getText())
			.isEqualTo("Guide des bords de Loire " + suffix + " (2026)");
		Browser.keepEvidence(browser, "sadi-stock");

		// At 30 the kiosk must be restocked: the register says so.
		var level = browser.findElement(By.cssSelector("table.stock input[name=level]"));
		level.clear();
		level.sendKeys("30", Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "seuil de réapprovisionnement à 30"));

		// A message on the kiosk's screen, and its display page.
		browser.findElement(By.cssSelector("nav.tabs")).findElement(By.linkText("Écran")).click();
		browser.findElement(By.id("message")).sendKeys("Marché nocturne ce soir sur le port " + suffix);
		browser.findElement(By.cssSelector("form.form-grid button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Ajouté"));
		browser.findElement(By.xpath("//button[text()=\"Créer l'adresse\"]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.screen-address")));
		Browser.keepEvidence(browser, "sadi-screen");
		open(browser.findElement(By.cssSelector("a.screen-address")).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
		assertThat(browser.findElement(By.cssSelector(".slide.current")).getText())
			.isEqualTo("Marché nocturne ce soir sur le port " + suffix);
		Browser.keepEvidence(browser, "sadi-display");

		// The register counts what is to reorder and the requests of each point.
		open("/desk/points");
		assertThat(browser.findElement(By.cssSelector(".reorder")).getText())
			.contains("À recommander (1)", kiosk.name() + " Guide des bords de Loire " + suffix + " 30 30");
		Browser.keepEvidence(browser, "sadi-points");
		browser.findElement(By.cssSelector("a[href='/desk/points/" + kiosk.id() + "/overview']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Demandes des 12 derniers mois"));
		Browser.keepEvidence(browser, "sadi-overview");

		// The coverage map draws the kiosk among the office's points.
		open("/desk/points/map");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-map path.leaflet-interactive")));
		assertThat(browser.findElements(By.cssSelector("#coverage-map path.leaflet-interactive"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector("ul.legend")).getText()).contains("Borne", "Écran", "Point relais");
		Browser.keepEvidence(browser, "sadi-map");
	}

	private void open(String path) {
		browser.get(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
