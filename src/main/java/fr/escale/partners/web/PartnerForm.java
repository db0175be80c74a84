package fr.escale.partners.web;

import fr.escale.partners.Partner;
import fr.escale.partners.PartnerDetails;
import fr.escale.partners.PartnerType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A partner as staff type it; the commune is typed by name (or INSEE code) and resolved on the
 * way in. The same form checks the lines of a CSV import.
 */
record PartnerForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String legalName,
		@Size(max = 20) String siret, @NotNull PartnerType type, @Size(max = 300) String street,
		@Pattern(regexp = "^$|\\d{5}", message = "{partner.error.postalCode}") String postalCode,
		@Size(max = 100) String commune, @Email @Size(max = 254) String email,
		@Pattern(regexp = "^$|[+0-9 ().-]{6,40}", message = "{partner.error.phone}") String phone,
		@Pattern(regexp = "^$|https?://\\S{3,490}", message = "{partner.error.website}") String website,
		@PositiveOrZero Integer capacity) {

	static PartnerForm empty() {
		return new PartnerForm("", "", "", PartnerType.HOTEL, "", "", "", "", "", "", null);
	}

	static PartnerForm of(Partner partner, String communeName) {
		var d = partner.details();
		return new PartnerForm(d.name(), d.legalName(), d.siret(), d.type(), d.street(), d.postalCode(),
				communeName, d.email(), d.phone(), d.website(), d.capacity());
	}

	PartnerDetails details(String communeCode) {
		return new PartnerDetails(name, legalName, siret, type, street, postalCode, communeCode, email, phone, website,
				capacity);
	}

}
