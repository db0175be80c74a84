package fr.escale.partners.membership;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.escale.partners.PartnerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A tier as staff type it: the fee in euros («120» or «120,50»), the types it is meant for ticked. */
record TierForm(@NotBlank @Size(max = 100) String name, List<PartnerType> partnerTypes, String fee,
		Boolean visibility, Boolean workshops, Boolean marketplace, @Size(max = 2000) String benefits, Boolean active) {

	/** An unticked box sends nothing: no means false. */
	TierForm {
		visibility = Boolean.TRUE.equals(visibility);
		workshops = Boolean.TRUE.equals(workshops);
		marketplace = Boolean.TRUE.equals(marketplace);
		active = Boolean.TRUE.equals(active);
	}

	static TierForm empty() {
		return new TierForm("", List.of(), "", false, false, false, "", true);
	}

	static TierForm of(Tier tier) {
		return new TierForm(tier.name(), tier.partnerTypes().stream().sorted().toList(), Euros.plain(tier.feeCents()),
				tier.visibility(), tier.workshops(), tier.marketplace(), tier.benefits(), tier.active());
	}

	public boolean isFor(PartnerType type) {
		return partnerTypes != null && partnerTypes.contains(type);
	}

	Tier tier(UUID id, UUID officeId, int feeCents) {
		return new Tier(id, officeId, name, partnerTypes == null ? Set.of() : Set.copyOf(partnerTypes), feeCents,
				visibility, workshops, marketplace, benefits, active);
	}

}
