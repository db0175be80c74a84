package fr.escale.catalog.web;

import java.time.Duration;
import java.util.UUID;

import fr.escale.catalog.MediaFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves uploaded photos to anyone: they illustrate offers, which are open data. */
@ConditionalOnWebApplication
@RestController
class MediaController {

	private final MediaFiles media;

	MediaController(MediaFiles media) {
		this.media = media;
	}

	/**
	 * A photo never changes once stored (a new one gets a new id), so browsers and proxies may keep it
	 * a year. Its type was decided from its bytes; browsers must not guess another, and whatever they
	 * make of it runs nothing.
	 */
	@GetMapping("/media/{id}")
	ResponseEntity<byte[]> photo(@PathVariable UUID id) {
		var stored = media.find(id);
		var bytes = stored.flatMap(found -> media.bytes(id));
		if (bytes.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(stored.get().mimeType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.eTag("\"" + id + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(bytes.get());
	}

}
