package fr.escale.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.escale.catalog.domain.Offers;
import fr.escale.catalog.domain.Offers.AgeCounts;
import fr.escale.catalog.domain.Offers.OfferContact;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as other modules see it: an office's offers, read, revised and confirmed by the
 * office's staff or partners. Every call names the office, and sees or changes that office's
 * offers only.
 */
@Service
public class OfferCatalog {

	/** The most names a staff picker is given at once. */
	public static final int MAX_SEARCH_RESULTS = 100;

	private final Offers offers;

	private final Communes communes;

	private final OfferTypes types;

	private final ApplicationEventPublisher events;

	OfferCatalog(Offers offers, Communes communes, OfferTypes types, ApplicationEventPublisher events) {
		this.offers = offers;
		this.communes = communes;
		this.types = types;
		this.events = events;
	}

	/** The offer, only if it belongs to the office. */
	public Optional<StoredOffer> find(UUID officeId, UUID offerId) {
		return offers.find(officeId, offerId);
	}

	/** These offers of the office, in one query and in the order asked; unknown and other offices' ids are skipped. */
	public List<OfferSummary> summaries(UUID officeId, Collection<UUID> offerIds) {
		return offerIds.isEmpty() ? List.of() : offers.summaries(officeId, offerIds);
	}

	/**
	 * The offers of the office whose name holds every word of the text, accents and case aside
	 * ("pic epeiche" finds "Hôtel Pic Épeiche"), names beginning with the first word first: for a
	 * staff picker. At most {@value #MAX_SEARCH_RESULTS}; none for a blank text.
	 */
	public List<OfferSummary> search(UUID officeId, String text, int limit) {
		return offers.searchByName(officeId, text, Math.min(limit, MAX_SEARCH_RESULTS));
	}

	/**
	 * Writes a new content for an existing offer of the office, keeps what it was in its history
	 * (offer_revision, changed_by), marks it confirmed now, and makes it searchable (changed_tx): at
	 * once on this node, within seconds on the others. A content identical to the stored one is only
	 * confirmed. The content keeps the offer's DATAtourisme id, its identity for later imports; an
	 * import of an object its source changed since replaces the revision (which stays in the history).
	 * @throws OfferNotFoundException if the office has no such offer
	 * @throws IllegalArgumentException if the content has another DATAtourisme id or no name
	 */
	@Transactional
	public StoredOffer revise(UUID officeId, UUID offerId, Offer content, String changedBy) {
		var revised = offers.revise(officeId, offerId, content, changedBy)
			.orElseThrow(() -> new OfferNotFoundException(officeId, offerId));
		events.publishEvent(new OfferRevised(officeId, offerId, changedBy));
		return revised;
	}

	/** "Still right": the content is confirmed now without changing it. Unknown and other offices' ids are skipped. */
	@Transactional
	public void confirm(UUID officeId, Collection<UUID> offerIds, String confirmedBy) {
		if (!offerIds.isEmpty()) {
			offers.confirm(officeId, offerIds, confirmedBy);
		}
	}

	/** Offers of the office confirmed before the given instant, the longest unconfirmed first (for freshness campaigns). */
	public List<OfferSummary> confirmedBefore(UUID officeId, Instant before) {
		return offers.confirmedBefore(officeId, before);
	}

