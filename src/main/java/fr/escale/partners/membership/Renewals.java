package fr.escale.partners.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import fr.escale.platform.mail.Mail;
import fr.escale.platform.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal campaign: last year's members are invited to renew at their tier, each by e-mail.
 * Memberships and mails are written together; a member already invited for the year is left
 * alone, so running the campaign twice asks nobody twice.
 */
@Service
class Renewals {

	private final Memberships memberships;

	private final Tiers tiers;

	private final Partners partners;

	private final PartnerUsers users;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	Renewals(Memberships memberships, Tiers tiers, Partners partners, PartnerUsers users, Outbox outbox,
			MessageSource messages, @Value("${escale.public-url}") String publicUrl) {
		this.memberships = memberships;
		this.tiers = tiers;
		this.partners = partners;
		this.users = users;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/**
	 * What a campaign did.
	 *
	 * @param withoutEmail invited partners the office has no e-mail address for: staff call them
	 */
	record Result(int invited, int mails, List<String> withoutEmail) {
	}

	@Transactional
	Result run(UUID officeId, int year, Locale locale) {
		var mails = new ArrayList<Mail>();
		var withoutEmail = new ArrayList<String>();
		int invited = 0;
		for (var last : memberships.toRenew(officeId, year)) {
			var partner = partners.get(officeId, last.partnerId());
			// A tier retired since last year gives way to the tier a partner of its type gets today.
			var tier = tiers.find(officeId, last.tierId())
				.filter(Tier::active)
				.or(() -> tiers.defaultFor(officeId, partner.type(), partner.details().capacity()))
				.or(() -> tiers.find(officeId, last.tierId()))
				.orElseThrow();
			var created = memberships.create(officeId, partner.id(), year, tier);
			if (created.isEmpty()) {
				continue;
			}
			invited++;
			var recipients = users.mailTo(partner);
			if (recipients.isEmpty()) {
				withoutEmail.add(partner.name());
			}
			var membership = created.get();
			var subject = messages.getMessage("membership.mail.renewal.subject", new Object[] { year, partner.name() },
					locale);
			var text = messages.getMessage("membership.mail.renewal.text",
					new Object[] { partner.name(), year, tier.name(),
							Euros.format(membership.feeCents(), locale), publicUrl + "/pro/membership" },
					locale);
			for (var recipient : recipients) {
				mails.add(new Mail(officeId, recipient, subject, text, null, "membership-renewal:" + year));
			}
		}
		if (!mails.isEmpty()) {
			outbox.queueAll(mails);
		}
		return new Result(invited, mails.size(), List.copyOf(withoutEmail));
	}

}
