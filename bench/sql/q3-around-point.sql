-- Within 10 km of a point of the region (Centre-Val de Loire's box): the 20 nearest, then the
-- type facet counts.
\set la random(46400, 48900)
\set lo random(-300, 3100)
SELECT id, name, earth_distance(ll_to_earth(:la / 1000.0, :lo / 1000.0), ll_to_earth(latitude, longitude)) AS meters
FROM bench.offer
WHERE earth_box(ll_to_earth(:la / 1000.0, :lo / 1000.0), 10000) @> ll_to_earth(latitude, longitude)
	AND earth_distance(ll_to_earth(:la / 1000.0, :lo / 1000.0), ll_to_earth(latitude, longitude)) <= 10000
ORDER BY meters, name LIMIT 20;
SELECT t, count(*) FROM bench.offer, unnest(types) t
WHERE earth_box(ll_to_earth(:la / 1000.0, :lo / 1000.0), 10000) @> ll_to_earth(latitude, longitude)
	AND earth_distance(ll_to_earth(:la / 1000.0, :lo / 1000.0), ll_to_earth(latitude, longitude)) <= 10000
GROUP BY t ORDER BY count(*) DESC, t LIMIT 30;
