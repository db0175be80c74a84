package fr.escale.partners.offers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.partners.Partner;
import fr.escale.partners.Partners;
import fr.escale.platform.mail.Mail;
import fr.escale.platform.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns asking partners to check their offers not confirmed for a while: each partner gets one
 * mail listing its offers to check, with a link to its pro space.
 */
@Service
class FreshnessCampaigns {

	private final OfferCatalog catalog;

	private final Partners partners;

	private final PartnerOffers partnerOffers;

	private final Outbox outbox;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final String publicUrl;

	FreshnessCampaigns(OfferCatalog catalog, Partners partners, PartnerOffers partnerOffers, Outbox outbox,
			MessageSource messages, JdbcClient jdbc, @Value("${escale.public-url}") String publicUrl) {
		this.catalog = catalog;
		this.partners = partners;
		this.partnerOffers = partnerOffers;
		this.outbox = outbox;
		this.messages = messages;
		this.jdbc = jdbc;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** A partner to ask, its offers to check, and where the mail goes (none: it cannot be asked). */
	record Asked(Partner partner, List<OfferSummary> offers, List<String> recipients) {
	}

	/** Who a campaign would ask; offers run by no partner are counted apart: nobody can be asked about them. */
	record Preview(Instant confirmedBefore, List<Asked> partners, int offersWithoutPartner) {

		public int offers() {
			return partners.stream().mapToInt(asked -> asked.offers().size()).sum();
		}

		public long unreachable() {
			return partners.stream().filter(asked -> asked.recipients().isEmpty()).count();
		}

	}

	record Campaign(UUID id, Instant confirmedBefore, int partners, int offers, String startedBy, Instant startedAt) {
	}

	Preview preview(UUID officeId, Instant confirmedBefore) {
		var old = catalog.confirmedBefore(officeId, confirmedBefore);
		var partnerOfOffer = new LinkedHashMap<UUID, UUID>();
		if (!old.isEmpty()) {
			jdbc.sql("SELECT offer_id, partner_id FROM partners.partner_offer WHERE office_id = ? AND offer_id = ANY (?::uuid[])")
				.params(officeId, old.stream().map(offer -> offer.id().toString()).toArray(String[]::new))
				.query((row, i) -> partnerOfOffer.put(row.getObject(1, UUID.class), row.getObject(2, UUID.class)))
				.list();
		}
		var byPartner = old.stream()
			.filter(offer -> partnerOfOffer.containsKey(offer.id()))
			.collect(Collectors.groupingBy(offer -> partnerOfOffer.get(offer.id()), LinkedHashMap::new, Collectors.toList()));
		var asked = new ArrayList<Asked>();
		byPartner.forEach((partnerId, offers) -> partners.find(officeId, partnerId)
			.ifPresent(partner -> asked.add(new Asked(partner, offers, partnerOffers.recipients(partner)))));
		asked.sort((a, b) -> a.partner().name().compareToIgnoreCase(b.partner().name()));
		return new Preview(confirmedBefore, asked, old.size() - partnerOfOffer.size());
	}

	/** Records the campaign and queues its mails, together. */
	@Transactional
	Campaign start(UUID officeId, Instant confirmedBefore, String startedBy) {
		var preview = preview(officeId, confirmedBefore);
		var id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO partners.freshness_campaign (id, office_id, confirmed_before, partners, offers, started_by)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, officeId, java.sql.Timestamp.from(confirmedBefore), preview.partners().size(), preview.offers(),
					startedBy)
			.update();
		var mails = new ArrayList<Mail>();
		for (var asked : preview.partners()) {
			var list = asked.offers().stream().map(offer -> "- " + offer.name()).collect(Collectors.joining("\n"));
			Object[] arguments = { asked.partner().name(), list, publicUrl + "/pro/offers", asked.offers().size() };
			var subject = messages.getMessage("partnerOffers.mail.campaign.subject", arguments, Locale.FRENCH);
			var text = messages.getMessage("partnerOffers.mail.campaign.text", arguments, Locale.FRENCH)
					+ "\n\n----- English -----\n\n"
					+ messages.getMessage("partnerOffers.mail.campaign.text", arguments, Locale.ENGLISH);
			asked.recipients()
				.forEach(recipient -> mails.add(new Mail(officeId, recipient, subject, text, null, "freshness:" + id)));
		}
		outbox.queueAll(mails);
		return history(officeId).stream().filter(campaign -> campaign.id().equals(id)).findFirst().orElseThrow();
	}

	List<Campaign> history(UUID officeId) {
		return jdbc.sql("""
				SELECT id, confirmed_before, partners, offers, started_by, started_at FROM partners.freshness_campaign
				WHERE office_id = ? ORDER BY started_at DESC""")
			.param(officeId)
			.query((row, i) -> new Campaign(row.getObject("id", UUID.class), row.getTimestamp("confirmed_before").toInstant(),
					row.getInt("partners"), row.getInt("offers"), row.getString("started_by"),
					row.getTimestamp("started_at").toInstant()))
			.list();
	}

}
