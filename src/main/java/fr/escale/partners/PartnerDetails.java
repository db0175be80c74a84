package fr.escale.partners;

/**
 * What staff (or a CSV file) say of a partner: its legal details and how to reach it.
 *
 * @param capacity beds or pitches for accommodation, else null
 */
public record PartnerDetails(String name, String legalName, String siret, PartnerType type, String street,
		String postalCode, String communeCode, String email, String phone, String website, Integer capacity) {
}
