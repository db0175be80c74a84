package fr.escale.offices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@SpringBootTest
@AutoConfigureMockMvc
class StaffLoginIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Test
	void firstStartCreatesTheDemoOfficeAndItsAdministrator() {
		assertThat(offices.bySlug("demo")).isPresent();
		assertThat(mvc.perform(formLogin("/login").user("admin@escale.test").password("admin-secret-42")))
			.hasRedirectedUrl("/");
	}

	@Test
	void aWrongPasswordIsRefused() {
		assertThat(mvc.perform(formLogin("/login").user("admin@escale.test").password("wrong")))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void theBackOfficeAsksForALogin() {
		assertThat(mvc.get().uri("/imports")).hasStatus3xxRedirection();
	}

	@Test
	void theLoginPageSpeaksFrenchFirstAndEnglishOnRequest() {
		assertThat(mvc.get().uri("/login")).bodyText().contains("Connexion", "Mot de passe");
		assertThat(mvc.get().uri("/login?ui=en")).bodyText().contains("Log in", "Password");
	}

	@Test
	void anAdministratorAddsACounsellorWhoCanThenLogIn() {
		var admin = mvc.post().uri("/staff").with(csrf())
			.with(user(accounts.loadUserByUsername("admin@escale.test")));
		assertThat(admin.param("displayName", "Camille Martin")
			.param("email", "camille@escale.test")
			.param("role", "COUNSELLOR")
			.param("password", "une-phrase-de-passe")).hasRedirectedUrl("/staff");
		assertThat(mvc.perform(formLogin("/login").user("camille@escale.test").password("une-phrase-de-passe")))
			.hasRedirectedUrl("/");
		var camille = accounts.loadUserByUsername("camille@escale.test");
		assertThat(camille.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COUNSELLOR");
		assertThat(mvc.get().uri("/staff").with(user(camille))).hasStatus(403);
	}

	@Test
	void badStaffFormsAreAnsweredInTheUsersLanguage() {
		var admin = accounts.loadUserByUsername("admin@escale.test");
		assertThat(mvc.post().uri("/staff").with(csrf())
			.with(user(admin))
			.param("displayName", "Doublon")
			.param("email", "admin@escale.test")
			.param("role", "ANALYST")
			.param("password", "court")).hasStatusOk()
			.bodyText()
			.contains("Cette adresse e-mail a déjà un compte.", "Entre 12 et 200 caractères.");
		assertThat(mvc.post().uri("/staff?ui=en").with(csrf())
			.with(user(admin))
			.param("displayName", "")
			.param("email", "not-an-address")
			.param("role", "ANALYST")
			.param("password", "long-enough-password")).hasStatusOk()
			.bodyText()
			.contains("This field is required.", "This is not a valid e-mail address.");
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() {
		assertThat(mvc.post().uri("/logout")).hasStatus(403);
		assertThat(mvc.post().uri("/logout").with(csrf())).hasStatus3xxRedirection();
	}

}
