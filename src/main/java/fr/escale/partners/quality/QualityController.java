package fr.escale.partners.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.Partner;
import fr.escale.partners.Partners;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import jakarta.validation.Valid;
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
 * The quality plan as staff run it: every member of staff of the office reads it, administrators
 * and partner managers change it.
 */
@Controller
@ConditionalOnWebApplication
class QualityController {

	static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'PARTNER_MANAGER')";

	private final Partners partners;

	private final QualityPlan plan;

	private final SupportActions actions;

	private final OfferCatalog catalog;

	private final Communes communes;

	private final QualitySection section;

	QualityController(Partners partners, QualityPlan plan, SupportActions actions, OfferCatalog catalog,
			Communes communes, QualitySection section) {
		this.section = section;
		this.partners = partners;
		this.plan = plan;
		this.actions = actions;
		this.catalog = catalog;
		this.communes = communes;
	}

	@GetMapping("/partners/quality")
	String dashboard(@RequestParam(required = false) Integer year, @AuthenticationPrincipal StaffPrincipal me,
			Model model) {
		var shown = year == null || !plausible(year) ? QualitySection.today().getYear() : year;
		model.addAttribute("budgetForm", new BudgetForm(""));
		return showDashboard(shown, me, model);
	}

	@PostMapping("/partners/quality/budget")
	@PreAuthorize(MANAGERS)
	String setBudget(@RequestParam int year, @ModelAttribute("budgetForm") BudgetForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		if (!plausible(year)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No budget for the year " + year);
		}
		var cents = form.cents(errors);
		if (errors.hasErrors()) {
			return showDashboard(year, me, model);
		}
		actions.setBudget(me.officeId(), year, cents);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/partners/quality?year=" + year + "#budget";
	}

	/** Budgets are for the years the office works in, not a typo's year 0 or 20026. */
	private static boolean plausible(int year) {
		return year >= 2000 && year <= 2100;
	}

	private String showDashboard(int year, StaffPrincipal me, Model model) {
		var today = QualitySection.today();
		var shares = plan.classifiedCapacity(me.officeId(), today);
		model.addAttribute("year", year);
		model.addAttribute("today", today);
		model.addAttribute("shares", shares);
		model.addAttribute("total", shares.stream().reduce(new QualityPlan.CommuneShare(null, 0, 0, 0, 0),
				(sum, share) -> new QualityPlan.CommuneShare(null, sum.partners() + share.partners(),
						sum.classifiedPartners() + share.classifiedPartners(), sum.capacity() + share.capacity(),
						sum.classifiedCapacity() + share.classifiedCapacity())));
		model.addAttribute("communeNames", communeNames(shares));
		var expiring = plan.expiring(me.officeId(), today, today.plus(Award.WARNING));
		model.addAttribute("expiring", expiring);
		model.addAttribute("offerNames", section.offerNames(me.officeId(), expiring.stream().map(QualityPlan.Expiring::award).toList()));
		model.addAttribute("labelCounts", plan.labelCounts(me.officeId(), today));
		model.addAttribute("actions", actions.ofYear(me.officeId(), year));
		model.addAttribute("budget", actions.budget(me.officeId(), year));
		return "partners/quality/dashboard";
	}

	@GetMapping("/partners/quality/labels")
	String labels(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", LabelForm.empty());
		return showLabels(me, model);
	}

	@PostMapping("/partners/quality/labels")
	@PreAuthorize(MANAGERS)
	String addLabel(@Valid @ModelAttribute("form") LabelForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var validity = form.validity(errors);
		if (!errors.hasFieldErrors("name") && plan.hasLabelNamed(me.officeId(), form.name())) {
			errors.rejectValue("name", "quality.error.labelTaken", new Object[] { form.name().trim() }, null);
		}
		if (errors.hasErrors()) {
			return showLabels(me, model);
		}
		var label = plan.addLabel(me.officeId(), form.name(), validity);
		redirect.addFlashAttribute("added", label.name());
		return "redirect:/partners/quality/labels";
	}

	private String showLabels(StaffPrincipal me, Model model) {
		model.addAttribute("labelCounts", plan.labelCounts(me.officeId(), QualitySection.today()));
		return "partners/quality/labels";
	}

	@GetMapping("/partners/{id}/quality/awards/new")
	@PreAuthorize(MANAGERS)
	String initAwardCreationForm(@PathVariable UUID id, @RequestParam(defaultValue = "LABEL") Award.Kind kind,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), id);
		model.addAttribute("form", AwardForm.empty(kind, QualitySection.today()));
		return awardForm(partner, null, model);
	}

	@PostMapping("/partners/{id}/quality/awards/new")
	@PreAuthorize(MANAGERS)
	String processAwardCreationForm(@PathVariable UUID id, @ModelAttribute("form") AwardForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var partner = partners.get(me.officeId(), id);
		var draft = form.check(partner, plan.labels(me.officeId()), offersOf(partner), errors);
		if (draft == null) {
			return awardForm(partner, null, model);
		}
		plan.award(partner, draft);
		redirect.addFlashAttribute("saved", partner.name());
		return "redirect:/partners/" + id + "#quality";
	}

	@GetMapping("/partners/{id}/quality/awards/{awardId}/edit")
	@PreAuthorize(MANAGERS)
	String initAwardUpdateForm(@PathVariable UUID id, @PathVariable UUID awardId,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), id);
		var award = plan.award(me.officeId(), id, awardId);
		model.addAttribute("form", AwardForm.of(award));
		return awardForm(partner, award, model);
	}

	@PostMapping("/partners/{id}/quality/awards/{awardId}/edit")
	@PreAuthorize(MANAGERS)
	String processAwardUpdateForm(@PathVariable UUID id, @PathVariable UUID awardId,
			@ModelAttribute("form") AwardForm form, BindingResult errors, @AuthenticationPrincipal StaffPrincipal me,
			Model model, RedirectAttributes redirect) {
		var partner = partners.get(me.officeId(), id);
		var award = plan.award(me.officeId(), id, awardId);
		var draft = form.check(partner, plan.labels(me.officeId()), offersOf(partner), errors);
		if (draft == null) {
			return awardForm(partner, award, model);
		}
		plan.update(partner, awardId, draft);
		redirect.addFlashAttribute("saved", partner.name());
		return "redirect:/partners/" + id + "#quality";
	}

	@PostMapping("/partners/{id}/quality/awards/{awardId}/remove")
	@PreAuthorize(MANAGERS)
	String removeAward(@PathVariable UUID id, @PathVariable UUID awardId, @AuthenticationPrincipal StaffPrincipal me) {
		plan.remove(me.officeId(), partners.get(me.officeId(), id).id(), awardId);
		return "redirect:/partners/" + id + "#quality";
	}

	private String awardForm(Partner partner, Award award, Model model) {
		model.addAttribute("partner", partner);
		model.addAttribute("award", award);
		model.addAttribute("labels", plan.labels(partner.officeId()));
		model.addAttribute("offers", offersOf(partner));
		return "partners/quality/awardForm";
	}

	@GetMapping("/partners/{id}/quality/actions/new")
	@PreAuthorize(MANAGERS)
	String initActionCreationForm(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("partner", partners.get(me.officeId(), id));
		model.addAttribute("form", SupportActionForm.empty(QualitySection.today()));
		return "partners/quality/actionForm";
	}

	@PostMapping("/partners/{id}/quality/actions/new")
	@PreAuthorize(MANAGERS)
	String processActionCreationForm(@PathVariable UUID id, @Valid @ModelAttribute("form") SupportActionForm form,
			BindingResult errors, @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var partner = partners.get(me.officeId(), id);
		var draft = form.check(errors);
		if (draft == null) {
			model.addAttribute("partner", partner);
			return "partners/quality/actionForm";
		}
		actions.record(partner, draft, me.email());
		redirect.addFlashAttribute("saved", partner.name());
		return "redirect:/partners/" + id + "#quality";
	}

	@PostMapping("/partners/{id}/quality/actions/{actionId}/remove")
	@PreAuthorize(MANAGERS)
	String removeAction(@PathVariable UUID id, @PathVariable UUID actionId, @AuthenticationPrincipal StaffPrincipal me) {
		actions.remove(me.officeId(), partners.get(me.officeId(), id).id(), actionId);
		return "redirect:/partners/" + id + "#quality";
	}

	private List<OfferSummary> offersOf(Partner partner) {
		return catalog.summaries(partner.officeId(), partners.offerIds(partner.officeId(), partner.id()));
	}

	private Map<String, String> communeNames(List<QualityPlan.CommuneShare> shares) {
		var names = new HashMap<String, String>();
		shares.stream().map(QualityPlan.CommuneShare::communeCode).filter(java.util.Objects::nonNull)
			.forEach(code -> names.put(code, communes.byCode(code).map(Commune::name).orElse(code)));
		return names;
	}

}
