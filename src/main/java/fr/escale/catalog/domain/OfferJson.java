package fr.escale.catalog.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import fr.escale.catalog.Offer;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an offer is kept in the database. The form is stable (map keys sorted) so that the same
 * offer always gives the same bytes and the same hash.
 */
public final class OfferJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private OfferJson() {
	}

	public static byte[] write(Offer offer) {
		return MAPPER.writeValueAsBytes(offer);
	}

	public static Offer read(String json) {
		return MAPPER.readValue(json, Offer.class);
	}

	public static byte[] hash(byte[] json) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(json);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
