package fr.escale.platform.mail;

import java.util.Map;
import java.util.UUID;

/**
 * An e-mail to send: a plain text body always, an HTML one when there is one.
 *
 * @param officeId the office on whose behalf it goes, null for the platform's own mail
 * @param topic what it is about ("invitation", "newsletter:&lt;id&gt;"...), to follow a sending
 * @param headers extra headers, e.g. {@code List-Unsubscribe}, {@code Reply-To}; and
 *        {@link #SENDER_NAME}
 */
public record Mail(UUID officeId, String recipient, String subject, String text, String html, String topic,
		Map<String, String> headers) {

	/**
	 * Not a header: the name the mail shows as its sender (e.g. the office's), in front of the
	 * address of {@code escale.mail.from}, e.g. {@code Map.of(Mail.SENDER_NAME, "Office de tourisme d'Amboise")}.
	 */
	public static final String SENDER_NAME = "Sender-Name";

	public Mail {
		headers = Map.copyOf(headers);
	}

	public Mail(UUID officeId, String recipient, String subject, String text, String html, String topic) {
		this(officeId, recipient, subject, text, html, topic, Map.of());
	}

}
