package fr.escale.partners;

import java.util.Locale;
import java.util.UUID;

import fr.escale.platform.mail.Mail;
import fr.escale.platform.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites a partner's people into the pro space by e-mail. The mail is queued in the same
 * transaction as the login: both exist, or neither.
 */
@Service
public class Invitations {

	private final PartnerUsers users;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	Invitations(PartnerUsers users, Outbox outbox, MessageSource messages,
			@Value("${escale.public-url}") String publicUrl) {
		this.users = users;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Transactional
	public PartnerUsers.Invitation invite(Partner partner, String email, String displayName, String invitedBy,
			Locale locale) {
		var invitation = users.invite(partner.officeId(), partner.id(), email, displayName, invitedBy);
		send(partner, invitation, locale);
		return invitation;
	}

	@Transactional
	public PartnerUsers.Invitation reinvite(Partner partner, UUID userId, Locale locale) {
		var invitation = users.reinvite(partner.officeId(), userId).orElseThrow(() -> new PartnerNotFoundException(userId));
		send(partner, invitation, locale);
		return invitation;
	}

	private void send(Partner partner, PartnerUsers.Invitation invitation, Locale locale) {
		var link = publicUrl + "/pro/invitation/" + invitation.token();
		var subject = messages.getMessage("mail.invitation.subject", new Object[] { partner.name() }, locale);
		var text = messages.getMessage("mail.invitation.text",
				new Object[] { invitation.displayName(), partner.name(), link, PartnerUsers.INVITATION_VALIDITY.toDays() },
				locale);
		outbox.queue(new Mail(partner.officeId(), invitation.email(), subject, text, null, "invitation"));
	}

}
