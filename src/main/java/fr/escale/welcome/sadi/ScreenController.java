package fr.escale.welcome.sadi;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.offices.StaffPrincipal;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.Requests;
import fr.escale.welcome.web.Typed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What screens and kiosks show: administrators and counsellors keep each one's list, administrators
 * issue its secret address; the display page at that address needs no login.
 */
@Controller
@ConditionalOnWebApplication
class ScreenController {

	private final Screens screens;

	private final InformationPoints points;

	private final OfferCatalog catalog;

	private final String publicUrl;

	ScreenController(Screens screens, InformationPoints points, OfferCatalog catalog,
			@Value("${escale.public-url}") String publicUrl) {
		this.screens = screens;
		this.points = points;
		this.catalog = catalog;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** An item as the lists show it: the offer's name, or the message. */
	record ItemView(Screens.Item item, OfferSummary offer, boolean today) {
	}

	@GetMapping("/desk/points/{id}/screen")
	String screen(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", ScreenItemForm.empty());
		return screen(me, id, model);
	}

	@PostMapping("/desk/points/{id}/screen")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COUNSELLOR')")
	String add(@PathVariable UUID id, @ModelAttribute("form") ScreenItemForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		screenPoint(me, id);
		OfferSummary offer = null;
		var message = form.message() == null || form.message().isBlank() ? null : form.message().strip();
		var hasOffer = form.offer() != null && !form.offer().isBlank();
		if (hasOffer) {
			offer = offer(me, form.offer());
			if (offer == null) {
				errors.rejectValue("offer", "sadi.error.offer");
			}
		}
		if (hasOffer == (message != null)) {
			errors.rejectValue("message", "sadi.error.offerOrMessage");
		}
		if (message != null && message.length() > Screens.MAX_MESSAGE) {
			errors.rejectValue("message", "sadi.error.message", new Object[] { Screens.MAX_MESSAGE }, null);
		}
		var startsOn = Typed.date(form.startsOn(), "startsOn", "point.error.date", errors);
		var endsOn = Typed.date(form.endsOn(), "endsOn", "point.error.date", errors);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "point.error.endsBeforeStart");
		}
		if (errors.hasErrors()) {
			model.addAttribute("picked", offer);
			return screen(me, id, model);
		}
		screens.add(me.officeId(), id, offer == null ? null : offer.id(), message, startsOn, endsOn);
		redirect.addFlashAttribute("added", true);
		return "redirect:/desk/points/" + id + "/screen";
	}

	@PostMapping("/desk/points/{id}/screen/{item}/delete")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COUNSELLOR')")
	String remove(@PathVariable UUID id, @PathVariable UUID item, @AuthenticationPrincipal StaffPrincipal me) {
		screenPoint(me, id);
		screens.remove(me.officeId(), id, item);
		return "redirect:/desk/points/" + id + "/screen";
	}

	@PostMapping("/desk/points/{id}/screen/{item}/up")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COUNSELLOR')")
	String up(@PathVariable UUID id, @PathVariable UUID item, @AuthenticationPrincipal StaffPrincipal me) {
		screens.move(me.officeId(), id, item, true);
		return "redirect:/desk/points/" + id + "/screen";
	}

	@PostMapping("/desk/points/{id}/screen/{item}/down")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COUNSELLOR')")
	String down(@PathVariable UUID id, @PathVariable UUID item, @AuthenticationPrincipal StaffPrincipal me) {
		screens.move(me.officeId(), id, item, false);
		return "redirect:/desk/points/" + id + "/screen";
	}

	@PostMapping("/desk/points/{id}/screen/address")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String issue(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		screens.issueToken(me.officeId(), id);
		redirect.addFlashAttribute("issued", true);
		return "redirect:/desk/points/" + id + "/screen";
	}

	/** The offers whose name holds what is typed, to pick one for the screen (htmx). */
	@GetMapping("/desk/points/{id}/screen/offers")
	String offers(@PathVariable UUID id, @RequestParam(defaultValue = "") String q,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		screenPoint(me, id);
		model.addAttribute("offers", q.isBlank() ? List.of() : catalog.search(me.officeId(), q, 10));
		return "welcome/sadi/screen :: offers";
	}

	/** The display page a screen shows full-screen: today's items in turn. */
	@GetMapping("/screens/{token}")
	String display(@PathVariable String token, Model model) {
		var screen = screens.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var today = LocalDate.now(Requests.DESK_ZONE);
		var items = screens.items(screen.officeId(), screen.pointId()).stream().filter(item -> item.showsOn(today)).toList();
		var offers = new LinkedHashMap<UUID, fr.escale.catalog.StoredOffer>();
		items.stream().map(Screens.Item::offerId).filter(Objects::nonNull).distinct()
			.forEach(offerId -> catalog.find(screen.officeId(), offerId).ifPresent(offer -> offers.put(offerId, offer)));
		model.addAttribute("screen", screen);
		model.addAttribute("items", items.stream().filter(item -> item.offerId() == null || offers.containsKey(item.offerId())).toList());
		model.addAttribute("offers", offers);
		return "welcome/sadi/display";
	}

	private String screen(StaffPrincipal me, UUID id, Model model) {
		var point = screenPoint(me, id);
		var items = screens.items(me.officeId(), id);
		var ids = items.stream().map(Screens.Item::offerId).filter(Objects::nonNull).distinct().toList();
		Map<UUID, OfferSummary> offers = new LinkedHashMap<>();
		catalog.summaries(me.officeId(), ids).forEach(offer -> offers.put(offer.id(), offer));
		var today = LocalDate.now(Requests.DESK_ZONE);
		model.addAttribute("point", point);
		model.addAttribute("items",
				items.stream().map(item -> new ItemView(item, offers.get(item.offerId()), item.showsOn(today))).toList());
		// The whole address, as it is typed into the screen's browser.
		model.addAttribute("address", screens.token(me.officeId(), id).map(token -> publicUrl + "/screens/" + token).orElse(null));
		return "welcome/sadi/screen";
	}

	private InformationPoint screenPoint(StaffPrincipal me, UUID id) {
		var point = points.get(me.officeId(), id);
		if (!Screens.shows(point.kind())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return point;
	}

	private OfferSummary offer(StaffPrincipal me, String typed) {
		try {
			return catalog.summaries(me.officeId(), List.of(UUID.fromString(typed.trim()))).stream().findFirst().orElse(null);
		}
		catch (IllegalArgumentException slip) {
			return null;
		}
	}

}
