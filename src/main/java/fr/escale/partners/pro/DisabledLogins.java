package fr.escale.partners.pro;

import java.io.IOException;

import fr.escale.partners.PartnerPrincipal;
import fr.escale.partners.PartnerUsers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a login that staff turned off (the person left the business): its next
 * request in the pro space finds it logged out, whichever node serves it.
 */
class DisabledLogins extends OncePerRequestFilter {

	private final PartnerUsers users;

	private final SecurityContextRepository contexts;

	DisabledLogins(PartnerUsers users, SecurityContextRepository contexts) {
		this.users = users;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var partner = PartnerPrincipal.current();
		if (partner.isPresent() && !users.isEnabled(partner.get().id())) {
			SecurityContextHolder.clearContext();
			var empty = SecurityContextHolder.createEmptyContext();
			contexts.saveContext(empty, request, response);
			SecurityContextHolder.setContext(empty);
		}
		chain.doFilter(request, response);
	}

}
