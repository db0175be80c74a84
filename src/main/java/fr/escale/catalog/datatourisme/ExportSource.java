package fr.escale.catalog.datatourisme;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The objects of a DATAtourisme "flux" export, handed over one at a time so that an export of
 * any size is read in constant memory. An export is a ZIP archive or a folder laid out as
 * {@code index.json}, {@code context.jsonld} and {@code objects/**.json}, or a single JSON file
 * holding one object, an array of objects or a JSON-LD {@code @graph}. Nothing is written to
 * disk. A source made from a stream can be walked once.
 */
public final class ExportSource {

	// objects are read one by one out of a larger document, so what follows each one is expected
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private interface Walk {

		void run(Consumer<ExportEntry> consumer) throws IOException;

	}

	private final Walk walk;

	private ExportSource(Walk walk) {
		this.walk = walk;
	}

	/** A folder, a ZIP archive or a JSON file, told apart by their content rather than their name. */
	public static ExportSource of(Path path) {
		return of(path, ExportLimits.DEFAULT);
	}

	public static ExportSource of(Path path, ExportLimits limits) {
		if (Files.isDirectory(path)) {
			return new ExportSource(consumer -> walkFolder(path, limits, consumer));
		}
		return new ExportSource(consumer -> {
			try (InputStream in = Files.newInputStream(path)) {
				walkStream(path.getFileName().toString(), in, limits, consumer);
			}
		});
	}

	/** A ZIP archive or a JSON document arriving as a stream (an upload); the caller closes it. */
	public static ExportSource of(String name, InputStream in) {
		return of(name, in, ExportLimits.DEFAULT);
	}

	public static ExportSource of(String name, InputStream in, ExportLimits limits) {
		return new ExportSource(consumer -> walkStream(name, in, limits, consumer));
	}

	/**
	 * Hands every object, or its rejection, to the consumer in export order.
	 * @throws ExportRejectedException when the export as a whole cannot be imported
	 */
	public void forEach(Consumer<ExportEntry> consumer) {
		try {
			walk.run(consumer);
		}
		catch (ZipException ex) {
			throw new ExportRejectedException("The ZIP archive is damaged: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new ExportRejectedException("The export could not be read: " + ex.getMessage(), ex);
		}
		catch (UncheckedIOException ex) {
			throw new ExportRejectedException("The export could not be read: " + ex.getCause().getMessage(), ex);
		}
	}

	private static void walkStream(String name, InputStream raw, ExportLimits limits, Consumer<ExportEntry> consumer)
			throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw);
		in.mark(4096);
		byte[] head = in.readNBytes(4096);
		in.reset();
		if (head.length == 0) {
			throw new ExportRejectedException(name + " is empty");
		}
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
			walkZip(in, limits, consumer);
			return;
		}
		int first = 0;
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			first = 3;
		}
		while (first < head.length && Character.isWhitespace(head[first])) {
			first++;
		}
		if (first < head.length && (head[first] == '{' || head[first] == '[')) {
			walkJson(name, new Counting(in, limits, null), limits, consumer);
			return;
		}
		throw new ExportRejectedException(
				name + " is neither a ZIP archive nor a JSON document: a DATAtourisme export is one or the other");
	}

	private static void walkZip(InputStream in, ExportLimits limits, Consumer<ExportEntry> consumer)
			throws IOException {
		Counting compressed = new Counting(in, null, null);
		Counting.Total total = new Counting.Total();
		ZipInputStream zip = new ZipInputStream(compressed, java.nio.charset.StandardCharsets.UTF_8);
		boolean any = false;
		ZipEntry entry;
		while ((entry = zip.getNextEntry()) != null) {
			any = true;
			String name = entry.getName();
			long compressedStart = compressed.count;
			Counting content = new Counting(zip, limits, total).watchingRatio(compressed, compressedStart);
			String unsafe = unsafeName(name);
			if (unsafe != null) {
				content.drain();
				consumer.accept(new ExportEntry.Rejected(name, unsafe));
			}
			else if (entry.isDirectory() || skipped(name)) {
				content.drain();
			}
			else {
				consumer.accept(entry(name, content, limits));
			}
			zip.closeEntry();
		}
		if (!any) {
			throw new ExportRejectedException("The ZIP archive holds no entries, or is damaged");
		}
	}

	private static void walkFolder(Path folder, ExportLimits limits, Consumer<ExportEntry> consumer)
			throws IOException {
		Path objects = Files.isDirectory(folder.resolve("objects")) ? folder.resolve("objects") : folder;
		Counting.Total total = new Counting.Total();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(objects)) {
			// names only: the sorted list of paths is small next to the objects themselves
			files = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		}
		for (Path file : files) {
			String name = folder.relativize(file).toString().replace('\\', '/');
			if (skipped(name)) {
				continue;
			}
			try (InputStream in = Files.newInputStream(file)) {
				consumer.accept(entry(name, new Counting(in, limits, total), limits));
			}
		}
	}

	private static void walkJson(String name, InputStream in, ExportLimits limits, Consumer<ExportEntry> consumer) {
		try (JsonParser parser = MAPPER.createParser(in)) {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.START_ARRAY) {
				walkArray(name, parser, limits, consumer);
			}
			else if (token == JsonToken.START_OBJECT) {
				// one object, or a JSON-LD document whose @graph holds the objects
				ObjectNode rest = JsonNodeFactory.instance.objectNode();
				boolean graph = false;
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String property = parser.currentName();
					JsonToken value = parser.nextToken();
					if ("@graph".equals(property) && value == JsonToken.START_ARRAY) {
						graph = true;
						walkArray(name + "@graph", parser, limits, consumer);
					}
					else {
						rest.set(property, MAPPER.readTree(parser));
					}
				}
				if (!graph) {
					consumer.accept(json(name, rest, limits));
				}
			}
		}
		catch (JacksonException ex) {
			if (ex.getCause() instanceof ExportRejectedException rejected) {
				throw rejected;
			}
			throw new ExportRejectedException(name + " is not valid UTF-8 JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	private static void walkArray(String name, JsonParser parser, ExportLimits limits, Consumer<ExportEntry> consumer) {
		int index = 0;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
			String element = name + "[" + index++ + "]";
			JsonNode node = MAPPER.readTree(parser);
			if (node.isObject()) {
				consumer.accept(json(element, node, limits));
			}
			else {
				consumer.accept(new ExportEntry.Rejected(element, "not a JSON object"));
			}
		}
	}

	private static ExportEntry json(String name, JsonNode node, ExportLimits limits) {
		byte[] bytes = MAPPER.writeValueAsBytes(node);
		if (bytes.length > limits.maxEntryBytes()) {
			return new ExportEntry.Rejected(name, tooLarge(limits));
		}
		return new ExportEntry.Json(name, bytes);
	}

	/** Reads one object, counting its size as it comes rather than trusting any header. */
	private static ExportEntry entry(String name, Counting content, ExportLimits limits) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		int read;
		while ((read = content.read(buffer)) > 0) {
			if (bytes.size() + read > limits.maxEntryBytes()) {
				content.drain();
				return new ExportEntry.Rejected(name, tooLarge(limits));
			}
			bytes.write(buffer, 0, read);
		}
		byte[] json = bytes.toByteArray();
		String problem = Utf8.firstProblem(json);
		return problem == null ? new ExportEntry.Json(name, json) : new ExportEntry.Rejected(name, problem);
	}

	private static String tooLarge(ExportLimits limits) {
		return "larger than " + megabytes(limits.maxEntryBytes()) + " uncompressed, the most one object may weigh";
	}

	private static String megabytes(long bytes) {
		return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
	}

	/** Entry names that would land outside the export if anyone unpacked it. */
	static String unsafeName(String name) {
		String normalized = name.replace('\\', '/');
		if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*") || normalized.indexOf('\0') >= 0) {
			return "absolute path in the archive: entries must stay inside the export";
		}
		for (String segment : normalized.split("/")) {
			if (segment.equals("..")) {
				return "path escaping the archive ('..'): entries must stay inside the export";
			}
		}
		return null;
	}

	/** The index and the JSON-LD context describe the export; they are not offers. */
	private static boolean skipped(String name) {
		String file = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		return file.equals("index.json") || file.equals("context.jsonld") || !file.endsWith(".json");
	}

	/** Counts bytes as they are read, and stops the import when the export outgrows its limits. */
	private static final class Counting extends FilterInputStream {

		static final class Total {

			long bytes;

		}

		private final ExportLimits limits;

		private final Total total;

		private Counting compressed;

		private long compressedStart;

		long count;

		Counting(InputStream in, ExportLimits limits, Total total) {
			super(in);
			this.limits = limits;
			this.total = total == null ? new Total() : total;
		}

		Counting watchingRatio(Counting compressed, long start) {
			this.compressed = compressed;
			this.compressedStart = start;
			return this;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		void drain() throws IOException {
			byte[] buffer = new byte[8192];
			while (read(buffer, 0, buffer.length) > 0) {
				// counting is the point: a skipped entry may still be a bomb
			}
		}

		private void counted(int bytes) {
			count += bytes;
			if (limits == null) {
				return;
			}
			total.bytes += bytes;
			if (total.bytes > limits.maxTotalBytes()) {
				throw new ExportRejectedException("The export unpacks to more than " + megabytes(limits.maxTotalBytes())
						+ ", the most one import may read; import stopped");
			}
			if (compressed != null && count >= limits.ratioCheckBytes()) {
				long packed = Math.max(1, compressed.count - compressedStart);
				if (count / packed > limits.maxCompressionRatio()) {
					throw new ExportRejectedException("The archive looks like a ZIP bomb: an entry expands more than "
							+ limits.maxCompressionRatio() + " times; import stopped");
				}
			}
		}

	}

}
