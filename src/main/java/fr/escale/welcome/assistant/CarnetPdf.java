package fr.escale.welcome.assistant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The carnet as a PDF to print or keep: a schematic map drawn here (there is no tile server offline) with the
 * offers as numbered dots and the desk as a square, then the numbered offers, then the link and its QR code.
 */
@Component
class CarnetPdf {

	private static final float MAP_WIDTH = 483;

	private static final float MAP_HEIGHT = 240;

	private static final float MARGIN = 22;

	private final MessageSource messages;

	CarnetPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] of(CarnetPage page, String link) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 56, 56, 48, 48);
		var writer = PdfWriter.getInstance(document, out);
		var title = text("carnet.title", page);
		document.addTitle(title);
		document.open();
		var small = FontFactory.getFont(FontFactory.HELVETICA, 9);
		var normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
		var bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
		document.add(new Paragraph(page.officeName(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12)));
		var heading = new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18));
		heading.setSpacingAfter(10);
		document.add(heading);
		var map = Image.getInstance(map(writer.getDirectContent(), page));
		map.setAlignment(Element.ALIGN_CENTER);
		document.add(map);
		for (var entry : page.entries()) {
			var name = new Paragraph(entry.number() + ". " + entry.name(), bold);
			name.setSpacingBefore(10);
			name.setKeepTogether(true);
			document.add(name);
			var lines = new ArrayList<String>(entry.address());
			if (entry.phone() != null) {
				lines.add(text("carnet.phone", page) + " " + entry.phone());
			}
			if (entry.website() != null) {
				lines.add(entry.website());
			}
			if (entry.email() != null) {
				lines.add(entry.email());
			}
			entry.when().forEach(when -> lines.add(text("carnet.when", page) + " " + when));
			for (var line : lines) {
				document.add(new Paragraph(line, normal));
			}
		}
		var phone = new Paragraph(text("carnet.scan", page), small);
		phone.setSpacingBefore(18);
		document.add(phone);
		document.add(new Paragraph(new Chunk(link, small).setAnchor(link)));
		var qr = Image.getInstance(qr(writer.getDirectContent(), link));
		document.add(qr);
		document.close();
		return out.toByteArray();
	}

	/** The offers and the desk inside a frame, by latitude and longitude; east is right, north is up. */
	private com.lowagie.text.pdf.PdfTemplate map(PdfContentByte canvas, CarnetPage page) {
		var template = canvas.createTemplate(MAP_WIDTH, MAP_HEIGHT);
		template.setRGBColorStroke(120, 120, 120);
		template.setLineWidth(0.8f);
		template.rectangle(0.5f, 0.5f, MAP_WIDTH - 1, MAP_HEIGHT - 1);
		template.stroke();
		var positions = new ArrayList<double[]>();
		page.entries().stream().filter(CarnetPage.Entry::located)
			.forEach(e -> positions.add(new double[] { e.latitude(), e.longitude() }));
		if (page.point() != null) {
			positions.add(new double[] { page.point().latitude(), page.point().longitude() });
		}
		if (positions.isEmpty()) {
			return template;
		}
		double minLat = positions.stream().mapToDouble(p -> p[0]).min().orElseThrow();
		double maxLat = positions.stream().mapToDouble(p -> p[0]).max().orElseThrow();
		double minLon = positions.stream().mapToDouble(p -> p[1]).min().orElseThrow();
		double maxLon = positions.stream().mapToDouble(p -> p[1]).max().orElseThrow();
		// A degree of longitude shrinks with the latitude: without this the map would be stretched east-west.
		double shrink = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		double width = Math.max((maxLon - minLon) * shrink, 0.005);
		double height = Math.max(maxLat - minLat, 0.005);
		double scale = Math.min((MAP_WIDTH - 2 * MARGIN) / width, (MAP_HEIGHT - 2 * MARGIN) / height);
		double centreX = (minLon + maxLon) / 2 * shrink;
		double centreY = (minLat + maxLat) / 2;
		java.util.function.BiFunction<Double, Double, float[]> at = (lat, lon) -> new float[] {
				(float) (MAP_WIDTH / 2 + (lon * shrink - centreX) * scale),
				(float) (MAP_HEIGHT / 2 + (lat - centreY) * scale) };
		var font = font(BaseFont.HELVETICA_BOLD);
		var labels = font(BaseFont.HELVETICA);
		if (page.point() != null) {
			var p = at.apply(page.point().latitude(), page.point().longitude());
			template.setRGBColorFill(200, 60, 40);
			template.rectangle(p[0] - 5, p[1] - 5, 10, 10);
			template.fill();
			template.setRGBColorFill(40, 40, 40);
			write(template, labels, 7, page.point().name(), p[0] + 8, p[1] - 2, Element.ALIGN_LEFT);
		}
		for (var entry : page.entries()) {
			if (!entry.located()) {
				continue;
			}
			var p = at.apply(entry.latitude(), entry.longitude());
			template.setRGBColorFill(20, 80, 140);
			template.circle(p[0], p[1], 7);
			template.fill();
			template.setRGBColorFill(255, 255, 255);
			write(template, font, 8, String.valueOf(entry.number()), p[0], p[1] - 3, Element.ALIGN_CENTER);
		}
		// A scale bar of a round number of kilometres, about a fifth of the frame.
		double kmPerPoint = 111.32 / scale;
		double km = roundKm(kmPerPoint * MAP_WIDTH / 5);
		float bar = (float) (km / kmPerPoint);
		template.setRGBColorStroke(60, 60, 60);
		template.moveTo(10, 10);
		template.lineTo(10 + bar, 10);
		template.stroke();
		template.setRGBColorFill(60, 60, 60);
		write(template, labels, 7, (km < 1 ? String.valueOf(km) : String.valueOf((long) km)) + " km", 10 + bar + 4, 8,
				Element.ALIGN_LEFT);
		return template;
	}

	private static double roundKm(double km) {
		for (double step : new double[] { 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100 }) {
			if (km <= step) {
				return step;
			}
		}
		return 200;
	}

	private static com.lowagie.text.pdf.PdfTemplate qr(PdfContentByte canvas, String link) {
		var matrix = QrCodes.matrix(link);
		float module = 2.5f;
		var template = canvas.createTemplate(matrix.getWidth() * module, matrix.getHeight() * module);
		template.setRGBColorFill(0, 0, 0);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					// PDF counts y upwards, the matrix downwards.
					template.rectangle(x * module, (matrix.getHeight() - 1 - y) * module, module, module);
				}
			}
		}
		template.fill();
		return template;
	}

	private static void write(com.lowagie.text.pdf.PdfTemplate template, BaseFont font, float size, String text,
			float x, float y, int alignment) {
		template.beginText();
		template.setFontAndSize(font, size);
		template.showTextAligned(alignment, text, x, y, 0);
		template.endText();
	}

	private static BaseFont font(String name) {
		try {
			return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String text(String key, CarnetPage page) {
		return messages.getMessage(key, null, page.locale());
	}

}
