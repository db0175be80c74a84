package fr.escale.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import fr.escale.catalog.domain.ImportRuns;
import fr.escale.catalog.importer.DemoDestination;
import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.search.OfferIndex;
import fr.escale.catalog.search.OfferQuery;
import fr.escale.offices.Offices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A newcomer's first start: the demo office holds a living destination, searchable at once. */
@SpringBootTest(properties = "escale.demo=true")
class DemoDestinationIT {

	@Autowired
	Offices offices;

	@Autowired
	Offers offers;

	@Autowired
	ImportRuns runs;

	@Autowired
	OfferIndex index;

	@Test
	void theFirstStartLoadsTheDemoDestination() {
		var demo = offices.bySlug("demo").orElseThrow();
		assertThat(offers.count(demo.id())).isEqualTo(361);
		assertThat(runs.completed(demo.id(), DemoDestination.SOURCE_NAME)).isTrue();

		var amboise = index.search(OfferQuery.of(demo.id()).inCommune("37003"));
		assertThat(amboise.total()).isGreaterThan(20);
		var castles = index.search(OfferQuery.of(demo.id()).withText("château").inCommune("37003"));
		assertThat(castles.hits()).extracting(hit -> hit.name()).anyMatch(name -> name.contains("Clos Lucé"));
	}

}
