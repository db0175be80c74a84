package fr.escale.partners.workshops;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import fr.escale.partners.PartnerPrincipal;
import fr.escale.partners.Partners;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sessions a partner may join from the pro space, its registrations and its training
 * history. Everything is scoped to the logged-in partner: another's registration, or a session not
 * meant for it, does not exist here.
 */
@Controller
@ConditionalOnWebApplication
class ProWorkshopController {

	private final Workshops workshops;

	private final Partners partners;

	ProWorkshopController(Workshops workshops, Partners partners) {
		this.workshops = workshops;
		this.partners = partners;
	}

	record RegistrationForm(@NotBlank @Size(max = 200) String attendeeName,
			@NotBlank @Email @Size(max = 254) String attendeeEmail) {
	}

	@GetMapping("/pro/workshops")
	String list(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), me.partnerId());
		var now = Instant.now();
		var mine = workshops.comingFor(me.officeId(), me.partnerId(), now);
		model.addAttribute("open", workshops.openTo(me.officeId(), partner.type(), now));
		model.addAttribute("mine", mine);
		model.addAttribute("history", workshops.history(me.officeId(), me.partnerId(), now));
		return "partners/workshops/pro";
	}

	@GetMapping("/pro/workshops/{id}")
	String initRegistrationForm(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal me, Model model) {
		model.addAttribute("registration", new RegistrationForm(me.displayName(), me.email()));
		return registrationPage(id, me, model);
	}

	@PostMapping("/pro/workshops/{id}/register")
	String processRegistrationForm(@PathVariable UUID id,
			@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult errors,
			@AuthenticationPrincipal PartnerPrincipal me, Model model, RedirectAttributes redirect, Locale locale) {
		if (!errors.hasErrors()) {
			var partner = partners.get(me.officeId(), me.partnerId());
			try {
				var registration = workshops.register(partner, id, form.attendeeName(), form.attendeeEmail(), locale,
						Instant.now());
				// Flash attributes live in the session, in the database: plain values only.
				redirect.addFlashAttribute("registeredName", registration.attendeeName());
				redirect.addFlashAttribute("waitingPosition", registration.position());
				return "redirect:/pro/workshops";
			}
			catch (WorkshopRuleException refused) {
				errors.rejectValue("attendeeEmail", refused.messageKey(), refused.arguments(), null);
			}
		}
		return registrationPage(id, me, model);
	}

	@PostMapping("/pro/workshops/registrations/{registrationId}/cancel")
	String cancel(@PathVariable UUID registrationId, @AuthenticationPrincipal PartnerPrincipal me,
			RedirectAttributes redirect) {
		workshops.cancelRegistration(me.officeId(), me.partnerId(), registrationId, Instant.now());
		redirect.addFlashAttribute("withdrawn", true);
		return "redirect:/pro/workshops";
	}

	/** The session's page with its form; a session not open to this partner is a 404. */
	private String registrationPage(UUID id, PartnerPrincipal me, Model model) {
		var partner = partners.get(me.officeId(), me.partnerId());
		var workshop = workshops.openTo(me.officeId(), partner.type(), Instant.now()).stream()
			.filter(open -> open.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new WorkshopNotFoundException(id));
		model.addAttribute("current", workshop);
		model.addAttribute("mine", workshops.comingFor(me.officeId(), me.partnerId(), Instant.now()).stream()
			.filter(session -> session.workshop().id().equals(id))
			.toList());
		return "partners/workshops/register";
	}

}
