package fr.escale.welcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The information points of every office; each office reads and writes its own only. */
@Service
public class InformationPoints {

	static final String MAIN_DESK = "Accueil principal";

	private static final String COLUMNS = """
			id, name, kind, commune_code, latitude, longitude, opening_hours, run_by, starts_on, ends_on, active""";

	private final JdbcClient jdbc;

	InformationPoints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<InformationPoint> of(UUID officeId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM welcome.information_point WHERE office_id = ? ORDER BY name, id")
			.param(officeId)
			.query(InformationPoints::point)
			.list();
	}

	public Optional<InformationPoint> find(UUID officeId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM welcome.information_point WHERE office_id = ? AND id = ?")
			.params(officeId, id)
			.query(InformationPoints::point)
			.optional();
	}

	public InformationPoint get(UUID officeId, UUID id) {
		return find(officeId, id).orElseThrow(() -> new PointNotFoundException(id));
	}

	/**
	 * The points a request may be logged at; an office that has none yet gets its main desk, so that
	 * the desk screen works on the first day.
	 */
	@Transactional
	public List<InformationPoint> open(UUID officeId) {
		// Two counsellors opening the desk at once on the first day must not create two main desks.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('welcome.point:' || ?))").param(officeId.toString())
			.query((rs, n) -> 1).list();
		var all = of(officeId);
		if (all.isEmpty()) {
			create(officeId, new InformationPoint(null, MAIN_DESK, PointKind.DESK, null, null, null, null, null, null,
					null, true));
			all = of(officeId);
		}
		return all.stream().filter(InformationPoint::active).toList();
	}

	@Transactional
	public InformationPoint create(UUID officeId, InformationPoint point) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO welcome.information_point (id, office_id, name, kind, commune_code, latitude, longitude,
				                                      opening_hours, run_by, starts_on, ends_on, active)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, officeId, point.name(), point.kind().name(), point.communeCode(), point.latitude(),
					point.longitude(), point.openingHours(), point.runBy(), point.startsOn(), point.endsOn(),
					point.active())
			.update();
		return get(officeId, id);
	}

	@Transactional
	public InformationPoint update(UUID officeId, UUID id, InformationPoint point) {
		int rows = jdbc.sql("""
				UPDATE welcome.information_point
				   SET name = ?, kind = ?, commune_code = ?, latitude = ?, longitude = ?, opening_hours = ?,
				       run_by = ?, starts_on = ?, ends_on = ?, active = ?
				 WHERE office_id = ? AND id = ?""")
			.params(point.name(), point.kind().name(), point.communeCode(), point.latitude(), point.longitude(),
					point.openingHours(), point.runBy(), point.startsOn(), point.endsOn(), point.active(), officeId,
					id)
			.update();
		if (rows == 0) {
			throw new PointNotFoundException(id);
		}
		return get(officeId, id);
	}

	private static InformationPoint point(ResultSet rs, int row) throws SQLException {
		return new InformationPoint(rs.getObject("id", UUID.class), rs.getString("name"),
				PointKind.valueOf(rs.getString("kind")), rs.getString("commune_code"),
				rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
				rs.getString("opening_hours"), rs.getString("run_by"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getBoolean("active"));
	}

}
