package fr.escale.welcome.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.offices.StaffPrincipal;
import fr.escale.welcome.Channel;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PartyKind;
import fr.escale.welcome.Request;
import fr.escale.welcome.Requests;
import fr.escale.welcome.Topic;
import fr.escale.welcome.assistant.Carnets;
import fr.escale.welcome.assistant.Selection;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The desk screen: log a request in seconds, and see today's at this point. */
@Controller
@ConditionalOnWebApplication
class DeskController {

	static final String LOGGERS = "hasAnyRole('ADMINISTRATOR', 'COUNSELLOR', 'PARTNER_MANAGER')";

	/** The point a counsellor works at is remembered for the session: it changes rarely. */
	static final String POINT = Selection.POINT;

	/** How many of today's requests the desk lists: the page stays as quick at 6 p.m. as at 9 a.m. */
	static final int LATEST = 30;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final InformationPoints points;

	private final Requests requests;

	private final OfferCatalog catalog;

	private final Carnets carnets;

	DeskController(InformationPoints points, Requests requests, OfferCatalog catalog, Carnets carnets) {
		this.points = points;
		this.requests = requests;
		this.catalog = catalog;
		this.carnets = carnets;
	}

	/** A request of today as the desk lists it. */
	record Row(String time, Channel channel, String origin, List<Topic> topics, List<String> offers, Integer people,
			boolean countsOnly) {
	}

	@GetMapping("/desk")
	String desk(@AuthenticationPrincipal StaffPrincipal me, HttpSession session, Model model, Locale locale) {
		var point = current(me, session);
		model.addAttribute("form", DeskForm.empty(point));
		model.addAttribute("count", CountForm.empty(point));
		return page(me, point, List.of(), List.of(), session, model, locale);
	}

	@PostMapping("/desk")
	@PreAuthorize(LOGGERS)
	String log(@Valid @ModelAttribute("form") DeskForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, HttpSession session, Model model, Locale locale,
			RedirectAttributes redirect) {
		var at = TypedMoment.parse(form.when(), Instant.now(), "when", errors);
		var point = checkPoint(me, form.point() == null ? current(me, session) : form.point(),
				(at == null ? Instant.now() : at).atZone(Requests.DESK_ZONE).toLocalDate(), session, errors);
		var partySize = Typed.whole(form.partySize(), 1, 500, "partySize", "desk.error.partySize", errors);
		var country = checkCountry(form.country(), "country", errors);
		var area = blank(form.area()) ? null : form.area().trim().toUpperCase(Locale.ROOT);
		if (area != null && !errors.hasFieldErrors("country")) {
			if (!"FR".equals(country)) {
				errors.rejectValue("area", "welcome.error.areaOutsideFrance");
			}
			else if (!Origins.isFrenchArea(area)) {
				errors.rejectValue("area", "welcome.error.area", new Object[] { form.area() }, null);
			}
		}
		var language = blank(form.language()) ? null : form.language().trim().toLowerCase(Locale.ROOT);
		if (language != null && !Origins.isLanguage(language)) {
			errors.rejectValue("language", "welcome.error.language", new Object[] { form.language() }, null);
		}
		if (errors.hasErrors()) {
			model.addAttribute("count", CountForm.empty(point));
			return page(me, point, catalog.summaries(me.officeId(), form.offers()), form.topics(), session, model,
					locale);
		}
		// The assistant's selection is what was recommended, with what was ticked in the form.
		var recommended = new LinkedHashSet<>(form.offers());
		recommended.addAll(Selection.of(session));
		var offers = catalog.summaries(me.officeId(), List.copyOf(recommended));
		var logged = requests.log(me.officeId(), new Request(null, point, form.channel(), at, partySize,
				form.partyKind(), country, area, language, form.topics(),
				blank(form.note()) ? null : form.note().strip(), me.email(), null,
				offers.stream().map(OfferSummary::id).toList()));
		Selection.carnet(session).ifPresent(carnet -> carnets.attach(me.officeId(), carnet, logged.id()));
		Selection.clear(session);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/desk";
	}

	@PostMapping("/desk/count")
	@PreAuthorize(LOGGERS)
	String count(@Valid @ModelAttribute("count") CountForm count, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, HttpSession session, Model model, Locale locale,
			RedirectAttributes redirect) {
		var point = checkPoint(me, count.point() == null ? current(me, session) : count.point(),
				LocalDate.now(Requests.DESK_ZONE), session, errors);
		var visitors = Typed.whole(count.visitors(), 1, 500, "visitors", "desk.error.visitors", errors);
		if (visitors == null && !errors.hasFieldErrors("visitors")) {
			errors.rejectValue("visitors", "desk.error.visitors");
		}
		var country = errors.hasFieldErrors("country") ? null : checkCountry(count.country(), "country", errors);
		if (errors.hasErrors()) {
			model.addAttribute("form", DeskForm.empty(point));
			return page(me, point, List.of(), List.of(), session, model, locale);
		}
		requests.log(me.officeId(), Request.counted(point, visitors, country, me.email()));
		redirect.addFlashAttribute("counted", true);
		return "redirect:/desk";
	}