	/**
	 * Freshness dashboard: offers counted per commune ({@code "commune"}) or per main type
	 * ({@code "type"}: the most specific shown one), by how long ago they were confirmed: under 6
	 * months (fresh), 6 to 12 months (ageing), 12 months or more (stale). Largest groups first.
	 * @throws IllegalArgumentException for another grouping
	 */
	public List<FreshnessRow> freshness(UUID officeId, String groupBy) {
		boolean byCommune;
		if ("commune".equals(groupBy)) {
			byCommune = true;
		}
		else if ("type".equals(groupBy)) {
			byCommune = false;
		}
		else {
			throw new IllegalArgumentException("Freshness is grouped by \"commune\" or \"type\", not " + groupBy);
		}
		var rows = new LinkedHashMap<String, long[]>();
		var labels = new LinkedHashMap<String, String>();
		for (AgeCounts counts : offers.ageCounts(officeId)) {
			String key = byCommune ? nonNull(counts.communeCode()) : mainType(counts.types());
			labels.computeIfAbsent(key, k -> byCommune ? communeLabel(k, counts.communeName()) : typeLabel(k));
			var sums = rows.computeIfAbsent(key, k -> new long[4]);
			sums[0] += counts.total();
			sums[1] += counts.fresh();
			sums[2] += counts.ageing();
			sums[3] += counts.stale();
		}
		return rows.entrySet()
			.stream()
			.map(row -> new FreshnessRow(row.getKey(), labels.get(row.getKey()), row.getValue()[0], row.getValue()[1],
					row.getValue()[2], row.getValue()[3]))
			.sorted(Comparator.comparingLong(FreshnessRow::total).reversed().thenComparing(FreshnessRow::label))
			.toList();
	}

	/**
	 * The businesses named as main contact of the office's imported offers that are not yet linked to
	 * a partner, for staff to propose partners. A business is known by its e-mail address (else its
	 * phone number): a hotel and its restaurant writing from the same address are one proposal with
	 * both offers. Contacts with neither are left out: no one could be invited. Businesses with most
	 * offers first.
	 */
	public List<ContactProposal> contactProposals(UUID officeId, Collection<UUID> alreadyLinkedOfferIds) {
		var businesses = new LinkedHashMap<String, List<OfferContact>>();
		for (var contact : offers.contacts(officeId, alreadyLinkedOfferIds)) {
			businesses.computeIfAbsent(business(contact), key -> new ArrayList<>()).add(contact);
		}
		return businesses.values().stream().map(OfferCatalog::proposal)
			.sorted(Comparator.comparingInt((ContactProposal proposal) -> proposal.offerIds().size()).reversed()
				.thenComparing(proposal -> nonNull(proposal.name()).toLowerCase(Locale.ROOT)))
			.toList();
	}

	private static String business(OfferContact contact) {
		if (contact.email() != null && !contact.email().isBlank()) {
			return "email:" + contact.email().trim().toLowerCase(Locale.ROOT);
		}
		// "+33 2 47 73 19 71" and "02.47.73.19.71" are the same line.
		var digits = contact.phone().replaceAll("[^0-9+]", "");
		if (digits.startsWith("+33")) {
			digits = "0" + digits.substring(3);
		}
		return "phone:" + digits;
	}

	private static ContactProposal proposal(List<OfferContact> contacts) {
		var first = contacts.get(0);
		String name = contacts.stream().map(OfferContact::name).filter(OfferCatalog::present).findFirst()
			.orElse(first.offerName());
		String email = contacts.stream().map(OfferContact::email).filter(OfferCatalog::present).findFirst().orElse(null);
		String phone = contacts.stream().map(OfferContact::phone).filter(OfferCatalog::present).findFirst().orElse(null);
		String website = contacts.stream().map(OfferContact::website).filter(OfferCatalog::present).findFirst()
			.orElse(null);
		var offerIds = contacts.stream().map(OfferContact::offerId).distinct().toList();
		return new ContactProposal(name, email, phone, website, first.communeCode(), offerIds);
	}

	/** The type an offer is counted under: its most specific known type, as a person would name it. */
	private String mainType(List<String> offerTypes) {
		return types.shown(offerTypes).stream().findFirst()
			.or(() -> offerTypes.stream().filter(types::narrows).findFirst())
			.orElse(offerTypes.isEmpty() ? "" : offerTypes.get(0));
	}

	private String typeLabel(String type) {
		return type.isEmpty() ? "Sans type" : types.label(type, Locale.FRENCH);
	}

	private String communeLabel(String code, String nameInOffer) {
		if (code.isEmpty()) {
			return "Sans commune";
		}
		return communes.byCode(code).map(Commune::name).orElse(present(nameInOffer) ? nameInOffer : code);
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

}
