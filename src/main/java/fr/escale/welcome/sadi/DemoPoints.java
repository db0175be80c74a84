package fr.escale.welcome.sadi;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.offices.DemoOffice;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import fr.escale.welcome.Requests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start, after the demo destination is loaded, gives the demo office its information points
 * around Tours, Amboise and Chinon, brochures stocked there (one kiosk and one desk to reorder from),
 * and what its screens show, so that a newcomer finds a living welcome desk. Before the demo requests
 * (order 12) are logged at these points. Not when ESCALE_DEMO=false, never twice, and no mail: the
 * reorder levels are set after the movements, and setting a level alerts no one.
 */
@Component
@Order(11)
class DemoPoints implements ApplicationRunner {

	/** Who typed the demo movements, as their history shows it. */
	static final String TYPED_BY = "demo@escale.local";

	private static final Logger log = LoggerFactory.getLogger(DemoPoints.class);

	private final DemoOffice demo;

	private final Communes communes;

	private final OfferCatalog catalog;

	private final InformationPoints points;

	private final Brochures brochures;

	private final Stocks stocks;

	private final Screens screens;

	DemoPoints(DemoOffice demo, Communes communes, OfferCatalog catalog,
			InformationPoints points, Brochures brochures, Stocks stocks, Screens screens) {
		this.demo = demo;
		this.communes = communes;
		this.catalog = catalog;
		this.points = points;
		this.brochures = brochures;
		this.stocks = stocks;
		this.screens = screens;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var office = demo.toFill(args).orElse(null);
		if (office == null) {
			return;
		}
		var id = office.id();
		var main = points.open(id);
		// The main desk alone is what any office gets on its first day: more means the demo, or staff, came first.
		if (points.of(id).size() > 1 || main.size() != 1) {
			return;
		}
		long started = System.nanoTime();
		var summer = summer(LocalDate.now(Requests.DESK_ZONE));

		var tours = points.update(id, main.get(0).id(), point(main.get(0).name(), PointKind.DESK, "Tours", 47.39035,
				0.69445, "Du lundi au samedi 9h–18h ; dimanche et jours fériés 10h–13h d'avril à septembre", null, null,
				null));
		var amboise = points.create(id, point("Bureau d'information d'Amboise", PointKind.DESK, "Amboise", 47.41378,
				0.98337, "Tous les jours 10h–18h d'avril à octobre ; du lundi au samedi 10h–13h et 14h–17h le reste de l'année",
				null, null, null));
		var chinon = points.create(id, point("Bureau d'information de Chinon", PointKind.DESK, "Chinon", 47.16586,
				0.24228, "Tous les jours 10h–13h et 14h–18h de mai à septembre ; du mardi au samedi le reste de l'année",
				null, null, null));
		var camping = catalog.search(id, "camping île d'or", 1).stream().map(OfferSummary::name).findFirst()
			.orElse("Camping l'Île d'Or");
		var relay = points.create(id, point("Point relais – " + camping, PointKind.RELAY, "Amboise", 47.4163, 0.98492,
				"À l'accueil du camping, tous les jours 9h–12h et 14h–19h d'avril à septembre", camping, null, null));
		var station = points.create(id, point("Borne – Gare de Tours", PointKind.KIOSK, "Tours", 47.38975, 0.69365,
				"Dans le hall de la gare, tous les jours 6h–22h", null, null, null));
		var townHall = points.create(id, point("Écran – Hôtel de ville de Chinon", PointKind.SCREEN, "Chinon", 47.16648,
				0.24262, "Aux heures d'ouverture de la mairie : du lundi au vendredi 8h30–12h et 13h30–17h", null, null,
				null));
		points.create(id, point("Accueil mobile – Marché d'Amboise", PointKind.POPUP, "Amboise", 47.41472, 0.97953,
				"Le dimanche 8h–13h, au marché du quai du Général-de-Gaulle", null, summer, summer.withMonth(8).withDayOfMonth(31)));

		int year = summer.getYear();
		var guide = brochures.create(id, new Brochure(null, "Guide de destination Touraine Val de Loire",
				List.of("fr", "en", "de"), year, null));
		var bike = brochures.create(id, new Brochure(null, "Carte vélo « La Loire à Vélo »", List.of("fr", "en", "de", "nl"),
				year, "La Loire à Vélo"));
		var agenda = brochures.create(id, new Brochure(null, "Agenda de l'été " + year, List.of("fr"), year, null));
		var lodging = brochures.create(id, new Brochure(null, "Guide hébergement", List.of("fr", "en"), year, null));
		var map = brochures.create(id, new Brochure(null, "Plan de Tours", List.of("fr", "en"), year, null));
		var castles = brochures.create(id, new Brochure(null, "Châteaux de la Loire autour d'Amboise", List.of("fr", "en"),
				year - 1, null));

		// Delivered, then handed out; never to zero, which is at or below any level, and would alert.
		stock(id, tours.id(), guide.id(), 600, 245, 100);
		stock(id, tours.id(), bike.id(), 400, 130, 80);
		stock(id, tours.id(), agenda.id(), 500, 90, 100);
		stock(id, tours.id(), lodging.id(), 300, 75, 60);
		stock(id, tours.id(), map.id(), 800, 310, 150);
		stock(id, amboise.id(), guide.id(), 300, 120, 60);
		stock(id, amboise.id(), castles.id(), 250, 95, 50);
		stock(id, amboise.id(), bike.id(), 200, 60, 40);
		stock(id, chinon.id(), guide.id(), 200, 70, 40);
		stock(id, chinon.id(), bike.id(), 150, 138, 25);
		stock(id, relay.id(), bike.id(), 100, 35, 20);
		stock(id, relay.id(), agenda.id(), 80, 20, 15);
		stock(id, station.id(), map.id(), 200, 185, 40);
		stock(id, station.id(), guide.id(), 150, 40, 30);

		show(id, station.id(), List.of("de tours", "clos lucé"),
				"Bienvenue en Touraine ! L'Office de tourisme vous accueille juste en face de la gare, 78-82 rue Bernard-Palissy.");
		show(id, townHall.id(), List.of("azay-le-rideau", "islette"),
				"Cet été, retrouvez l'accueil mobile de l'Office de tourisme au marché d'Amboise le dimanche matin.");
		log.info("Demo information points, brochures and screens made in {} ms",
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The coming summer: this one until its end, else next year's. */
	static LocalDate summer(LocalDate today) {
		int year = MonthDay.from(today).isAfter(MonthDay.of(8, 31)) ? today.getYear() + 1 : today.getYear();
		return LocalDate.of(year, 7, 1);
	}

	private InformationPoint point(String name, PointKind kind, String commune, double latitude, double longitude,
			String hours, String runBy, LocalDate startsOn, LocalDate endsOn) {
		var code = communes.byName(commune).map(Commune::code).orElse(null);
		return new InformationPoint(null, name, kind, code, latitude, longitude, hours, runBy, startsOn, endsOn, true);
	}

	private void stock(UUID officeId, UUID pointId, UUID brochureId, int delivered, int handedOut, int level) {
		stocks.move(officeId, pointId, brochureId, MovementKind.DELIVERED, delivered, TYPED_BY);
		stocks.move(officeId, pointId, brochureId, MovementKind.HANDED_OUT, handedOut, TYPED_BY);
		stocks.reorderLevel(officeId, pointId, brochureId, level);
	}

	/** The demo castles whose names hold these words, then a message; gives the screen its address. */
	private void show(UUID officeId, UUID pointId, List<String> castles, String message) {
		for (var words : castles) {
			catalog.search(officeId, "château " + words, 1)
				.forEach(offer -> screens.add(officeId, pointId, offer.id(), null, null, null));
		}
		screens.add(officeId, pointId, null, message, null, null);
		screens.issueToken(officeId, pointId);
	}

}
