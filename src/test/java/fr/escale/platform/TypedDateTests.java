package fr.escale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TypedDateTests {

	@Test
	void aDateIsTypedTheFrenchWayOrAsTheDateFieldSendsIt() {
		assertThat(TypedDate.parse(" 31/03/2026 ")).contains(LocalDate.of(2026, 3, 31));
		assertThat(TypedDate.parse("1/4/2026")).contains(LocalDate.of(2026, 4, 1));
		assertThat(TypedDate.parse("2026-03-31")).contains(LocalDate.of(2026, 3, 31));
	}

	@Test
	void aSlipIsNoDate() {
		assertThat(TypedDate.parse("31/02/2026")).as("no 31 February, not the 28th").isEmpty();
		assertThat(TypedDate.parse("mardi")).isEmpty();
		assertThat(TypedDate.parse("2026-13-01")).isEmpty();
		assertThat(TypedDate.parse(" ")).isEmpty();
		assertThat(TypedDate.parse(null)).isEmpty();
	}

}
