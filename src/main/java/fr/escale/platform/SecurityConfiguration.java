package fr.escale.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors: the staff API takes HTTP Basic and keeps no session (so it needs no CSRF token: no
 * cookie can ride on it), the back office takes a login form, a session in the database and CSRF
 * tokens on every form. Offers are open data: reading them, and the photos that illustrate them,
 * needs no login.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] STAFF = { "ADMINISTRATOR", "COUNSELLOR", "PARTNER_MANAGER", "ANALYST" };

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/offers", "/api/v1/offers/**").permitAll()
				.anyRequest().hasAnyRole(STAFF))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/offers", "/offers/**", "/media/**").permitAll()
				// The feedback link mailed after a workshop carries its own secret token: no login needed.
				.requestMatchers("/workshops/feedback/**").permitAll()
				// A screen's display page is reached by its own secret address (SADI): screens have no login.
				.requestMatchers(HttpMethod.GET, "/screens/**").permitAll()
				// A visitor's carnet de séjour: its link carries an unguessable token, read on a phone without login.
				.requestMatchers(HttpMethod.GET, "/carnet/**").permitAll()
				.anyRequest().hasAnyRole(STAFF))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.build();
	}

}
