package fr.escale.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.escale.catalog.ImportError;
import fr.escale.catalog.ImportRun;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journal of imports. Counters are written as the import goes, so any node can show its
 * progress.
 */
@Repository
public class ImportRuns {

	/** Past this many, errors are still counted but no longer listed one by one. */
	public static final int LISTED_ERRORS = 10_000;

	/** Why an import ended without finishing, as its page shows it. */
	public static final String INTERRUPTED = "interrupted: the node running it stopped";

	private static final String COLUMNS = """
			id, office_id, source_name, started_by, started_at, finished_at, status, created, updated, unchanged,
			rejected, failure""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ImportRuns(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public UUID start(UUID officeId, String sourceName, String startedBy) {
		var id = UUID.randomUUID();
		jdbc.sql("INSERT INTO catalog.import_run (id, office_id, source_name, started_by, status) VALUES (?, ?, ?, ?, ?)")
			.params(id, officeId, sourceName, startedBy, ImportRun.Status.RUNNING.name())
			.update();
		return id;
	}

	public void progress(UUID id, int created, int updated, int unchanged, int rejected) {
		jdbc.sql("""
				UPDATE catalog.import_run SET created = ?, updated = ?, unchanged = ?, rejected = ?, heartbeat_at = now()
				WHERE id = ?""")
			.params(created, updated, unchanged, rejected, id)
			.update();
	}

	public void record(UUID id, List<ImportError> errors) {
		template.batchUpdate("INSERT INTO catalog.import_error (import_run_id, source, message) VALUES (?, ?, ?)", errors,
				500, (statement, error) -> {
					statement.setObject(1, id);
					statement.setString(2, error.source());
					statement.setString(3, error.message());
				});
	}

	public void finish(UUID id, ImportRun.Status status, String failure) {
		jdbc.sql("UPDATE catalog.import_run SET status = ?, failure = ?, finished_at = now() WHERE id = ?")
			.params(status.name(), failure, id)
			.update();
	}

	public Optional<ImportRun> find(UUID officeId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM catalog.import_run WHERE office_id = ? AND id = ?")
			.params(officeId, id)
			.query(ImportRun.class)
			.optional();
	}

	public List<ImportRun> latest(UUID officeId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM catalog.import_run WHERE office_id = ? ORDER BY started_at DESC LIMIT ?")
			.params(officeId, limit)
			.query(ImportRun.class)
			.list();
	}

	/** Whether this source was once imported to the end into the office. */
	public boolean completed(UUID officeId, String sourceName) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM catalog.import_run
				               WHERE office_id = ? AND source_name = ? AND status = 'DONE')""")
			.params(officeId, sourceName)
			.query(Boolean.class)
			.single();
	}

	public List<ImportError> errors(UUID runId, int limit) {
		return jdbc.sql("SELECT source, message FROM catalog.import_error WHERE import_run_id = ? ORDER BY id LIMIT ?")
			.params(runId, limit)
			.query(ImportError.class)
			.list();
	}

	/** Ends the imports silent for longer than this: the node running them stopped. */
	public int abandonSilentFor(int minutes) {
		return jdbc.sql("""
				UPDATE catalog.import_run SET status = 'FAILED', failure = ?, finished_at = now()
				WHERE status = 'RUNNING' AND heartbeat_at < now() - make_interval(mins => ?)""")
			.params(INTERRUPTED, minutes)
			.update();
	}

}
