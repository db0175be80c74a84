package fr.escale.partners.newsletter;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.escale.partners.PartnerType;
import fr.escale.territory.Commune;
import fr.escale.territory.Communes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What staff may pick a segment from, in the office's own terms: its partners' communes, labels, past workshops. */
@Component
class SegmentChoices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	/** One value to tick, and how it reads. */
	record Choice(String value, String name) {
	}

	/** Everything to pick from, for one office. */
	record Options(List<PartnerType> types, List<Choice> communes, List<Segment.Membership> memberships,
			List<Choice> labels, List<Integer> stars, List<Choice> workshops) {

		/** A segment in words: the names of what was picked, criterion by criterion. */
		Summary describe(Segment segment) {
			return new Summary(segment.types(), names(communes, segment.communes(), Function.identity()),
					segment.memberships(), names(labels, segment.labels(), UUID::toString), segment.stars(),
					segment.anyWorkshop(), names(workshops, segment.workshops(), UUID::toString));
		}

		private static <T> List<String> names(List<Choice> choices, List<T> picked, Function<T, String> value) {
			Map<String, String> byValue = choices.stream().collect(Collectors.toMap(Choice::value, Choice::name));
			return picked.stream().map(value).map(v -> byValue.getOrDefault(v, v)).toList();
		}

	}

	/** A segment as the pages show it; empty lists are criteria left open. */
	record Summary(List<PartnerType> types, List<String> communes, List<Segment.Membership> memberships,
			List<String> labels, List<Integer> stars, boolean anyWorkshop, List<String> workshops) {

		public boolean everyone() {
			return types.isEmpty() && communes.isEmpty() && memberships.isEmpty() && labels.isEmpty() && stars.isEmpty()
					&& !anyWorkshop && workshops.isEmpty();
		}

	}

	private final JdbcClient jdbc;

	private final Communes communes;

	SegmentChoices(JdbcClient jdbc, Communes communes) {
		this.jdbc = jdbc;
		this.communes = communes;
	}

	Options of(UUID officeId) {
		return new Options(List.of(PartnerType.values()), communes(officeId), List.of(Segment.Membership.values()),
				labels(officeId), List.of(1, 2, 3, 4, 5), workshops(officeId));
	}

	private List<Choice> communes(UUID officeId) {
		return jdbc.sql("SELECT DISTINCT commune_code FROM partners.partner WHERE office_id = ? AND commune_code IS NOT NULL")
			.param(officeId)
			.query(String.class)
			.list()
			.stream()
			.map(code -> new Choice(code, communes.byCode(code).map(Commune::name).orElse(code)))
			.sorted(Comparator.comparing(Choice::name))
			.toList();
	}

	/** The national labels and the office's own. */
	private List<Choice> labels(UUID officeId) {
		return jdbc.sql("SELECT id, name FROM partners.label WHERE office_id IS NULL OR office_id = ? ORDER BY name")
			.param(officeId)
			.query((row, i) -> new Choice(row.getString(1), row.getString(2)))
			.list();
	}

	/** Workshops that took place, where attendance was marked: the latest first. */
	private List<Choice> workshops(UUID officeId) {
		return jdbc.sql("""
				SELECT id, title, starts_at FROM partners.workshop
				WHERE office_id = ? AND NOT cancelled AND starts_at <= now()
				ORDER BY starts_at DESC LIMIT 200""")
			.param(officeId)
			.query((row, i) -> new Choice(row.getString(1), row.getString(2) + " ("
					+ DAY.format(row.getTimestamp(3).toInstant().atZone(FRANCE)) + ")"))
			.list();
	}

}
