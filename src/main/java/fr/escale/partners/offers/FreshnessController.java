package fr.escale.partners.offers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import fr.escale.catalog.OfferCatalog;
import fr.escale.offices.StaffPrincipal;
import fr.escale.platform.TypedDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How fresh the office's offers are, by commune and by type, and the campaigns asking partners to
 * check the old ones: every member of staff reads, administrators and partner managers start one.
 */
@Controller
@ConditionalOnWebApplication
class FreshnessController {

	/** Offers' ages count in the office's time: a date means its midnight in France. */
	private static final ZoneId OFFICE_TIME = ZoneId.of("Europe/Paris");

	private final OfferCatalog catalog;

	private final FreshnessCampaigns campaigns;

	FreshnessController(OfferCatalog catalog, FreshnessCampaigns campaigns) {
		this.catalog = catalog;
		this.campaigns = campaigns;
	}

	/** The age a campaign asks about: offers not confirmed for some months, or since a date. */
	record Age(String months, String date) {

		static Age defaults() {
			return new Age("12", "");
		}

	}

	@GetMapping("/partners/freshness")
	String dashboard(@RequestParam(required = false) String months, @RequestParam(required = false) String date,
			@AuthenticationPrincipal StaffPrincipal me, Model model) {
		var age = months == null && date == null ? Age.defaults() : new Age(months, date);
		if (months != null || date != null) {
			var before = before(age, model);
			if (before != null) {
				model.addAttribute("preview", campaigns.preview(me.officeId(), before.toInstant()));
			}
		}
		return page(age, me, model);
	}

	@PostMapping("/partners/freshness/campaigns")
	@PreAuthorize(OfferChangeController.MANAGERS)
	String start(@RequestParam(required = false) String months, @RequestParam(required = false) String date,
			@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
		var age = new Age(months, date);
		var before = before(age, model);
		if (before == null) {
			return page(age, me, model);
		}
		var campaign = campaigns.start(me.officeId(), before.toInstant(), me.email());
		// Flash attributes live in the session, which holds plain values only.
		redirect.addFlashAttribute("startedPartners", campaign.partners());
		redirect.addFlashAttribute("startedOffers", campaign.offers());
		return "redirect:/partners/freshness";
	}

	private String page(Age age, StaffPrincipal me, Model model) {
		model.addAttribute("age", age);
		model.addAttribute("byCommune", catalog.freshness(me.officeId(), "commune"));
		model.addAttribute("byType", catalog.freshness(me.officeId(), "type"));
		model.addAttribute("campaigns", campaigns.history(me.officeId()));
		return "partners/offers/freshness";
	}

	/** The moment offers must have been confirmed after, or null with the reason in the model. */
	private static ZonedDateTime before(Age age, Model model) {
		if (age.date() != null && !age.date().isBlank()) {
			var date = TypedDate.parse(age.date()).orElse(null);
			if (date == null) {
				model.addAttribute("ageProblem", "partnerOffers.error.campaignDate");
				return null;
			}
			if (date.isAfter(LocalDate.now(OFFICE_TIME))) {
				model.addAttribute("ageProblem", "partnerOffers.error.futureDate");
				return null;
			}
			return date.atStartOfDay(OFFICE_TIME);
		}
		if (age.months() != null && age.months().matches("\\d{1,3}") && Integer.parseInt(age.months()) > 0) {
			return ZonedDateTime.now(OFFICE_TIME).minusMonths(Integer.parseInt(age.months()));
		}
		model.addAttribute("ageProblem", "partnerOffers.error.campaignAge");
		return null;
	}

}
