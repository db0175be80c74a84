package fr.escale.partners.membership;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.escale.partners.PartnerType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** A tier as staff type it: the fee in euros («120» or «120,50»), the types it is meant for ticked. */
record TierForm(@NotBlank @Size(max = 100) String name, List<String> partnerTypes, String fee,
		Boolean visibility, Boolean workshops, Boolean marketplace, @Size(max = 2000) String benefits, Boolean active,
		@Pattern(regexp = "\\s*|\\s*[1-9][0-9]{0,5}\\s*", message = "{membership.error.maxCapacity}") String maxCapacity) {

	/** An unticked box sends nothing: no means false. */
	TierForm {
		visibility = Boolean.TRUE.equals(visibility);
		workshops = Boolean.TRUE.equals(workshops);
		marketplace = Boolean.TRUE.equals(marketplace);
		active = Boolean.TRUE.equals(active);
	}

	static TierForm empty() {
		return new TierForm("", List.of(), "", false, false, false, "", true, "");
	}

	static TierForm of(Tier tier) {
		return new TierForm(tier.name(), tier.partnerTypes().stream().sorted().map(Enum::name).toList(),
				Euros.plain(tier.feeCents()),
				tier.visibility(), tier.workshops(), tier.marketplace(), tier.benefits(), tier.active(),
				tier.maxCapacity() == null ? "" : tier.maxCapacity().toString());
	}

	public boolean isFor(PartnerType type) {
		return partnerTypes != null && partnerTypes.contains(type.name());
	}

	/** The types ticked, or null after saying one is unknown. */
	Set<PartnerType> types(Errors errors) {
		try {
			return partnerTypes == null ? Set.of()
					: partnerTypes.stream().map(String::trim).map(PartnerType::valueOf).collect(Collectors.toSet());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue("partnerTypes", "membership.error.partnerType");
			return null;
		}
	}

	Tier tier(UUID id, UUID officeId, Set<PartnerType> types, int feeCents) {
		var upTo = maxCapacity == null || maxCapacity.isBlank() ? null : Integer.valueOf(maxCapacity.trim());
		return new Tier(id, officeId, name, types, feeCents, visibility, workshops, marketplace, benefits, active, upTo);
	}

}
