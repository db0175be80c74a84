package fr.escale.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.escale.catalog.domain.ImportRuns;
import fr.escale.catalog.domain.Offers;
import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class DatatourismeImportIT {

	static final String HOTEL_ID = "https://data.datatourisme.gouv.fr/15/0049d959-34e3-3385-a34d-1354ececdbdc";

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Offers offers;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ImportRuns runs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importingTheSameExportTwiceChangesNothing() throws IOException {
		var export = zip(Map.of("objects/h/hotel.json", fixture("hotel.json"), "objects/r/restaurant.json",
				fixture("restaurant.json"), "objects/e/event.json", fixture("event.json"), "index.json",
				"[]".getBytes(), "context.jsonld", "{}".getBytes()));
		var first = report(upload("export.zip", export, "admin@escale.test", "admin-secret-42"));
		var second = report(upload("export.zip", export, "admin@escale.test", "admin-secret-42"));

		assertThat(first.get("created").asInt() + first.get("unchanged").asInt()).isEqualTo(3);
		assertThat(first.get("rejected").asInt()).isZero();
		assertThat(second.get("created").asInt()).isZero();
		assertThat(second.get("updated").asInt()).isZero();
		assertThat(second.get("unchanged").asInt()).isEqualTo(3);
	}

	@Test
	void aChangedObjectIsUpdatedAndWhatItWasIsKept() throws IOException {
		report(upload("hotel.json", fixture("hotel.json"), "admin@escale.test", "admin-secret-42"));
		var changed = new String(fixture("hotel.json"), StandardCharsets.UTF_8)
			.replace("The Originals Tours Sud Pic Epeiche", "Hôtel Pic Épeiche (rénové)");
		var report = report(upload("hotel.json", changed.getBytes(StandardCharsets.UTF_8), "admin@escale.test",
				"admin-secret-42"));

		assertThat(report.get("updated").asInt()).isEqualTo(1);
		var office = offices.bySlug("demo").orElseThrow();
		var stored = offers.findByDatatourismeId(office.id(), HOTEL_ID).orElseThrow();
		assertThat(stored.offer().name().get("fr")).isEqualTo("Hôtel Pic Épeiche (rénové)");
		var history = offers.history(stored.id());
		assertThat(history).isNotEmpty();
		assertThat(history.get(0).previous().name().get("fr")).isEqualTo("The Originals Tours Sud Pic Epeiche");
		assertThat(history.get(0).changedBy()).isEqualTo("admin@escale.test");
	}

	@Test
	void badObjectsAreReportedAndTheValidOnesStillImported() throws IOException {
		var noId = new String(fixture("tour.json"), StandardCharsets.UTF_8).replaceFirst("\"@id\"", "\"id\"");
		var export = zip(Map.of("objects/a/broken.json", "{\"@id\": \"https://x/1\", \"rdfs:label\": ".getBytes(),
				"objects/b/no-id.json", noId.getBytes(StandardCharsets.UTF_8), "objects/c/latin1.json",
				"{\"@id\":\"https://x/2\",\"rdfs:label\":{\"fr\":[\"Ch\u00e2teau\"]}}".getBytes(StandardCharsets.ISO_8859_1),
				"objects/d/product.json", fixture("product.json"), "../../etc/passwd.json", fixture("heritage-site.json")));
		var report = report(upload("export.zip", export, "admin@escale.test", "admin-secret-42"));

		assertThat(report.get("created").asInt() + report.get("unchanged").asInt()).isEqualTo(1);
		assertThat(report.get("rejected").asInt()).isEqualTo(4);
		var sources = report.get("errors").valueStream().map(error -> error.get("source").asString()).toList();
		assertThat(sources).contains("objects/a/broken.json", "objects/b/no-id.json", "objects/c/latin1.json");
		assertThat(report.get("errors").valueStream().map(error -> error.get("message").asString()))
			.allMatch(message -> !message.isBlank());
	}

	@Test
	void aFileThatIsNoExportIsAnsweredNotFatal() throws IOException {
		var report = report(upload("photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2 }, "admin@escale.test",
				"admin-secret-42"));
		assertThat(report.get("rejected").asInt()).isEqualTo(1);
		assertThat(report.get("errors").get(0).get("message").asString()).isNotBlank();
	}

	@Test
	void anImportWhoseNodeStoppedEndsInsteadOfRunningForEver() {
		var office = offices.bySlug("demo").orElseThrow();
		var stopped = runs.start(office.id(), "cut-short.zip", "admin@escale.test");
		var running = runs.start(office.id(), "going-on.zip", "admin@escale.test");
		jdbc.sql("UPDATE catalog.import_run SET heartbeat_at = now() - interval '1 hour' WHERE id = ?").param(stopped).update();

		runs.abandonSilentFor(10);

		var ended = runs.find(office.id(), stopped).orElseThrow();
		assertThat(ended.status()).isEqualTo(ImportRun.Status.FAILED);
		assertThat(ended.failure()).isEqualTo(ImportRuns.INTERRUPTED);
		assertThat(runs.find(office.id(), running).orElseThrow().status()).isEqualTo(ImportRun.Status.RUNNING);
		runs.finish(running, ImportRun.Status.DONE, null);
	}

	@Test
	void onlyAdministratorsImport() throws IOException {
		var office = offices.bySlug("demo").orElseThrow();
		if (!accounts.exists("counsellor@escale.test")) {
			accounts.create(office.id(), "counsellor@escale.test", "Camille", "counsellor-secret-42", Set.of(Role.COUNSELLOR));
		}
		assertThat(upload("hotel.json", fixture("hotel.json"), "counsellor@escale.test", "counsellor-secret-42"))
			.hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/imports/datatourisme").multipart()
			.file(new MockMultipartFile("file", "hotel.json", "application/json", fixture("hotel.json")))).hasStatus(401);
	}

	@Test
	void exportedJsonLdImportsBackUnchanged() throws IOException {
		report(upload("event.json", fixture("event.json"), "admin@escale.test", "admin-secret-42"));
		var office = offices.bySlug("demo").orElseThrow();
		var stored = offers.findByDatatourismeId(office.id(), read(fixture("event.json")).get("@id").asString()).orElseThrow();

		var exported = mvc.get().uri("/api/v1/offers/{id}", stored.id()).accept(MediaType.valueOf("application/ld+json")).exchange();
		assertThat(exported).hasStatusOk();
		var jsonLd = exported.getResponse().getContentAsByteArray();
		assertThat(read(jsonLd).get("@id").asString()).isEqualTo(stored.offer().datatourismeId());

		var again = report(upload("exported.jsonld", jsonLd, "admin@escale.test", "admin-secret-42"));
		assertThat(again.get("unchanged").asInt()).isEqualTo(1);
		assertThat(offers.find(stored.id()).orElseThrow().offer()).isEqualTo(stored.offer());
	}

	private MvcTestResult upload(String name, byte[] content, String user, String password) {
		return mvc.post()
			.uri("/api/v1/imports/datatourisme")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(httpBasic(user, password))
			.exchange();
	}

	private JsonNode report(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return read(result.getResponse().getContentAsByteArray());
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private JsonNode read(byte[] bytes) {
		return json.readTree(bytes);
	}

	static byte[] fixture(String name) throws IOException {
		return new ClassPathResource("datatourisme/" + name).getContentAsByteArray();
	}

	static byte[] zip(Map<String, byte[]> entries) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
