package fr.escale.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;

import fr.escale.catalog.media.UploadedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Photos uploaded by partners and staff, kept in PostgreSQL (every node serves them) and served to
 * anyone at {@code /media/{id}}: a photo meant for an offer is public like the offer.
 */
@Service
public class MediaFiles {

	/** 5 MB: a good photo for a web page weighs far less. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private final JdbcClient jdbc;

	MediaFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps a photo if its bytes are a JPEG, PNG or WebP picture of at most 5 MB and 40 megapixels.
	 * @param size the size the upload announced, or -1 if unknown; the stream is never read further
	 *        than 5 MB whatever it says
	 * @throws RejectedMediaException with the reason's message key, see there
	 */
	public StoredMedia store(UUID officeId, String fileName, InputStream in, long size, String uploadedBy)
			throws RejectedMediaException {
		var name = shown(fileName);
		if (size > MAX_BYTES) {
			throw new RejectedMediaException(RejectedMediaException.TOO_LARGE, name, MAX_BYTES / (1024 * 1024));
		}
		byte[] bytes;
		try {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the upload " + name, ex);
		}
		if (bytes.length > MAX_BYTES) {
			throw new RejectedMediaException(RejectedMediaException.TOO_LARGE, name, MAX_BYTES / (1024 * 1024));
		}
		var image = UploadedImage.of(name, bytes);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO catalog.media_file (id, office_id, file_name, mime_type, bytes, width, height, size, uploaded_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, officeId, name, image.mimeType(), bytes, image.width(), image.height(), (long) bytes.length,
					uploadedBy)
			.update();
		return new StoredMedia(id, StoredMedia.urlOf(id), image.mimeType(), image.width(), image.height(), bytes.length);
	}

	public Optional<StoredMedia> find(UUID id) {
		return jdbc.sql("SELECT id, mime_type, width, height, size FROM catalog.media_file WHERE id = ?")
			.param(id)
			.query((row, i) -> new StoredMedia(row.getObject("id", UUID.class), StoredMedia.urlOf(id),
					row.getString("mime_type"), row.getInt("width"), row.getInt("height"), row.getLong("size")))
			.optional();
	}

	/** The photo's bytes, as uploaded. */
	public Optional<byte[]> bytes(UUID id) {
		return jdbc.sql("SELECT bytes FROM catalog.media_file WHERE id = ?").param(id).query(byte[].class).optional();
	}

	/** The file's own name, without the folders some browsers send, short enough to show. */
	private static String shown(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "photo";
		}
		var name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
		name = name.replaceAll("\\p{Cntrl}", "");
		if (name.isEmpty()) {
			return "photo";
		}
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

}
