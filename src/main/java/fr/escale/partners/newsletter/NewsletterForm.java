package fr.escale.partners.newsletter;

import java.util.List;
import java.util.UUID;

import fr.escale.partners.PartnerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A newsletter as staff write it: subject, body and segment, as typed and ticked. */
record NewsletterForm(@NotBlank @Size(max = 200) String subject, @Size(max = 200_000) String body,
		List<PartnerType> types, List<String> communes, List<Segment.Membership> memberships, List<UUID> labels,
		List<Integer> stars, Boolean anyWorkshop, List<UUID> workshops) {

	static NewsletterForm empty() {
		return of("", "", Segment.everyone());
	}

	static NewsletterForm of(Newsletter newsletter) {
		return of(newsletter.subject(), newsletter.bodyHtml(), newsletter.segment());
	}

	private static NewsletterForm of(String subject, String body, Segment segment) {
		return new NewsletterForm(subject, body, segment.types(), segment.communes(), segment.memberships(),
				segment.labels(), segment.stars(), segment.anyWorkshop(), segment.workshops());
	}

	Segment segment() {
		return new Segment(types, communes, memberships, labels, stars, Boolean.TRUE.equals(anyWorkshop), workshops);
	}

	/**
	 * The body to show again after a mistake: what was typed, except markup that would not survive
	 * sanitising anyway (the editor must never load a script).
	 */
	String bodyShown() {
		return RichText.hasMarkup(body) ? RichText.sanitise(body) : body;
	}

}
