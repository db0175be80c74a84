package fr.escale.partners.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.escale.offices.Offices;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A newcomer's first start shows a quality plan: classified capacity, labels, a budget being spent. */
@SpringBootTest(properties = "escale.demo=true")
class DemoQualityIT {

	@Autowired
	Offices offices;

	@Autowired
	Partners partners;

	@Autowired
	PartnerUsers users;

	@Autowired
	QualityPlan plan;

	@Autowired
	SupportActions actions;

	@Autowired
	QualitySection section;

	@Test
	void theDemoShowsAQualityPlanOnBothSides() {
		var demo = offices.bySlug("demo").orElseThrow().id();
		var today = QualitySection.today();
		// The staff dashboard: classified capacity by commune, awards expiring, labels held, the budget.
		var shares = plan.classifiedCapacity(demo, today);
		assertThat(shares).isNotEmpty().allSatisfy(share -> assertThat(share.capacity()).isPositive());
		assertThat(shares).anySatisfy(share -> assertThat(share.classifiedCapacity()).isPositive());
		assertThat(plan.expiring(demo, today, today.plus(Award.WARNING))).isNotEmpty()
			.allSatisfy(expiring -> assertThat(expiring.award().remindedAt()).isNotNull());
		assertThat(plan.labelCounts(demo, today)).filteredOn(count -> count.held() > 0).hasSizeGreaterThanOrEqualTo(3);
		var budget = actions.budget(demo, today.getYear());
		assertThat(budget.amountCents()).isEqualTo(500_000L);
		assertThat(budget.spentCents()).isPositive();
		assertThat(actions.ofYear(demo, today.getYear())).hasSize(3)
			.allSatisfy(action -> assertThat(action.doneOn()).isBetween(LocalDate.of(today.getYear(), 1, 1), today));
		// The demo login's /pro/quality: a label of its own and what the office did for it.
		var me = users.loadUserByUsername("pro@escale.local");
		var quality = section.data(partners.get(demo, me.partnerId()));
		assertThat(quality.awards()).anySatisfy(award -> {
			assertThat(award.kind()).isEqualTo(Award.Kind.LABEL);
			assertThat(award.validOn(today)).isTrue();
		});
		assertThat(quality.actions()).isNotEmpty();
		// Nothing due: the reminders job mails no demo business on its first run.
		assertThat(plan.dueForReminder(demo, today)).isEmpty();
	}

}
