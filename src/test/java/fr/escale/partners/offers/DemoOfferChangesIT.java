package fr.escale.partners.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup;

import fr.escale.offices.Offices;
import fr.escale.offices.StaffAccounts;
import fr.escale.offices.StaffPrincipal;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import fr.escale.partners.offers.OfferChange.Status;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;

/** A newcomer's first start: a change of the demo partner waits for validation, and the history has decided ones. */
@SpringBootTest(properties = "escale.demo=true")
class DemoOfferChangesIT {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	Partners partners;

	@Autowired
	PartnerUsers users;

	@Autowired
	PartnerOffers offers;

	@Test
	void staffFindTheDemoPartnersChangeToValidateAndDecidedOnesInTheHistory() {
		var demo = offices.bySlug("demo").orElseThrow().id();
		var staff = accounts.loadUserByUsername(accounts.of(demo).get(0).email());
		// Built on the shared context rather than with @AutoConfigureMockMvc, which would start another one.
		var mvc = MockMvcTester.create(webAppContextSetup(context).apply(springSecurity()).build());
		var partner = partners.get(demo, users.loadUserByUsername("pro@escale.local").partnerId());

		var pending = offers.list(demo, Status.PENDING);
		assertThat(pending).singleElement().satisfies(change -> assertThat(change.partnerId()).isEqualTo(partner.id()));
		var change = pending.get(0);
		assertThat(shown(mvc, "/partners/changes", staff)).contains(change.offerName(), partner.name(), "pro@escale.local");
		assertThat(shown(mvc, "/partners/changes/" + change.id(), staff)).contains("welcomes you in");

		assertThat(offers.list(demo, null)).extracting(OfferChange::status)
			.containsExactlyInAnyOrder(Status.PENDING, Status.ACCEPTED, Status.REJECTED);
		var rejected = offers.list(demo, Status.REJECTED).get(0);
		assertThat(shown(mvc, "/partners/changes/" + rejected.id(), staff)).contains("charte éditoriale", "meilleure adresse");
		var accepted = offers.list(demo, Status.ACCEPTED).get(0);
		assertThat(shown(mvc, "/partners/changes?status=all", staff)).contains(accepted.offerName(), rejected.offerName());
		// The accepted change is in the catalogue: its opening hours are the offer's.
		assertThat(offers.own(demo, accepted.partnerId(), accepted.offerId()).offer().openingPeriods())
			.isEqualTo(accepted.after().openingPeriods());
	}

	/** The page's text as the member of staff reads it. */
	private static String shown(MockMvcTester mvc, String uri, StaffPrincipal staff) {
		var result = mvc.get().uri(uri).with(user(staff)).exchange();
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString()).text();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
