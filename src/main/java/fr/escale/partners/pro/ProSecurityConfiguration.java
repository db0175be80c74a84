package fr.escale.partners.pro;

import fr.escale.partners.PartnerPrincipal;
import fr.escale.partners.PartnerUsers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The pro space's own door, before the staff's: its own login page, its own accounts (partner
 * users, never staff) and its own place in the session, so that being logged into one space opens
 * nothing in the other. Forms carry CSRF tokens as everywhere.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ProSecurityConfiguration {

	static final String SESSION_KEY = "ESCALE_PRO_SECURITY_CONTEXT";

	@Bean
	@Order(0)
	SecurityFilterChain pro(HttpSecurity http, PartnerUsers users, PasswordEncoder passwords) throws Exception {
		var provider = new DaoAuthenticationProvider(users::loadUserByUsername);
		provider.setPasswordEncoder(passwords);
		var contexts = new HttpSessionSecurityContextRepository();
		contexts.setSpringSecurityContextKey(SESSION_KEY);
		return http.securityMatcher("/pro", "/pro/**")
			.authenticationManager(new ProviderManager(provider))
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/pro/login", "/pro/invitation/**").permitAll()
				.anyRequest().hasRole(PartnerPrincipal.ROLE))
			.formLogin(form -> form.loginPage("/pro/login")
				.securityContextRepository(contexts)
				.defaultSuccessUrl("/pro", true)
				.failureUrl("/pro/login?error")
				.successHandler((request, response, authentication) -> {
					if (authentication.getPrincipal() instanceof PartnerPrincipal partner) {
						users.loggedIn(partner.id());
					}
					response.sendRedirect(request.getContextPath() + "/pro");
				})
				.permitAll())
			.logout(logout -> logout.logoutUrl("/pro/logout").logoutSuccessUrl("/pro/login?logout"))
			.requestCache(cache -> cache.disable())
			.addFilterAfter(new DisabledLogins(users, contexts), AnonymousAuthenticationFilter.class)
			.build();
	}

}
