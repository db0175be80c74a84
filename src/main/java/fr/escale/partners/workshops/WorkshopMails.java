package fr.escale.partners.workshops;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import fr.escale.platform.mail.Mail;
import fr.escale.platform.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails a session sends its registrants, queued in the transaction of what they tell: a mail
 * leaves if and only if the registration, promotion or cancellation happened.
 */
@Component
class WorkshopMails {

	private final Outbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	WorkshopMails(Outbox outbox, MessageSource messages, @Value("${escale.public-url}") String publicUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	void registered(Workshop workshop, Registration registration) {
		if (registration.status() == Registration.Status.WAITING) {
			send(workshop, registration, "waiting", registration.position());
		}
		else {
			send(workshop, registration, "registered");
		}
	}

	void promoted(Workshop workshop, Registration registration) {
		send(workshop, registration, "promoted");
	}

	void cancelled(Workshop workshop, List<Registration> registrations) {
		registrations.forEach(registration -> send(workshop, registration, "cancelled"));
	}

	void reminder(Workshop workshop, Registration registration) {
		send(workshop, registration, "reminder");
	}

	void feedbackRequest(Workshop workshop, Registration registration, String token) {
		send(workshop, registration, "feedback", publicUrl + "/workshops/feedback/" + token);
	}

	/**
	 * Every text gets the person's name, the session's title, day, hours and place as {0} to {4},
	 * then what is particular to it, in the language the person registered in.
	 */
	private void send(Workshop workshop, Registration registration, String what, Object... more) {
		var locale = registration.locale();
		var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(workshop.starts());
		var hours = DateTimeFormatter.ofPattern("HH:mm").format(workshop.starts()) + " – "
				+ DateTimeFormatter.ofPattern("HH:mm").format(workshop.ends());
		var arguments = new Object[5 + more.length];
		arguments[0] = registration.attendeeName();
		arguments[1] = workshop.title();
		arguments[2] = day;
		arguments[3] = hours;
		arguments[4] = workshop.place();
		System.arraycopy(more, 0, arguments, 5, more.length);
		var subject = messages.getMessage("workshop.mail." + what + ".subject", arguments, locale);
		var text = messages.getMessage("workshop.mail." + what + ".text", arguments, locale);
		outbox.queue(new Mail(workshop.officeId(), registration.attendeeEmail(), subject, text, null,
				"workshop:" + workshop.id()));
	}

}
