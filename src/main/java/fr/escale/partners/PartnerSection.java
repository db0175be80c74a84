package fr.escale.partners;

/**
 * A part of a partner's pages that one feature (membership, quality plan, workshops, offers...)
 * fills in: on the staff's partner page and on the partner's own dashboard in the pro space. The
 * pages gather every section bean in {@code @Order}, so a feature adds itself without the pages
 * knowing it.
 */
public interface PartnerSection {

	/**
	 * The template holding {@code th:fragment="staff(data)"} and {@code th:fragment="pro(data)"}, e.g.
	 * {@code partners/membership/fragments/section}.
	 */
	String template();

	/** What the fragments show of this partner, for staff and the partner alike; null hides the section. */
	Object data(Partner partner);

}
