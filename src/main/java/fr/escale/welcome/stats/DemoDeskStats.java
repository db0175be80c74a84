package fr.escale.welcome.stats;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.offices.DemoOffice;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import fr.escale.welcome.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On first start, after the demo destination is loaded, two years of requests at the demo office's points (about
 * 4,000, with the tourist season, French départements and foreign countries, some with recommended demo offers) and
 * the door counts of its desks, so that the desk statistics show something. Asked as the partner network's demo parts
 * ask (ESCALE_DEMO, no command, the «demo» office); never twice: the requests carry the demo's mark.
 */
@Component
@Order(12)
class DemoDeskStats implements ApplicationRunner {

	/** Who the demo's requests were logged by. */
	static final String MARK = "historique@demo.invalid";

	private static final Logger log = LoggerFactory.getLogger(DemoDeskStats.class);

	private final DemoOffice demo;

	private final InformationPoints points;

	private final OfferCatalog catalog;

	private final RequestGenerator generator;

	private final JdbcClient jdbc;

	DemoDeskStats(DemoOffice demo, InformationPoints points, OfferCatalog catalog,
			RequestGenerator generator, JdbcClient jdbc) {
		this.demo = demo;
		this.points = points;
		this.catalog = catalog;
		this.generator = generator;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		if (office == null || jdbc.sql("SELECT EXISTS (SELECT 1 FROM welcome.request WHERE office_id = ? AND counsellor = ?)")
			.params(office.id(), MARK)
			.query(Boolean.class)
			.single()) {
			return;
		}
		var start = System.nanoTime();
		// Desks first: the busiest. A pop-up desk runs on its dates only: it has no history to draw.
		var open = points.open(office.id()).stream()
			.filter(p -> p.startsOn() == null && p.endsOn() == null)
			.sorted(Comparator.comparing((InformationPoint p) -> p.kind() != PointKind.DESK))
			.toList();
		var offers = new LinkedHashSet<java.util.UUID>();
		for (var word : List.of("château", "restaurant", "domaine", "musée", "gîte", "vélo", "hôtel")) {
			catalog.search(office.id(), word, 8).stream().map(OfferSummary::id).forEach(offers::add);
		}
		var today = LocalDate.now(Requests.DESK_ZONE);
		var generated = generator.generate(office.id(), open.stream().map(InformationPoint::id).toList(),
				open.stream().filter(p -> p.kind() == PointKind.DESK).map(InformationPoint::id).toList(),
				List.copyOf(offers), today.minusYears(2), today.minusDays(1), 4_000, 0.37, MARK);
		log.info("Demo desk statistics: {} requests over two years ({} with a recommended offer), {} door counts, in {} ms",
				generated.requests(), generated.recommended(), generated.doorCounts(), (System.nanoTime() - start) / 1_000_000);
	}

}
