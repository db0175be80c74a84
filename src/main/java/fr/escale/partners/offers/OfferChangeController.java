package fr.escale.partners.offers;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.escale.catalog.OfferCatalog;
import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.Partner;
import fr.escale.partners.Partners;
import fr.escale.partners.offers.OfferChange.Status;
import fr.escale.partners.offers.PartnerOffers.Decision;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff read the changes partners propose to their offers; administrators and partner managers decide. */
@Controller
@ConditionalOnWebApplication
class OfferChangeController {

	static final String MANAGERS = "hasAnyRole('ADMINISTRATOR', 'PARTNER_MANAGER')";

	static final int MAX_COMMENT = 2000;

	private final PartnerOffers offers;

	private final Partners partners;

	private final OfferCatalog catalog;

	OfferChangeController(PartnerOffers offers, Partners partners, OfferCatalog catalog) {
		this.offers = offers;
		this.partners = partners;
		this.catalog = catalog;
	}

	/** Waiting changes first; {@code status=all} or another status shows the history. */
	@GetMapping("/partners/changes")
	String list(@RequestParam(defaultValue = "PENDING") String status, @AuthenticationPrincipal StaffPrincipal me,
			Model model) {
		var shown = "all".equals(status) ? null
				: java.util.Arrays.stream(Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(Status.PENDING);
		var changes = offers.list(me.officeId(), shown);
		Map<UUID, String> partnerNames = new HashMap<>();
		changes.forEach(change -> partnerNames.computeIfAbsent(change.partnerId(),
				id -> partners.find(me.officeId(), id).map(Partner::name).orElse("—")));
		model.addAttribute("changes", changes);
		model.addAttribute("partnerNames", partnerNames);
		model.addAttribute("status", shown == null ? "all" : shown.name());
		model.addAttribute("statuses", Status.values());
		return "partners/offers/changes";
	}

	@GetMapping("/partners/changes/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal StaffPrincipal me, Model model) {
		var change = offers.change(me.officeId(), id);
		model.addAttribute("change", change);
		model.addAttribute("partner", partners.get(me.officeId(), change.partnerId()));
		model.addAttribute("diff", OfferDiff.of(change.before(), change.after()));
		// The offer moved on since the partner submitted (an import, another change): accepting keeps those other fields.
		model.addAttribute("movedOn", change.pending() && catalog.find(me.officeId(), change.offerId())
			.map(current -> !current.offer().equals(change.before()))
			.orElse(false));
		model.addAttribute("history", offers.ofOffer(me.officeId(), change.offerId()).stream()
			.filter(other -> !other.id().equals(id))
			.toList());
		return "partners/offers/change";
	}

	@PostMapping("/partners/changes/{id}/accept")
	@PreAuthorize(MANAGERS)
	String accept(@PathVariable UUID id, @RequestParam(defaultValue = "") String comment,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		return decide(id, Decision.ACCEPT, comment, me, model, redirect);
	}

	@PostMapping("/partners/changes/{id}/reject")
	@PreAuthorize(MANAGERS)
	String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String comment,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		return decide(id, Decision.REJECT, comment, me, model, redirect);
	}

	private String decide(UUID id, Decision decision, String comment, StaffPrincipal me, Model model,
			RedirectAttributes redirect) {
		var text = OfferEditor.plain(comment);
		String problem = null;
		if (decision == Decision.REJECT && text.isEmpty()) {
			problem = "partnerOffers.error.commentRequired";
		}
		else if (text.length() > MAX_COMMENT) {
			problem = "partnerOffers.error.commentTooLong";
		}
		if (problem != null) {
			model.addAttribute("problem", problem);
			model.addAttribute("comment", comment);
			return show(id, me, model);
		}
		boolean decided = offers.decide(me.officeId(), id, decision, me.email(), text.isEmpty() ? null : text);
		redirect.addFlashAttribute(decided ? "decided" : "alreadyDecided", decision.name());
		return "redirect:/partners/changes/" + id;
	}

}
