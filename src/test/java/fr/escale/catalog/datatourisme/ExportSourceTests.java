package fr.escale.catalog.datatourisme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.escale.catalog.Offer;

class ExportSourceTests {

	private final DatatourismeReader reader = new DatatourismeReader();

	@Test
	void readsTheObjectsOfAZipAndSkipsIndexAndContext() throws IOException {
		byte[] zip = zip(Map.of("index.json", "[]".getBytes(), "context.jsonld", "{}".getBytes(), "objects/0/00/hotel.json",
				DatatourismeReaderTests.fixture("hotel.json"), "objects/readme.txt", "hello".getBytes()));

		List<ExportEntry> entries = entries(ExportSource.of("export.zip", new ByteArrayInputStream(zip)));

		assertThat(entries).singleElement().isInstanceOfSatisfying(ExportEntry.Json.class, json -> {
			assertThat(json.sourceName()).isEqualTo("objects/0/00/hotel.json");
			assertThat(reader.read(json.bytes()).address().communeCode()).isEqualTo("37154");
		});
	}

	@Test
	void rejectsEntriesEscapingTheArchive() throws IOException {
		byte[] zip = zip(Map.of("../../etc/evil.json", "{}".getBytes(), "/tmp/absolute.json", "{}".getBytes()));

		List<ExportEntry> entries = entries(ExportSource.of("export.zip", new ByteArrayInputStream(zip)));

		assertThat(entries).hasSize(2).allSatisfy(entry -> assertThat(entry).isInstanceOf(ExportEntry.Rejected.class));
		assertThat(entries).extracting(e -> ((ExportEntry.Rejected) e).reason()).containsExactlyInAnyOrder(
				"path escaping the archive ('..'): entries must stay inside the export",
				"absolute path in the archive: entries must stay inside the export");
	}

	@Test
	void rejectsAnOversizedEntryAndGoesOn() throws IOException {
		byte[] big = new byte[6 * 1024 * 1024];
		new Random(37).nextBytes(big);
		byte[] zip = zip(Map.of("objects/big.json", big, "objects/hotel.json", DatatourismeReaderTests.fixture("hotel.json")));

		List<ExportEntry> entries = entries(ExportSource.of("export.zip", new ByteArrayInputStream(zip)));

		assertThat(entries).hasSize(2);
		assertThat(entries).filteredOn(e -> e instanceof ExportEntry.Rejected).singleElement()
			.isEqualTo(new ExportEntry.Rejected("objects/big.json",
					"larger than 5 MB uncompressed, the most one object may weigh"));
		assertThat(entries).filteredOn(e -> e instanceof ExportEntry.Json).singleElement()
			.extracting(ExportEntry::sourceName).isEqualTo("objects/hotel.json");
	}

	@Test
	void stopsAtAZipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("objects/bomb.json"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 200; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(bytes.size()).isLessThan(1024 * 1024);

		assertThatThrownBy(() -> entries(ExportSource.of("bomb.zip", new ByteArrayInputStream(bytes.toByteArray()))))
			.isInstanceOf(ExportRejectedException.class)
			.hasMessage("The archive looks like a ZIP bomb: an entry expands more than 100 times; import stopped");
	}

	@Test
	void stopsWhenTheWholeExportIsTooLarge() throws IOException {
		byte[] object = "{\"@id\": \"https://data.datatourisme.gouv.fr/x\"}".getBytes();
		byte[] zip = zip(Map.of("a.json", object, "b.json", object, "c.json", object));
		ExportLimits limits = new ExportLimits(1000, 100, 100, 1024 * 1024);

		assertThatThrownBy(() -> entries(ExportSource.of("export.zip", new ByteArrayInputStream(zip), limits)))
			.isInstanceOf(ExportRejectedException.class)
			.hasMessage("The export unpacks to more than 100 bytes, the most one import may read; import stopped");
	}

