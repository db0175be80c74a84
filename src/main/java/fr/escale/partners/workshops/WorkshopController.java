package fr.escale.partners.workshops;

import java.time.Instant;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sessions for professionals as staff run them: every member of staff reads them, administrators
 * and partner managers publish, change, cancel them and mark who came.
 */
@Controller
@ConditionalOnWebApplication
class WorkshopController {

	static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'PARTNER_MANAGER')";

	private final Workshops workshops;

	WorkshopController(Workshops workshops) {
		this.workshops = workshops;
	}

	@GetMapping("/partners/workshops")
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var now = Instant.now();
		model.addAttribute("upcoming", workshops.upcoming(me.officeId(), now));
		model.addAttribute("past", workshops.past(me.officeId(), now));
		return "partners/workshops/list";
	}

	@GetMapping("/partners/workshops/new")
	@PreAuthorize(MANAGERS)
	String initCreationForm(Model model) {
		model.addAttribute("workshop", new WorkshopForm());
		return form(model, null);
	}

	@PostMapping("/partners/workshops/new")
	@PreAuthorize(MANAGERS)
	String processCreationForm(@Valid @ModelAttribute("workshop") WorkshopForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		checkTimes(form, errors);
		if (errors.hasErrors()) {
			return form(model, null);
		}
		var workshop = workshops.create(me.officeId(), form.details());
		redirect.addFlashAttribute("saved", workshop.title());
		return "redirect:/partners/workshops/" + workshop.id();
	}

	@GetMapping("/partners/workshops/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var workshop = workshops.get(me.officeId(), id);
		var registrations = workshops.registrations(me.officeId(), id);
		model.addAttribute("current", workshop);
		model.addAttribute("registered",
				registrations.stream().filter(r -> r.status() == Registration.Status.REGISTERED).toList());
		model.addAttribute("waiting", registrations.stream().filter(r -> r.status() == Registration.Status.WAITING).toList());
		model.addAttribute("feedback", workshops.feedback(me.officeId(), id));
		model.addAttribute("over", workshop.over(Instant.now()));
		return "partners/workshops/workshop";
	}

	@GetMapping("/partners/workshops/{id}/edit")
	@PreAuthorize(MANAGERS)
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var workshop = workshops.get(me.officeId(), id);
		model.addAttribute("workshop", WorkshopForm.of(workshop));
		return form(model, workshop);
	}

	@PostMapping("/partners/workshops/{id}/edit")
	@PreAuthorize(MANAGERS)
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("workshop") WorkshopForm form,
			BindingResult errors, @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var workshop = workshops.get(me.officeId(), id);
		checkTimes(form, errors);
		if (!errors.hasErrors()) {
			try {
				workshops.update(me.officeId(), id, form.details());
			}
			catch (WorkshopRuleException refused) {
				errors.rejectValue("capacity", refused.messageKey(), refused.arguments(), null);
			}
		}
		if (errors.hasErrors()) {
			return form(model, workshop);
		}
		redirect.addFlashAttribute("saved", form.getTitle());
		return "redirect:/partners/workshops/" + id;
	}

	@PostMapping("/partners/workshops/{id}/cancel")
	@PreAuthorize(MANAGERS)
	String cancel(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		workshops.cancel(me.officeId(), id);
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/partners/workshops/" + id;
	}

	@PostMapping("/partners/workshops/{id}/attendance")
	@PreAuthorize(MANAGERS)
	String markAttendance(@PathVariable UUID id, @RequestParam(required = false) List<UUID> present,
			@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
		workshops.markAttendance(me.officeId(), id, present == null ? List.of() : present);
		redirect.addFlashAttribute("attendanceSaved", true);
		return "redirect:/partners/workshops/" + id + "#registered";
	}

	private static void checkTimes(WorkshopForm form, BindingResult errors) {
		if (form.getStart() != null && form.getEnd() != null && !form.getEnd().isAfter(form.getStart())) {
			errors.rejectValue("end", "workshop.error.endBeforeStart");
		}
	}

	private static String form(Model model, Workshop editing) {
		model.addAttribute("editing", editing);
		model.addAttribute("kinds", WorkshopKind.values());
		model.addAttribute("types", PartnerType.values());
		return "partners/workshops/form";
	}

}
