package fr.escale.catalog.importer;

import java.io.IOException;
import java.io.UncheckedIOException;

import fr.escale.catalog.domain.ImportRuns;
import fr.escale.offices.DemoOffice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On first start, fills the demo office with a real destination (Tours, Amboise, Chinon) so a
 * newcomer sees a living catalogue. Not when ESCALE_DEMO=false, and never twice.
 */
@Component
@Order(5)
public class DemoDestination implements ApplicationRunner {

	static final String EXPORT = "demo/datatourisme-37-demo.zip";

	public static final String SOURCE_NAME = "demo: " + EXPORT;

	private static final Logger log = LoggerFactory.getLogger(DemoDestination.class);

	private final DemoOffice demo;

	private final ImportLauncher launcher;

	private final ImportRuns runs;

	DemoDestination(DemoOffice demo, ImportLauncher launcher, ImportRuns runs) {
		this.demo = demo;
		this.launcher = launcher;
		this.runs = runs;
	}

	@Override
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		// Once loaded to the end, never again (a first start cut short loads it again: the import is idempotent).
		if (office == null || runs.completed(office.id(), SOURCE_NAME)) {
			return;
		}
		try {
			var report = launcher.importNow(new ClassPathResource(EXPORT).getInputStream(), SOURCE_NAME, office.id(),
					"Escale (demo)");
			log.info("Demo destination loaded: {} offers ({} new)", report.created() + report.updated() + report.unchanged(),
					report.created());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
