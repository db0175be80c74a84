-- Open (or taking place) on a day of 2020 or early 2021: the first 20 by name, then the type facet counts.
\set d random(0, 547)
SELECT id, name FROM bench.offer o
WHERE EXISTS (SELECT 1 FROM bench.offer_period p WHERE p.offer_id = o.id AND p.period @> (DATE '2020-01-01' + :d)
	AND (p.weekdays = '{}' OR to_char(DATE '2020-01-01' + :d, 'FMDAY') = ANY (p.weekdays)))
ORDER BY name LIMIT 20;
SELECT t, count(*) FROM bench.offer o, unnest(types) t
WHERE EXISTS (SELECT 1 FROM bench.offer_period p WHERE p.offer_id = o.id AND p.period @> (DATE '2020-01-01' + :d)
	AND (p.weekdays = '{}' OR to_char(DATE '2020-01-01' + :d, 'FMDAY') = ANY (p.weekdays)))
GROUP BY t ORDER BY count(*) DESC, t LIMIT 30;
