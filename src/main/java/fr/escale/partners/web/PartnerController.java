package fr.escale.partners.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.Invitations;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerSection;
import fr.escale.partners.PartnerType;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
 * The partner network as staff run it: every member of staff reads it, administrators and
 * partner managers change it.
 */
@Controller
@ConditionalOnWebApplication
class PartnerController {

	static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'PARTNER_MANAGER')";

	private final Partners partners;

	private final PartnerUsers users;

	private final Invitations invitations;

	private final PartnerChecks checks;

	private final Communes communes;

	private final List<PartnerSection> sections;

	PartnerController(Partners partners, PartnerUsers users, Invitations invitations, PartnerChecks checks,
			Communes communes, List<PartnerSection> sections) {
		this.partners = partners;
		this.users = users;
		this.invitations = invitations;
		this.checks = checks;
		this.communes = communes;
		this.sections = sections;
	}

	record SectionView(String template, Object data) {
	}

	record InviteForm(@NotBlank @Size(max = 200) String displayName, @NotBlank @Email @Size(max = 254) String email) {
	}

	@GetMapping("/partners")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) PartnerType type,
			@RequestParam(required = false) String commune, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var communeCode = commune == null || commune.isBlank() ? null
				: (Communes.isCode(commune.trim()) ? communes.byCode(commune.trim()) : communes.byName(commune))
					.map(Commune::code)
					.orElse("00000");
		var found = partners.list(me.officeId(), new Partners.Filter(q, type, communeCode));
		model.addAttribute("partners", found);
		model.addAttribute("communeNames", communeNames(found));
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("commune", commune);
		return "partners/list";
	}

	@GetMapping("/partners/new")
	@PreAuthorize(MANAGERS)
	String initCreationForm(Model model) {
		model.addAttribute("form", PartnerForm.empty());
		model.addAttribute("types", PartnerType.values());
		return "partners/form";
	}

	@PostMapping("/partners/new")
	@PreAuthorize(MANAGERS)
	String processCreationForm(@Valid @ModelAttribute("form") PartnerForm form, BindingResult errors,
			@RequestParam(required = false) List<UUID> offers, @AuthenticationPrincipal StaffPrincipal me, Model model,
			RedirectAttributes redirect) {
		var commune = checks.check(form, me.officeId(), null, errors);
		if (errors.hasErrors()) {
			model.addAttribute("types", PartnerType.values());
			return "partners/form";
		}
		var partner = partners.create(me.officeId(), form.details(commune.map(Commune::code).orElse(null)));
		redirect.addFlashAttribute("saved", partner.name());
		return "redirect:/partners/" + partner.id();
	}

	@GetMapping("/partners/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), id);
		model.addAttribute("partner", partner);
		model.addAttribute("commune", commune(partner));
		model.addAttribute("users", users.of(me.officeId(), id));
		model.addAttribute("invite", new InviteForm("", ""));
		model.addAttribute("sections", sections.stream()
			.map(section -> new SectionView(section.template(), section.data(partner)))
			.filter(view -> view.data() != null)
			.toList());
		return "partners/partner";
	}

	@GetMapping("/partners/{id}/edit")
	@PreAuthorize(MANAGERS)
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), id);
		model.addAttribute("form", PartnerForm.of(partner, commune(partner)));
		model.addAttribute("partner", partner);
		model.addAttribute("types", PartnerType.values());
		return "partners/form";
	}

	@PostMapping("/partners/{id}/edit")
	@PreAuthorize(MANAGERS)
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") PartnerForm form,
			BindingResult errors, @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var partner = partners.get(me.officeId(), id);
		var commune = checks.check(form, me.officeId(), id, errors);
		if (errors.hasErrors()) {
			model.addAttribute("partner", partner);
			model.addAttribute("types", PartnerType.values());
			return "partners/form";
		}
		partners.update(me.officeId(), id, form.details(commune.map(Commune::code).orElse(null)));
		redirect.addFlashAttribute("saved", form.name());
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/users")
	@PreAuthorize(MANAGERS)
	String invite(@PathVariable UUID id, @Valid @ModelAttribute("invite") InviteForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect, Locale locale) {
		var partner = partners.get(me.officeId(), id);
		if (!errors.hasFieldErrors("email") && users.exists(form.email())) {
			errors.rejectValue("email", "partner.users.error.taken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("partner", partner);
			model.addAttribute("commune", commune(partner));
			model.addAttribute("users", users.of(me.officeId(), id));
			model.addAttribute("sections", List.of());
			return "partners/partner";
		}
		invitations.invite(partner, form.email(), form.displayName(), me.email(), locale);
		redirect.addFlashAttribute("invited", form.email());
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/users/{userId}/invitation")
	@PreAuthorize(MANAGERS)
	String reinvite(@PathVariable UUID id, @PathVariable UUID userId, @AuthenticationPrincipal StaffPrincipal me,
			RedirectAttributes redirect, Locale locale) {
		var partner = partners.get(me.officeId(), id);
		var user = users.of(me.officeId(), id).stream().filter(u -> u.id().equals(userId)).findFirst()
			.orElseThrow(() -> new fr.escale.partners.PartnerNotFoundException(userId));
		invitations.reinvite(partner, user.id(), locale);
		redirect.addFlashAttribute("invited", user.email());
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{id}/users/{userId}/enabled")
	@PreAuthorize(MANAGERS)
	String enable(@PathVariable UUID id, @PathVariable UUID userId, @RequestParam boolean enabled,
			@AuthenticationPrincipal StaffPrincipal me) {
		partners.get(me.officeId(), id);
		if (users.of(me.officeId(), id).stream().noneMatch(u -> u.id().equals(userId))) {
			throw new fr.escale.partners.PartnerNotFoundException(userId);
		}
		users.enable(me.officeId(), userId, enabled);
		return "redirect:/partners/" + id;
	}

	private java.util.Map<String, String> communeNames(List<Partner> partners) {
		var names = new java.util.HashMap<String, String>();
		partners.stream().map(Partner::communeCode).filter(java.util.Objects::nonNull).distinct()
			.forEach(code -> names.put(code, communes.byCode(code).map(Commune::name).orElse(code)));
		return names;
	}

	private String commune(Partner partner) {
		return communes.byCode(partner.communeCode()).map(Commune::name).orElse(partner.communeCode());
	}

}
