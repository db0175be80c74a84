package fr.escale.catalog.importer;

import java.io.IOException;
import java.io.UncheckedIOException;

import fr.escale.catalog.domain.ImportRuns;
import fr.escale.offices.Offices;
import fr.escale.platform.EscaleProperties;
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

	private final EscaleProperties properties;

	private final Offices offices;

	private final ImportLauncher launcher;

	private final ImportRuns runs;

	DemoDestination(EscaleProperties properties, Offices offices, ImportLauncher launcher,
			ImportRuns runs) {
		this.properties = properties;
		this.offices = offices;
		this.launcher = launcher;
		this.runs = runs;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo() || !args.getNonOptionArgs().isEmpty()) {
			return;
		}
		var office = offices.bySlug("demo").orElse(null);
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
