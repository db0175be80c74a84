package fr.escale.platform.mail;

import java.util.UUID;

// TEMPORARY stand-in until the outbox branch is merged.
public record Mail(UUID officeId, String recipient, String subject, String text, String html, String topic) {
}
