package fr.escale.partners.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup;

import fr.escale.offices.Offices;
import fr.escale.offices.StaffAccounts;
import fr.escale.partners.PartnerType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

/** A newcomer's first start: a newsletter to the accommodation partners waits as a draft, never sent. */
@SpringBootTest(properties = "escale.demo=true")
class DemoNewsletterIT {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Newsletters newsletters;

	@Test
	void staffFindADraftForTheAccommodationPartners() {
		var demo = offices.bySlug("demo").orElseThrow().id();
		var staff = accounts.loadUserByUsername(accounts.of(demo).get(0).email());
		var mvc = MockMvcTester.create(webAppContextSetup(context).apply(springSecurity()).build());

		assertThat(newsletters.list(demo)).singleElement().satisfies(draft -> {
			assertThat(draft.sent()).isFalse();
			assertThat(draft.subject()).startsWith("Ouverture de la saison 20").endsWith(" : ce qui change");
			assertThat(draft.bodyHtml()).contains("<h2>", "<li>", "<a href=\"http").doesNotContain("<script");
			assertThat(draft.segment().types()).containsExactlyInAnyOrder(PartnerType.HOTEL, PartnerType.CAMPSITE,
					PartnerType.HOLIDAY_RENTAL, PartnerType.BED_AND_BREAKFAST);
			assertThat(mvc.get().uri("/partners/newsletters").with(user(staff))).hasStatusOk().bodyText()
				.contains(draft.subject(), "Brouillon");
		});
	}

}
