package fr.escale.partners.quality;

import fr.escale.partners.PartnerPrincipal;
import fr.escale.partners.Partners;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A partner's own classification, labels and what the office did for it, in the pro space. */
@Controller
@ConditionalOnWebApplication
class ProQualityController {

	private final Partners partners;

	private final QualitySection section;

	ProQualityController(Partners partners, QualitySection section) {
		this.partners = partners;
		this.section = section;
	}

	@GetMapping("/pro/quality")
	String quality(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
		model.addAttribute("quality", section.data(partners.get(me.officeId(), me.partnerId())));
		return "partners/quality/pro";
	}

}
