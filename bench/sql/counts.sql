-- How many offers each of the four queries matches (one line each, in the order of q1..q4).
SELECT count(*) FROM bench.offer WHERE document @@ websearch_to_tsquery('bench.fr', 'château');
SELECT count(*) FROM bench.offer WHERE document @@ websearch_to_tsquery('bench.fr', 'restaurant')
	AND types @> ARRAY['Restaurant'] AND commune_code = '37261';
SELECT count(*) FROM bench.offer WHERE earth_box(ll_to_earth(47.4133, 0.9861), 10000) @> ll_to_earth(latitude, longitude)
	AND earth_distance(ll_to_earth(47.4133, 0.9861), ll_to_earth(latitude, longitude)) <= 10000;
SELECT count(*) FROM bench.offer o WHERE EXISTS (SELECT 1 FROM bench.offer_period p WHERE p.offer_id = o.id
	AND p.period @> DATE '2020-07-14' AND (p.weekdays = '{}' OR 'TUESDAY' = ANY (p.weekdays)));
