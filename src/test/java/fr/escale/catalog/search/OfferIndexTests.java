package fr.escale.catalog.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class OfferIndexTests {

	static final UUID TOURS_OFFICE = UUID.fromString("00000000-0000-0000-0000-000000000037");

	static final UUID CHENONCEAU_OFFICE = UUID.fromString("00000000-0000-0000-0000-000000000038");

	static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);

	static final LocalDate NEW_YEAR_EVE = LocalDate.of(2026, 12, 31);

	static final SearchDocument AMBOISE_CASTLE = offer(1, TOURS_OFFICE,
			Map.of("fr", "Château d'Amboise", "en", "Royal Château of Amboise"),
			"Demeure royale dominant la Loire, où repose Léonard de Vinci. Jardins en terrasses et vue sur le fleuve.",
			List.of("CulturalSite", "Castle"), "37003", "Amboise", 47.4133, 0.9861, List.of("Qualité Tourisme"),
			List.of(new DateSpan(NEW_YEAR, NEW_YEAR_EVE, Set.of())));

	static final SearchDocument CHINON_CASTLE = offer(2, TOURS_OFFICE, Map.of("fr", "Château de Chinon"),
			"Forteresse royale perchée au-dessus de la Vienne, où Jeanne d'Arc rencontra le dauphin Charles.",
			List.of("CulturalSite", "Castle"), "37072", "Chinon", 47.1681, 0.2420, List.of("Qualité Tourisme"),
			List.of(new DateSpan(NEW_YEAR, NEW_YEAR_EVE, Set.of())));

	static final SearchDocument CATHEDRAL = offer(3, TOURS_OFFICE, Map.of("fr", "Cathédrale Saint-Gatien de Tours"),
			"Chef-d'œuvre gothique flamboyant; son cloître de la Psalette a inspiré Balzac. "
					+ "On la voit depuis les ruines du château de Tours.",
			List.of("CulturalSite", "ReligiousSite"), "37261", "Tours", 47.3957, 0.6946, List.of(), List.of());

	static final SearchDocument HIKE = offer(4, TOURS_OFFICE, Map.of("fr", "Randonnée des coteaux"),
			"Boucle de 12 km entre vignes et caves troglodytiques au départ de la place du marché.",
			List.of("Tour", "WalkingTour"), "37003", "Amboise", 47.4050, 0.9950, List.of("Accueil Vélo"), List.of());

	static final SearchDocument HOTEL = offer(5, TOURS_OFFICE, Map.of("fr", "Hôtel de l'Univers"),
			"Hôtel quatre étoiles près de la gare, point de départ idéal pour visiter les châteaux de la Loire.",
			List.of("Accommodation", "Hotel"), "37261", "Tours", 47.3906, 0.6887,
			List.of("Clef Verte", "Qualité Tourisme"), List.of(new DateSpan(NEW_YEAR, NEW_YEAR_EVE, Set.of())));

	static final SearchDocument RESTAURANT = offer(6, TOURS_OFFICE, Map.of("fr", "Le Bistrot des Halles"),
			"Cuisine de saison, rillettes et vins de Vouvray, terrasse sur la place.",
			List.of("FoodEstablishment", "Restaurant"), "37261", "Tours", 47.3925, 0.6820, List.of(),
			List.of(new DateSpan(NEW_YEAR, NEW_YEAR_EVE,
					Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
							DayOfWeek.SATURDAY))));

	static final SearchDocument FIREWORKS = offer(7, TOURS_OFFICE, Map.of("fr", "Feu d'artifice du 14 juillet"),
			"Tiré depuis l'île d'Or, face au château, à la tombée de la nuit.", List.of("Event", "ShowEvent"),
			"37003", "Amboise", 47.4140, 0.9820, List.of(), List.of(DateSpan.day(LocalDate.of(2026, 7, 14))));

	static final SearchDocument MARKET = offer(8, TOURS_OFFICE, Map.of("fr", "Marché de Chinon"),
			"Producteurs locaux, fromages de chèvre et fruits de saison sur la place Jeanne d'Arc.",
			List.of("Store", "Market"), "37072", "Chinon", 47.1670, 0.2370, List.of(),
			List.of(new DateSpan(NEW_YEAR, NEW_YEAR_EVE, Set.of(DayOfWeek.SATURDAY))));

	static final SearchDocument CHURCH = offer(9, TOURS_OFFICE, Map.of("fr", "Église Saint-Florentin"),
			"Ancienne église au pied du coteau, aujourd'hui lieu d'expositions.",
			List.of("CulturalSite", "ReligiousSite"), "37003", "Amboise", 47.4118, 0.9810, List.of(), List.of());

	static final SearchDocument CHENONCEAU_CASTLE = offer(10, CHENONCEAU_OFFICE, Map.of("fr", "Château de Chenonceau"),
			"Le château des Dames, enjambant le Cher.", List.of("CulturalSite", "Castle"), "37070", "Chenonceaux",
			47.3249, 1.0703, List.of("Qualité Tourisme"), List.of(new DateSpan(NEW_YEAR, NEW_YEAR_EVE, Set.of())));

	static final List<SearchDocument> OFFERS = List.of(AMBOISE_CASTLE, CHINON_CASTLE, CATHEDRAL, HIKE, HOTEL,
			RESTAURANT, FIREWORKS, MARKET, CHURCH, CHENONCEAU_CASTLE);

	ByteBuffersDirectory directory = new ByteBuffersDirectory();

	OfferIndex index;

	@BeforeEach
	void fill() {
		this.index = new OfferIndex(this.directory);
		this.index.upsert(OFFERS);
		this.index.refresh();
	}

	@AfterEach
	void close() {
		this.index.close();
	}

	@Test
	void findsWordsWithoutAccentsInPluralOrSingular() {
		assertThat(names(search("chateaux").withTypes("Castle"))).containsExactlyInAnyOrder("Château d'Amboise",
				"Château de Chinon");
		assertThat(names(search("Châteaux"))).isEqualTo(names(search("château")));
		assertThat(names(search("randonnees"))).containsExactly("Randonnée des coteaux");
		assertThat(names(search("randonnée"))).containsExactly("Randonnée des coteaux");
		assertThat(names(search("eglise"))).containsExactly("Église Saint-Florentin");
		assertThat(names(search("églises"))).containsExactly("Église Saint-Florentin");
		assertThat(names(search("coteau"))).containsExactly("Randonnée des coteaux", "Église Saint-Florentin");
	}

	@Test
	void dropsFrenchArticles() {
		assertThat(names(search("amboise")).get(0)).isEqualTo("Château d'Amboise");
		assertThat(names(search("l'univers"))).containsExactly("Hôtel de l'Univers");
		assertThat(names(search("univers"))).containsExactly("Hôtel de l'Univers");
	}

	@Test
	void toleratesOneTypoInLongWords() {
		assertThat(names(search("chataux").withTypes("Castle"))).containsExactlyInAnyOrder("Château d'Amboise",
				"Château de Chinon");
		assertThat(names(search("randonee"))).containsExactly("Randonnée des coteaux");
		assertThat(names(search("forteresses"))).containsExactly("Château de Chinon");
		assertThat(names(search("foreresses"))).containsExactly("Château de Chinon");
		assertThat(names(search("cathedrle"))).containsExactly("Cathédrale Saint-Gatien de Tours");
	}

	@Test
	void doesNotGuessShortWords() {
		// "tous" is one letter away from "tours", but short words are too common to correct.
		assertThat(this.index.search(search("tous")).total()).isZero();
	}

	@Test
	void ranksNamesAboveDescriptions() {
		List<String> names = names(search("château"));

		assertThat(names.subList(0, 2)).containsExactlyInAnyOrder("Château d'Amboise", "Château de Chinon");
		assertThat(names).contains("Cathédrale Saint-Gatien de Tours", "Hôtel de l'Univers",
				"Feu d'artifice du 14 juillet");
	}

	@Test
	void ranksAllWordsAboveSome() {
		assertThat(names(search("château chinon")).get(0)).isEqualTo("Château de Chinon");
		assertThat(names(search("chateau de chinon")).get(0)).isEqualTo("Château de Chinon");
		assertThat(names(search("marché chinon")).get(0)).isEqualTo("Marché de Chinon");
	}

	@Test
	void filtersByTypeAndCommune() {
		assertThat(names(OfferQuery.of(TOURS_OFFICE).withTypes("Castle", "Restaurant"))).containsExactly(
				"Château d'Amboise", "Château de Chinon", "Le Bistrot des Halles");
		assertThat(names(OfferQuery.of(TOURS_OFFICE).inCommune("37261"))).containsExactly(
				"Cathédrale Saint-Gatien de Tours", "Hôtel de l'Univers", "Le Bistrot des Halles");
		assertThat(names(search("château").inCommune("37261"))).containsExactlyInAnyOrder("Cathédrale Saint-Gatien de Tours",
				"Hôtel de l'Univers");
	}

	@Test
	void findsOffersWithinARadius() {
		OfferQuery nearAmboise = OfferQuery.of(TOURS_OFFICE).near(47.4133, 0.9861, 10.0);

		SearchResults results = this.index.search(nearAmboise);

		assertThat(results.hits()).extracting(SearchHit::name)
			.containsExactly("Château d'Amboise", "Feu d'artifice du 14 juillet", "Église Saint-Florentin",
					"Randonnée des coteaux");
		assertThat(results.hits().get(0).distanceKm()).isEqualTo(0.0);
		assertThat(results.hits().get(3).distanceKm()).isCloseTo(1.14, within(0.02));
	}

	@Test
	void sortsByDistanceWithTheDistanceOfEachOffer() {
		SearchResults results = this.index
			.search(OfferQuery.of(TOURS_OFFICE).withTypes("CulturalSite").near(47.4133, 0.9861, null));

		assertThat(results.hits()).extracting(SearchHit::name)
			.containsExactly("Château d'Amboise", "Église Saint-Florentin", "Cathédrale Saint-Gatien de Tours",
					"Château de Chinon");
		assertThat(results.hits().get(2).distanceKm()).isCloseTo(22.0, within(0.5));
		assertThat(results.hits().get(3).distanceKm()).isCloseTo(62.4, within(0.5));
	}

	@Test
	void sortsWordsByDistanceWhenAsked() {
		OfferQuery query = search("château").near(47.3957, 0.6946, 100.0).sortedBy(OfferQuery.Sort.DISTANCE);

		assertThat(names(query).get(0)).isEqualTo("Cathédrale Saint-Gatien de Tours");
		assertThat(this.index.search(query).hits()).extracting(SearchHit::distanceKm).isSorted();
	}

	@Test
	void findsWhatIsOpenOrTakesPlaceOnADay() {
		LocalDate bastilleDay = LocalDate.of(2026, 7, 14);
		LocalDate saturday = LocalDate.of(2026, 7, 18);
		assertThat(bastilleDay.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
		assertThat(saturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);

		assertThat(names(OfferQuery.of(TOURS_OFFICE).on(bastilleDay))).containsExactly("Château d'Amboise",
				"Château de Chinon", "Feu d'artifice du 14 juillet", "Hôtel de l'Univers", "Le Bistrot des Halles");
		assertThat(names(OfferQuery.of(TOURS_OFFICE).on(saturday))).containsExactly("Château d'Amboise",
				"Château de Chinon", "Hôtel de l'Univers", "Le Bistrot des Halles", "Marché de Chinon");
		assertThat(names(OfferQuery.of(TOURS_OFFICE).on(LocalDate.of(2026, 7, 19)))).containsExactly(
				"Château d'Amboise", "Château de Chinon", "Hôtel de l'Univers");
		assertThat(names(OfferQuery.of(TOURS_OFFICE).on(LocalDate.of(2027, 1, 2)))).isEmpty();
	}

	@Test
	void countsFacetsOverTheResults() {
		SearchResults results = this.index.search(OfferQuery.of(TOURS_OFFICE));

		assertThat(results.total()).isEqualTo(9);
		assertThat(results.facet(SearchResults.TYPE)).startsWith(new FacetCount("CulturalSite", "CulturalSite", 4),
				new FacetCount("Castle", "Castle", 2), new FacetCount("ReligiousSite", "ReligiousSite", 2));
		assertThat(results.facet(SearchResults.TYPE)).hasSize(13);
		assertThat(results.facet(SearchResults.COMMUNE)).containsExactly(new FacetCount("37003", "Amboise", 4),
				new FacetCount("37261", "Tours", 3), new FacetCount("37072", "Chinon", 2));
		assertThat(results.facet(SearchResults.LABEL)).containsExactly(
				new FacetCount("Qualité Tourisme", "Qualité Tourisme", 3),
				new FacetCount("Accueil Vélo", "Accueil Vélo", 1), new FacetCount("Clef Verte", "Clef Verte", 1));
	}

	@Test
	void countsTypesAndCommunesAsIfTheirOwnFilterWereNotSet() {
		SearchResults results = this.index.search(OfferQuery.of(TOURS_OFFICE).withTypes("Castle").inCommune("37003"));

		assertThat(results.total()).isEqualTo(1);
		// Other types in Amboise, and castles in other communes, stay visible to widen the search.
		assertThat(results.facet(SearchResults.TYPE)).contains(new FacetCount("Castle", "Castle", 1),
				new FacetCount("CulturalSite", "CulturalSite", 2), new FacetCount("Event", "Event", 1));
		assertThat(results.facet(SearchResults.COMMUNE)).containsExactly(new FacetCount("37003", "Amboise", 1),
				new FacetCount("37072", "Chinon", 1));
		assertThat(results.facet(SearchResults.LABEL))
			.containsExactly(new FacetCount("Qualité Tourisme", "Qualité Tourisme", 1));
	}

	@Test
	void countsFacetsAcrossSegments() {
		try (OfferIndex segmented = new OfferIndex(new ByteBuffersDirectory(), 0)) {
			// Five segments, fewer than the merge policy would merge, each with its own ordinals.
			for (int i = 0; i < OFFERS.size(); i += 2) {
				segmented.upsert(OFFERS.subList(i, i + 2));
				segmented.commit();
			}
			segmented.refresh();

			SearchResults results = segmented.search(search("château"));

			assertThat(results.facet(SearchResults.COMMUNE)).containsExactly(new FacetCount("37003", "Amboise", 2),
					new FacetCount("37261", "Tours", 2), new FacetCount("37072", "Chinon", 1));
			assertThat(results.facet(SearchResults.TYPE)).startsWith(new FacetCount("CulturalSite", "CulturalSite", 3));
		}
	}

	@Test
	void pagesThroughResults() {
		OfferQuery all = OfferQuery.of(TOURS_OFFICE);

		SearchResults first = this.index.search(all.page(0, 4));
		SearchResults second = this.index.search(all.page(1, 4));
		SearchResults last = this.index.search(all.page(2, 4));

		assertThat(first.total()).isEqualTo(9);
		assertThat(second.total()).isEqualTo(9);
		assertThat(first.hits()).hasSize(4);
		assertThat(second.hits()).hasSize(4);
		assertThat(last.hits()).extracting(SearchHit::name).containsExactly("Randonnée des coteaux");
		assertThat(this.index.search(all.page(3, 4)).hits()).isEmpty();
		assertThat(first.hits().get(0).name()).isEqualTo("Cathédrale Saint-Gatien de Tours");
		assertThat(second.hits().get(0).name()).isEqualTo("Feu d'artifice du 14 juillet");
	}

	@Test
	void keepsEachOfficeToItsOwnOffers() {
		assertThat(names(search("château").withTypes("Castle"))).doesNotContain("Château de Chenonceau");
		assertThat(names(new OfferQuery(CHENONCEAU_OFFICE, "château", null, null, null, null, null, null, null, null,
				0, 20))).containsExactly("Château de Chenonceau");
		assertThat(names(new OfferQuery(null, "château", List.of("Castle"), null, null, null, null, null, null, null,
				0, 20))).containsExactlyInAnyOrder("Château d'Amboise", "Château de Chinon", "Château de Chenonceau");
		assertThat(this.index.search(OfferQuery.of(CHENONCEAU_OFFICE)).facet(SearchResults.COMMUNE))
			.containsExactly(new FacetCount("37070", "Chenonceaux", 1));
	}

	@Test
	void answersInTheAskedLanguageWithFrenchAsFallback() {
		SearchResults results = this.index.search(search("amboise").withTypes("Castle").inLanguage("en"));

		assertThat(results.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.name()).isEqualTo("Royal Château of Amboise");
			assertThat(hit.id()).isEqualTo(AMBOISE_CASTLE.id());
			assertThat(hit.types()).containsExactly("CulturalSite", "Castle");
			assertThat(hit.communeCode()).isEqualTo("37003");
			assertThat(hit.communeName()).isEqualTo("Amboise");
			assertThat(hit.latitude()).isEqualTo(47.4133);
			assertThat(hit.longitude()).isEqualTo(0.9861);
			assertThat(hit.distanceKm()).isNull();
		});
		assertThat(names(search("chinon").withTypes("Castle").inLanguage("de"))).containsExactly("Château de Chinon");
	}

	@Test
	void replacesAnOfferOnUpsert() {
		SearchDocument renamed = new SearchDocument(HIKE.id(), TOURS_OFFICE, 42, Map.of("fr", "Boucle des vignerons"),
				HIKE.texts(), HIKE.types(), HIKE.communeCode(), HIKE.communeName(), HIKE.latitude(), HIKE.longitude(),
				HIKE.labels(), HIKE.openings());
		assertThat(names(search("randonnée"))).containsExactly("Randonnée des coteaux");

		this.index.upsert(List.of(renamed));
		this.index.refresh();

		assertThat(this.index.size()).isEqualTo(OFFERS.size());
		assertThat(this.index.search(search("randonnée")).total()).isZero();
		assertThat(names(search("vignerons"))).containsExactly("Boucle des vignerons");
		assertThat(this.index.maxVersion()).isEqualTo(42);
	}

	@Test
	void keepsTheHighestVersionOfABatch() {
		SearchDocument older = new SearchDocument(HIKE.id(), TOURS_OFFICE, 40, Map.of("fr", "Sentier ancien"),
				Map.of(), HIKE.types(), null, null, null, null, null, null);
		SearchDocument newer = new SearchDocument(HIKE.id(), TOURS_OFFICE, 41, Map.of("fr", "Sentier nouveau"),
				Map.of(), HIKE.types(), null, null, null, null, null, null);

		this.index.upsert(List.of(newer, older));
		this.index.refresh();

		assertThat(names(search("sentier"))).containsExactly("Sentier nouveau");
	}

	@Test
	void removesADeletedOffer() {
		assertThat(names(search("marché"))).contains("Marché de Chinon");

		this.index.delete(MARKET.id());
		this.index.refresh();

		assertThat(this.index.size()).isEqualTo(OFFERS.size() - 1);
		assertThat(this.index.search(search("marché")).hits()).extracting(SearchHit::id).doesNotContain(MARKET.id());
	}

	@Test
	void resumesFromTheHighestVersionAfterARestart() {
		this.index.close();
		this.index = new OfferIndex(this.directory);

		assertThat(this.index.maxVersion()).isEqualTo(10);
		assertThat(this.index.size()).isEqualTo(OFFERS.size());
	}

	@Test
	void listsEveryOfferByNameWithoutWords() {
		assertThat(names(OfferQuery.of(TOURS_OFFICE))).containsExactly("Cathédrale Saint-Gatien de Tours",
				"Château d'Amboise", "Château de Chinon", "Église Saint-Florentin", "Feu d'artifice du 14 juillet",
				"Hôtel de l'Univers", "Le Bistrot des Halles", "Marché de Chinon", "Randonnée des coteaux");
	}

	@Test
	void searchesAnEmptyIndex() {
		try (OfferIndex empty = new OfferIndex(new ByteBuffersDirectory())) {
			SearchResults results = empty.search(search("château"));

			assertThat(results.total()).isZero();
			assertThat(results.facets().values()).allMatch(List::isEmpty);
			assertThat(empty.maxVersion()).isZero();
		}
	}

	@Test
	void explainsAnInvalidQuery() {
		assertThatIllegalArgumentException().isThrownBy(() -> OfferQuery.of(TOURS_OFFICE).near(47.4, 0.98, 0.0))
			.withMessage("The radius must be more than 0 km and at most 500 km");
		assertThatIllegalArgumentException().isThrownBy(() -> OfferQuery.of(TOURS_OFFICE).near(47.4, 0.98, 501.0))
			.withMessage("The radius must be more than 0 km and at most 500 km");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OfferQuery(null, null, null, null, 47.4, null, 10.0, null, null, null, 0, 20))
			.withMessage("A position needs both a latitude and a longitude");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OfferQuery(null, null, null, null, null, null, 10.0, null, null, null, 0, 20))
			.withMessage("A search radius needs a position (latitude and longitude)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OfferQuery.of(TOURS_OFFICE).sortedBy(OfferQuery.Sort.DISTANCE))
			.withMessage("Sorting by distance needs a position (latitude and longitude)");
		assertThatIllegalArgumentException().isThrownBy(() -> OfferQuery.of(TOURS_OFFICE).page(-1, 20))
			.withMessage("The page number cannot be negative");
		assertThatIllegalArgumentException().isThrownBy(() -> OfferQuery.of(TOURS_OFFICE).page(0, 101))
			.withMessage("A page holds 1 to 100 offers");
		assertThat(OfferQuery.of(TOURS_OFFICE).page(0, 0).size()).isEqualTo(20);
	}

	static OfferQuery search(String text) {
		return OfferQuery.of(TOURS_OFFICE).withText(text);
	}

	List<String> names(OfferQuery query) {
		return this.index.search(query).hits().stream().map(SearchHit::name).toList();
	}

	static SearchDocument offer(int number, UUID office, Map<String, String> names, String text, List<String> types,
			String communeCode, String communeName, double latitude, double longitude, List<String> labels,
			List<DateSpan> openings) {
		return new SearchDocument(new UUID(1, number), office, number, names, Map.of("fr", text), types, communeCode,
				communeName, latitude, longitude, labels, openings);
	}

}
