package fr.escale.partners.newsletter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The unsubscribe link's own door: open to anyone, without session nor CSRF token, because mail
 * clients post to it with one click (RFC 8058) from outside any page of Escale. The secret token
 * in its path is what protects it: without it a forged request unsubscribes nobody.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class UnsubscribeSecurityConfiguration {

	@Bean
	@Order(-1)
	SecurityFilterChain unsubscribe(HttpSecurity http) throws Exception {
		return http.securityMatcher("/newsletter/unsubscribe/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.build();
	}

}
