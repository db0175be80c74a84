package fr.escale.partners.offers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.escale.catalog.Offer;
import fr.escale.catalog.OfferCatalog;
import fr.escale.catalog.OfferSummary;
import fr.escale.catalog.StoredOffer;
import fr.escale.partners.Partner;
import fr.escale.partners.PartnerNotFoundException;
import fr.escale.partners.PartnerUsers;
import fr.escale.partners.Partners;
import fr.escale.partners.offers.OfferChange.Status;
import fr.escale.platform.mail.Mail;
import fr.escale.platform.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners keep their own offers right: they submit changes, the office accepts or rejects them,
 * the partner is told. A partner reaches only the offers linked to it; staff only their office's.
 */
@Service
class PartnerOffers {

	private final OfferCatalog catalog;

	private final Partners partners;

	private final PartnerUsers users;

	private final OfferChanges changes;

	private final Outbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	PartnerOffers(OfferCatalog catalog, Partners partners, PartnerUsers users, OfferChanges changes, Outbox outbox,
			MessageSource messages, @Value("${escale.public-url}") String publicUrl) {
		this.catalog = catalog;
		this.partners = partners;
		this.users = users;
		this.changes = changes;
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	/** An offer of the partner in its list: how fresh it is, and its change waiting for the office. */
	record OwnOffer(OfferSummary offer, String confirmedBy, OfferChange pending) {
	}

	/** What staff decide about a waiting change. */
	enum Decision {
		ACCEPT, REJECT
	}

	List<OwnOffer> offersOf(UUID officeId, UUID partnerId) {
		return catalog.summaries(officeId, partners.offerIds(officeId, partnerId))
			.stream()
			.map(offer -> new OwnOffer(offer, catalog.find(officeId, offer.id()).map(StoredOffer::confirmedBy).orElse(null),
					changes.pending(officeId, partnerId, offer.id()).orElse(null)))
			.toList();
	}

	/** The partner's offer, or a 404: an offer not linked to it does not exist for it. */
	StoredOffer own(UUID officeId, UUID partnerId, UUID offerId) {
		if (!partners.offerIds(officeId, partnerId).contains(offerId)) {
			throw new PartnerNotFoundException(offerId);
		}
		return catalog.find(officeId, offerId).orElseThrow(() -> new PartnerNotFoundException(offerId));
	}

	Optional<OfferChange> pending(UUID officeId, UUID partnerId, UUID offerId) {
		return changes.pending(officeId, partnerId, offerId);
	}

	List<OfferChange> historyOf(UUID officeId, UUID partnerId, UUID offerId) {
		own(officeId, partnerId, offerId);
		return changes.ofOffer(officeId, offerId).stream().filter(change -> change.partnerId().equals(partnerId)).toList();
	}

	/**
	 * Submits the partner's version of its offer; the offer as the catalogue holds it now is the
	 * "before". Empty when nothing a partner edits differs from it.
	 */
	@Transactional
	Optional<OfferChange> submit(UUID officeId, UUID partnerId, UUID offerId, Offer after, String submittedBy) {
		var current = own(officeId, partnerId, offerId).offer();
		if (!OfferEditor.changed(current, after)) {
			return Optional.empty();
		}
		return Optional.of(changes.submit(officeId, partnerId, offerId, current, after, submittedBy));
	}

	@Transactional
	boolean withdraw(UUID officeId, UUID partnerId, UUID offerId, String withdrawnBy) {
		return changes.pending(officeId, partnerId, offerId)
			.map(change -> changes.decide(officeId, change.id(), Status.WITHDRAWN, withdrawnBy, null))
			.orElse(false);
	}

	/** "Still right": the partner confirms its offer as the catalogue shows it. */
	@Transactional
	void confirm(UUID officeId, UUID partnerId, UUID offerId, String confirmedBy) {
		own(officeId, partnerId, offerId);
		catalog.confirm(officeId, List.of(offerId), "partner:" + confirmedBy);
	}

	OfferChange change(UUID officeId, UUID changeId) {
		return changes.find(officeId, changeId).orElseThrow(() -> new PartnerNotFoundException(changeId));
	}

	List<OfferChange> list(UUID officeId, Status status) {
		return changes.list(officeId, status, 500);
	}

	List<OfferChange> ofOffer(UUID officeId, UUID offerId) {
		return changes.ofOffer(officeId, offerId);
	}

	List<OfferChange> ofPartner(UUID officeId, UUID partnerId, int limit) {
		return changes.ofPartner(officeId, partnerId, limit);
	}

	/**
	 * Staff accept or reject a waiting change. Accepting writes the partner's fields into the offer
	 * as it is now (what changed elsewhere meanwhile stays), with the partner and the staff member
	 * as its authors. Either way the partner is told by e-mail, with the comment.
	 * @return false if the change was no longer waiting
	 */
	@Transactional
	boolean decide(UUID officeId, UUID changeId, Decision decision, String staffEmail, String comment) {
		var change = change(officeId, changeId);
		var status = decision == Decision.ACCEPT ? Status.ACCEPTED : Status.REJECTED;
		if (!changes.decide(officeId, changeId, status, staffEmail, comment)) {
			return false;
		}
		if (decision == Decision.ACCEPT) {
			var current = catalog.find(officeId, change.offerId()).orElseThrow(() -> new PartnerNotFoundException(changeId));
			catalog.revise(officeId, change.offerId(), OfferEditor.merge(current.offer(), change.before(), change.after()),
					"partner:" + change.submittedBy() + " / " + staffEmail);
		}
		partners.find(officeId, change.partnerId())
			.ifPresent(partner -> tell(partner, change, status, comment));
		return true;
	}

	/** Where mail to a partner goes: its people's logins, else the partner's own address. */
	List<String> recipients(Partner partner) {
		return users.mailTo(partner);
	}

	/** In French, the office's language, then in English for partners who read it better. */
	private void tell(Partner partner, OfferChange change, Status status, String comment) {
		var key = status == Status.ACCEPTED ? "partnerOffers.mail.accepted" : "partnerOffers.mail.rejected";
		var link = publicUrl + "/pro/offers/" + change.offerId();
		var shownComment = comment == null || comment.isBlank() ? "—" : comment;
		Object[] arguments = { change.offerName(), shownComment, link, partner.name() };
		var subject = messages.getMessage(key + ".subject", arguments, Locale.FRENCH);
		var text = messages.getMessage(key + ".text", arguments, Locale.FRENCH) + "\n\n----- English -----\n\n"
				+ messages.getMessage(key + ".text", arguments, Locale.ENGLISH);
		outbox.queueAll(recipients(partner).stream()
			.map(recipient -> new Mail(partner.officeId(), recipient, subject, text, null, "offer-change:" + change.id()))
			.toList());
	}

}
