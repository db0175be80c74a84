package fr.escale.catalog;

import java.util.UUID;

/**
 * A photo kept by the catalogue, served to anyone at {@code url}: put it in an offer's
 * {@link Media} with its credits.
 */
public record StoredMedia(UUID id, String url, String mimeType, int width, int height, long size) {

	public static String urlOf(UUID id) {
		return "/media/" + id;
	}

}
