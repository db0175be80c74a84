package fr.escale.catalog.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A period in which an offer is open or an event takes place, on the given weekdays only (empty =
 * every day).
 */
public record DateSpan(LocalDate start, LocalDate end, Set<DayOfWeek> weekdays) {

	public DateSpan {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A period cannot end (" + end + ") before it starts (" + start + ")");
		}
		weekdays = weekdays == null ? Set.of() : Set.copyOf(weekdays);
	}

	public static DateSpan day(LocalDate day) {
		return new DateSpan(day, day, Set.of());
	}

	boolean isOn(DayOfWeek day) {
		return this.weekdays.isEmpty() || this.weekdays.contains(day);
	}

}
