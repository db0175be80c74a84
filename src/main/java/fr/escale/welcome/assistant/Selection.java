package fr.escale.welcome.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The offers a counsellor selects for the visitor in front of them, kept in the HTTP session until the
 * request is logged: they become its recommended offers, and the carnet made from them is linked to it.
 * Each change stores a new list: the session lives in the database and is saved on setAttribute only.
 */
public final class Selection {

	/** The point a counsellor works at, remembered for the session by the desk. */
	public static final String POINT = "welcome.point";

	static final String OFFERS = "welcome.selection";

	static final String CARNET = "welcome.carnet";

	private Selection() {
	}

	@SuppressWarnings("unchecked")
	public static List<UUID> of(HttpSession session) {
		var offers = (List<UUID>) session.getAttribute(OFFERS);
		return offers == null ? List.of() : List.copyOf(offers);
	}

	/** The carnet handed over for this selection, if one was made. */
	public static Optional<UUID> carnet(HttpSession session) {
		return Optional.ofNullable((UUID) session.getAttribute(CARNET));
	}

	static boolean add(HttpSession session, UUID offer) {
		var offers = new ArrayList<>(of(session));
		if (offers.contains(offer) || offers.size() >= Carnets.MAX_OFFERS) {
			return false;
		}
		offers.add(offer);
		changed(session, offers);
		return true;
	}

	static void remove(HttpSession session, UUID offer) {
		var offers = new ArrayList<>(of(session));
		offers.remove(offer);
		changed(session, offers);
	}

	/** A carnet made before the change no longer holds the selection: the next one is made anew. */
	private static void changed(HttpSession session, List<UUID> offers) {
		session.setAttribute(OFFERS, offers);
		session.removeAttribute(CARNET);
	}

	static void handedOver(HttpSession session, UUID carnet) {
		session.setAttribute(CARNET, carnet);
	}

	/** The next visitor starts with an empty selection. */
	public static void clear(HttpSession session) {
		session.removeAttribute(OFFERS);
		session.removeAttribute(CARNET);
	}

}
