package fr.escale.partners.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.Invitations;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerContacts;
import fr.escale.partners.PartnerSection;
import fr.escale.partners.PartnerType;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

	private final OfferCatalog catalog;

	private final PartnerContacts contacts;

	PartnerController(Partners partners, PartnerUsers users, Invitations invitations, PartnerChecks checks,
			Communes communes, List<PartnerSection> sections, OfferCatalog catalog, PartnerContacts contacts) {
		this.catalog = catalog;
		this.contacts = contacts;
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

	record ContactForm(@NotBlank @Size(max = 200) String name, @Size(max = 100) String role,
			@Email @Size(max = 254) String email,
			@Pattern(regexp = "^$|[+0-9 ().-]{6,40}", message = "{partner.error.phone}") String phone) {
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

	/**
	 * A new partner; from a proposal, the form comes filled with the contact found in the offers,
	 * and those offers are linked on saving.
	 */
	@GetMapping("/partners/new")
	@PreAuthorize(MANAGERS)
	String initCreationForm(@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String website,
			@RequestParam(required = false) String commune, @RequestParam(required = false) List<UUID> offers,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var proposed = offers == null ? List.<OfferSummary>of() : catalog.summaries(me.officeId(), offers);
		// The kind of business is guessed from its first offer: a hotel's offer makes a hotel.
		var type = proposed.isEmpty() ? PartnerForm.empty().type() : PartnerType.ofOffer(proposed.get(0).types());
		model.addAttribute("form", new PartnerForm(name == null ? "" : name, "", "", type, "", "",
				commune == null ? "" : communes.byCode(commune).map(Commune::name).orElse(commune),
				email == null ? "" : email, phone == null ? "" : phone, website == null ? "" : website, null));
		model.addAttribute("proposedOffers", proposed);
		model.addAttribute("types", PartnerType.values());
		return "partners/form";
	}

	@PostMapping("/partners/new")
	@PreAuthorize(MANAGERS)
	String processCreationForm(@Valid @ModelAttribute("form") PartnerForm form, BindingResult errors,
			@RequestParam(required = false) List<UUID> offers, @AuthenticationPrincipal StaffPrincipal me, Model model,
			RedirectAttributes redirect) {
		var commune = checks.check(form, me.officeId(), null, errors);
		var proposed = offers == null ? List.<OfferSummary>of() : catalog.summaries(me.officeId(), offers);
		if (errors.hasErrors()) {
			model.addAttribute("proposedOffers", proposed);
			model.addAttribute("types", PartnerType.values());
			return "partners/form";
		}
		var partner = partners.create(me.officeId(), form.details(commune.map(Commune::code).orElse(null)));
		partners.link(me.officeId(), partner.id(), proposed.stream().map(OfferSummary::id).toList());
		redirect.addFlashAttribute("saved", partner.name());
		return "redirect:/partners/" + partner.id();
	}

	@GetMapping("/partners/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("invite", new InviteForm("", ""));
		model.addAttribute("contact", new ContactForm("", "", "", ""));
		return page(partners.get(me.officeId(), id), model);
	}

	/** The partner's page, with whatever forms the model already holds (one of them re-shown with its errors). */
	private String page(Partner partner, Model model) {
		model.addAttribute("partner", partner);
		model.addAttribute("commune", commune(partner));
		model.addAttribute("users", users.of(partner.officeId(), partner.id()));
		model.addAttribute("contacts", contacts.of(partner.officeId(), partner.id()));
		model.addAttribute("offers", catalog.summaries(partner.officeId(), partners.offerIds(partner.officeId(), partner.id())));
		model.addAttribute("sections", sections.stream()
			.map(section -> new SectionView(section.template(), section.data(partner)))
			.filter(view -> view.data() != null)
			.toList());
		return "partners/partner";
	}

	@PostMapping("/partners/{id}/contacts")
	@PreAuthorize(MANAGERS)
	String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contact") ContactForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), id);
		if (errors.hasErrors()) {
			model.addAttribute("invite", new InviteForm("", ""));
			return page(partner, model);
		}
		contacts.add(me.officeId(), id, form.name(), form.role(), form.email(), form.phone());
		return "redirect:/partners/" + id + "#contacts";
	}

	@PostMapping("/partners/{id}/contacts/{contactId}/remove")
	@PreAuthorize(MANAGERS)
	String removeContact(@PathVariable UUID id, @PathVariable UUID contactId, @AuthenticationPrincipal StaffPrincipal me) {
		contacts.remove(me.officeId(), partners.get(me.officeId(), id).id(), contactId);
		return "redirect:/partners/" + id + "#contacts";
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
			model.addAttribute("contact", new ContactForm("", "", "", ""));
			return page(partner, model);
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

	/** Offers of the office found by name, to link to the partner (an htmx fragment of its page). */
	@GetMapping("/partners/{id}/offers/search")
	@PreAuthorize(MANAGERS)
	String searchOffers(@PathVariable UUID id, @RequestParam(required = false) String q,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), id);
		var linked = partners.offerIds(me.officeId(), id);
		model.addAttribute("partner", partner);
		model.addAttribute("found", q == null || q.isBlank() ? List.of()
				: catalog.search(me.officeId(), q, 20).stream().filter(offer -> !linked.contains(offer.id())).toList());
		return "partners/fragments/offerSearch :: results";
	}

	@PostMapping("/partners/{id}/offers")
	@PreAuthorize(MANAGERS)
	String link(@PathVariable UUID id, @RequestParam(required = false) List<UUID> offer,
			@AuthenticationPrincipal StaffPrincipal me) {
		partners.get(me.officeId(), id);
		// Only offers of the office: an id from elsewhere is ignored, as if unknown.
		var ofTheOffice = catalog.summaries(me.officeId(), offer == null ? List.of() : offer);
		partners.link(me.officeId(), id, ofTheOffice.stream().map(OfferSummary::id).toList());
		return "redirect:/partners/" + id + "#offers";
	}

	@PostMapping("/partners/{id}/offers/{offerId}/unlink")
	@PreAuthorize(MANAGERS)
	String unlink(@PathVariable UUID id, @PathVariable UUID offerId, @AuthenticationPrincipal StaffPrincipal me) {
		partners.get(me.officeId(), id);
		partners.unlink(me.officeId(), id, offerId);
		return "redirect:/partners/" + id + "#offers";
	}

	/** Businesses found in the contacts of imported offers that no partner runs yet. */
	@GetMapping("/partners/proposals")
	@PreAuthorize(MANAGERS)
	String proposals(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var proposals = catalog.contactProposals(me.officeId(), partners.linkedOfferIds(me.officeId()));
		model.addAttribute("proposals", proposals);
		var offerIds = proposals.stream().flatMap(proposal -> proposal.offerIds().stream()).toList();
		var names = new java.util.HashMap<UUID, String>();
		catalog.summaries(me.officeId(), offerIds).forEach(offer -> names.put(offer.id(), offer.name()));
		model.addAttribute("offerNames", names);
		return "partners/proposals";
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
