package fr.escale.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import fr.escale.offices.Offices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Photos uploaded by partners: only real pictures are kept, and anyone may see them. */
@SpringBootTest
@AutoConfigureMockMvc
class MediaFilesIT {

	@Autowired
	MediaFiles media;

	@Autowired
	Offices offices;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@Test
	void aRealPngIsKeptAndServedToAnyoneWithItsType() throws IOException {
		var png = picture("png", 64, 48);

		var stored = store("vitrine.png", png);

		assertThat(stored.mimeType()).isEqualTo("image/png");
		assertThat(stored.width()).isEqualTo(64);
		assertThat(stored.height()).isEqualTo(48);
		assertThat(stored.size()).isEqualTo(png.length);
		assertThat(stored.url()).isEqualTo("/media/" + stored.id());
		assertThat(media.find(stored.id())).contains(stored);
		var served = mvc.get().uri(stored.url()).exchange();
		assertThat(served).hasStatusOk().hasContentType("image/png").hasHeader("X-Content-Type-Options", "nosniff");
		assertThat(served.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("public");
		assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(png);
	}

	@Test
	void aRealJpegIsKeptWhateverItsNameSays() throws IOException {
		var jpeg = picture("jpeg", 120, 80);

		var stored = store("photo.png", jpeg);

		assertThat(stored.mimeType()).isEqualTo("image/jpeg");
		assertThat(stored.width()).isEqualTo(120);
		assertThat(mvc.get().uri(stored.url())).hasStatusOk().hasContentType("image/jpeg");
	}

	@Test
	void aWebpIsKeptWithTheSizeItsHeaderGives() {
		var stored = store("terrasse.webp", webp(1600, 1200));

		assertThat(stored.mimeType()).isEqualTo("image/webp");
		assertThat(stored.width()).isEqualTo(1600);
		assertThat(stored.height()).isEqualTo(1200);
		assertThat(mvc.get().uri(stored.url())).hasStatusOk().hasContentType("image/webp");
	}

	@Test
	void whatIsNoPhotoIsRefusedWithItsReason() throws IOException {
		var pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		assertRefused("menu.jpg", pdf, "media.error.type");
		assertRefused("notes.png", "Chambre 12 : vue sur la Loire".getBytes(StandardCharsets.UTF_8), "media.error.type");
		assertRefused("empty.jpg", new byte[0], "media.error.unreadable");
		var tooLarge = new byte[6_000_000];
		System.arraycopy(picture("png", 8, 8), 0, tooLarge, 0, 8);
		assertRefused("huge.png", tooLarge, "media.error.tooLarge");
		// The announced size may lie: the stream is not read beyond 5 MB.
		assertThatThrownBy(() -> media.store(office(), "huge.png", new ByteArrayInputStream(tooLarge), -1, "partner"))
			.isInstanceOfSatisfying(RejectedMediaException.class,
					rejected -> assertThat(rejected.key()).isEqualTo("media.error.tooLarge"));
		var jpeg = picture("jpeg", 120, 80);
		assertRefused("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), "media.error.unreadable");
		var garbage = new byte[4000];
		new java.util.Random(7).nextBytes(garbage);
		garbage[0] = (byte) 0xFF;
		garbage[1] = (byte) 0xD8;
		garbage[2] = (byte) 0xFF;
		assertRefused("garbage.jpg", garbage, "media.error.unreadable");
		assertRefused("riff.webp", Arrays.copyOf(webp(10, 10), 16), "media.error.unreadable");
	}

	@Test
	void aPictureOfOverFortyMegapixelsIsRefusedBeforeBeingDecoded() throws IOException {
		assertRefused("panorama.png", withSize(picture("png", 8, 8), 10_000, 5_000), "media.error.tooManyPixels");
		assertRefused("panorama.webp", webp(10_000, 5_000), "media.error.tooManyPixels");
	}

	@Test
	void theReasonReadsInFrenchAndInEnglish() {
		var rejected = catchRejected("menu.jpg", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

		assertThat(messages.getMessage(rejected.key(), rejected.arguments(), Locale.FRENCH))
			.isEqualTo("menu.jpg n’est pas une photo JPEG, PNG ou WebP.");
		assertThat(messages.getMessage(rejected.key(), rejected.arguments(), Locale.ENGLISH))
			.isEqualTo("menu.jpg is not a JPEG, PNG or WebP photo.");
	}

	@Test
	void anUnknownPhotoIsNotFound() {
		assertThat(mvc.get().uri("/media/{id}", UUID.randomUUID())).hasStatus(404);
	}

	private StoredMedia store(String name, byte[] bytes) {
		return media.store(office(), name, new ByteArrayInputStream(bytes), bytes.length, "partner:contact@picepeiche.fr");
	}

	private void assertRefused(String name, byte[] bytes, String key) {
		assertThat(catchRejected(name, bytes).key()).as(name).isEqualTo(key);
	}

	private RejectedMediaException catchRejected(String name, byte[] bytes) {
		try {
			store(name, bytes);
		}
		catch (RejectedMediaException ex) {
			assertThat(ex.arguments()).startsWith(name);
			return ex;
		}
		throw new AssertionError(name + " was kept");
	}

	private UUID office() {
		return offices.first("demo", "Office de tourisme de démonstration").id();
	}

	private static byte[] picture(String format, int width, int height) throws IOException {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(30, 110, 160));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		var bytes = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, bytes)).isTrue();
		return bytes.toByteArray();
	}

	/** The same PNG, its header (and the header's checksum) saying another size. */
	private static byte[] withSize(byte[] png, int width, int height) {
		var bytes = png.clone();
		var buffer = ByteBuffer.wrap(bytes);
		buffer.putInt(16, width);
		buffer.putInt(20, height);
		var crc = new CRC32();
		crc.update(bytes, 12, 17);
		buffer.putInt(29, (int) crc.getValue());
		return bytes;
	}

	/** An extended (VP8X) WebP header of the given canvas size, followed by an empty lossless frame. */
	private static byte[] webp(int width, int height) {
		var buffer = ByteBuffer.allocate(30 + 14).order(ByteOrder.LITTLE_ENDIAN);
		buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(30 + 14 - 8);
		buffer.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		buffer.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
		buffer.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
		buffer.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
		buffer.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(5).put((byte) 0x2F).putInt(0);
		buffer.put((byte) 0);
		return buffer.array();
	}

}
