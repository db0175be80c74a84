package fr.escale.partners.workshops;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import fr.escale.partners.PartnerType;

/**
 * A workshop, site visit or training session, with how many places are taken and how many wait.
 *
 * @param audience the partner types it is for; empty: every partner
 */
public record Workshop(UUID id, UUID officeId, String title, WorkshopKind kind, String topic,
		List<PartnerType> audience, String description, String place, Instant startsAt, Instant endsAt, int capacity,
		boolean published, boolean cancelled, int registered, int waiting) {

	/** French tourist offices: sessions are typed and shown on Paris time. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	public ZonedDateTime starts() {
		return startsAt.atZone(ZONE);
	}

	public ZonedDateTime ends() {
		return endsAt.atZone(ZONE);
	}

	public boolean full() {
		return registered >= capacity;
	}

	public int freePlaces() {
		return Math.max(0, capacity - registered);
	}

	public boolean isFor(PartnerType type) {
		return audience.isEmpty() || audience.contains(type);
	}

	public boolean over(Instant now) {
		return !endsAt.isAfter(now);
	}

}
