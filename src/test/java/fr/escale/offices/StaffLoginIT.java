package fr.escale.offices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class StaffLoginIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Offices offices;

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
	void formsWithoutCsrfTokenAreRefused() {
		assertThat(mvc.post().uri("/logout")).hasStatus(403);
		assertThat(mvc.post().uri("/logout").with(csrf())).hasStatus3xxRedirection();
	}

}
