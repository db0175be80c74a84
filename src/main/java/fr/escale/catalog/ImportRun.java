package fr.escale.catalog;

import java.time.Instant;
import java.util.UUID;

/** One import of a DATAtourisme export: when, who, what came of it. */
public record ImportRun(UUID id, UUID officeId, String sourceName, String startedBy, Instant startedAt,
		Instant finishedAt, Status status, int created, int updated, int unchanged, int rejected, String failure) {

	public enum Status {

		RUNNING, DONE, FAILED

	}

	public int processed() {
		return created + updated + unchanged + rejected;
	}

	public boolean running() {
		return status == Status.RUNNING;
	}

}
