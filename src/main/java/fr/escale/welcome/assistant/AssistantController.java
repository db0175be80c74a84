package fr.escale.welcome.assistant;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.offices.StaffPrincipal;
import fr.escale.territory.Communes;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.Requests;
import fr.escale.welcome.Topic;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assistant's panel on the desk screen: offers open today or this week near a place, and the visitor's
 * selection. Answers htmx with the part that changed, a plain form with the desk again.
 */
@Controller
@ConditionalOnWebApplication
class AssistantController {

	static final String LOGGERS = "hasAnyRole('ADMINISTRATOR', 'COUNSELLOR', 'PARTNER_MANAGER')";

	static final double DEFAULT_RADIUS_KM = 10;

	private final Assistant assistant;

	private final InformationPoints points;

	private final Communes communes;

	private final OfferCatalog catalog;

	AssistantController(Assistant assistant, InformationPoints points, Communes communes, OfferCatalog catalog) {
		this.assistant = assistant;
		this.points = points;
		this.communes = communes;
		this.catalog = catalog;
	}

	/**
	 * Near a commune typed by name or, when none is typed, near the point the counsellor works at; of any of
	 * the topics ticked, or of any topic when none is.
	 */
	@GetMapping("/desk/assistant")
	String suggest(@RequestParam(required = false) String place, @RequestParam(required = false) List<Topic> topics,
			@RequestParam(defaultValue = "TODAY") Assistant.When when, @RequestParam(required = false) String radius,
			@AuthenticationPrincipal StaffPrincipal me, HttpSession session, Model model, Locale locale) {
		model.addAttribute("suggestions", List.of());
		double[] position = null;
		if (place != null && !place.isBlank()) {
			var commune = communes.byName(place.trim()).filter(c -> c.latitude() != null);
			if (commune.isEmpty()) {
				return problem(model, "assistant.error.place", place.trim());
			}
			position = new double[] { commune.get().latitude(), commune.get().longitude() };
		}
		else {
			position = pointPosition(me, session);
			if (position == null) {
				return problem(model, "assistant.error.noPosition", null);
			}
		}
		double km = DEFAULT_RADIUS_KM;
		if (radius != null && !radius.isBlank()) {
			try {
				km = Double.parseDouble(radius.trim().replace(',', '.'));
			}
			catch (NumberFormatException slip) {
				km = -1;
			}
			if (!(km >= 1 && km <= 100)) {
				return problem(model, "assistant.error.radius", radius.trim());
			}
		}
		model.addAttribute("suggestions", assistant.suggest(me.officeId(), position[0], position[1], km,
				topics == null ? List.of() : topics, when,
				LocalDate.now(Requests.DESK_ZONE), "en".equals(locale.getLanguage()) ? "en" : "fr"));
		model.addAttribute("selected", Selection.of(session));
		model.addAttribute("searched", true);
		model.addAttribute("week", when == Assistant.When.WEEK);
		return "welcome/assistant/panel :: suggestions";
	}

	/**
	 * The panel's topics ticked as the desk form's are: ticking a topic for the request sets the assistant's
	 * search to it, and the counsellor may still change the panel's before searching.
	 */
	@GetMapping("/desk/assistant/topics")
	String topics(@RequestParam(required = false) List<Topic> topics, Model model) {
		model.addAttribute("topics", Topic.values());
		model.addAttribute("ticked", topics == null ? List.of() : topics);
		return "welcome/assistant/panel :: topics";
	}

	@PostMapping("/desk/selection")
	@PreAuthorize(LOGGERS)
	String select(@RequestParam UUID offer, @RequestParam(defaultValue = "add") String action,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal StaffPrincipal me, HttpSession session, Model model,
			RedirectAttributes redirect) {
		if ("remove".equals(action)) {
			Selection.remove(session, offer);
		}
		else if (catalog.find(me.officeId(), offer).isPresent() && !Selection.add(session, offer)
				&& !Selection.of(session).contains(offer)) {
			model.addAttribute("selectionProblem", "assistant.error.full");
		}
		if (htmx == null) {
			return "redirect:/desk";
		}
		model.addAttribute("selection", catalog.summaries(me.officeId(), Selection.of(session)));
		// With the desk form's line « + N offers of the selection », swapped out of band.
		return "welcome/assistant/selection";
	}

	private String problem(Model model, String code, String argument) {
		model.addAttribute("problem", code);
		model.addAttribute("problemArgument", argument);
		return "welcome/assistant/panel :: suggestions";
	}

	/** The position of the point of the session: its own, else its commune's. */
	private double[] pointPosition(StaffPrincipal me, HttpSession session) {
		var remembered = session.getAttribute(Selection.POINT);
		var point = remembered instanceof UUID id ? points.find(me.officeId(), id).orElse(null) : null;
		if (point == null) {
			point = points.open(me.officeId()).stream().findFirst().orElse(null);
		}
		if (point == null) {
			return null;
		}
		return position(point);
	}

	private double[] position(InformationPoint point) {
		if (point.latitude() != null && point.longitude() != null) {
			return new double[] { point.latitude(), point.longitude() };
		}
		return communes.byCode(point.communeCode()).filter(c -> c.latitude() != null)
			.map(c -> new double[] { c.latitude(), c.longitude() }).orElse(null);
	}

}
