package fr.escale.partners.membership;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.escale.offices.Office;
import fr.escale.offices.Offices;
import fr.escale.partners.Partners;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The receipt of a payment, as a PDF the partner keeps for its accounts. */
@Component
class Receipts {

	private final Memberships memberships;

	private final Partners partners;

	private final Offices offices;

	private final Communes communes;

	private final MessageSource messages;

	Receipts(Memberships memberships, Partners partners, Offices offices, Communes communes, MessageSource messages) {
		this.memberships = memberships;
		this.partners = partners;
		this.offices = offices;
		this.communes = communes;
		this.messages = messages;
	}

	/** A downloadable receipt: its file name and its bytes. */
	record Receipt(String fileName, byte[] pdf) {
	}

	/**
	 * The receipt of the office's payment; of this partner's only when a partner asks.
	 *
	 * @param partnerId the partner who asks, or null for staff
	 */
	Receipt of(UUID officeId, UUID partnerId, UUID paymentId, Locale locale) {
		var found = memberships.payment(officeId, paymentId)
			.filter(of -> partnerId == null || of.membership().partnerId().equals(partnerId))
			.orElseThrow(() -> new MembershipNotFoundException(paymentId));
		var payment = found.payment();
		var membership = found.membership();
		var partner = partners.get(officeId, membership.partnerId());
		var office = offices.all().stream().filter(o -> o.id().equals(officeId)).map(Office::name).findFirst().orElse("");

		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("membership.receipt.title", locale, payment.receiptNumber()));
		document.open();
		var small = FontFactory.getFont(FontFactory.HELVETICA, 10);
		var normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
		var bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
		document.add(new Paragraph(office, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13)));
		var title = new Paragraph(text("membership.receipt.title", locale, payment.receiptNumber()),
				FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18));
		title.setSpacingBefore(24);
		title.setSpacingAfter(18);
		document.add(title);

		var details = partner.details();
		document.add(new Paragraph(text("membership.receipt.from", locale), small));
		document.add(new Paragraph(details.legalName() == null ? partner.name() : details.legalName(), bold));
		if (details.legalName() != null && !details.legalName().equals(partner.name())) {
			document.add(new Paragraph(partner.name(), normal));
		}
		if (details.street() != null) {
			document.add(new Paragraph(details.street(), normal));
		}
		var commune = communes.byCode(details.communeCode()).map(Commune::name).orElse(details.communeCode());
		var town = ((details.postalCode() == null ? "" : details.postalCode()) + " " + (commune == null ? "" : commune)).trim();
		if (!town.isEmpty()) {
			document.add(new Paragraph(town, normal));
		}
		if (details.siret() != null) {
			document.add(new Paragraph(text("membership.receipt.siret", locale, details.siret()), normal));
		}

		var table = new PdfPTable(new float[] { 2, 3 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(24);
		row(table, text("membership.receipt.year", locale), String.valueOf(membership.year()), small, bold);
		row(table, text("membership.tier", locale), membership.tierName(), small, bold);
		row(table, text("membership.payment.amount", locale), Euros.format(payment.amountCents(), locale), small, bold);
		row(table, text("membership.payment.method", locale), text("membership.method." + payment.method(), locale), small,
				bold);
		row(table, text("membership.payment.paidOn", locale), MembershipFormat.date(payment.paidOn(), locale), small, bold);
		if (payment.reference() != null) {
			row(table, text("membership.payment.reference", locale), payment.reference(), small, bold);
		}
		row(table, text("membership.receipt.number", locale), payment.receiptNumber(), small, bold);
		document.add(table);

		var thanks = new Paragraph(text("membership.receipt.thanks", locale, office, membership.year()),
				normal);
		thanks.setSpacingBefore(24);
		thanks.setAlignment(Element.ALIGN_LEFT);
		document.add(thanks);
		document.close();
		return new Receipt(text("membership.receipt.file", locale, payment.receiptNumber()) + ".pdf", out.toByteArray());
	}

	private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
		for (var cell : new PdfPCell[] { new PdfPCell(new Phrase(label, labelFont)), new PdfPCell(new Phrase(value, valueFont)) }) {
			cell.setBorder(PdfPCell.BOTTOM);
			cell.setPadding(6);
			table.addCell(cell);
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
