package fr.escale.platform.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * Where one queued mail stands, to show each recipient's status (e.g. on a newsletter's page).
 *
 * @param attempts how many times Escale tried to hand it to the SMTP server
 * @param lastError why the last attempt failed, null once sent
 * @param sentAt when the SMTP server accepted it, null until then
 */
public record Delivery(UUID mailId, String recipient, Status status, int attempts, String lastError,
		Instant queuedAt, Instant sentAt) {

	public enum Status {

		/** Waiting for its first attempt or for a retry: it goes as soon as the SMTP server takes it. */
		QUEUED,

		/** Accepted by the SMTP server. */
		SENT,

		/** Refused for good (the server rejected this address) or given up after too many attempts. */
		FAILED

	}

}
