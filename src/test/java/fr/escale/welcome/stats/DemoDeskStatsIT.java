package fr.escale.welcome.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.escale.offices.Offices;
import fr.escale.welcome.DeskStats;
import fr.escale.welcome.DoorCounts;
import fr.escale.welcome.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A newcomer's first start shows two years of desk statistics at the demo office, made once. */
@SpringBootTest(properties = "escale.demo=true")
class DemoDeskStatsIT {

	@Autowired
	Offices offices;

	@Autowired
	DeskStats stats;

	@Autowired
	DoorCounts doors;

	@Autowired
	DemoDeskStats demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoOfficeHasTwoYearsOfRequestsWithTheirSeasonsMadeOnce() {
		var office = offices.bySlug("demo").orElseThrow().id();
		var today = LocalDate.now(Requests.DESK_ZONE);
		var year = stats.totals(office, today.minusYears(1), today.minusDays(1));
		// About 4,000 over two years: this year's beside last year's.
		assertThat(year.requests() + year.previousRequests()).isBetween(3_500L, 4_500L);
		assertThat(year.previousRequests()).isPositive();
		assertThat(year.recommended()).isPositive();
		// The season shows: a summer month busier than a winter one.
		var summer = LocalDate.of(today.minusMonths(5).getYear(), 8, 1);
		var winter = LocalDate.of(today.minusMonths(5).getYear(), 1, 1);
		assertThat(stats.totals(office, summer, summer.withDayOfMonth(31)).requests())
			.isGreaterThan(3 * stats.totals(office, winter, winter.withDayOfMonth(31)).requests());
		assertThat(stats.breakdown(office, today.minusYears(1), today, DeskStats.Dimension.COUNTRY))
			.extracting(DeskStats.Line::key).contains("FR-37", "DE", "GB");
		assertThat(doors.summary(office, today.minusYears(1), today, DeskStats.Grouping.MONTH).totals().entries())
			.isGreaterThan(year.requests());

		var before = jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ?").param(office).query(Long.class).single();
		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("SELECT count(*) FROM welcome.request WHERE office_id = ?").param(office).query(Long.class)
			.single()).isEqualTo(before);
	}

}
