package fr.escale.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.util.Set;

import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** One instance, several offices: each office's staff sees its own catalogue and imports only. */
@SpringBootTest
@AutoConfigureMockMvc
class OfficeIsolationIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Test
	void anotherOfficeSeesNeitherTheOffersNorTheImportsOfTheFirst() throws IOException {
		var result = mvc.post()
			.uri("/api/v1/imports/datatourisme")
			.multipart()
			.file(new MockMultipartFile("file", "hotel.json", "application/json", DatatourismeImportIT.fixture("hotel.json")))
			.with(httpBasic("admin@escale.test", "admin-secret-42"))
			.exchange();
		assertThat(result).hasStatusOk();
		var runId = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray()).get("runId").asString();

		var other = offices.first("chinon", "Office de tourisme de Chinon");
		if (!accounts.exists("counsellor@chinon.test")) {
			accounts.create(other.id(), "counsellor@chinon.test", "Lou", "chinon-secret-42", Set.of(Role.COUNSELLOR));
		}
		var chinon = accounts.loadUserByUsername("counsellor@chinon.test");
		var demo = accounts.loadUserByUsername("admin@escale.test");

		assertThat(mvc.get().uri("/imports/{id}", runId).with(user(demo))).hasStatusOk();
		assertThat(mvc.get().uri("/imports/{id}", runId).with(user(chinon))).hasStatus(404);
		assertThat(mvc.get().uri("/imports").with(user(chinon))).bodyText().doesNotContain("hotel.json");

		assertThat(mvc.get().uri("/offers?q=epeiche").with(user(demo))).bodyText().contains("Pic Epeiche");
		var hotel = JsonMapper.builder().build()
			.readTree(mvc.get().uri("/api/v1/offers?q=epeiche").exchange().getResponse().getContentAsByteArray())
			.get("items").get(0).get("id").asString();
		// Import it again, changed, so that it has a history: who changed it stays within the office.
		var changed = new String(DatatourismeImportIT.fixture("hotel.json"), java.nio.charset.StandardCharsets.UTF_8)
			.replace("Montbazon", "Montbazon-en-Touraine");
		assertThat(mvc.post()
			.uri("/api/v1/imports/datatourisme")
			.multipart()
			.file(new MockMultipartFile("file", "hotel.json", "application/json", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(httpBasic("admin@escale.test", "admin-secret-42"))).hasStatusOk();
		assertThat(mvc.get().uri("/offers/{id}", hotel).with(user(demo))).bodyText().contains("admin@escale.test");
		assertThat(mvc.get().uri("/offers/{id}", hotel).with(user(chinon))).bodyText().doesNotContain("admin@escale.test");
		assertThat(mvc.get().uri("/offers/{id}", hotel)).bodyText().contains("Pic Epeiche").doesNotContain("admin@escale.test");
		assertThat(mvc.get().uri("/offers?q=epeiche").with(user(chinon))).bodyText().doesNotContain("Pic Epeiche");
	}

	@Test
	void aCounsellorFollowsImportsButCannotStartOne() throws IOException {
		var office = offices.bySlug("demo").orElseThrow();
		if (!accounts.exists("desk@escale.test")) {
			accounts.create(office.id(), "desk@escale.test", "Sam", "desk-secret-42", Set.of(Role.COUNSELLOR));
		}
		var counsellor = accounts.loadUserByUsername("desk@escale.test");
		assertThat(mvc.get().uri("/imports").with(user(counsellor))).hasStatusOk().bodyText().doesNotContain("type=\"file\"");
		assertThat(mvc.post()
			.uri("/imports")
			.multipart()
			.file(new MockMultipartFile("file", "hotel.json", "application/json", DatatourismeImportIT.fixture("hotel.json")))
			.with(user(counsellor))
			.with(csrf()))
			.hasStatus(403);
	}

}
