package fr.escale.welcome.sadi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The brochure catalogue of every office; each office reads and writes its own only. */
@Service
public class Brochures {

	private final JdbcClient jdbc;

	Brochures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Brochure> of(UUID officeId) {
		return jdbc.sql("""
				SELECT id, title, languages, edition_year, publisher FROM welcome.brochure
				 WHERE office_id = ? ORDER BY lower(title), edition_year DESC NULLS LAST, id""")
			.param(officeId)
			.query(Brochures::brochure)
			.list();
	}

	public Optional<Brochure> find(UUID officeId, UUID id) {
		return jdbc.sql("SELECT id, title, languages, edition_year, publisher FROM welcome.brochure WHERE office_id = ? AND id = ?")
			.params(officeId, id)
			.query(Brochures::brochure)
			.optional();
	}

	/** @throws ResponseStatusException 404 for another office's brochure */
	public Brochure get(UUID officeId, UUID id) {
		return find(officeId, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No brochure " + id));
	}

	@Transactional
	public Brochure create(UUID officeId, Brochure brochure) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO welcome.brochure (id, office_id, title, languages, edition_year, publisher)
				VALUES (?, ?, ?, ?::text[], ?, ?)""")
			.params(id, officeId, brochure.title(), brochure.languages().toArray(String[]::new), brochure.editionYear(),
					brochure.publisher())
			.update();
		return get(officeId, id);
	}

	@Transactional
	public Brochure update(UUID officeId, UUID id, Brochure brochure) {
		int rows = jdbc.sql("""
				UPDATE welcome.brochure SET title = ?, languages = ?::text[], edition_year = ?, publisher = ?
				 WHERE office_id = ? AND id = ?""")
			.params(brochure.title(), brochure.languages().toArray(String[]::new), brochure.editionYear(),
					brochure.publisher(), officeId, id)
			.update();
		if (rows == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No brochure " + id);
		}
		return get(officeId, id);
	}

	private static Brochure brochure(ResultSet rs, int row) throws SQLException {
		return new Brochure(rs.getObject("id", UUID.class), rs.getString("title"),
				Arrays.asList((String[]) rs.getArray("languages").getArray()), rs.getObject("edition_year", Integer.class),
				rs.getString("publisher"));
	}

}
