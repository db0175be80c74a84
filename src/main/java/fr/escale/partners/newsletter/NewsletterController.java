package fr.escale.partners.newsletter;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.UUID;

import fr.escale.offices.StaffPrincipal;
import fr.escale.platform.mail.Delivery;
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
 * The pro newsletter as staff run it: every member of staff reads the office's newsletters and
 * how their mails fare; administrators and partner managers write and send them.
 */
@Controller
@ConditionalOnWebApplication
class NewsletterController {

	static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'PARTNER_MANAGER')";

	/** Recipients shown per page of a sent newsletter, and in a preview. */
	static final int PAGE = 200;

	private final Newsletters newsletters;

	private final Recipients recipients;

	private final Deliveries deliveries;

	private final SegmentChoices choices;

	private final NewsletterMails mails;

	NewsletterController(Newsletters newsletters, Recipients recipients, Deliveries deliveries, SegmentChoices choices,
			NewsletterMails mails) {
		this.newsletters = newsletters;
		this.recipients = recipients;
		this.deliveries = deliveries;
		this.choices = choices;
		this.mails = mails;
	}

	/** Times as the office lives them. */
	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	/**
	 * A newsletter in the list: its segment in words, how many it reached or would reach, and when
	 * it was sent or last changed.
	 */
	record Row(Newsletter newsletter, SegmentChoices.Summary segment, long recipients, Deliveries.Counts counts,
			ZonedDateTime when) {
	}

	/** A recipient of a sent newsletter, with the local time its mail left. */
	record DeliveryRow(Deliveries.RecipientStatus delivery, ZonedDateTime sentAt) {
	}

	@GetMapping("/partners/newsletters")
	String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var all = newsletters.list(me.officeId());
		var options = choices.of(me.officeId());
		var counts = deliveries.counts(all);
		model.addAttribute("rows", all.stream().map(newsletter -> {
			var sent = counts.getOrDefault(newsletter.id(), Deliveries.Counts.NONE);
			var reach = newsletter.sent() ? sent.total()
					: recipients.count(me.officeId(), newsletter.segment()).addresses();
			return new Row(newsletter, options.describe(newsletter.segment()), reach, sent,
					local(newsletter.sent() ? newsletter.sentAt() : newsletter.updatedAt()));
		}).toList());
		return "partners/newsletter/list";
	}

	@GetMapping("/partners/newsletters/new")
	@PreAuthorize(MANAGERS)
	String initCreationForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
		return form(me, NewsletterForm.empty(), null, model);
	}

	@PostMapping("/partners/newsletters/new")
	@PreAuthorize(MANAGERS)
	String processCreationForm(@Valid @ModelAttribute("form") NewsletterForm form, BindingResult errors,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		checkBody(form, errors);
		if (errors.hasErrors()) {
			return form(me, form, null, model);
		}
		var newsletter = newsletters.create(me.officeId(), form.subject(), form.body(), form.segment(), me.email());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/partners/newsletters/" + newsletter.id() + "/preview";
	}

	@GetMapping("/partners/newsletters/{id}/edit")
	@PreAuthorize(MANAGERS)
	String initUpdateForm(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model,
			RedirectAttributes redirect) {
		var newsletter = newsletters.get(me.officeId(), id);
		if (newsletter.sent()) {
			redirect.addFlashAttribute("refused", "newsletter.error.alreadySent");
			return "redirect:/partners/newsletters/" + id + "/recipients";
		}
		return form(me, NewsletterForm.of(newsletter), newsletter, model);
	}

	@PostMapping("/partners/newsletters/{id}/edit")
	@PreAuthorize(MANAGERS)
	String processUpdateForm(@PathVariable UUID id, @Valid @ModelAttribute("form") NewsletterForm form,
			BindingResult errors, @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var newsletter = newsletters.get(me.officeId(), id);
		checkBody(form, errors);
		if (errors.hasErrors()) {
			return form(me, form, newsletter, model);
		}
		if (!newsletters.update(me.officeId(), id, form.subject(), form.body(), form.segment())) {
			redirect.addFlashAttribute("refused", "newsletter.error.alreadySent");
			return "redirect:/partners/newsletters/" + id + "/recipients";
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/partners/newsletters/" + id + "/preview";
	}

	/** How many a segment reaches, while staff tick it (an htmx fragment of the form). */
	@GetMapping("/partners/newsletters/audience")
	String audience(@ModelAttribute("form") NewsletterForm form, @AuthenticationPrincipal StaffPrincipal me,
			Model model) {
		model.addAttribute("audience", recipients.count(me.officeId(), form.segment()));
		return "partners/newsletter/fragments/audience :: audience";
	}

	@GetMapping("/partners/newsletters/{id}/preview")
	String preview(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model, Locale locale) {
		var newsletter = newsletters.get(me.officeId(), id);
		model.addAttribute("newsletter", newsletter);
		model.addAttribute("segment", choices.of(me.officeId()).describe(newsletter.segment()));
		model.addAttribute("mail", mails.preview(newsletter, locale));
		if (newsletter.sent()) {
			// Who it went to is on its recipients page; the segment as it is today would tell otherwise.
			model.addAttribute("sentAt", local(newsletter.sentAt()));
			model.addAttribute("counts", deliveries.counts(newsletter));
			return "partners/newsletter/preview";
		}
		var to = recipients.of(me.officeId(), newsletter.segment());
		model.addAttribute("audience", recipients.count(me.officeId(), newsletter.segment()));
		model.addAttribute("recipients", to.subList(0, Math.min(PAGE, to.size())));
		model.addAttribute("total", to.size());
		return "partners/newsletter/preview";
	}

	@PostMapping("/partners/newsletters/{id}/test")
	@PreAuthorize(MANAGERS)
	String sendTest(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Locale locale,
			RedirectAttributes redirect) {
		newsletters.sendTest(me.officeId(), id, me.email(), locale);
		redirect.addFlashAttribute("tested", me.email());
		return "redirect:/partners/newsletters/" + id + "/preview";
	}

	/** Sends once, and only when staff ticked that they mean it. */
	@PostMapping("/partners/newsletters/{id}/send")
	@PreAuthorize(MANAGERS)
	String send(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm,
			@AuthenticationPrincipal StaffPrincipal me, Locale locale, RedirectAttributes redirect) {
		newsletters.get(me.officeId(), id);
		if (!confirm) {
			redirect.addFlashAttribute("refused", "newsletter.error.confirm");
			return "redirect:/partners/newsletters/" + id + "/preview";
		}
		try {
			redirect.addFlashAttribute("queued", newsletters.send(me.officeId(), id, me.email(), locale));
			return "redirect:/partners/newsletters/" + id + "/recipients";
		}
		catch (NewsletterNotSendableException ex) {
			redirect.addFlashAttribute("refused", ex.reason());
			return "redirect:/partners/newsletters/" + id + (ex.reason().endsWith("alreadySent") ? "/recipients" : "/preview");
		}
	}

	/** Each recipient of a sent newsletter and what became of its mail; a status narrows the list. */
	@GetMapping("/partners/newsletters/{id}/recipients")
	String recipients(@PathVariable UUID id, @RequestParam(required = false) Delivery.Status status,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var newsletter = newsletters.get(me.officeId(), id);
		var counts = deliveries.counts(newsletter);
		var shown = status == null ? counts.total() : counts.of(status);
		var current = Math.max(0, page);
		model.addAttribute("newsletter", newsletter);
		model.addAttribute("segment", choices.of(me.officeId()).describe(newsletter.segment()));
		model.addAttribute("counts", counts);
		model.addAttribute("status", status);
		model.addAttribute("sentAt", local(newsletter.sentAt()));
		model.addAttribute("deliveries", deliveries.of(id, status, current * PAGE, PAGE).stream()
			.map(delivery -> new DeliveryRow(delivery, local(delivery.sentAt())))
			.toList());
		model.addAttribute("page", current);
		model.addAttribute("pages", Math.max(1, (shown + PAGE - 1) / PAGE));
		return "partners/newsletter/recipients";
	}

	private String form(StaffPrincipal me, NewsletterForm form, Newsletter newsletter, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("newsletter", newsletter);
		model.addAttribute("body", form.bodyShown());
		model.addAttribute("options", choices.of(me.officeId()));
		model.addAttribute("audience", recipients.count(me.officeId(), form.segment()));
		return "partners/newsletter/form";
	}

	private static ZonedDateTime local(Instant instant) {
		return instant == null ? null : instant.atZone(FRANCE);
	}

	private static void checkBody(NewsletterForm form, BindingResult errors) {
		if (!errors.hasFieldErrors("body") && RichText.isBlank(form.body())) {
			errors.rejectValue("body", "newsletter.error.body");
		}
	}

}
