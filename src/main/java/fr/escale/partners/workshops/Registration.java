package fr.escale.partners.workshops;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One person of a partner registered for a session, or waiting for a place.
 *
 * @param position the place on the waiting list (1 first), 0 when not waiting
 * @param attended null until staff mark attendance
 * @param locale the language the person registered in, which mails about it speak
 */
public record Registration(UUID id, UUID workshopId, UUID partnerId, String partnerName, String attendeeName,
		String attendeeEmail, Status status, int position, Instant registeredAt, Boolean attended, Locale locale) {

	public enum Status {

		REGISTERED, WAITING, CANCELLED

	}

}
