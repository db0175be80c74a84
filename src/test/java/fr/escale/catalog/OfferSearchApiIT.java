package fr.escale.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public search API over real DATAtourisme objects, as a portal or a partner's site would call it. */
@SpringBootTest
@AutoConfigureMockMvc
class OfferSearchApiIT {

	static final List<String> FIXTURES = List.of("hotel.json", "restaurant.json", "event.json", "heritage-site.json",
			"tour.json", "product.json", "v3-rental.json", "v3-restaurant.json");

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void importFixtures() throws IOException {
		var entries = new LinkedHashMap<String, byte[]>();
		for (var name : FIXTURES) {
			entries.put("objects/" + name, DatatourismeImportIT.fixture(name));
		}
		assertThat(mvc.post()
			.uri("/api/v1/imports/datatourisme")
			.multipart()
			.file(new MockMultipartFile("file", "fixtures.zip", "application/zip", DatatourismeImportIT.zip(entries)))
			.with(httpBasic("admin@escale.test", "admin-secret-42"))).hasStatusOk();
	}

	@Test
	void frenchTextIgnoresAccentsCaseAndPlurals() {
		assertThat(names(search("q=chateaux"))).contains("Château de Leugny");
		assertThat(names(search("q=CHATEAU"))).contains("Château de Leugny");
		var accented = mvc.get().uri("/api/v1/offers?q={q}", "château").exchange();
		assertThat(names(read(accented.getResponse().getContentAsByteArray()))).contains("Château de Leugny");
	}

	@Test
	void aSmallTypoStillFinds() {
		assertThat(names(search("q=chatau"))).contains("Château de Leugny");
	}

	@Test
	void filtersByTypeAndCommuneWithFacetCounts() {
		var restaurants = search("type=Restaurant");
		assertThat(names(restaurants)).contains("Chez Jeanne").doesNotContain("Château de Leugny");

		var montbazon = search("commune=37154");
		assertThat(names(montbazon)).containsExactly("The Originals Tours Sud Pic Epeiche");
		assertThat(montbazon.get("items").get(0).get("commune").get("name").asString()).isEqualTo("Montbazon");

		var all = search("size=1");
		var communeFacet = all.get("facets").get("commune").valueStream()
			.filter(facet -> facet.get("value").asString().equals("37154"))
			.findFirst()
			.orElseThrow();
		assertThat(communeFacet.get("count").asLong()).isEqualTo(1);
		assertThat(communeFacet.get("label").asString()).isEqualTo("Montbazon");
		var castles = all.get("facets").get("type").valueStream()
			.filter(facet -> facet.get("value").asString().equals("Castle"))
			.findFirst()
			.orElseThrow();
		assertThat(castles.get("count").asLong()).isEqualTo(1);
	}

	@Test
	void nearAPointSortedByDistance() {
		// 5 km around the hotel in Montbazon: not the restaurant in Normandy nor the rental in Limousin.
		var near = search("near=47.2787,0.7103&radiusKm=5&sort=distance");
		assertThat(names(near)).first().isEqualTo("The Originals Tours Sud Pic Epeiche");
		assertThat(names(near)).doesNotContain("Chez Jeanne", "MAZETTE");
		assertThat(near.get("items").get(0).get("distanceKm").asDouble()).isLessThan(0.1);
	}

	@Test
	void onADayFindsWhatTakesPlaceThen() {
		assertThat(names(search("on=2020-12-15"))).contains("Visite d’une ferme productrice d’osier");
		assertThat(names(search("on=2020-12-16"))).doesNotContain("Visite d’une ferme productrice d’osier");
	}

	@Test
	void namesComeInTheAskedLanguage() {
		assertThat(names(search("commune=37154&lang=en"))).containsExactly("Pic Epeiche");
	}

	@Test
	void badParametersAreAnsweredWithAReason() {
		assertThat(mvc.get().uri("/api/v1/offers?near=here")).hasStatus(400).bodyText().contains("near");
		assertThat(mvc.get().uri("/api/v1/offers?on=2020-13-45")).hasStatus(400).bodyText().contains("YYYY-MM-DD");
		assertThat(mvc.get().uri("/api/v1/offers?commune=Tours")).hasStatus(400).bodyText().contains("INSEE");
		assertThat(mvc.get().uri("/api/v1/offers?near=47.2,0.7&radiusKm=-3")).hasStatus(400).bodyText().contains("radius");
		assertThat(mvc.get().uri("/api/v1/offers?sort=price")).hasStatus(400).bodyText().contains("sort");
		assertThat(mvc.get().uri("/api/v1/offers/00000000-0000-0000-0000-000000000000")).hasStatus(404);
	}

	@Test
	void theFullOfferAsJson() {
		var hotel = search("commune=37154").get("items").get(0).get("id").asString();
		var result = mvc.get().uri("/api/v1/offers/{id}", hotel).exchange();
		assertThat(result).hasStatusOk();
		var offer = read(result.getResponse().getContentAsByteArray());
		assertThat(offer.get("offer").get("name").get("fr").asString()).isEqualTo("The Originals Tours Sud Pic Epeiche");
		assertThat(offer.get("offer").get("address").get("communeCode").asString()).isEqualTo("37154");
		assertThat(offer.get("offer").get("latitude").asDouble()).isEqualTo(47.2787233);
	}

	private JsonNode search(String query) {
		var result = mvc.get().uri("/api/v1/offers?" + query).exchange();
		assertThat(result).hasStatusOk();
		return read(result.getResponse().getContentAsByteArray());
	}

	private static List<String> names(JsonNode results) {
		return results.get("items").valueStream().map(item -> item.get("name").asString()).toList();
	}

	private JsonNode read(byte[] bytes) {
		return json.readTree(bytes);
	}

}
