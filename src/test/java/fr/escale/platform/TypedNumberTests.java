package fr.escale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedNumberTests {

	@Test
	void aWholeNumberIsTypedWithOrWithoutTheFrenchThousandsSeparator() {
		assertThat(TypedNumber.whole("150", 0, 1_000_000)).contains(150);
		assertThat(TypedNumber.whole(" 7 ", 1, 500)).contains(7);
		assertThat(TypedNumber.whole("1 200", 0, 1_000_000)).contains(1200);
		assertThat(TypedNumber.whole("1\u00a0200\u202f000", 0, 2_000_000)).contains(1_200_000);
		assertThat(TypedNumber.whole("-3", -10, 10)).contains(-3);
	}

	@Test
	void aSlipOrANumberOutOfItsRangeIsNoNumber() {
		assertThat(TypedNumber.whole("0", 1, 500)).isEmpty();
		assertThat(TypedNumber.whole("501", 1, 500)).isEmpty();
		assertThat(TypedNumber.whole("-3", 0, 10)).isEmpty();
		assertThat(TypedNumber.whole("1 50", 0, 1_000)).isEmpty();
		assertThat(TypedNumber.whole("12,5", 0, 100)).isEmpty();
		assertThat(TypedNumber.whole("deux", 0, 100)).isEmpty();
		assertThat(TypedNumber.whole("99999999999", 0, Integer.MAX_VALUE)).isEmpty();
		assertThat(TypedNumber.whole("", 0, 100)).isEmpty();
		assertThat(TypedNumber.whole(null, 0, 100)).isEmpty();
	}

}
