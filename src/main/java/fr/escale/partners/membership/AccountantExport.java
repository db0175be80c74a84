package fr.escale.partners.membership;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year's memberships for the accountant: one line per payment, and one per membership with no
 * payment. Written as French Excel opens it at a double click: UTF-8 with a byte order mark,
 * semicolons, decimal commas, dates as 31/12/2026.
 */
@Component
class AccountantExport {

	private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String[] COLUMNS = { "receipt", "date", "partner", "siret", "tier", "fee", "paid", "method",
			"reference", "status" };

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AccountantExport(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** A text a spreadsheet would take for a formula (=, +, -, @) is kept as text. */
	private static String text(String value) {
		return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

	String csv(UUID officeId, int year, Locale locale) {
		var out = new StringWriter();
		out.write('\uFEFF');
		try (var printer = new CSVPrinter(out, FORMAT)) {
			for (var column : COLUMNS) {
				printer.print(messages.getMessage("membership.export." + column, null, locale));
			}
			printer.println();
			jdbc.sql("""
					SELECT y.receipt_number, y.paid_on, p.name, p.siret, t.name AS tier, m.fee_cents, y.amount_cents, y.method,
					       y.reference, m.status
					FROM partners.membership m
					JOIN partners.partner p ON p.id = m.partner_id
					JOIN partners.membership_tier t ON t.id = m.tier_id
					LEFT JOIN partners.membership_payment y ON y.membership_id = m.id
					WHERE m.office_id = ? AND m.year = ?
					ORDER BY y.paid_on NULLS LAST, y.receipt_number, lower(p.name), p.id""")
				.params(officeId, year)
				.query(row -> {
					try {
						var method = row.getString("method");
						printer.printRecord(row.getString("receipt_number"),
								row.getObject("paid_on", LocalDate.class) == null ? null
										: DATE.format(row.getObject("paid_on", LocalDate.class)),
								text(row.getString("name")), row.getString("siret"), text(row.getString("tier")),
								Euros.plain(row.getInt("fee_cents")), Euros.plain(row.getInt("amount_cents")),
								method == null ? null : messages.getMessage("membership.method." + method, null, locale),
								text(row.getString("reference")),
								messages.getMessage("membership.status." + row.getString("status"), null, locale));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
