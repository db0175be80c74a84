-- The naive SQL design of offer search, for the benchmark only: schema "bench", built from
-- catalog.offer in the same PostgreSQL. Dropped and rebuilt at each run (bench/run.sh).
\set ON_ERROR_STOP on
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- French: accents folded, then the snowball French stemmer.
CREATE TEXT SEARCH CONFIGURATION bench.fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION bench.fr
	ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- One row per offer: name (weight A) + short description and description (weight B), French.
CREATE TABLE bench.offer AS
SELECT o.id, o.name, o.types, o.commune_code, o.latitude, o.longitude,
	setweight(to_tsvector('bench.fr', coalesce(o.content -> 'name' ->> 'fr', '')), 'A')
	|| setweight(to_tsvector('bench.fr', coalesce(o.content -> 'shortDescription' ->> 'fr', '') || ' '
		|| coalesce(o.content -> 'description' ->> 'fr', '')), 'B') AS document
FROM catalog.offer o;
ALTER TABLE bench.offer ADD PRIMARY KEY (id);
CREATE INDEX offer_document ON bench.offer USING gin (document);
CREATE INDEX offer_earth ON bench.offer USING gist (ll_to_earth(latitude, longitude));
CREATE INDEX offer_commune ON bench.offer (commune_code);
CREATE INDEX offer_types ON bench.offer USING gin (types);
CREATE INDEX offer_name ON bench.offer (name);

-- Opening and event periods, as Escale reads them: a missing bound is the other one; no weekday = every day.
CREATE TABLE bench.offer_period AS
SELECT o.id AS offer_id,
	daterange(coalesce(p ->> 'startDate', p ->> 'endDate')::date, coalesce(p ->> 'endDate', p ->> 'startDate')::date, '[]') AS period,
	coalesce(ARRAY(SELECT jsonb_array_elements_text(p -> 'weekdays')), '{}') AS weekdays
FROM catalog.offer o,
	jsonb_array_elements(coalesce(o.content -> 'openingPeriods', '[]') || coalesce(o.content -> 'eventPeriods', '[]')) p
WHERE p ->> 'startDate' IS NOT NULL OR p ->> 'endDate' IS NOT NULL;
CREATE INDEX offer_period_period ON bench.offer_period USING gist (period);
CREATE INDEX offer_period_offer ON bench.offer_period (offer_id);

VACUUM ANALYZE bench.offer;
VACUUM ANALYZE bench.offer_period;
SELECT count(*) AS offers FROM bench.offer;
SELECT count(*) AS periods FROM bench.offer_period;
