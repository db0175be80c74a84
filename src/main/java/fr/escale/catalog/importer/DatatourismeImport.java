package fr.escale.catalog.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
		try (var writer = new Writer(runId, officeId, startedBy, tally, progress)) {
			try {
				readEach(file, tally, source -> {
					batch.add(source);
					if (batch.size() == BATCH) {
						writer.write(batch);
					}
				});
				writer.write(batch);
			}
			catch (RuntimeException ex) {
				// What was written stays written (each batch is whole); the run says why it stopped.
				writer.write(batch);
				log.warn("Import {} stopped: {}", runId, ex.getMessage());
				status = ImportRun.Status.FAILED;
				failure = ex.getMessage();
				tally.reject(new ImportError(file.getFileName().toString(), ex.getMessage()));
			}
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
	 * Writes batches on a thread of its own while the export goes on being read: parsing and the
	 * database then use both cores. At most two batches wait, so memory stays bounded.
	 */
	private final class Writer implements AutoCloseable {

		private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> new Thread(task, "import-writer"));

		private final Semaphore waiting = new Semaphore(2);

		private final UUID runId;

		private final UUID officeId;

		private final String startedBy;

		private final Tally tally;

		private final Progress progress;

		private volatile RuntimeException failure;

		Writer(UUID runId, UUID officeId, String startedBy, Tally tally, Progress progress) {
			this.runId = runId;
			this.officeId = officeId;
			this.startedBy = startedBy;
			this.tally = tally;
			this.progress = progress;
		}

		/** Hands the batch over (and empties it); stops the import if an earlier batch failed. */
		void write(List<Source> batch) {
			if (failure != null) {
				throw failure;
			}
			if (batch.isEmpty()) {
				return;
			}
			var handed = List.copyOf(batch);
			batch.clear();
			waiting.acquireUninterruptibly();
			thread.execute(() -> {
				try {
					DatatourismeImport.this.write(runId, officeId, startedBy, handed, tally, progress);
				}
				catch (RuntimeException ex) {
					failure = ex;
				}
				finally {
					waiting.release();
				}
			});
		}

		@Override
		public void close() {
			thread.shutdown();
			try {
				thread.awaitTermination(1, TimeUnit.HOURS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (failure != null) {
				throw failure;
			}
		}

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
		flushErrors(runId, tally);
		runs.progress(runId, tally.created, tally.updated, tally.unchanged, tally.rejected);
		progress.advanced(tally);
	}

	private void flushErrors(UUID runId, Tally tally) {
		var errors = tally.drainUnsaved();
		if (!errors.isEmpty()) {
			runs.record(runId, errors);
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

		synchronized void add(Offers.Outcome outcome) {
			created += outcome.created();
			updated += outcome.updated();
			unchanged += outcome.unchanged();
		}

		synchronized void reject(ImportError error) {
			rejected++;
			if (errors.size() < ImportRuns.LISTED_ERRORS) {
				errors.add(error);
				unsaved.add(error);
			}
		}

		/** The errors not yet written to the run's journal; the reader and the writer both add to it. */
		synchronized List<ImportError> drainUnsaved() {
			var drained = List.copyOf(unsaved);
			unsaved.clear();
			return drained;
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
