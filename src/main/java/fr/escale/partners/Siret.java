package fr.escale.partners;

/**
 * The SIRET of a French business: 14 digits whose Luhn sum is a multiple of 10, except the
 * establishments of La Poste (SIREN 356000000), whose digits add up to a multiple of 5.
 */
public final class Siret {

	private Siret() {
	}

	/** The SIRET without spaces, as stored; null when blank. */
	public static String normalize(String siret) {
		if (siret == null) {
			return null;
		}
		var digits = siret.replaceAll("[\\s.]", "");
		return digits.isEmpty() ? null : digits;
	}

	public static boolean isValid(String siret) {
		var digits = normalize(siret);
		if (digits == null || !digits.matches("\\d{14}")) {
			return false;
		}
		if (digits.startsWith("356000000")) {
			return digits.chars().map(c -> c - '0').sum() % 5 == 0;
		}
		int sum = 0;
		for (int i = 0; i < 14; i++) {
			int digit = digits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
