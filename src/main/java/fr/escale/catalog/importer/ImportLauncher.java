package fr.escale.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * Takes an uploaded export and imports it, now or in the background. The upload is first copied
 * to a temporary file: the import streams from disk, never from memory.
 */
@Service
public class ImportLauncher {

	private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

	private final DatatourismeImport imports;

	private final TaskExecutor executor;

	ImportLauncher(DatatourismeImport imports, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.imports = imports;
		this.executor = executor;
	}

	public ImportReport importNow(InputStream upload, String sourceName, UUID officeId, String startedBy) {
		Path file = copy(upload);
		try {
			var runId = imports.start(officeId, sourceName, startedBy);
			return imports.run(runId, officeId, file, startedBy, DatatourismeImport.Progress.NONE);
		}
		finally {
			delete(file);
		}
	}

	/** Starts the import and answers its run at once; the run's counters tell how it goes. */
	public UUID importInBackground(InputStream upload, String sourceName, UUID officeId, String startedBy) {
		Path file = copy(upload);
		var runId = imports.start(officeId, sourceName, startedBy);
		executor.execute(() -> {
			try {
				imports.run(runId, officeId, file, startedBy, DatatourismeImport.Progress.NONE);
			}
			finally {
				delete(file);
			}
		});
		return runId;
	}

	private static Path copy(InputStream upload) {
		try (upload) {
			Path file = Files.createTempFile("escale-import-", ".upload");
			Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload could not be read", ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

}
