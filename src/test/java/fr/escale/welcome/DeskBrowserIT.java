package fr.escale.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.escale.Browser;
import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.search.OfferIndexer;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.welcome.assistant.DeskOffers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A counsellor's rush at the desk: three requests logged with the keyboard alone, a selection built with the
 * assistant and printed as a carnet de séjour, then today's figures in the statistics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeskBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	InformationPoints points;

	@Autowired
	Offers offers;

	@Autowired
	OfferIndexer indexer;

	ChromeDriver browser;

	String email;

	@BeforeEach
	void anOfficeInAmboise() throws Exception {
		browser = Browser.start();
		var slug = "journey-" + UUID.randomUUID().toString().substring(0, 8);
		var office = offices.first(slug, "Office " + slug).id();
		email = "conseillere@" + slug + ".test";
		accounts.create(office, email, "Conseillère", "conseillere-secret-42", Set.of(Role.COUNSELLOR));
		points.create(office, new InformationPoint(null, "Accueil d'Amboise", PointKind.DESK, "37003",
				DeskOffers.AMBOISE_LAT, DeskOffers.AMBOISE_LON, null, null, null, null, true));
		var today = LocalDate.now(Requests.DESK_ZONE);
		DeskOffers.create(offers, indexer, office,
				DeskOffers.offer("Bistrot de la Loire", List.of("Restaurant", "FoodEstablishment", "PointOfInterest"),
						"37003", "Amboise", 47.4135, 0.9850, today.minusDays(10), today.plusDays(10), false),
				DeskOffers.offer("Cave des Rois", List.of("TastingProvider", "PointOfInterest"), "37003", "Amboise",
						47.4090, 0.9790, today.minusDays(10), today.plusDays(10), false),
				DeskOffers.offer("Musée de la Poste", List.of("Museum", "CulturalSite", "PointOfInterest"), "37003",
						"Amboise", 47.4110, 0.9830, today.minusDays(10), today.plusDays(10), false));
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			Browser.keepEvidence(browser, "desk");
			browser.quit();
		}
	}

	@Test
	void threeRequestsWithTheKeyboardACarnetPrintedAndTodaysFigures() {
		var wait = Browser.waitFor(browser);
		open("/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("conseillere-secret-42", Keys.ENTER);
		wait.until(ExpectedConditions.urlToBe(url("/")));

		// Keyboard alone: the country has the focus, Tab goes to the party size, Alt+digit ticks a topic, Enter logs.
		open("/desk");
		logWithTheKeyboard("Allemagne", "2", "3");
		logWithTheKeyboard("Belgique", "4", "1");
		logWithTheKeyboard("Suisse", "1", "6");
		var rows = browser.findElements(By.cssSelector("table tbody tr"));
		assertThat(rows).extracting(WebElement::getText).hasSize(3)
			.anySatisfy(row -> assertThat(row).contains("Comptoir", "Allemagne", "2", "Randonnée"))
			.anySatisfy(row -> assertThat(row).contains("Belgique", "4", "Hébergement"))
			.anySatisfy(row -> assertThat(row).contains("Suisse", "1", "Gastronomie"));

		// The assistant: food near Amboise, open today; two offers go into the visitor's selection.
		// Food ticked in the desk form (Alt+6) is ticked in the assistant's panel: no need to choose it again.
		browser.findElement(By.id("country")).sendKeys(Keys.chord(Keys.ALT, "6"));
		wait.until(ExpectedConditions.elementSelectionStateToBe(By.id("assistantTopic-FOOD"), true));
		browser.findElement(By.id("assistantPlace")).sendKeys("Amboise");
		browser.findElement(By.id("assistantSearch")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions"), "Cave des Rois"));
		assertThat(browser.findElement(By.id("suggestions")).getText()).contains("Bistrot de la Loire")
			.doesNotContain("Musée de la Poste");
		add("Bistrot de la Loire");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selection"), "(1)"));
		add("Cave des Rois");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selection"), "(2)"));
		// The request's line follows the selection without reloading the page.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("withRequest"), "+ 2 offre(s)"));

		// The printable carnet, with its numbered offers, its map and its QR code.
		browser.findElement(By.id("makeCarnet")).click();
		wait.until(ExpectedConditions.urlMatches("/desk/carnets/[0-9a-f-]{36}$"));
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Carnet de séjour");
		assertThat(browser.findElements(By.cssSelector(".carnet-entries .carnet-name"))).extracting(WebElement::getText)
			.containsExactly("Bistrot de la Loire", "Cave des Rois");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map .leaflet-marker-icon"), 3));
		assertThat(browser.findElement(By.id("printCarnet")).isDisplayed()).isTrue();
		assertThat(browser.findElement(By.cssSelector("img.carnet-qr")).getAttribute("naturalWidth")).isNotEqualTo("0");

		// Today's figures: three requests, seven visitors.
		open("/desk/stats");
		var today = LocalDate.now(Requests.DESK_ZONE).toString();
		browser.findElement(By.xpath("//a[contains(@href, '/desk/stats') and contains(@href, 'from=" + today
				+ "') and contains(@href, 'to=" + today + "')]")).click();
		wait.until(ExpectedConditions.urlContains("from=" + today));
		assertThat(browser.findElement(By.id("requests")).getText()).isEqualTo("3");
		assertThat(browser.findElement(By.id("visitors")).getText()).isEqualTo("7");
	}

	private void logWithTheKeyboard(String country, String partySize, String topicKey) {
		var wait = Browser.waitFor(browser);
		wait.until(driver -> "country".equals(browser.switchTo().activeElement().getAttribute("id")));
		var page = browser.findElement(By.id("deskForm"));
		browser.switchTo().activeElement().sendKeys(country, Keys.TAB);
		browser.switchTo().activeElement().sendKeys(partySize);
		browser.switchTo().activeElement().sendKeys(Keys.chord(Keys.ALT, topicKey));
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		// The desk comes back (post, redirect, get) with the notice and the form empty again.
		wait.until(ExpectedConditions.stalenessOf(page));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Demande enregistrée"));
	}

	private void add(String offer) {
		browser.findElement(By.xpath("//div[@id='suggestions']//li[strong[text()='" + offer + "']]//button")).click();
	}

	private void open(String path) {
		browser.get(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
