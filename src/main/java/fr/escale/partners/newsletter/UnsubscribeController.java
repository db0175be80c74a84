package fr.escale.partners.newsletter;

import fr.escale.partners.Partners;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of every newsletter. Following it only asks (mail scanners follow links);
 * the confirm button, or a mail client's one-click unsubscribe (RFC 8058), posts to the same
 * address and stops the newsletter for the partner.
 */
@Controller
@ConditionalOnWebApplication
class UnsubscribeController {

	private final Partners partners;

	UnsubscribeController(Partners partners) {
		this.partners = partners;
	}

	@GetMapping("/newsletter/unsubscribe/{token}")
	String ask(@PathVariable String token, Model model) {
		model.addAttribute("token", token);
		return "partners/newsletter/unsubscribe";
	}

	@PostMapping("/newsletter/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		var partner = partners.unsubscribe(token);
		if (partner.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("token", token);
		model.addAttribute("done", partner.isPresent());
		model.addAttribute("partner", partner.orElse(null));
		return "partners/newsletter/unsubscribe";
	}

}