	/** The offers matching what is typed, after those already chosen (kept ticked). */
	@GetMapping("/desk/offers")
	String searchOffers(@RequestParam(required = false) String q, @RequestParam(required = false) List<UUID> offers,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var chosen = offers == null ? List.<OfferSummary>of() : catalog.summaries(me.officeId(), offers);
		var ids = chosen.stream().map(OfferSummary::id).toList();
		model.addAttribute("chosen", chosen);
		model.addAttribute("found", blank(q) ? List.of()
				: catalog.search(me.officeId(), q, 10).stream().filter(o -> !ids.contains(o.id())).toList());
		return "welcome/fragments/offers :: offers";
	}

	/**
	 * The point the request is logged at, remembered for the session; a point that is inactive, or a pop-up
	 * desk not running that day, is refused, and the page shows the session's point instead.
	 */
	private UUID checkPoint(StaffPrincipal me, UUID id, LocalDate day, HttpSession session, BindingResult errors) {
		var point = points.get(me.officeId(), id);
		if (!runs(point, day)) {
			errors.rejectValue("point", point.active() ? "assistant.error.pointNotRunning" : "assistant.error.pointInactive",
					new Object[] { point.name() }, null);
			return current(me, session);
		}
		session.setAttribute(POINT, point.id());
		return point.id();
	}

	/** Whether a point welcomes visitors that day: active, and for a pop-up desk within its dates. */
	static boolean runs(InformationPoint point, LocalDate day) {
		return point.active() && (point.startsOn() == null || !day.isBefore(point.startsOn()))
				&& (point.endsOn() == null || !day.isAfter(point.endsOn()));
	}

	/** The assistant's topics start as the request's: a form shown again keeps them ticked in both. */
	private String page(StaffPrincipal me, UUID point, List<OfferSummary> chosen, List<Topic> ticked,
			HttpSession session, Model model, Locale locale) {
		var logged = requests.today(me.officeId(), point, LATEST);
		var names = new HashMap<UUID, String>();
		catalog.summaries(me.officeId(), logged.stream().flatMap(r -> r.offerIds().stream()).distinct().toList())
			.forEach(o -> names.put(o.id(), o.name()));
		var today = LocalDate.now(Requests.DESK_ZONE);
		model.addAttribute("points", points.open(me.officeId()).stream().filter(p -> runs(p, today)).toList());
		model.addAttribute("selection", catalog.summaries(me.officeId(), Selection.of(session)));
		model.addAttribute("point", points.get(me.officeId(), point));
		model.addAttribute("today", logged.stream().map(r -> row(r, names, locale)).toList());
		model.addAttribute("todayCount", logged.size() < LATEST ? logged.size() : requests.countToday(me.officeId(), point));
		model.addAttribute("chosen", chosen);
		model.addAttribute("found", List.of());
		model.addAttribute("suggestions", List.of());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("partyKinds", PartyKind.values());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("ticked", ticked);
		model.addAttribute("countries", Origins.all(locale));
		return "welcome/desk";
	}

	private static Row row(Request r, Map<UUID, String> offerNames, Locale locale) {
		var origin = r.country() == null ? "" : Origins.name(r.country(), locale)
				+ (r.frenchArea() == null ? "" : " (" + r.frenchArea() + ")");
		return new Row(TIME.format(r.at().atZone(Requests.DESK_ZONE)), r.channel(), origin,
				r.topics(), r.offerIds().stream().map(id -> offerNames.getOrDefault(id, "?")).toList(),
				r.visitors() != null ? r.visitors() : r.partySize(), r.visitors() != null);
	}

	/** The point remembered for this session if it still runs today, else the first that does. */
	private UUID current(StaffPrincipal me, HttpSession session) {
		var today = LocalDate.now(Requests.DESK_ZONE);
		var all = points.open(me.officeId());
		var running = all.stream().filter(p -> runs(p, today)).toList();
		var open = running.isEmpty() ? all : running;
		var remembered = session.getAttribute(POINT);
		return open.stream().map(InformationPoint::id).filter(id -> id.equals(remembered)).findFirst()
			.orElse(open.isEmpty() ? points.of(me.officeId()).get(0).id() : open.get(0).id());
	}

	private static String checkCountry(String typed, String field, BindingResult errors) {
		if (blank(typed)) {
			return null;
		}
		var code = Origins.country(typed);
		if (code.isEmpty()) {
			errors.rejectValue(field, "welcome.error.country", new Object[] { typed.trim() }, null);
		}
		return code.orElse(null);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
