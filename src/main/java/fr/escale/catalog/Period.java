package fr.escale.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A span of dates, optionally restricted to some hours and weekdays. Used both for opening
 * hours of a place and for the dates an event takes place.
 *
 * @param weekdays the days it applies on; empty means every day
 */
public record Period(LocalDate startDate, LocalDate endDate, LocalTime opens, LocalTime closes,
		Set<DayOfWeek> weekdays, LocalizedText note) {

	public Period {
		EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (weekdays != null) {
			days.addAll(weekdays);
		}
		weekdays = Collections.unmodifiableSet(days);
		note = note == null ? LocalizedText.empty() : note;
	}

}
