package fr.escale.partners.quality;

import java.util.UUID;

/**
 * A quality label a partner or its offer may hold: a national one (office null) or one the office
 * created for its territory.
 *
 * @param validityYears years it is usually granted for, to propose an expiry; null when unknown
 */
public record Label(UUID id, UUID officeId, String code, String name, Integer validityYears) {

	public boolean national() {
		return officeId == null;
	}

}
