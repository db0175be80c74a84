package fr.escale.partners.quality;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.escale.offices.Offices;
import fr.escale.offices.Role;
import fr.escale.offices.StaffAccounts;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import fr.escale.platform.mail.Mail;
import fr.escale.platform.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells partners, six months and again one month before, that a classification or label of theirs
 * expires, and sends the office's partner managers a digest of them. Each reminder goes once: the
 * mails are queued in the transaction that notes it was sent.
 */
@Component
public class QualityReminders {

	/** Mails go in French: the offices and their partners are French. */
	private static final Locale LOCALE = Locale.FRENCH;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);

	private final Offices offices;

	private final StaffAccounts staff;

	private final PartnerUsers users;

	private final Partners partners;

	private final QualityPlan plan;

	private final QualitySection section;

	private final Outbox outbox;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final String publicUrl;

	QualityReminders(Offices offices, StaffAccounts staff, PartnerUsers users, Partners partners, QualityPlan plan,
			QualitySection section, Outbox outbox, MessageSource messages, TransactionTemplate transactions,
			@Value("${escale.public-url}") String publicUrl) {
		this.offices = offices;
		this.staff = staff;
		this.users = users;
		this.partners = partners;
		this.plan = plan;
		this.section = section;
		this.outbox = outbox;
		this.messages = messages;
		this.transactions = transactions;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Scheduled(cron = "0 0 7 * * *", zone = "Europe/Paris")
	void daily() {
		run(QualitySection.today());
	}

	/** Sends the reminders due on that day in every office; returns how many awards were reminded. */
	public int run(LocalDate today) {
		int reminded = 0;
		for (var office : offices.all()) {
			reminded += transactions.execute(status -> remind(office.id(), today));
		}
		return reminded;
	}

	private int remind(UUID officeId, LocalDate today) {
		var due = plan.dueForReminder(officeId, today);
		if (due.isEmpty()) {
			return 0;
		}
		var offerNames = section.offerNames(officeId, due.stream().map(QualityPlan.Expiring::award).toList());
		var byPartner = new LinkedHashMap<UUID, List<QualityPlan.Expiring>>();
		due.forEach(expiring -> byPartner.computeIfAbsent(expiring.award().partnerId(), id -> new ArrayList<>()).add(expiring));
		var mails = new ArrayList<Mail>();
		var digest = new StringBuilder();
		for (Map.Entry<UUID, List<QualityPlan.Expiring>> partner : byPartner.entrySet()) {
			var recipients = partners.find(officeId, partner.getKey()).map(users::mailTo).orElse(List.of());
			var lines = new StringBuilder();
			for (var expiring : partner.getValue()) {
				var what = what(expiring.award(), offerNames);
				var expiry = DATE.format(expiring.award().expiresOn());
				lines.append(message("quality.mail.line", what, expiry)).append('\n');
				digest.append(message(recipients.isEmpty() ? "quality.mail.digest.lineUnreachable" : "quality.mail.digest.line",
						expiring.partnerName(), what, expiry)).append('\n');
			}
			var name = partner.getValue().get(0).partnerName();
			for (var recipient : recipients) {
				mails.add(new Mail(officeId, recipient, message("quality.mail.partner.subject", name),
						message("quality.mail.partner.text", name, lines, publicUrl + "/pro/quality"), null,
						"quality-reminder"));
			}
		}
		for (var member : staff.of(officeId)) {
			if (member.enabled() && (member.roles().contains(Role.ADMINISTRATOR) || member.roles().contains(Role.PARTNER_MANAGER))) {
				mails.add(new Mail(officeId, member.email(), message("quality.mail.digest.subject", due.size()),
						message("quality.mail.digest.text", member.displayName(), digest, publicUrl + "/partners/quality"),
						null, "quality-digest"));
			}
		}
		outbox.queueAll(mails);
		plan.reminded(due.stream().map(expiring -> expiring.award().id()).toList(), today);
		return due.size();
	}

	private String what(Award award, Map<UUID, String> offerNames) {
		var what = award.classification() ? message("quality.mail.classification", award.stars()) : award.labelName();
		var offer = award.offerId() == null ? null : offerNames.get(award.offerId());
		return offer == null ? what : message("quality.mail.forOffer", what, offer);
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LOCALE);
	}

}
