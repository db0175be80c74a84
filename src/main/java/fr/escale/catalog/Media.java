package fr.escale.catalog;

import java.util.Objects;

/** A picture, video or document about an offer; {@code main} marks the one to show first. */
public record Media(String url, LocalizedText title, String credits, String mimeType, boolean main) {

	public Media {
		Objects.requireNonNull(url, "url");
		title = title == null ? LocalizedText.empty() : title;
	}

}
