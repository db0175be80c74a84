package fr.escale.catalog.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;

import fr.escale.catalog.RejectedMediaException;

/**
 * What an uploaded file really is, decided from its bytes alone: its name and the type the browser
 * claimed are the uploader's to choose, so they are never trusted. JPEG and PNG are decoded whole
 * (a damaged or disguised file fails); WebP, which Java cannot decode, is checked by its headers.
 */
public record UploadedImage(String mimeType, int width, int height) {

	/** A 40-megapixel photo already needs 160 MB to be shown; larger ones are refused before decoding. */
	public static final long MAX_PIXELS = 40_000_000;

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	/**
	 * @throws RejectedMediaException {@code media.error.type} for another kind of file,
	 *         {@code media.error.tooManyPixels} for too large a picture, {@code media.error.unreadable}
	 *         for an empty or damaged one
	 */
	public static UploadedImage of(String fileName, byte[] bytes) {
		if (bytes.length == 0) {
			throw new RejectedMediaException(RejectedMediaException.UNREADABLE, fileName);
		}
		if (startsWith(bytes, JPEG)) {
			return decoded(fileName, bytes, "jpeg", "image/jpeg");
		}
		if (startsWith(bytes, PNG)) {
			return decoded(fileName, bytes, "png", "image/png");
		}
		if (bytes.length >= 12 && ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
			return webp(fileName, bytes);
		}
		throw new RejectedMediaException(RejectedMediaException.TYPE, fileName);
	}

	private static UploadedImage decoded(String fileName, byte[] bytes, String format, String mimeType) {
		ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
		// In memory: ImageIO would otherwise copy the stream to a temporary file.
		try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			checkPixels(fileName, width, height);
			// Warnings are how the readers report a truncated or corrupt stream that they decoded partly.
			var warnings = new ArrayList<String>();
			reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
			// Every byte is decoded, but only one pixel in 16 is kept: memory stays small for a large photo.
			var param = reader.getDefaultReadParam();
			int step = width * (long) height > 1_000_000 ? 4 : 1;
			param.setSourceSubsampling(step, step, 0, 0);
			// A JPEG's raster needs no colour conversion, so CMYK photos are read as well.
			if (reader.canReadRaster()) {
				reader.readRaster(0, param);
			}
			else {
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw new IIOException("No image");
				}
			}
			if (!warnings.isEmpty()) {
				throw new IIOException(warnings.get(0));
			}
			return new UploadedImage(mimeType, width, height);
		}
		catch (RejectedMediaException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new RejectedMediaException(ex, RejectedMediaException.UNREADABLE, fileName);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * A WebP file is a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X
	 * (extended), each giving the picture's size in its own way.
	 */
	private static UploadedImage webp(String fileName, byte[] bytes) {
		var buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		long riffSize = Integer.toUnsignedLong(buffer.getInt(4));
		if (bytes.length < 30 || riffSize + 8 > bytes.length || riffSize < 22) {
			throw new RejectedMediaException(RejectedMediaException.UNREADABLE, fileName);
		}
		int width;
		int height;
		if (ascii(bytes, 12, "VP8X")) {
			width = 1 + uint24(bytes, 24);
			height = 1 + uint24(bytes, 27);
		}
		else if (ascii(bytes, 12, "VP8 ")) {
			// A key frame: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
			if ((bytes[20] & 1) != 0 || (bytes[23] & 0xFF) != 0x9D || (bytes[24] & 0xFF) != 0x01
					|| (bytes[25] & 0xFF) != 0x2A) {
				throw new RejectedMediaException(RejectedMediaException.UNREADABLE, fileName);
			}
			width = buffer.getShort(26) & 0x3FFF;
			height = buffer.getShort(28) & 0x3FFF;
		}
		else if (ascii(bytes, 12, "VP8L")) {
			if ((bytes[20] & 0xFF) != 0x2F) {
				throw new RejectedMediaException(RejectedMediaException.UNREADABLE, fileName);
			}
			int bits = buffer.getInt(21);
			width = 1 + (bits & 0x3FFF);
			height = 1 + ((bits >>> 14) & 0x3FFF);
		}
		else {
			throw new RejectedMediaException(RejectedMediaException.UNREADABLE, fileName);
		}
		if (width <= 0 || height <= 0) {
			throw new RejectedMediaException(RejectedMediaException.UNREADABLE, fileName);
		}
		checkPixels(fileName, width, height);
		return new UploadedImage("image/webp", width, height);
	}

	private static void checkPixels(String fileName, int width, int height) {
		if ((long) width * height > MAX_PIXELS) {
			throw new RejectedMediaException(RejectedMediaException.TOO_MANY_PIXELS, fileName, width, height,
					MAX_PIXELS / 1_000_000);
		}
	}

	private static int uint24(byte[] bytes, int offset) {
		return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16;
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

	private static boolean ascii(byte[] bytes, int offset, String text) {
		var expected = text.getBytes(StandardCharsets.US_ASCII);
		return bytes.length >= offset + expected.length
				&& Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
	}

}
