package fr.escale.partners.membership;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.partners.PartnerPrincipal;
import fr.escale.partners.Partners;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partner's own membership in the pro space: its years, what its tier gives, its receipts. */
@Controller
@ConditionalOnWebApplication
class ProMembershipController {

	private final Memberships memberships;

	private final Tiers tiers;

	private final Partners partners;

	private final Receipts receipts;

	ProMembershipController(Memberships memberships, Tiers tiers, Partners partners, Receipts receipts) {
		this.memberships = memberships;
		this.tiers = tiers;
		this.partners = partners;
		this.receipts = receipts;
	}

	/** A year of the partner's membership, with what its tier gives and the receipts of its payments. */
	record YearView(Membership membership, Tier tier, List<Payment> payments) {
	}

	@GetMapping("/pro/membership")
	String membership(@AuthenticationPrincipal PartnerPrincipal me, Model model) {
		model.addAttribute("partner", partners.get(me.officeId(), me.partnerId()));
		model.addAttribute("year", Memberships.currentYear());
		model.addAttribute("years", memberships.ofPartner(me.officeId(), me.partnerId())
			.stream()
			.map(membership -> new YearView(membership, tiers.find(me.officeId(), membership.tierId()).orElseThrow(),
					memberships.payments(me.officeId(), membership.id())))
			.toList());
		return "partners/membership/pro";
	}

	/** «Yes, we renew»: the partner answers the office's invitation. */
	@PostMapping("/pro/membership/{id}/accept")
	String accept(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal me, RedirectAttributes redirect) {
		var membership = memberships.find(me.officeId(), id)
			.filter(found -> found.partnerId().equals(me.partnerId()))
			.orElseThrow(() -> new MembershipNotFoundException(id));
		if (memberships.accept(me.officeId(), me.partnerId(), id)) {
			redirect.addFlashAttribute("accepted", membership.year());
		}
		return "redirect:/pro/membership";
	}

	@GetMapping("/pro/membership/receipts/{paymentId}.pdf")
	ResponseEntity<byte[]> receipt(@PathVariable UUID paymentId, @AuthenticationPrincipal PartnerPrincipal me,
			Locale locale) {
		return MembershipController.pdf(receipts.of(me.officeId(), me.partnerId(), paymentId, locale));
	}

}
