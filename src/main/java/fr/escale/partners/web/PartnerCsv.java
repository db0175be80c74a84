package fr.escale.partners.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.escale.partners.PartnerType;
import fr.escale.partners.Partners;
import fr.escale.territory.Commune;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;

/**
 * Reads partners from a spreadsheet saved as CSV (semicolons as French Excel writes them, or
 * commas; French or English headers). Each valid line creates a partner, or updates the one with
 * the same SIRET; each invalid line is reported with its number and reasons, and the others
 * still go in.
 */
@Component
class PartnerCsv {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_LINES = 10_000;

	/** The columns, each with the header names accepted for it. */
	private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
			Map.entry("name", List.of("nom", "name")), Map.entry("legalName", List.of("raison sociale", "legal name")),
			Map.entry("siret", List.of("siret")), Map.entry("type", List.of("type")),
			Map.entry("street", List.of("adresse", "street", "address")),
			Map.entry("postalCode", List.of("code postal", "postal code", "cp")),
			Map.entry("commune", List.of("commune", "ville", "city", "code insee")),
			Map.entry("email", List.of("email", "e mail", "courriel")),
			Map.entry("phone", List.of("telephone", "phone", "tel")),
			Map.entry("website", List.of("site web", "website", "site")),
			Map.entry("capacity", List.of("capacite", "capacity")));

	private final Partners partners;

	private final PartnerChecks checks;

	private final SmartValidator validator;

	private final MessageSource messages;

	PartnerCsv(Partners partners, PartnerChecks checks, SmartValidator validator, MessageSource messages) {
		this.partners = partners;
		this.checks = checks;
		this.validator = validator;
		this.messages = messages;
	}

	/** A line that did not go in: its number in the file, what it said, and why. */
	record RejectedLine(long line, String content, List<String> reasons) {
	}

	record Report(int created, int updated, List<RejectedLine> rejected, String problem) {

		static Report refused(String problem) {
			return new Report(0, 0, List.of(), problem);
		}

	}

	@Transactional
	Report read(UUID officeId, byte[] bytes, Locale locale) throws IOException {
		if (bytes.length == 0) {
			return Report.refused(message("partners.import.error.empty", locale));
		}
		if (bytes.length > MAX_BYTES) {
			return Report.refused(message("partners.import.error.tooLarge", locale, MAX_BYTES / 1024 / 1024));
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
		}
		catch (CharacterCodingException ex) {
			return Report.refused(message("partners.import.error.encoding", locale));
		}
		var format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(bytes))
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		int created = 0;
		int updated = 0;
		var rejected = new ArrayList<RejectedLine>();
		try (Reader reader = new InputStreamReader(withoutBom(bytes), StandardCharsets.UTF_8);
				var parser = format.parse(reader)) {
			var headers = headers(parser.getHeaderNames());
			if (!headers.containsKey("name")) {
				return Report.refused(message("partners.import.error.header", locale));
			}
			for (var record : parser) {
				if (record.getRecordNumber() > MAX_LINES) {
					return Report.refused(message("partners.import.error.tooManyLines", locale, MAX_LINES));
				}
				var line = record.getRecordNumber() + 1;
				var form = form(record, headers);
				var errors = new BeanPropertyBindingResult(form.form(), "form");
				if (form.unknownType() != null) {
					errors.rejectValue("type", "partners.import.error.type", new Object[] { form.unknownType() }, null);
				}
				validator.validate(form.form(), errors);
				var existing = form.form().siret() == null || form.form().siret().isBlank() ? null
						: partners.bySiret(officeId, form.form().siret()).orElse(null);
				var commune = checks.check(form.form(), officeId, existing == null ? null : existing.id(), errors);
				if (errors.hasErrors()) {
					rejected.add(new RejectedLine(line, String.join(" ; ", record.values()), errors.getFieldErrors()
						.stream()
						.map(error -> message(COLUMN_KEYS.get(error.getField()), locale) + " : "
								+ messages.getMessage(error, locale))
						.toList()));
					continue;
				}
				var details = form.form().details(commune.map(Commune::code).orElse(null));
				if (existing != null) {
					partners.update(officeId, existing.id(), details);
					updated++;
				}
				else {
					partners.create(officeId, details);
					created++;
				}
			}
		}
		catch (java.io.UncheckedIOException | IllegalArgumentException ex) {
			return Report.refused(message("partners.import.error.malformed", locale, ex.getMessage()));
		}
		return new Report(created, updated, rejected, null);
	}

	private static final Map<String, String> COLUMN_KEYS = Map.ofEntries(Map.entry("name", "partner.name"),
			Map.entry("legalName", "partner.legalName"), Map.entry("siret", "partner.siret"),
			Map.entry("type", "partner.type"), Map.entry("street", "partner.street"),
			Map.entry("postalCode", "partner.postalCode"), Map.entry("commune", "partner.commune"),
			Map.entry("email", "partner.email"), Map.entry("phone", "partner.phone"),
			Map.entry("website", "partner.website"), Map.entry("capacity", "partner.capacity"));

	private record ParsedLine(PartnerForm form, String unknownType) {
	}

	private ParsedLine form(CSVRecord record, Map<String, String> headers) {
		var type = PartnerType.OTHER;
		String unknownType = null;
		var typed = value(record, headers, "type");
		if (typed != null) {
			var parsed = type(typed);
			if (parsed == null) {
				unknownType = typed;
			}
			else {
				type = parsed;
			}
		}
		Integer capacity = null;
		var capacityText = value(record, headers, "capacity");
		if (capacityText != null) {
			try {
				capacity = Integer.valueOf(capacityText.replace(" ", ""));
			}
			catch (NumberFormatException ex) {
				capacity = -1;
			}
		}
		return new ParsedLine(new PartnerForm(value(record, headers, "name"), value(record, headers, "legalName"),
				value(record, headers, "siret"), type, value(record, headers, "street"),
				value(record, headers, "postalCode"), value(record, headers, "commune"), value(record, headers, "email"),
				value(record, headers, "phone"), value(record, headers, "website"), capacity), unknownType);
	}

	/** A type as the file names it: the code (HOTEL) or its French or English label (Hôtel, Campsite). */
	private PartnerType type(String text) {
		var folded = fold(text);
		for (var type : PartnerType.values()) {
			if (folded.equals(fold(type.name())) || folded.equals(fold(message("partner.type." + type, Locale.FRENCH)))
					|| folded.equals(fold(message("partner.type." + type, Locale.ENGLISH)))) {
				return type;
			}
		}
		return null;
	}

	private static String value(CSVRecord record, Map<String, String> headers, String column) {
		var header = headers.get(column);
		if (header == null || !record.isSet(header)) {
			return null;
		}
		var value = record.get(header);
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Which header of the file holds each column. */
	private static Map<String, String> headers(List<String> names) {
		var found = new java.util.HashMap<String, String>();
		for (var name : names) {
			var folded = fold(name);
			COLUMNS.forEach((column, accepted) -> {
				if (accepted.contains(folded)) {
					found.putIfAbsent(column, name);
				}
			});
		}
		return found;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[_\\-’'.]", " ")
			.replaceAll("\\s+", " ")
			.trim()
			.toLowerCase(Locale.ROOT);
	}

	private static char delimiter(byte[] bytes) {
		var firstLine = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).lines().findFirst().orElse("");
		long semicolons = firstLine.chars().filter(c -> c == ';').count();
		long commas = firstLine.chars().filter(c -> c == ',').count();
		return semicolons >= commas ? ';' : ',';
	}

	private static ByteArrayInputStream withoutBom(byte[] bytes) {
		boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
		return bom ? new ByteArrayInputStream(bytes, 3, bytes.length - 3) : new ByteArrayInputStream(bytes);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
