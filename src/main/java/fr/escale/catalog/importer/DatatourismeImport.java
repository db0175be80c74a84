package fr.escale.catalog.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import fr.escale.catalog.ImportError;
import fr.escale.catalog.ImportRun;
import fr.escale.catalog.Offer;
import fr.escale.catalog.OffersImported;
import fr.escale.catalog.datatourisme.DatatourismeReader;
import fr.escale.catalog.datatourisme.ExportEntry;
import fr.escale.catalog.datatourisme.ExportSource;
import fr.escale.catalog.datatourisme.InvalidOfferException;
import fr.escale.catalog.domain.ImportRuns;
import fr.escale.catalog.domain.Offers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Brings a DATAtourisme export into an office's catalogue. The export is streamed object by
 * object and written in batches; an object that cannot be read is reported and skipped, and
 * every valid object of the same export is still imported. Each batch is all-or-nothing, and a
 * batch the database refuses is retried object by object so one bad object cannot sink the rest.
 */
@Service
public class DatatourismeImport {

	static final int BATCH = 250;

	private static final Logger log = LoggerFactory.getLogger(DatatourismeImport.class);

	private final Offers offers;

	private final ImportRuns runs;

	private final ApplicationEventPublisher events;

	private final DatatourismeReader reader = new DatatourismeReader();

	DatatourismeImport(Offers offers, ImportRuns runs, ApplicationEventPublisher events) {
		this.offers = offers;
		this.runs = runs;
		this.events = events;
	}

	/** Told of the import's counters after each batch, e.g. to draw a progress bar. */
	public interface Progress {

		Progress NONE = (run) -> {
		};

		void advanced(Tally tally);

	}

	public UUID start(UUID officeId, String sourceName, String startedBy) {
		return runs.start(officeId, sourceName, startedBy);
	}

	/** Imports a ZIP, a folder or a JSON file into a run opened by {@link #start}. */
	public ImportReport run(UUID runId, UUID officeId, Path file, String startedBy, Progress progress) {
		var tally = new Tally();
		var batch = new ArrayList<Source>(BATCH);
		var status = ImportRun.Status.DONE;
		String failure = null;
		try {
			readEach(file, tally, source -> {
				batch.add(source);
				if (batch.size() == BATCH) {
					write(runId, officeId, startedBy, batch, tally, progress);
				}
			});
			write(runId, officeId, startedBy, batch, tally, progress);
		}
		catch (RuntimeException ex) {
			// What was written stays written (each batch is whole); the run says why it stopped.
			write(runId, officeId, startedBy, batch, tally, progress);
			log.warn("Import {} stopped: {}", runId, ex.getMessage());
			status = ImportRun.Status.FAILED;
			failure = ex.getMessage();
			tally.reject(new ImportError(file.getFileName().toString(), ex.getMessage()));
		}
		flushErrors(runId, tally);
		runs.progress(runId, tally.created, tally.updated, tally.unchanged, tally.rejected);
		// Listeners (this node's search index) catch up first: an import shown as ended is searchable.
		events.publishEvent(new OffersImported(runId, officeId, tally.created, tally.updated, tally.unchanged,
				tally.rejected));
		runs.finish(runId, status, failure);
		return new ImportReport(runId, tally.created, tally.updated, tally.unchanged, tally.rejected,
				List.copyOf(tally.errors));
	}

	/**
	 * Reads and validates every object of an export and writes nothing: what an import would
	 * reject, and how fast the export alone can be read (the floor an import is measured against).
	 */
	public ImportReport check(Path file, Progress progress) {
		var tally = new Tally();
		try {
			readEach(file, tally, source -> {
				tally.unchanged++;
				if (tally.processed() % BATCH == 0) {
					progress.advanced(tally);
				}
			});
		}
		catch (RuntimeException ex) {
			tally.reject(new ImportError(file.getFileName().toString(), ex.getMessage()));
		}
		progress.advanced(tally);
		return new ImportReport(null, 0, 0, tally.unchanged, tally.rejected, List.copyOf(tally.errors));
	}

	/** Hands on each valid offer of the export; what cannot be read is counted and reported. */
	private void readEach(Path file, Tally tally, Consumer<Source> valid) {
		ExportSource.of(file).forEach(entry -> {
			if (entry instanceof ExportEntry.Rejected rejected) {
				tally.reject(new ImportError(rejected.sourceName(), rejected.reason()));
			}
			else if (entry instanceof ExportEntry.Json json) {
				try {
					valid.accept(new Source(json.sourceName(), reader.read(json.bytes())));
				}
				catch (InvalidOfferException ex) {
					tally.reject(new ImportError(json.sourceName(), ex.getMessage()));
				}
			}
		});
	}

	private void write(UUID runId, UUID officeId, String startedBy, List<Source> batch, Tally tally, Progress progress) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			tally.add(offers.upsert(officeId, batch.stream().map(Source::offer).toList(), runId, startedBy));
		}
		catch (DataAccessException whole) {
			for (var one : batch) {
				try {
					tally.add(offers.upsert(officeId, List.of(one.offer()), runId, startedBy));
				}
				catch (DataAccessException ex) {
					tally.reject(new ImportError(one.source(), "not stored: " + ex.getMostSpecificCause().getMessage()));
				}
			}
		}
		batch.clear();
		flushErrors(runId, tally);
		runs.progress(runId, tally.created, tally.updated, tally.unchanged, tally.rejected);
		progress.advanced(tally);
	}

	private void flushErrors(UUID runId, Tally tally) {
		if (!tally.unsaved.isEmpty()) {
			runs.record(runId, tally.unsaved);
			tally.unsaved.clear();
		}
	}

	private record Source(String source, Offer offer) {
	}

	/** The running counts of one import. */
	public static final class Tally {

		private int created;

		private int updated;

		private int unchanged;

		private int rejected;

		private final List<ImportError> errors = new ArrayList<>();

		private final List<ImportError> unsaved = new ArrayList<>();

		void add(Offers.Outcome outcome) {
			created += outcome.created();
			updated += outcome.updated();
			unchanged += outcome.unchanged();
		}

		void reject(ImportError error) {
			rejected++;
			if (errors.size() < ImportRuns.LISTED_ERRORS) {
				errors.add(error);
				unsaved.add(error);
			}
		}

		public int processed() {
			return created + updated + unchanged + rejected;
		}

		public int created() {
			return created;
		}

		public int updated() {
			return updated;
		}

		public int unchanged() {
			return unchanged;
		}

		public int rejected() {
			return rejected;
		}

	}

}
