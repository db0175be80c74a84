package fr.escale.offices.web;

import java.util.Set;

import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's staff: administrators add counsellors, partner managers, analysts. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class StaffController {

	private final StaffAccounts accounts;

	StaffController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/staff")
	String initCreationForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		model.addAttribute("form", new StaffForm("", "", Role.COUNSELLOR, ""));
		return list(me, model);
	}

	@PostMapping("/staff")
	String processCreationForm(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("email") && accounts.exists(form.email())) {
			errors.rejectValue("email", "staff.error.taken");
		}
		if (errors.hasErrors()) {
			return list(me, model);
		}
		accounts.create(me.officeId(), form.email(), form.displayName(), form.password(), Set.of(form.role()));
		redirect.addFlashAttribute("added", form.email());
		return "redirect:/staff";
	}

	private String list(StaffPrincipal me, Model model) {
		model.addAttribute("members", accounts.of(me.officeId()));
		model.addAttribute("roles", Role.values());
		return "offices/staff";
	}

}
