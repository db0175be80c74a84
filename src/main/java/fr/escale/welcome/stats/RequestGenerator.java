package fr.escale.welcome.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plausible requests for an office, drawn in SQL (generate_series) so that thousands or a million go in one statement:
 * a tourist season (July and August busiest, January quietest, weekends busier), French visitors two in three (most
 * from nearby départements), the rest from abroad with their languages, one in ten counted only, some with a
 * recommended offer; and the door counts of the points that have a counter. The demo fills its office with it, the
 * benchmark a large office. Seeded: the same seed draws the same requests.
 */
@Component
class RequestGenerator {

	/** How many of each went in. */
	record Generated(long requests, long recommended, long doorCounts) {
	}

	private final JdbcClient jdbc;

	RequestGenerator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * About total requests (the day-to-day noise makes it a few more or less) between from and to, at the points (the
	 * first ones busiest), marked with counsellor; door counts for doorPoints.
	 */
	@Transactional
	Generated generate(UUID office, List<UUID> points, List<UUID> doorPoints, List<UUID> offers, LocalDate from,
			LocalDate to, long total, double seed, String counsellor) {
		jdbc.sql("SELECT setseed(?)").param(seed).query((rs, n) -> 1).list();
		var requests = jdbc.sql("""
				WITH days AS (
				  SELECT d::date AS day,
				         CASE extract(month FROM d)::int WHEN 1 THEN 0.35 WHEN 2 THEN 0.45 WHEN 3 THEN 0.6 WHEN 4 THEN 0.9
				           WHEN 5 THEN 1.1 WHEN 6 THEN 1.4 WHEN 7 THEN 2.4 WHEN 8 THEN 2.6 WHEN 9 THEN 1.2 WHEN 10 THEN 0.8
				           WHEN 11 THEN 0.4 ELSE 0.55 END
				         * CASE WHEN extract(isodow FROM d) IN (6, 7) THEN 1.35 ELSE 1 END AS weight
				    FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') d
				), counts AS (
				  SELECT day, round(:total * weight / sum(weight) OVER () * (0.8 + 0.4 * random()))::int AS n FROM days
				), drawn AS (
				  SELECT day, random() AS point, random() AS hour, random() AS channel, random() AS abroad,
				         random() AS origin, random() AS kind, random() AS size, random() AS topic, random() AS second
				    FROM counts CROSS JOIN LATERAL generate_series(1, counts.n)
				), described AS (
				  SELECT d.*, CASE WHEN d.abroad < 0.64 THEN 'FR'
				         ELSE (ARRAY['DE', 'GB', 'BE', 'NL', 'ES', 'IT', 'US', 'CH', 'CA', 'JP', 'CN', 'AU'])
				              [1 + floor(power(d.origin, 1.8) * 12)::int] END AS country,
				         d.kind < 0.1 AS counted
				    FROM drawn d
				)
				INSERT INTO welcome.request (id, office_id, point_id, channel, at, party_size, party_kind, country,
				                             french_area, language, topics, counsellor, visitors)
				SELECT gen_random_uuid(), :office, p.ids[1 + floor(power(d.point, 1.6) * cardinality(p.ids))::int],
				       CASE WHEN d.counted OR d.channel < 0.62 THEN 'DESK' WHEN d.channel < 0.76 THEN 'PHONE'
				            WHEN d.channel < 0.86 THEN 'EMAIL' WHEN d.channel < 0.9 THEN 'CHAT'
				            WHEN d.channel < 0.96 THEN 'OUTSIDE' ELSE 'KIOSK' END,
				       (d.day + time '09:00' + d.hour * interval '9 hours 30 minutes') AT TIME ZONE 'Europe/Paris',
				       CASE WHEN d.counted THEN NULL WHEN d.kind < 0.32 THEN 1 WHEN d.kind < 0.7 THEN 2
				            WHEN d.kind < 0.9 THEN 3 + floor(d.size * 3)::int WHEN d.kind < 0.97 THEN 2 + floor(d.size * 5)::int
				            ELSE 8 + floor(d.size * 30)::int END,
				       CASE WHEN d.counted THEN NULL WHEN d.kind < 0.32 THEN 'ALONE' WHEN d.kind < 0.7 THEN 'COUPLE'
				            WHEN d.kind < 0.9 THEN 'FAMILY' WHEN d.kind < 0.97 THEN 'FRIENDS' ELSE 'GROUP' END,
				       d.country,
				       CASE WHEN d.country = 'FR' AND d.origin < 0.93 THEN
				         (ARRAY['37000', '37100', '37400', '37500', '37', '41000', '36000', '86000', '72000', '49000', '45000',
				                '75011', '75015', '92100', '69003', '33000', '44000', '35000', '59000', '18000', '13008',
				                '67000', '06000', '31000', '974', '2A', '29200', '76000', '21000', '971'])
				         [1 + floor(power(d.size, 2.2) * 30)::int] END,
				       CASE WHEN d.counted THEN NULL ELSE CASE d.country WHEN 'FR' THEN 'fr' WHEN 'DE' THEN 'de'
				            WHEN 'BE' THEN CASE WHEN d.size < 0.5 THEN 'fr' ELSE 'nl' END WHEN 'NL' THEN 'nl'
				            WHEN 'ES' THEN 'es' WHEN 'IT' THEN 'it' WHEN 'CH' THEN CASE WHEN d.size < 0.6 THEN 'fr' ELSE 'de' END
				            WHEN 'JP' THEN 'ja' WHEN 'CN' THEN 'zh' ELSE 'en' END END,
				       CASE WHEN d.counted THEN '{}'::text[] ELSE
				         (SELECT array_agg(DISTINCT t) FROM unnest(ARRAY[
				            (ARRAY['ACCOMMODATION', 'EVENTS', 'HIKING', 'CYCLING', 'HERITAGE', 'FOOD', 'TRANSPORT', 'PRACTICAL',
				                   'SHOPPING', 'LEISURE'])[1 + floor(d.topic * 10)::int],
				            CASE WHEN d.second < 0.4 THEN (ARRAY['HERITAGE', 'FOOD', 'EVENTS', 'HIKING', 'CYCLING'])
				              [1 + floor(d.second * 12.5)::int] END]) AS t WHERE t IS NOT NULL) END,
				       :counsellor,
				       CASE WHEN d.counted THEN 1 + floor(d.size * 4)::int END
				  FROM described d, (SELECT CAST(string_to_array(:points, ',') AS uuid[]) AS ids) p""")
			.param("from", from)
			.param("to", to)
			.param("total", total)
			.param("office", office)
			.param("points", join(points))
			.param("counsellor", counsellor)
			.update();
		var recommended = offers.isEmpty() ? 0 : jdbc.sql("""
				INSERT INTO welcome.request_offer (request_id, offer_id)
				SELECT r.id, o.ids[1 + floor(random() * cardinality(o.ids))::int]
				  FROM welcome.request r, (SELECT CAST(string_to_array(:offers, ',') AS uuid[]) AS ids) o
				 WHERE r.office_id = :office AND r.counsellor = :counsellor AND r.at >= :from AND r.visitors IS NULL
				   AND random() < 0.2
				ON CONFLICT DO NOTHING""")
			.param("offers", join(offers))
			.param("office", office)
			.param("counsellor", counsellor)
			.param("from", java.sql.Timestamp.from(from.atStartOfDay(fr.escale.welcome.Requests.DESK_ZONE).toInstant()))
			.update();
		var doorCounts = doorPoints.isEmpty() ? 0 : jdbc.sql("""
				INSERT INTO welcome.door_count (office_id, point_id, day, entries, entered_by, entered_at)
				SELECT :office, r.point_id, (r.at AT TIME ZONE 'Europe/Paris')::date,
				       round(count(*) * (2.2 + random()))::int, :counsellor, now()
				  FROM welcome.request r
				 WHERE r.office_id = :office AND r.counsellor = :counsellor
				   AND r.point_id = ANY (CAST(string_to_array(:doors, ',') AS uuid[]))
				 GROUP BY 2, 3
				ON CONFLICT DO NOTHING""")
			.param("office", office)
			.param("counsellor", counsellor)
			.param("doors", join(doorPoints))
			.update();
		return new Generated(requests, recommended, doorCounts);
	}

	private static String join(List<UUID> ids) {
		return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
	}

}
