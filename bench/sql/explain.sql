\timing on
\echo === q1-broad-word
-- Broad word "château": the 20 best by rank, then the type facet counts.
EXPLAIN (ANALYZE, BUFFERS) SELECT id, name, ts_rank(document, q) AS rank
FROM bench.offer, websearch_to_tsquery('bench.fr', 'château') q
WHERE document @@ q
ORDER BY rank DESC, name LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS) SELECT t, count(*) FROM bench.offer, unnest(types) t
WHERE document @@ websearch_to_tsquery('bench.fr', 'château')
GROUP BY t ORDER BY count(*) DESC, t LIMIT 30;
\echo === q2-text-type-commune
-- "restaurant" + type Restaurant + commune Tours (37261): the 20 best by rank, then the type facet
-- counts without the type filter (as Escale counts a facet: the alternatives to the chosen type).
EXPLAIN (ANALYZE, BUFFERS) SELECT id, name, ts_rank(document, q) AS rank
FROM bench.offer, websearch_to_tsquery('bench.fr', 'restaurant') q
WHERE document @@ q AND types @> ARRAY['Restaurant'] AND commune_code = '37261'
ORDER BY rank DESC, name LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS) SELECT t, count(*) FROM bench.offer, unnest(types) t
WHERE document @@ websearch_to_tsquery('bench.fr', 'restaurant') AND commune_code = '37261'
GROUP BY t ORDER BY count(*) DESC, t LIMIT 30;
\echo === q3-around-point
-- Within 10 km of Amboise (47.4133, 0.9861): the 20 nearest, then the type facet counts.
EXPLAIN (ANALYZE, BUFFERS) SELECT id, name, earth_distance(ll_to_earth(47.4133, 0.9861), ll_to_earth(latitude, longitude)) AS meters
FROM bench.offer
WHERE earth_box(ll_to_earth(47.4133, 0.9861), 10000) @> ll_to_earth(latitude, longitude)
	AND earth_distance(ll_to_earth(47.4133, 0.9861), ll_to_earth(latitude, longitude)) <= 10000
ORDER BY meters, name LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS) SELECT t, count(*) FROM bench.offer, unnest(types) t
WHERE earth_box(ll_to_earth(47.4133, 0.9861), 10000) @> ll_to_earth(latitude, longitude)
	AND earth_distance(ll_to_earth(47.4133, 0.9861), ll_to_earth(latitude, longitude)) <= 10000
GROUP BY t ORDER BY count(*) DESC, t LIMIT 30;
\echo === q4-on-date
-- Open (or taking place) on Tuesday 2020-07-14: the first 20 by name, then the type facet counts.
EXPLAIN (ANALYZE, BUFFERS) SELECT id, name FROM bench.offer o
WHERE EXISTS (SELECT 1 FROM bench.offer_period p WHERE p.offer_id = o.id AND p.period @> DATE '2020-07-14'
	AND (p.weekdays = '{}' OR 'TUESDAY' = ANY (p.weekdays)))
ORDER BY name LIMIT 20;
EXPLAIN (ANALYZE, BUFFERS) SELECT t, count(*) FROM bench.offer o, unnest(types) t
WHERE EXISTS (SELECT 1 FROM bench.offer_period p WHERE p.offer_id = o.id AND p.period @> DATE '2020-07-14'
	AND (p.weekdays = '{}' OR 'TUESDAY' = ANY (p.weekdays)))
GROUP BY t ORDER BY count(*) DESC, t LIMIT 30;
