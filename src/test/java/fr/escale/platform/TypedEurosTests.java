package fr.escale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedEurosTests {

	@Test
	void anAmountIsTypedWithACommaOrAPointSpacesAndTheSignAside() {
		assertThat(TypedEuros.cents("120")).contains(12000L);
		assertThat(TypedEuros.cents("120,5")).contains(12050L);
		assertThat(TypedEuros.cents(" 1 200.50 € ")).contains(120050L);
		assertThat(TypedEuros.cents("1\u202f200,50")).contains(120050L);
		assertThat(TypedEuros.cents("-15")).contains(-1500L);
	}

	@Test
	void aSlipIsNoAmount() {
		assertThat(TypedEuros.cents("abc")).isEmpty();
		assertThat(TypedEuros.cents("12,345")).isEmpty();
		assertThat(TypedEuros.cents("1.200,50")).isEmpty();
		assertThat(TypedEuros.cents("")).isEmpty();
		assertThat(TypedEuros.cents(null)).isEmpty();
	}

}
