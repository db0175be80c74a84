package fr.escale.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.escale.Browser;
import fr.escale.Mailbox;
import fr.escale.catalog.domain.Offers;
import fr.escale.offices.Offices;
import fr.escale.partners.offers.CatalogFixture;
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

/**
 * A partner's first update: staff invite the hotel's manager, she sets her password, corrects her
 * offer's description in the pro space; staff see the difference and accept; the offer page shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnersBrowserIT {

	private static final Pattern INVITATION = Pattern.compile("/pro/invitation/[A-Za-z0-9_-]+");

	@LocalServerPort
	int port;

	@Autowired
	Offices offices;

	@Autowired
	Partners partners;

	@Autowired
	Offers offers;

	@Autowired
	Mailbox mailbox;

	ChromeDriver browser;

	Partner partner;

	UUID offer;

	String email;

	@BeforeEach
	void aPartnerRunningAnOffer() throws Exception {
		browser = Browser.start();
		var demo = offices.bySlug("demo").orElseThrow().id();
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		partner = partners.create(demo, new PartnerDetails("Hôtel de la Levée " + suffix, null, null, PartnerType.HOTEL,
				null, null, "37003", null, null, null, 24));
		offer = CatalogFixture.create(offers, demo, CatalogFixture.hotel("Hôtel de la Levée " + suffix));
		partners.link(demo, partner.id(), List.of(offer));
		email = "claire-" + suffix + "@levee.test";
	}

	@AfterEach
	void stop() {
		if (browser != null) {
			Browser.keepEvidence(browser, "partners");
			browser.quit();
		}
	}

	@Test
	void staffInviteThePartnerWhoEditsItsOfferAndStaffValidate() {
		var wait = Browser.waitFor(browser);
		// Staff invite the hotel's manager from the partner's page.
		open("/login");
		browser.findElement(By.id("username")).sendKeys("admin@escale.test");
		browser.findElement(By.id("password")).sendKeys("admin-secret-42", Keys.ENTER);
		wait.until(ExpectedConditions.urlToBe(url("/")));
		open("/partners/" + partner.id());
		browser.findElement(By.id("displayName")).sendKeys("Claire");
		browser.findElement(By.id("inviteEmail")).sendKeys(email, Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), email));

		// She follows the link of the mail and chooses her password.
		// The invitation travels through the outbox and real SMTP, as in production.
		mailbox.deliverAll();
		var mail = mailbox.receivedBy(email).get(0).text();
		var link = INVITATION.matcher(mail);
		assertThat(link.find()).as("the invitation link in: " + mail).isTrue();
		open(link.group());
		browser.findElement(By.id("password")).sendKeys("la-levee-de-la-loire");
		browser.findElement(By.id("confirmation")).sendKeys("la-levee-de-la-loire", Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("/pro/login"));
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys("la-levee-de-la-loire", Keys.ENTER);
		wait.until(ExpectedConditions.urlToBe(url("/pro")));

		// In the pro space she corrects the French description and sends it.
		open("/pro/offers");
		browser.findElement(By.linkText(partner.name())).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("texts0.description")));
		var description = browser.findElement(By.id("texts0.description"));
		description.clear();
		description.sendKeys("Douze chambres face à la Loire, vélos prêtés aux clients.");
		browser.findElement(By.cssSelector(".offer-edit .actions button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pending"),
				"attend la validation de l'office de tourisme"));
		open("/offers/" + offer);
		assertThat(browser.findElement(By.cssSelector(".offer")).getText()).contains("Un hôtel au bord de la Loire.")
			.doesNotContain("Douze chambres");

		// Staff see the difference and accept it.
		open("/partners/changes");
		browser.findElement(By.xpath("//table//a[contains(@href, '/partners/changes/')][text()='" + partner.name() + "']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.diff")));
		var changed = browser.findElement(By.cssSelector("table.diff tr.changed"));
		assertThat(changed.getText()).contains("Description", "fr", "Un hôtel au bord de la Loire.",
				"Douze chambres face à la Loire, vélos prêtés aux clients.");
		browser.findElement(By.id("comment")).sendKeys("Merci Claire !");
		browser.findElement(By.cssSelector("form.decision button.primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Modification acceptée"));

		// She is told, and the offer page shows the new description.
		mailbox.deliverAll();
		assertThat(mailbox.receivedBy(email)).last().satisfies(decision -> assertThat(decision.text()).contains("Merci Claire !"));
		open("/offers/" + offer);
		assertThat(browser.findElement(By.cssSelector(".offer")).getText())
			.contains("Douze chambres face à la Loire, vélos prêtés aux clients.");
	}

	private void open(String path) {
		browser.get(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
