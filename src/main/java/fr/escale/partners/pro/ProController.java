package fr.escale.partners.pro;

import java.util.List;

import fr.escale.partners.PartnerPrincipal;
import fr.escale.partners.PartnerSection;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The pro space's front door: its login, the invitation that sets a password, the dashboard. */
@Controller
@ConditionalOnWebApplication
class ProController {

	private final Partners partners;

	private final PartnerUsers users;

	private final List<PartnerSection> sections;

	ProController(Partners partners, PartnerUsers users, List<PartnerSection> sections) {
		this.partners = partners;
		this.users = users;
		this.sections = sections;
	}

	/** A section of the dashboard as the page renders it. */
	record SectionView(String template, Object data) {
	}

	record PasswordForm(@NotBlank @Size(min = 12, max = 200) String password, String confirmation) {
	}

	@GetMapping("/pro/login")
	String login() {
		return "partners/pro/login";
	}

	@GetMapping("/pro")
	String dashboard(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), me.partnerId());
		model.addAttribute("partner", partner);
		model.addAttribute("sections", sections.stream()
			.map(section -> new SectionView(section.template(), section.data(partner)))
			.filter(view -> view.data() != null)
			.toList());
		return "partners/pro/dashboard";
	}

	@GetMapping("/pro/invitation/{token}")
	String initPasswordForm(@PathVariable String token, Model model) {
		model.addAttribute("form", new PasswordForm("", ""));
		return invitation(token, model);
	}

	@PostMapping("/pro/invitation/{token}")
	String processPasswordForm(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult errors, Model model) {
		if (!errors.hasFieldErrors("password") && !form.password().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "pro.invitation.error.confirmation");
		}
		if (errors.hasErrors()) {
			return invitation(token, model);
		}
		return users.accept(token, form.password())
			.map(accepted -> "redirect:/pro/login?welcome")
			.orElseGet(() -> invitation(token, model));
	}

	private String invitation(String token, Model model) {
		var pending = users.pending(token);
		model.addAttribute("invitation", pending.orElse(null));
		model.addAttribute("token", token);
		return "partners/pro/invitation";
	}

}
