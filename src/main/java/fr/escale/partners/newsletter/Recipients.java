package fr.escale.partners.newsletter;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.escale.partners.PartnerType;
import fr.escale.partners.newsletter.Segment.Membership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a segment reaches: the office's partners that meet it and did not opt out, and for each its
 * own e-mail and its enabled pro users', one mail per address.
 */
@Component
class Recipients {

	/** How many a segment reaches: the partners, and the addresses they are reached at. */
	record Audience(long partners, long addresses) {
	}

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Audience count(UUID officeId, Segment segment) {
		var query = new Query(officeId, segment);
		return jdbc.sql(query.addresses() + """
				SELECT (SELECT count(*) FROM segment), (SELECT count(DISTINCT lower(email)) FROM address)""")
			.params(query.params)
			.query((row, i) -> new Audience(row.getLong(1), row.getLong(2)))
			.single();
	}

	/** Every address, once: an address shared by two partners gets the mail of the first by name. */
	List<Recipient> of(UUID officeId, Segment segment) {
		var query = new Query(officeId, segment);
		return jdbc.sql(query.addresses() + """
				SELECT partner_id, name, email, unsubscribe_token FROM (
				    SELECT DISTINCT ON (lower(email)) partner_id, name, email, unsubscribe_token
				    FROM address ORDER BY lower(email), own DESC, lower(name), partner_id) once
				ORDER BY lower(name), partner_id, lower(email)""")
			.params(query.params)
			.query((row, i) -> new Recipient(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
					row.getString(4)))
			.list();
	}

	/** The segment as SQL: one condition per criterion chosen, each an OR of the values chosen. */
	private static final class Query {

		private final Map<String, Object> params = new HashMap<>();

		private final List<String> conditions = new ArrayList<>();

		Query(UUID officeId, Segment segment) {
			params.put("office", officeId);
			if (!segment.types().isEmpty()) {
				params.put("types", segment.types().stream().map(PartnerType::name).toList());
				conditions.add("p.type IN (:types)");
			}
			if (!segment.communes().isEmpty()) {
				params.put("communes", segment.communes());
				conditions.add("p.commune_code IN (:communes)");
			}
			if (!segment.memberships().isEmpty()) {
				conditions.add(memberships(segment.memberships()));
			}
			if (!segment.labels().isEmpty()) {
				params.put("labels", segment.labels());
				conditions.add(award("a.kind = 'LABEL' AND a.label_id IN (:labels)"));
			}
			if (!segment.stars().isEmpty()) {
				params.put("stars", segment.stars());
				conditions.add(award("a.kind = 'CLASSIFICATION' AND a.stars IN (:stars)"));
			}
			if (segment.attendedWorkshop()) {
				var which = "";
				if (!segment.anyWorkshop()) {
					params.put("workshops", segment.workshops());
					which = " AND r.workshop_id IN (:workshops)";
				}
				conditions.add("EXISTS (SELECT 1 FROM partners.workshop_registration r WHERE r.partner_id = p.id AND r.attended"
						+ which + ")");
			}
		}

		private String memberships(List<Membership> chosen) {
			params.put("year", Year.now().getValue());
			var statuses = chosen.stream().filter(status -> status != Membership.NONE).map(Membership::name).toList();
			var either = new ArrayList<String>();
			if (!statuses.isEmpty()) {
				params.put("statuses", statuses);
				either.add("""
						EXISTS (SELECT 1 FROM partners.membership m
						        WHERE m.partner_id = p.id AND m.year = :year AND m.status IN (:statuses))""");
			}
			if (chosen.contains(Membership.NONE)) {
				either.add("NOT EXISTS (SELECT 1 FROM partners.membership m WHERE m.partner_id = p.id AND m.year = :year)");
			}
			return "(" + String.join(" OR ", either) + ")";
		}

		private static String award(String which) {
			return "EXISTS (SELECT 1 FROM partners.award a WHERE a.partner_id = p.id AND " + which
					+ " AND (a.expires_on IS NULL OR a.expires_on >= CURRENT_DATE))";
		}

		/** The partners of the segment ({@code segment}) and their addresses ({@code address}), as CTEs. */
		String addresses() {
			var where = conditions.isEmpty() ? "" : " AND " + String.join("\n AND ", conditions);
			return """
					WITH segment AS (
					    SELECT p.id, p.name, p.email, p.unsubscribe_token FROM partners.partner p
					    WHERE p.office_id = :office AND NOT p.newsletter_opt_out""" + where + """
					),
					address AS (
					    SELECT s.id AS partner_id, s.name, trim(s.email) AS email, s.unsubscribe_token, TRUE AS own
					    FROM segment s WHERE trim(s.email) <> ''
					    UNION ALL
					    SELECT s.id, s.name, trim(u.email), s.unsubscribe_token, FALSE
					    FROM segment s JOIN partners.partner_user u ON u.partner_id = s.id AND u.enabled
					)
					""";
		}

	}

}
