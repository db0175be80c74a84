package fr.escale.welcome.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;

import fr.escale.platform.TypedDate;
import fr.escale.welcome.Requests;
import org.springframework.validation.BindingResult;

/**
 * When a request happened, as a counsellor types it after the fact: a time of today (14:30, 14h30, 9h) or a
 * date and a time (30/11/2026 14:30, 2026-11-30T14:30); blank is now. French time, never in the future.
 */
final class TypedMoment {

	private static final Pattern MOMENT = Pattern
		.compile("(?:(\\S+?)(?:\\s+|T))?(\\d{1,2})\\s*[:hH]\\s*(\\d{2})?(?::\\d{2})?");

	private TypedMoment() {
	}

	static Instant parse(String typed, Instant now, String field, BindingResult errors) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		var matcher = MOMENT.matcher(typed.trim());
		LocalDate day = null;
		LocalTime time = null;
		if (matcher.matches()) {
			day = matcher.group(1) == null ? LocalDate.ofInstant(now, Requests.DESK_ZONE)
					: TypedDate.parse(matcher.group(1)).orElse(null);
			int hour = Integer.parseInt(matcher.group(2));
			int minute = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
			time = hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
		}
		if (day == null || time == null) {
			errors.rejectValue(field, "assistant.error.when", new Object[] { typed.trim() }, null);
			return null;
		}
		var at = day.atTime(time).atZone(Requests.DESK_ZONE).toInstant();
		if (at.isAfter(now)) {
			errors.rejectValue(field, "assistant.error.whenFuture", new Object[] { typed.trim() }, null);
			return null;
		}
		return at;
	}

}
