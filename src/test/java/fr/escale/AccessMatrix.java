package fr.escale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the authorisation matrices share: the endpoints Escale serves, what an answer means to its user, and
 * real logins (form login, SESSION cookie) as a browser holds them.
 */
public final class AccessMatrix {

	private AccessMatrix() {
	}

	/** What an answer means to its user. */
	public enum Outcome {

		SERVED, TO_STAFF_LOGIN, TO_PRO_LOGIN, FORBIDDEN, NOT_FOUND, BAD_REQUEST, FAILED;

		public static Outcome of(int status, String redirect) {
			if (redirect != null && redirect.endsWith("/pro/login")) {
				return TO_PRO_LOGIN;
			}
			if (redirect != null && redirect.endsWith("/login")) {
				return TO_STAFF_LOGIN;
			}
			return switch (status) {
				case 403 -> FORBIDDEN;
				case 404 -> NOT_FOUND;
				case 400 -> BAD_REQUEST;
				// A server error is never an answer a row may expect.
				default -> status < 400 ? SERVED : status < 500 ? BAD_REQUEST : FAILED;
			};
		}

		public static Outcome of(MockHttpServletResponse response) {
			return of(response.getStatus(), response.getRedirectedUrl());
		}

	}

	/** Every « VERB /pattern » served whose pattern is kept; a mapping without a verb answers GET and POST. */
	public static SortedSet<String> served(RequestMappingHandlerMapping mappings, Predicate<String> kept) {
		var served = new TreeSet<String>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
			.filter(kept)
			.forEach(pattern -> methods(info.getMethodsCondition().getMethods())
				.forEach(verb -> served.add(verb + " " + pattern))));
		return served;
	}

	public static Stream<String> methods(Set<RequestMethod> methods) {
		return methods.isEmpty() ? Stream.of("GET", "POST") : methods.stream().map(Enum::name);
	}

	/** A member of staff of the office with this one role, logged in. */
	public static Cookie staff(MockMvcTester mvc, StaffAccounts accounts, UUID office, String email, Role role) {
		if (!accounts.exists(email)) {
			accounts.create(office, email, email, "staff-secret-4242", Set.of(role));
		}
		return staffSession(mvc, email, "staff-secret-4242");
	}

	/** The session cookie of a staff login through the login form. */
	public static Cookie staffSession(MockMvcTester mvc, String email, String password) {
		var login = mvc.post().uri("/login").with(csrf()).param("username", email).param("password", password).exchange();
		assertThat(login).hasStatus3xxRedirection();
		assertThat(login.getResponse().getRedirectedUrl()).as("login of " + email).doesNotContain("error");
		return login.getResponse().getCookie("SESSION");
	}

}
