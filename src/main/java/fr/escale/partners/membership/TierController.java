package fr.escale.partners.membership;

import java.util.UUID;

import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.PartnerType;
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

/** The office's membership tiers: every member of staff reads them, managers write them. */
@Controller
@ConditionalOnWebApplication
class TierController {

	private final Tiers tiers;

	TierController(Tiers tiers) {
		this.tiers = tiers;
	}

	@GetMapping("/partners/memberships/tiers")
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("tiers", tiers.list(me.officeId()));
		return "partners/membership/tiers";
	}

	@GetMapping("/partners/memberships/tiers/new")
	@PreAuthorize(MembershipController.MANAGERS)
	String initCreationForm(Model model) {
		model.addAttribute("form", TierForm.empty());
		return form(null, model);
	}

	@PostMapping("/partners/memberships/tiers/new")
	@PreAuthorize(MembershipController.MANAGERS)
	String processCreationForm(@Valid @ModelAttribute("form") TierForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		return save(null, form, errors, me, model, redirect);
	}

	@GetMapping("/partners/memberships/tiers/{id}/edit")
	@PreAuthorize(MembershipController.MANAGERS)
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var tier = tiers.find(me.officeId(), id).orElseThrow(() -> new MembershipNotFoundException(id));
		model.addAttribute("form", TierForm.of(tier));
		return form(tier, model);
	}

	@PostMapping("/partners/memberships/tiers/{id}/edit")
	@PreAuthorize(MembershipController.MANAGERS)
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") TierForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var tier = tiers.find(me.officeId(), id).orElseThrow(() -> new MembershipNotFoundException(id));
		return save(tier, form, errors, me, model, redirect);
	}

	private String save(Tier tier, TierForm form, BindingResult errors, StaffPrincipal me, Model model,
			RedirectAttributes redirect) {
		var fee = Euros.check(form.fee(), "fee", true, errors);
		var types = form.types(errors);
		if (!errors.hasFieldErrors("name")) {
			tiers.byName(me.officeId(), form.name())
				.filter(other -> tier == null || !other.id().equals(tier.id()))
				.ifPresent(other -> errors.rejectValue("name", "membership.error.tierName", new Object[] { other.name() },
						null));
		}
		if (errors.hasErrors()) {
			return form(tier, model);
		}
		var saved = tiers.save(form.tier(tier == null ? null : tier.id(), me.officeId(), types, fee));
		redirect.addFlashAttribute("saved", saved.name());
		return "redirect:/partners/memberships/tiers";
	}

	private String form(Tier tier, Model model) {
		model.addAttribute("tier", tier);
		model.addAttribute("types", PartnerType.values());
		return "partners/membership/tierForm";
	}

}
