package fr.escale.partners.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.Comparator;
import java.util.Set;
import java.util.UUID;

import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.partners.PartnerUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/** A newcomer's first start shows a year of memberships under way, and the demo partner's receipt. */
@SpringBootTest(properties = "escale.demo=true")
class DemoMembershipsIT {

	@Autowired
	WebApplicationContext context;

	@Autowired
	Offices offices;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	PartnerUsers users;

	@Autowired
	Memberships memberships;

	@Autowired
	Tiers tiers;

	@Test
	void theDemoOfficeHasMembersAndTheDemoPartnerItsReceipt() {
		var mvc = MockMvcTester.from(context, builder -> builder.apply(springSecurity()).build());
		var demo = offices.bySlug("demo").orElseThrow().id();
		int year = Memberships.currentYear();
		assertThat(tiers.active(demo)).extracting(Tier::name)
			.containsExactlyInAnyOrder("Hébergement", "Petit hébergement", "Restaurants et activités");

		var summary = memberships.summary(demo, year);
		assertThat(summary.count(MembershipStatus.PAID)).isGreaterThan(summary.unpaid());
		assertThat(summary.count(MembershipStatus.PENDING)).isPositive();
		assertThat(summary.count(MembershipStatus.INVITED)).isPositive();
		assertThat(summary.paidCents()).isPositive();
		assertThat(summary.outstandingCents()).isPositive();
		assertThat(memberships.summary(demo, year - 1).count(MembershipStatus.PAID)).isGreaterThan(summary.unpaid());
		var email = "analyst-" + UUID.randomUUID() + "@demo.test";
		accounts.create(demo, email, "Analyste", "analyst-secret-4242", Set.of(Role.ANALYST));
		assertThat(mvc.get().uri("/partners/memberships").with(user(accounts.loadUserByUsername(email))))
			.hasStatusOk().bodyText()
			.contains("class=\"membership-count\">" + summary.count(MembershipStatus.PAID) + "<", "Restaurants et activités",
					HtmlUtils.htmlEscape(memberships.ofYear(demo, year, MembershipStatus.PAID).get(0).partnerName()));

		// Receipt numbers follow the payments' dates, year by year.
		var paid = memberships.ofYear(demo, year, MembershipStatus.PAID).stream()
			.flatMap(membership -> memberships.payments(demo, membership.id()).stream())
			.sorted(Comparator.comparing(Payment::receiptNumber))
			.toList();
		assertThat(paid).isSortedAccordingTo(Comparator.comparing(Payment::paidOn));

		var pro = users.loadUserByUsername("pro@escale.local");
		var own = memberships.of(demo, pro.partnerId(), year).orElseThrow();
		assertThat(own.status()).isEqualTo(MembershipStatus.PAID);
		var payments = memberships.payments(demo, own.id());
		assertThat(payments).singleElement().satisfies(payment -> {
			assertThat(payment.amountCents()).isEqualTo(own.feeCents());
			assertThat(payment.receiptNumber()).startsWith(year + "-");
		});
		assertThat(mvc.get().uri("/pro/membership").with(user(pro))).hasStatusOk().bodyText()
			.contains(own.tierName(), payments.get(0).receiptNumber());
		assertThat(mvc.get().uri("/pro/membership/receipts/" + payments.get(0).id() + ".pdf").with(user(pro)))
			.hasStatusOk().hasContentType("application/pdf");
	}

}
