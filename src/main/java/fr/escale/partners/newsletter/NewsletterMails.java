package fr.escale.partners.newsletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.escale.offices.Office;
import fr.escale.offices.Offices;
import fr.escale.platform.mail.Mail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A newsletter as each partner receives it: the office's name, the letter, and a footer with the
 * partner's own unsubscribe link, in HTML and in plain text, with the headers that let mail
 * clients offer a one-click unsubscribe.
 */
@Component
class NewsletterMails {

	/** Stands for the unsubscribe link while the letter is written once for every recipient. */
	private static final String LINK = "https://unsubscribe.invalid/escale";

	private static final Pattern AT_LINK = Pattern.compile(Pattern.quote(LINK));

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Offices offices;

	private final String publicUrl;

	NewsletterMails(ITemplateEngine templates, MessageSource messages, Offices offices,
			@Value("${escale.public-url}") String publicUrl) {
		this.templates = templates;
		this.messages = messages;
		this.offices = offices;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** One mail per recipient, the letter written once: ten thousand are composed in a blink. */
	List<Mail> compose(Newsletter newsletter, List<Recipient> recipients, Locale locale) {
		var office = officeName(newsletter.officeId());
		var html = AT_LINK.split(html(newsletter, office, LINK, locale), -1);
		var text = AT_LINK.split(text(newsletter, office, LINK, locale), -1);
		var mails = new ArrayList<Mail>(recipients.size());
		for (var recipient : recipients) {
			var link = unsubscribeUrl(recipient.unsubscribeToken());
			mails.add(new Mail(newsletter.officeId(), recipient.email(), newsletter.subject(), String.join(link, text),
					String.join(link, html), newsletter.topic(), headers(office, link)));
		}
		return mails;
	}

	/** The letter to a member of staff, to see it in a real mail client before sending it. */
	Mail test(Newsletter newsletter, String email, Locale locale) {
		var office = officeName(newsletter.officeId());
		var link = unsubscribeUrl("test");
		var subject = messages.getMessage("newsletter.mail.testSubject", new Object[] { newsletter.subject() }, locale);
		return new Mail(newsletter.officeId(), email, subject, text(newsletter, office, link, locale),
				html(newsletter, office, link, locale), "newsletter-test:" + newsletter.id(), headers(office, link));
	}

	/** The HTML of the mail, as the preview shows it. */
	String preview(Newsletter newsletter, Locale locale) {
		return html(newsletter, officeName(newsletter.officeId()), unsubscribeUrl("test"), locale);
	}

	private String text(Newsletter newsletter, String office, String unsubscribeUrl, Locale locale) {
		var footer = messages.getMessage("newsletter.mail.footer", new Object[] { office }, locale);
		var unsubscribe = messages.getMessage("newsletter.mail.unsubscribe", null, locale);
		return office + "\n\n" + newsletter.subject() + "\n\n" + RichText.toText(newsletter.bodyHtml()) + "\n\n-- \n"
				+ footer + "\n" + unsubscribe + " : " + unsubscribeUrl + "\n";
	}

	private String html(Newsletter newsletter, String office, String unsubscribeUrl, Locale locale) {
		// Sanitised when stored, and again now: what leaves Escale is clean whatever the database holds.
		var context = new Context(locale, Map.of("office", office, "subject", newsletter.subject(), "body",
				RichText.sanitise(newsletter.bodyHtml()), "unsubscribeUrl", unsubscribeUrl));
		return templates.process("partners/newsletter/mail", context);
	}

	private String unsubscribeUrl(String token) {
		return publicUrl + "/newsletter/unsubscribe/" + token;
	}

	/** Signed with the office's name; and the one-click unsubscribe of mail clients (RFC 8058). */
	private static Map<String, String> headers(String office, String link) {
		return Map.of(Mail.SENDER_NAME, office, "List-Unsubscribe", "<" + link + ">", "List-Unsubscribe-Post",
				"List-Unsubscribe=One-Click");
	}

	private String officeName(UUID officeId) {
		return offices.all().stream().filter(office -> office.id().equals(officeId)).map(Office::name).findFirst()
			.orElse("");
	}

}
