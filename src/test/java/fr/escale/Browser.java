package fr.escale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Selenium. CI installs it (.ci/run); on a machine without
 * it the browser journeys are skipped, except on CI where its absence fails the build.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	public static ChromeDriver start() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!"true".equals(System.getenv("CI"))) {
			Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install chromium chromium-driver");
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--lang=fr",
				"--user-data-dir=" + Files.createTempDirectory("escale-chromium"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		return new ChromeDriver(service, options);
	}

	/** The last page a journey saw, as HTML and PNG under target/browser, to read when it fails. */
	public static void keepEvidence(ChromeDriver driver, String name) {
		try {
			var folder = Files.createDirectories(Path.of("target", "browser"));
			Files.writeString(folder.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
			Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (IOException | RuntimeException ex) {
			// Evidence is a courtesy: never let it hide the test's own outcome.
		}
	}

	public static WebDriverWait waitFor(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(20));
	}

}
