package fr.escale.catalog.importer;

import fr.escale.catalog.domain.ImportRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An import writes its counters after every batch (a second or so). One silent for ten minutes
 * was cut short by a node that stopped: it is marked as such, on whichever node notices first.
 */
@Component
class AbandonedImports {

	static final int SILENT_MINUTES = 10;

	private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);

	private final ImportRuns runs;

	AbandonedImports(ImportRuns runs) {
		this.runs = runs;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 10_000)
	void end() {
		int ended = runs.abandonSilentFor(SILENT_MINUTES);
		if (ended > 0) {
			log.warn("{} import(s) ended: their node stopped while importing", ended);
		}
	}

}