	@Test
	void rejectsAnObjectThatIsNotUtf8() throws IOException {
		byte[] latin1 = "{\"rdfs:label\": {\"fr\": [\"Château\"]}}".getBytes(StandardCharsets.ISO_8859_1);
		byte[] zip = zip(Map.of("objects/latin1.json", latin1));

		List<ExportEntry> entries = entries(ExportSource.of("export.zip", new ByteArrayInputStream(zip)));

		assertThat(entries).singleElement().isInstanceOfSatisfying(ExportEntry.Rejected.class,
				rejected -> assertThat(rejected.reason()).startsWith("not valid UTF-8 text: malformed byte sequence at byte"));
	}

	@Test
	void refusesGarbage() {
		byte[] garbage = { 0x13, 0x37, (byte) 0xff, 0x00, 0x42 };

		assertThatThrownBy(() -> entries(ExportSource.of("upload.bin", new ByteArrayInputStream(garbage))))
			.isInstanceOf(ExportRejectedException.class)
			.hasMessage("upload.bin is neither a ZIP archive nor a JSON document: a DATAtourisme export is one or the other");
	}

	@Test
	void readsAJsonArrayAndAJsonLdGraph() {
		String hotel = new String(DatatourismeReaderTests.fixture("hotel.json"), StandardCharsets.UTF_8);
		String event = new String(DatatourismeReaderTests.fixture("event.json"), StandardCharsets.UTF_8);

		List<ExportEntry> array = entries(ExportSource.of("objects.json",
				new ByteArrayInputStream(("[" + hotel + "," + event + ", 3]").getBytes(StandardCharsets.UTF_8))));
		List<ExportEntry> graph = entries(ExportSource.of("graph.jsonld", new ByteArrayInputStream(
				("{\"@context\": {}, \"@graph\": [" + hotel + "," + event + "]}").getBytes(StandardCharsets.UTF_8))));

		assertThat(array).extracting(ExportEntry::sourceName).containsExactly("objects.json[0]", "objects.json[1]",
				"objects.json[2]");
		assertThat(array.get(2)).isEqualTo(new ExportEntry.Rejected("objects.json[2]", "not a JSON object"));
		assertThat(graph).extracting(ExportEntry::sourceName).containsExactly("graph.jsonld@graph[0]",
				"graph.jsonld@graph[1]");
		assertThat(reader.read(((ExportEntry.Json) graph.get(1)).bytes()).types()).contains("EntertainmentAndEvent");
	}

	@Test
	void readsAFolderExport(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("index.json"), "[]");
		Files.writeString(folder.resolve("context.jsonld"), "{}");
		Path objects = Files.createDirectories(folder.resolve("objects/0/00"));
		Files.write(objects.resolve("hotel.json"), DatatourismeReaderTests.fixture("hotel.json"));

		List<ExportEntry> entries = entries(ExportSource.of(folder));

		assertThat(entries).extracting(ExportEntry::sourceName).containsExactly("objects/0/00/hotel.json");
	}

	/** The real export of Indre-et-Loire: every object is read, and written back without loss. */
	@Test
	void readsAndRoundTripsAllOfExport37() {
		Path export = Path.of("../shared/data/datatourisme/export-37");
		Assumptions.assumeTrue(Files.isDirectory(export), "export-37 is not available");
		DatatourismeWriter writer = new DatatourismeWriter();
		List<String> problems = new ArrayList<>();
		int[] count = { 0 };

		ExportSource.of(export).forEach(entry -> {
			count[0]++;
			if (entry instanceof ExportEntry.Rejected rejected) {
				problems.add(rejected.sourceName() + ": " + rejected.reason());
			}
			else if (entry instanceof ExportEntry.Json json) {
				try {
					Offer offer = reader.read(json.bytes());
					if (!reader.read(writer.write(offer)).equals(offer)) {
						problems.add(json.sourceName() + ": not equal after a round trip");
					}
				}
				catch (InvalidOfferException ex) {
					problems.add(json.sourceName() + ": " + ex.getMessage());
				}
			}
		});

		assertThat(problems).isEmpty();
		assertThat(count[0]).isEqualTo(1432);
	}

	private static List<ExportEntry> entries(ExportSource source) {
		List<ExportEntry> entries = new ArrayList<>();
		source.forEach(entries::add);
		return entries;
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
