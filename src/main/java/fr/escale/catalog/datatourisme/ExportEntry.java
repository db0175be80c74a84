package fr.escale.catalog.datatourisme;

/** One object of an export: either its JSON bytes, or why it was set aside. */
public sealed interface ExportEntry {

	/** Where it came from: the entry name in the archive, the path in the folder, or file[index]. */
	String sourceName();

	/** A JSON object, known to be UTF-8, ready for {@link DatatourismeReader#read(byte[])}. */
	record Json(String sourceName, byte[] bytes) implements ExportEntry {
	}

	/** An object that could not be taken, with a message for the person running the import. */
	record Rejected(String sourceName, String reason) implements ExportEntry {
	}

}
