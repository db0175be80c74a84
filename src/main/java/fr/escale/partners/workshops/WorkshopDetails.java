package fr.escale.partners.workshops;

import java.time.Instant;
import java.util.List;

import fr.escale.partners.PartnerType;

/** What staff write of a session; the form checks it before it comes here. */
public record WorkshopDetails(String title, WorkshopKind kind, String topic, List<PartnerType> audience,
		String description, String place, Instant startsAt, Instant endsAt, int capacity, boolean published) {
}
