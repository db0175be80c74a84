package fr.escale.welcome.web;

import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;

import fr.escale.offices.StaffPrincipal;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import fr.escale.welcome.InformationPoint;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.PointKind;
import fr.escale.welcome.sadi.PointRequests;
import fr.escale.welcome.sadi.Stocks;
import jakarta.validation.Valid;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of information points (SADI): every member of staff reads it, administrators keep it. */
@Controller
@ConditionalOnWebApplication
class PointController {

	private final InformationPoints points;

	private final Communes communes;

	private final PointRequests requests;

	private final Stocks stocks;

	PointController(InformationPoints points, Communes communes, PointRequests requests, Stocks stocks) {
		this.points = points;
		this.communes = communes;
		this.requests = requests;
		this.stocks = stocks;
	}

	@GetMapping("/desk/points")
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var all = points.of(me.officeId());
		var names = new HashMap<String, String>();
		all.stream().map(InformationPoint::communeCode).filter(c -> c != null)
			.forEach(code -> names.put(code, communes.byCode(code).map(Commune::name).orElse(code)));
		model.addAttribute("points", all);
		model.addAttribute("communeNames", names);
		model.addAttribute("last30Days", requests.last30Days(me.officeId()));
		model.addAttribute("reorder", stocks.toReorder(me.officeId()));
		return "welcome/points";
	}

	@GetMapping("/desk/points/new")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String initCreationForm(Model model) {
		model.addAttribute("form", PointForm.empty());
		return form(null, model);
	}

	@PostMapping("/desk/points/new")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String processCreationForm(@Valid @ModelAttribute("form") PointForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var point = check(form, errors);
		if (errors.hasErrors()) {
			return form(null, model);
		}
		point = points.create(me.officeId(), point);
		redirect.addFlashAttribute("saved", point.name());
		return "redirect:/desk/points";
	}

	@GetMapping("/desk/points/{id}")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var point = points.get(me.officeId(), id);
		model.addAttribute("form", PointForm.of(point,
				point.communeCode() == null ? "" : communes.byCode(point.communeCode()).map(Commune::name).orElse("")));
		return form(point, model);
	}

	@PostMapping("/desk/points/{id}")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") PointForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var existing = points.get(me.officeId(), id);
		var point = check(form, errors);
		if (errors.hasErrors()) {
			return form(existing, model);
		}
		point = points.update(me.officeId(), id, point);
		redirect.addFlashAttribute("saved", point.name());
		return "redirect:/desk/points";
	}

	private String form(InformationPoint point, Model model) {
		model.addAttribute("point", point);
		model.addAttribute("kinds", PointKind.values());
		return "welcome/point";
	}

	/** The point the form describes, with every slip reported on its field. */
	private InformationPoint check(PointForm form, BindingResult errors) {
		var latitude = Typed.decimal(form.latitude(), -90, 90, "latitude", "point.error.latitude", errors);
		var longitude = Typed.decimal(form.longitude(), -180, 180, "longitude", "point.error.longitude", errors);
		var startsOn = Typed.date(form.startsOn(), "startsOn", "point.error.date", errors);
		var endsOn = Typed.date(form.endsOn(), "endsOn", "point.error.date", errors);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "point.error.endsBeforeStart");
		}
		return form.point(commune(form.commune(), errors).map(Commune::code).orElse(null), latitude, longitude, startsOn,
				endsOn);
	}

	private Optional<Commune> commune(String typed, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		var commune = Communes.isCode(typed.trim()) ? communes.byCode(typed.trim()) : communes.byName(typed.trim());
		if (commune.isEmpty()) {
			errors.rejectValue("commune", "point.error.commune", new Object[] { typed.trim() }, null);
		}
		return commune;
	}

}
