package fr.escale.partners.newsletter;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fr.escale.partners.PartnerType;

/**
 * The partners a newsletter goes to. Each criterion left empty lets every partner through; a
 * partner must meet every criterion chosen (AND), and one of the values chosen within each (OR).
 *
 * @param memberships statuses of the current year's membership, {@link Membership#NONE} for none
 * @param labels labels held and not expired
 * @param stars classifications held and not expired
 * @param anyWorkshop attended at least one workshop, whichever
 * @param workshops attended one of these workshops
 */
public record Segment(List<PartnerType> types, List<String> communes, List<Membership> memberships,
		List<UUID> labels, List<Integer> stars, boolean anyWorkshop, List<UUID> workshops) {

	/** A membership status for the current year, or none at all. */
	public enum Membership {

		INVITED, PENDING, PAID, LAPSED, NONE

	}

	public Segment {
		types = distinct(types);
		communes = distinct(communes);
		memberships = distinct(memberships);
		labels = distinct(labels);
		stars = distinct(stars);
		workshops = distinct(workshops);
	}

	public static Segment everyone() {
		return new Segment(null, null, null, null, null, false, null);
	}

	public boolean isEveryone() {
		return types.isEmpty() && communes.isEmpty() && memberships.isEmpty() && labels.isEmpty() && stars.isEmpty()
				&& !attendedWorkshop();
	}

	public boolean attendedWorkshop() {
		return anyWorkshop || !workshops.isEmpty();
	}

	private static <T> List<T> distinct(Collection<T> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
	}

}
