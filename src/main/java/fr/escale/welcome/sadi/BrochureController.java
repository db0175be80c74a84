package fr.escale.welcome.sadi;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.escale.offices.StaffPrincipal;
import fr.escale.platform.TypedNumber;
import fr.escale.welcome.InformationPoints;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The brochures the points distribute: administrators keep the catalogue and the reorder levels,
 * administrators and counsellors type the movements of stock, every member of staff reads.
 */
@Controller
@ConditionalOnWebApplication
class BrochureController {

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final int HISTORY = 50;

	private final Brochures brochures;

	private final Stocks stocks;

	private final InformationPoints points;

	BrochureController(Brochures brochures, Stocks stocks, InformationPoints points) {
		this.brochures = brochures;
		this.stocks = stocks;
		this.points = points;
	}

	@GetMapping("/desk/points/brochures")
	String catalogue(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", BrochureForm.empty());
		return catalogue(me, null, model);
	}

	@PostMapping("/desk/points/brochures")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String create(@Valid @ModelAttribute("form") BrochureForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var brochure = check(form, errors);
		if (errors.hasErrors()) {
			return catalogue(me, null, model);
		}
		redirect.addFlashAttribute("saved", brochures.create(me.officeId(), brochure).title());
		return "redirect:/desk/points/brochures";
	}

	@GetMapping("/desk/points/brochures/{id}")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String edit(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var brochure = brochures.get(me.officeId(), id);
		model.addAttribute("form", BrochureForm.of(brochure));
		return catalogue(me, brochure, model);
	}

	@PostMapping("/desk/points/brochures/{id}")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") BrochureForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var existing = brochures.get(me.officeId(), id);
		var brochure = check(form, errors);
		if (errors.hasErrors()) {
			return catalogue(me, existing, model);
		}
		redirect.addFlashAttribute("saved", brochures.update(me.officeId(), id, brochure).title());
		return "redirect:/desk/points/brochures";
	}

	private String catalogue(StaffPrincipal me, Brochure editing, Model model) {
		model.addAttribute("brochures", brochures.of(me.officeId()));
		model.addAttribute("editing", editing);
		model.addAttribute("reorder", stocks.toReorder(me.officeId()));
		return "welcome/sadi/brochures";
	}

	private static Brochure check(BrochureForm form, BindingResult errors) {
		var languages = new ArrayList<String>();
		for (var code : form.languages() == null ? new String[0] : form.languages().trim().split("[\\s,;/]+")) {
			var language = code.toLowerCase(Locale.ROOT);
			if (language.isEmpty() || languages.contains(language)) {
				continue;
			}
			if (!LANGUAGES.contains(language)) {
				errors.rejectValue("languages", "sadi.error.language", new Object[] { code }, null);
				break;
			}
			languages.add(language);
		}
		Integer year = null;
		if (form.editionYear() != null && !form.editionYear().isBlank()) {
			try {
				year = Integer.valueOf(form.editionYear().trim());
			}
			catch (NumberFormatException slip) {
				// reported below, as a year out of range is
			}
			if (year == null || year < 1900 || year > Year.now().getValue() + 2) {
				errors.rejectValue("editionYear", "sadi.error.year");
			}
		}
		return new Brochure(null, form.title() == null ? null : form.title().strip(), languages, year,
				form.publisher() == null || form.publisher().isBlank() ? null : form.publisher().strip());
	}

	@GetMapping("/desk/points/{id}/brochures")
	String stock(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		// After a movement the same brochure and kind stay chosen: hand-outs come in runs.
		var last = (List<?>) model.getAttribute("last");
		model.addAttribute("form", last == null ? MovementForm.empty()
				: new MovementForm(last.get(0).toString(), last.get(1).toString(), ""));
		return stock(me, id, model);
	}

	@PostMapping("/desk/points/{id}/brochures")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COUNSELLOR')")
	String move(@PathVariable UUID id, @ModelAttribute("form") MovementForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		points.get(me.officeId(), id);
		var brochure = brochure(me, form.brochure(), errors);
		var kind = form.movementKind();
		if (kind == null) {
			errors.rejectValue("kind", "sadi.error.kind");
		}
		int min = kind == MovementKind.COUNTED ? 0 : 1;
		var quantity = whole(form.quantity(), min, Stocks.MAX_QUANTITY, "quantity", "sadi.error.quantity", errors);
		if (errors.hasErrors()) {
			return stock(me, id, model);
		}
		try {
			int after = stocks.move(me.officeId(), id, brochure.id(), kind, quantity, me.email());
			redirect.addFlashAttribute("moved", List.of(brochure.title(), after));
			redirect.addFlashAttribute("last", List.of(brochure.id().toString(), kind.name()));
			return "redirect:/desk/points/" + id + "/brochures";
		}
		catch (NotEnoughStockException notEnough) {
			errors.rejectValue("quantity", "sadi.error.notEnough", new Object[] { notEnough.available(), brochure.title() },
					null);
			return stock(me, id, model);
		}
	}

	@PostMapping("/desk/points/{id}/brochures/{brochureId}/level")
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	String level(@PathVariable UUID id, @PathVariable UUID brochureId, @RequestParam(defaultValue = "") String level,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var brochure = brochures.get(me.officeId(), brochureId);
		points.get(me.officeId(), id);
		Integer value = null;
		try {
			value = Integer.valueOf(level.trim());
		}
		catch (NumberFormatException slip) {
			// answered below
		}
		if (value == null || value < 0 || value > Stocks.MAX_QUANTITY) {
			model.addAttribute("form", MovementForm.empty());
			model.addAttribute("levelError", brochureId);
			model.addAttribute("levelTyped", level);
			return stock(me, id, model);
		}
		stocks.reorderLevel(me.officeId(), id, brochureId, value);
		redirect.addFlashAttribute("levelSaved", List.of(brochure.title(), value));
		return "redirect:/desk/points/" + id + "/brochures";
	}

	private String stock(StaffPrincipal me, UUID pointId, Model model) {
		var point = points.get(me.officeId(), pointId);
		model.addAttribute("point", point);
		model.addAttribute("lines", stocks.at(me.officeId(), pointId));
		model.addAttribute("history", stocks.history(me.officeId(), pointId, HISTORY));
		model.addAttribute("kinds", MovementKind.values());
		return "welcome/sadi/stock";
	}

	private Brochure brochure(StaffPrincipal me, String typed, BindingResult errors) {
		UUID id = null;
		try {
			id = typed == null || typed.isBlank() ? null : UUID.fromString(typed.trim());
		}
		catch (IllegalArgumentException slip) {
			// an unknown brochure, as below
		}
		var found = id == null ? null : brochures.find(me.officeId(), id).orElse(null);
		if (found == null) {
			errors.rejectValue("brochure", "sadi.error.brochure");
		}
		return found;
	}

	static Integer whole(String typed, int min, int max, String field, String code, BindingResult errors) {
		var value = TypedNumber.whole(typed, min, max);
		if (value.isEmpty()) {
			errors.rejectValue(field, code, new Object[] { String.valueOf(min), String.valueOf(max) }, null);
		}
		return value.orElse(null);
	}

}
