package fr.escale.welcome.sadi;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the office's screens and kiosks show, in order, and the secret address each one's display page
 * answers at: the address is all a screen in a shop window needs, no login.
 */
@Service
public class Screens {

	/** The most characters a message on a screen may have: it must be read from a few metres in seconds. */
	public static final int MAX_MESSAGE = 280;

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * One thing a screen shows between optional dates: an offer of the catalogue or a short message.
	 */
	public record Item(UUID id, int position, UUID offerId, String message, LocalDate startsOn, LocalDate endsOn) {

		public boolean showsOn(LocalDate day) {
			return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
		}

	}

	/** A screen found by its address: the office and the point it belongs to. */
	public record Screen(UUID officeId, UUID pointId, String pointName) {
	}

	private final JdbcClient jdbc;

	private final InformationPoints points;

	Screens(JdbcClient jdbc, InformationPoints points) {
		this.jdbc = jdbc;
		this.points = points;
	}

	public static boolean shows(PointKind kind) {
		return kind == PointKind.SCREEN || kind == PointKind.KIOSK;
	}

	public List<Item> items(UUID officeId, UUID pointId) {
		return jdbc.sql("""
				SELECT id, position, offer_id, message, starts_on, ends_on FROM welcome.screen_item
				 WHERE office_id = ? AND point_id = ? ORDER BY position, id""")
			.params(officeId, pointId)
			.query((rs, n) -> new Item(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getObject("offer_id", UUID.class), rs.getString("message"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/** Adds an item at the end of the screen's list. */
	@Transactional
	public Item add(UUID officeId, UUID pointId, UUID offerId, String message, LocalDate startsOn, LocalDate endsOn) {
		screen(officeId, pointId);
		if ((offerId == null) == (message == null) || message != null && message.length() > MAX_MESSAGE) {
			throw new IllegalArgumentException("An item is an offer or a message of at most " + MAX_MESSAGE + " characters");
		}
		// Two people adding at once must not take the same place.
		jdbc.sql("SELECT id FROM welcome.information_point WHERE id = ? FOR UPDATE").param(pointId).query().listOfRows();
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO welcome.screen_item (id, office_id, point_id, position, offer_id, message, starts_on, ends_on)
				VALUES (?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM welcome.screen_item WHERE point_id = ?),
				        ?, ?, ?, ?)""")
			.params(id, officeId, pointId, pointId, offerId, message, startsOn, endsOn)
			.update();
		return items(officeId, pointId).stream().filter(item -> item.id().equals(id)).findFirst().orElseThrow();
	}

	@Transactional
	public void remove(UUID officeId, UUID pointId, UUID itemId) {
		if (jdbc.sql("DELETE FROM welcome.screen_item WHERE office_id = ? AND point_id = ? AND id = ?")
			.params(officeId, pointId, itemId)
			.update() == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No screen item " + itemId);
		}
	}

	/** Swaps an item with the one before it (up) or after it (down); at an end of the list, nothing moves. */
	@Transactional
	public void move(UUID officeId, UUID pointId, UUID itemId, boolean up) {
		screen(officeId, pointId);
		jdbc.sql("SELECT id FROM welcome.information_point WHERE id = ? FOR UPDATE").param(pointId).query().listOfRows();
		var all = items(officeId, pointId);
		int at = -1;
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id().equals(itemId)) {
				at = i;
			}
		}
		if (at < 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No screen item " + itemId);
		}
		int other = up ? at - 1 : at + 1;
		if (other < 0 || other >= all.size()) {
			return;
		}
		// Positions are renumbered 1..n so that equal or missing positions never block a swap.
		var ordered = new ArrayList<>(all);
		Collections.swap(ordered, at, other);
		for (int i = 0; i < ordered.size(); i++) {
			jdbc.sql("UPDATE welcome.screen_item SET position = ? WHERE id = ?").params(i + 1, ordered.get(i).id()).update();
		}
	}

	/** The address of the screen's display page, if one was issued. */
	public Optional<String> token(UUID officeId, UUID pointId) {
		return jdbc.sql("SELECT token FROM welcome.screen_token WHERE office_id = ? AND point_id = ?")
			.params(officeId, pointId)
			.query(String.class)
			.optional();
	}

	/** Issues a new secret address (256 random bits); the previous one stops working at once. */
	@Transactional
	public String issueToken(UUID officeId, UUID pointId) {
		screen(officeId, pointId);
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				INSERT INTO welcome.screen_token (point_id, office_id, token) VALUES (?, ?, ?)
				ON CONFLICT (point_id) DO UPDATE SET token = excluded.token, issued_at = now()""")
			.params(pointId, officeId, token)
			.update();
		return token;
	}

	/** The screen a display page address stands for. */
	public Optional<Screen> byToken(String token) {
		return jdbc.sql("""
				SELECT t.office_id, t.point_id, p.name FROM welcome.screen_token t
				  JOIN welcome.information_point p ON p.id = t.point_id AND p.office_id = t.office_id
				 WHERE t.token = ?""")
			.param(token)
			.query((rs, n) -> new Screen(rs.getObject("office_id", UUID.class), rs.getObject("point_id", UUID.class),
					rs.getString("name")))
			.optional();
	}

	/** The point, if it is a screen or a kiosk of the office; 404 otherwise. */
	private InformationPoint screen(UUID officeId, UUID pointId) {
		var point = points.get(officeId, pointId);
		if (!shows(point.kind())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Not a screen: " + pointId);
		}
		return point;
	}

}
