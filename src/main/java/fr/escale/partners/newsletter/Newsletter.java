package fr.escale.partners.newsletter;

import java.time.Instant;
import java.util.UUID;

/** A letter from the office to its partners: a draft until it is sent, once. */
public record Newsletter(UUID id, UUID officeId, String subject, String bodyHtml, Segment segment, boolean sent,
		String createdBy, Instant createdAt, Instant updatedAt, String sentBy, Instant sentAt) {

	/** The topic of its mails in the outbox, to follow their delivery. */
	public String topic() {
		return "newsletter:" + id;
	}

}
