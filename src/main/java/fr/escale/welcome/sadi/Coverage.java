package fr.escale.welcome.sadi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.escale.catalog.FreshnessRow;
import fr.escale.catalog.OfferCatalog;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import org.springframework.stereotype.Service;

/**
 * How well the office's points cover its territory: the communes where its offers are, and those of
 * its points; a commune is far when its centre is more than so many kilometres from every open point.
 * A territory has a few hundred communes at most, so distances are computed here, not in SQL.
 */
@Service
public class Coverage {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	/** A point on the map: where it is (its own position, else its commune's centre). */
	public record Placed(UUID id, String name, PointKind kind, boolean active, double latitude, double longitude) {
	}

	/** A commune of the territory and how far its centre is from the nearest open point (null if none is placed). */
	public record Remote(Commune commune, Double nearestKm) {
	}

	/**
	 * @param placed the points drawn on the map
	 * @param unplaced the points with neither position nor commune
	 * @param territory how many communes the territory has (with a known centre)
	 * @param far the communes farther than the distance from every open point, most populated first
	 */
	public record Report(List<Placed> placed, List<InformationPoint> unplaced, int territory, List<Remote> far) {
	}

	private final InformationPoints points;

	private final OfferCatalog catalog;

	private final Communes communes;

	Coverage(InformationPoints points, OfferCatalog catalog, Communes communes) {
		this.points = points;
		this.catalog = catalog;
		this.communes = communes;
	}

	public Report of(UUID officeId, double km) {
		var all = points.of(officeId);
		var placed = new ArrayList<Placed>();
		var unplaced = new ArrayList<InformationPoint>();
		for (var point : all) {
			placed(point).ifPresentOrElse(placed::add, () -> unplaced.add(point));
		}
		// The offers' communes, read from the catalogue's per-commune counts (empty key: offers without a commune).
		var codes = new LinkedHashSet<String>();
		catalog.freshness(officeId, "commune").stream().map(FreshnessRow::key).filter(Communes::isCode).forEach(codes::add);
		all.stream().map(InformationPoint::communeCode).filter(Communes::isCode).forEach(codes::add);
		var territory = codes.stream().map(communes::byCode).flatMap(Optional::stream)
			.filter(c -> c.latitude() != null && c.longitude() != null).toList();
		var open = placed.stream().filter(Placed::active).toList();
		var far = territory.stream()
			.map(commune -> new Remote(commune, nearest(commune, open)))
			.filter(remote -> remote.nearestKm() == null || remote.nearestKm() > km)
			.sorted(Comparator.comparingInt((Remote remote) -> remote.commune().population()).reversed()
				.thenComparing(remote -> remote.commune().name()))
			.toList();
		return new Report(placed, unplaced, territory.size(), far);
	}

	/** Where the point is drawn: its own position, else its commune's centre. */
	private Optional<Placed> placed(InformationPoint point) {
		if (point.latitude() != null && point.longitude() != null) {
			return Optional.of(new Placed(point.id(), point.name(), point.kind(), point.active(), point.latitude(),
					point.longitude()));
		}
		return communes.byCode(point.communeCode())
			.filter(centre -> centre.latitude() != null && centre.longitude() != null)
			.map(centre -> new Placed(point.id(), point.name(), point.kind(), point.active(), centre.latitude(),
					centre.longitude()));
	}

	private static Double nearest(Commune commune, List<Placed> open) {
		var nearest = open.stream()
			.mapToDouble(p -> kilometres(commune.latitude(), commune.longitude(), p.latitude(), p.longitude()))
			.min();
		return nearest.isPresent() ? nearest.getAsDouble() : null;
	}

	/** The great-circle distance (haversine). */
	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
