package fr.escale.partners.membership;

import java.util.Set;
import java.util.UUID;

import fr.escale.partners.PartnerType;

/**
 * A level of membership, with its yearly fee and what it gives.
 *
 * @param partnerTypes the kinds of business it is meant for; empty: any
 * @param benefits what else it gives, in the office's words
 * @param maxCapacity the size it is meant for: businesses of up to this capacity (beds, pitches); null: any size
 */
public record Tier(UUID id, UUID officeId, String name, Set<PartnerType> partnerTypes, int feeCents,
		boolean visibility, boolean workshops, boolean marketplace, String benefits, boolean active, Integer maxCapacity) {

	public Tier {
		partnerTypes = Set.copyOf(partnerTypes);
	}

	public boolean isFor(PartnerType type) {
		return partnerTypes.contains(type);
	}

	/** Whether a business of this capacity fits; one whose size is unknown fits only the tiers of any size. */
	public boolean fits(Integer capacity) {
		return maxCapacity == null || capacity != null && capacity <= maxCapacity;
	}

	public boolean isForAny() {
		return partnerTypes.isEmpty();
	}

}
