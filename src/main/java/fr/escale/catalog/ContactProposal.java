package fr.escale.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A business that imported offers name as their contact and that is no partner yet: staff may
 * propose it to become one, with its offers.
 *
 * @param name the contact's name, else the name of its first offer
 * @param communeCode the commune of its first offer
 * @param offerIds its offers, every one naming the same e-mail address (else phone number)
 */
public record ContactProposal(String name, String email, String phone, String website, String communeCode,
		List<UUID> offerIds) {

	public ContactProposal {
		offerIds = List.copyOf(offerIds);
	}

}
