package fr.escale.welcome.stats;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.escale.platform.TypedDate;
import fr.escale.platform.TypedNumber;
import fr.escale.welcome.DoorCounts;
import fr.escale.welcome.DoorCounts.Figure;
import fr.escale.welcome.InformationPoints;
import fr.escale.welcome.Requests;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Door counts read from a spreadsheet saved as CSV: one line per point and day «point;date;entries», the point by its
 * name or id, the date as 31/12/2026 or 2026-12-31, semicolons or commas, UTF-8 with or without BOM, a header line or
 * none. Every valid line sets its day (a day imported again is updated, not doubled); every invalid line is reported
 * with its number and why. A file that cannot be read at all imports nothing.
 */
@Component
class DoorCountCsv {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	static final int MAX_LINES = 50_000;

	private final DoorCounts counts;

	private final InformationPoints points;

	private final MessageSource messages;

	DoorCountCsv(DoorCounts counts, InformationPoints points, MessageSource messages) {
		this.counts = counts;
		this.points = points;
		this.messages = messages;
	}

	/** A line left out: its number in the file, what it said and why. */
	record Rejected(long line, String content, String reason) {
	}

	/** What an import did, or the problem that stopped it (then nothing was imported). */
	record Report(int created, int updated, int unchanged, List<Rejected> rejected, String problem) {

		static Report refused(String problem) {
			return new Report(0, 0, 0, List.of(), problem);
		}

	}

	@Transactional
	Report read(UUID officeId, byte[] bytes, String by, Locale locale) {
		if (bytes.length == 0) {
			return Report.refused(message("counters.import.error.empty", locale));
		}
		if (bytes.length > MAX_BYTES) {
			return tooLarge(locale);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return Report.refused(message("counters.import.error.encoding", locale));
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		var byName = new HashMap<String, UUID>();
		var byId = new HashMap<String, UUID>();
		points.of(officeId).forEach(p -> {
			byName.putIfAbsent(fold(p.name()), p.id());
			byId.put(p.id().toString(), p.id());
		});
		var today = LocalDate.now(Requests.DESK_ZONE);
		var format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		// The last figure of a day wins, as if the lines had been typed one after the other.
		var figures = new LinkedHashMap<String, Figure>();
		var rejected = new ArrayList<Rejected>();
		try (var parser = format.parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				var line = record.getRecordNumber();
				if (line > MAX_LINES) {
					return Report.refused(message("counters.import.error.tooManyLines", locale, MAX_LINES));
				}
				if (record.size() == 1 && record.get(0).isEmpty()) {
					continue;
				}
				var content = String.join(" ; ", record.values());
				if (record.size() < 3 || record.size() > 3 && !record.get(3).isEmpty()) {
					rejected.add(new Rejected(line, content,
							message("counters.import.line.columns", locale, String.valueOf(line), record.size())));
					continue;
				}
				var point = record.get(0);
				var typedDate = record.get(1);
				var typedEntries = record.get(2).replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
				if (line == 1 && !typedEntries.matches("\\d+")) {
					continue; // a header line
				}
				var pointId = byId.containsKey(point.toLowerCase(Locale.ROOT)) ? byId.get(point.toLowerCase(Locale.ROOT))
						: byName.get(fold(point));
				var day = TypedDate.parse(typedDate).orElse(null);
				var entries = TypedNumber.whole(typedEntries, 0, 1_000_000).orElse(null);
				var reasons = new ArrayList<String>();
				if (pointId == null) {
					reasons.add(message("counters.import.line.point", locale, String.valueOf(line), point));
				}
				if (day == null) {
					reasons.add(message("counters.import.line.date", locale, String.valueOf(line), typedDate));
				}
				else if (day.isAfter(today)) {
					reasons.add(message("counters.import.line.future", locale, String.valueOf(line), typedDate));
				}
				if (entries == null) {
					reasons.add(message("counters.import.line.entries", locale, String.valueOf(line), record.get(2)));
				}
				if (!reasons.isEmpty()) {
					rejected.add(new Rejected(line, content, String.join(" ", reasons)));
					continue;
				}
				figures.remove(pointId + "/" + day);
				figures.put(pointId + "/" + day, new Figure(pointId, day, entries));
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			return Report.refused(message("counters.import.error.malformed", locale, ex.getMessage()));
		}
		if (figures.isEmpty() && rejected.isEmpty()) {
			return Report.refused(message("counters.import.error.empty", locale));
		}
		var outcome = counts.setAll(officeId, List.copyOf(figures.values()), by, DoorCounts.Source.CSV);
		return new Report(outcome.created(), outcome.updated(), outcome.unchanged(), rejected, null);
	}

	Report tooLarge(Locale locale) {
		return Report.refused(message("counters.import.error.tooLarge", locale, MAX_BYTES / 1024 / 1024));
	}

	/** Semicolons as French spreadsheets write them, unless the first line has commas only. */
	private static char delimiter(String text) {
		var end = text.indexOf('\n');
		var first = end < 0 ? text : text.substring(0, end);
		return first.indexOf(';') < 0 && first.indexOf(',') >= 0 ? ',' : ';';
	}

	/** A point's name as people type it: case, accents and spaces aside. */
	static String fold(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.trim();
	}

	private String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
