package fr.escale.catalog;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A picture, video or document about an offer; {@code main} marks the one to show first. */
public record Media(String url, LocalizedText title, String credits, String mimeType, boolean main) {

	public Media {
		Objects.requireNonNull(url, "url");
		title = title == null ? LocalizedText.empty() : title;
	}

	/** Images can be shown in a page; other media (PDF brochures, videos) are linked. */
	@JsonIgnore
	public boolean isImage() {
		if (mimeType != null) {
			return mimeType.startsWith("image/");
		}
		var lower = url.toLowerCase(java.util.Locale.ROOT);
		return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".webp")
				|| lower.endsWith(".gif");
	}

}
