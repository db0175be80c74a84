package fr.escale.catalog;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An offer as the office holds it: its content, who holds it since when, and when its content was
 * last said to be right.
 *
 * @param confirmedAt when the source (an import), staff or the partner last confirmed the content
 * @param confirmedBy who confirmed it last; the office's business, never shown in the public API
 */
public record StoredOffer(UUID id, UUID officeId, Offer offer, Instant createdAt, Instant updatedAt,
		Instant confirmedAt, @JsonIgnore String confirmedBy) {

	/** An offer whose content was confirmed when last written. */
	public StoredOffer(UUID id, UUID officeId, Offer offer, Instant createdAt, Instant updatedAt) {
		this(id, officeId, offer, createdAt, updatedAt, updatedAt, null);
	}

}
