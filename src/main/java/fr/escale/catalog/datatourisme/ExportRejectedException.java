package fr.escale.catalog.datatourisme;

/** The whole export is refused: it is not an export, it is damaged, or it looks like an attack. */
public class ExportRejectedException extends RuntimeException {

	public ExportRejectedException(String message) {
		super(message);
	}

	public ExportRejectedException(String message, Throwable cause) {
		super(message, cause);
	}

}
