package fr.escale.catalog.importer;

import java.util.List;
import java.util.UUID;

import fr.escale.catalog.ImportError;

/** What an import did, as the API answers it. */
public record ImportReport(UUID runId, int created, int updated, int unchanged, int rejected, List<ImportError> errors) {
}
