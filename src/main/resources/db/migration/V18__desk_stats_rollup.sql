-- Desk statistics read a rollup, not the requests: per office, French day (grain D) and French month
-- (grain M, day = its first day), dimension and key, the requests, visitors and requests with a
-- recommended offer. A year is read as 12 months, not 365 days. Triggers keep it exact whatever
-- writes the requests (logged one by one, inserted in bulk, corrected, deleted, offers added later),
-- through welcome.request_delta below.
-- dimension: ALL (key '', the day's totals), POINT, CHANNEL, POINT_CHANNEL (a point's requests by
-- channel, key '<point id> <channel>', which the information points show), COUNTRY (France by département:
-- 'FR-37'), PARTY, LANGUAGE, TOPIC (a request counts once under each of its topics); key '' is
-- "not given".
CREATE TABLE welcome.request_day (
    office_id   uuid    NOT NULL,
    grain       text    NOT NULL CHECK (grain IN ('D', 'M')),
    dimension   text    NOT NULL,
    day         date    NOT NULL,
    key         text    NOT NULL,
    requests    integer NOT NULL,
    visitors    integer NOT NULL,
    recommended integer NOT NULL,
    PRIMARY KEY (office_id, grain, dimension, day, key)
);

-- The lines of the rollup a request counts in.
CREATE FUNCTION welcome.request_keys(point_id uuid, channel text, country text, french_area text,
                                     party_kind text, language text, topics text[])
RETURNS TABLE (dimension text, key text) LANGUAGE sql IMMUTABLE AS $$
    SELECT 'ALL', ''
    UNION ALL SELECT 'POINT', point_id::text
    UNION ALL SELECT 'POINT_CHANNEL', point_id::text || ' ' || channel
    UNION ALL SELECT 'CHANNEL', channel
    UNION ALL SELECT 'COUNTRY', coalesce(CASE WHEN country = 'FR' AND french_area IS NOT NULL THEN 'FR-' ||
        CASE WHEN french_area ~ '^\d{5}$' THEN
          CASE WHEN left(french_area, 2) = '97' THEN left(french_area, 3)
               WHEN left(french_area, 3) IN ('200', '201') THEN '2A'
               WHEN left(french_area, 2) = '20' THEN '2B'
               ELSE left(french_area, 2) END
        ELSE upper(french_area) END
      ELSE country END, '')
    UNION ALL SELECT 'PARTY', coalesce(party_kind, '')
    UNION ALL SELECT 'LANGUAGE', coalesce(language, '')
    UNION ALL SELECT DISTINCT 'TOPIC', t FROM unnest(topics) AS t
$$;

-- The French day of a request, or the first day of its French month.
CREATE FUNCTION welcome.request_grain(at timestamptz, grain text) RETURNS date LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN grain = 'D' THEN (at AT TIME ZONE 'Europe/Paris')::date
                ELSE date_trunc('month', at AT TIME ZONE 'Europe/Paris')::date END
$$;

-- Backfill: the requests logged before this rollup.
INSERT INTO welcome.request_day (office_id, grain, dimension, day, key, requests, visitors, recommended)
SELECT r.office_id, g.grain, k.dimension, welcome.request_grain(r.at, g.grain), k.key, count(*),
       sum(coalesce(r.visitors, r.party_size, 0)),
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM welcome.request_offer o WHERE o.request_id = r.id))
  FROM welcome.request r
  CROSS JOIN LATERAL welcome.request_keys(r.point_id, r.channel, r.country, r.french_area, r.party_kind,
                                          r.language, r.topics) k
  CROSS JOIN (VALUES ('D'), ('M')) AS g(grain)
 GROUP BY 1, 2, 3, 4, 5;

-- What triggers write as requests are written: changes to add to the rollup, appended, never updated,
-- so that counsellors logging at once never wait on a shared line (the day's totals). Readers add
-- them to the rollup; DeskStats.fold moves them into it every few seconds, in one statement.
CREATE TABLE welcome.request_delta (
    office_id   uuid    NOT NULL,
    grain       text    NOT NULL,
    dimension   text    NOT NULL,
    day         date    NOT NULL,
    key         text    NOT NULL,
    requests    integer NOT NULL,
    visitors    integer NOT NULL,
    recommended integer NOT NULL
);
CREATE INDEX request_delta_lines ON welcome.request_delta (office_id, grain, dimension, day);

-- New requests, one or a million per statement, added up by line. Offers reference their request,
-- so none is recommended yet.
CREATE FUNCTION welcome.request_day_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO welcome.request_delta (office_id, grain, dimension, day, key, requests, visitors, recommended)
    SELECT a.office_id, g.grain, k.dimension, welcome.request_grain(a.at, g.grain), k.key, count(*),
           sum(coalesce(a.visitors, a.party_size, 0)), 0
      FROM added a
      CROSS JOIN LATERAL welcome.request_keys(a.point_id, a.channel, a.country, a.french_area, a.party_kind,
                                              a.language, a.topics) k
      CROSS JOIN (VALUES ('D'), ('M')) AS g(grain)
     GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
END $$;
CREATE TRIGGER request_day_insert AFTER INSERT ON welcome.request
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION welcome.request_day_inserted();

-- One request counted in (sign 1) or out (sign -1) of the rollup, with its offers as they are now.
CREATE FUNCTION welcome.request_day_count(r welcome.request, sign integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO welcome.request_delta (office_id, grain, dimension, day, key, requests, visitors, recommended)
    SELECT r.office_id, g.grain, k.dimension, welcome.request_grain(r.at, g.grain), k.key, sign,
           sign * coalesce(r.visitors, r.party_size, 0),
           CASE WHEN EXISTS (SELECT 1 FROM welcome.request_offer o WHERE o.request_id = r.id) THEN sign ELSE 0 END
      FROM welcome.request_keys(r.point_id, r.channel, r.country, r.french_area, r.party_kind, r.language,
                                r.topics) k
      CROSS JOIN (VALUES ('D'), ('M')) AS g(grain)
$$;

-- A request deleted: counted out before its offers go with it.
CREATE FUNCTION welcome.request_day_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM welcome.request_day_count(OLD, -1);
    RETURN OLD;
END $$;
CREATE TRIGGER request_day_delete BEFORE DELETE ON welcome.request
    FOR EACH ROW EXECUTE FUNCTION welcome.request_day_deleted();

-- A request corrected: counted out as it was, in as it is.
CREATE FUNCTION welcome.request_day_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM welcome.request_day_count(OLD, -1);
    PERFORM welcome.request_day_count(NEW, 1);
    RETURN NULL;
END $$;
CREATE TRIGGER request_day_update AFTER UPDATE ON welcome.request
    FOR EACH ROW WHEN ((OLD.office_id, OLD.point_id, OLD.channel, OLD.at, OLD.party_size, OLD.party_kind, OLD.country,
                        OLD.french_area, OLD.language, OLD.topics, OLD.visitors)
                       IS DISTINCT FROM (NEW.office_id, NEW.point_id, NEW.channel, NEW.at, NEW.party_size, NEW.party_kind,
                        NEW.country, NEW.french_area, NEW.language, NEW.topics, NEW.visitors))
    EXECUTE FUNCTION welcome.request_day_updated();

-- Offers recommended, at logging or later: a request whose first offers these are now counts as recommended.
CREATE FUNCTION welcome.request_day_recommended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO welcome.request_delta (office_id, grain, dimension, day, key, requests, visitors, recommended)
    SELECT r.office_id, g.grain, k.dimension, welcome.request_grain(r.at, g.grain), k.key, 0, 0, count(*)
      FROM welcome.request r
      CROSS JOIN LATERAL welcome.request_keys(r.point_id, r.channel, r.country, r.french_area, r.party_kind,
                                              r.language, r.topics) k
      CROSS JOIN (VALUES ('D'), ('M')) AS g(grain)
     WHERE r.id IN (SELECT request_id FROM added)
       AND NOT EXISTS (SELECT 1 FROM welcome.request_offer o WHERE o.request_id = r.id
                          AND NOT EXISTS (SELECT 1 FROM added a WHERE a.request_id = o.request_id AND a.offer_id = o.offer_id))
     GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
END $$;
CREATE TRIGGER request_day_offer_insert AFTER INSERT ON welcome.request_offer
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION welcome.request_day_recommended();

-- Offers taken back: a request still there with none left no longer counts as recommended (a deleted
-- request was counted out whole before).
CREATE FUNCTION welcome.request_day_unrecommended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO welcome.request_delta (office_id, grain, dimension, day, key, requests, visitors, recommended)
    SELECT r.office_id, g.grain, k.dimension, welcome.request_grain(r.at, g.grain), k.key, 0, 0, -count(*)
      FROM welcome.request r
      CROSS JOIN LATERAL welcome.request_keys(r.point_id, r.channel, r.country, r.french_area, r.party_kind,
                                              r.language, r.topics) k
      CROSS JOIN (VALUES ('D'), ('M')) AS g(grain)
     WHERE r.id IN (SELECT request_id FROM removed)
       AND NOT EXISTS (SELECT 1 FROM welcome.request_offer o WHERE o.request_id = r.id)
     GROUP BY 1, 2, 3, 4, 5;
    RETURN NULL;
END $$;
CREATE TRIGGER request_day_offer_delete AFTER DELETE ON welcome.request_offer
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION welcome.request_day_unrecommended();

-- Entries counted by the door counter of a point, one figure per French day; typing or importing a
-- day again replaces it. Every change is kept in door_count_change (who, when, from what).
CREATE TABLE welcome.door_count (
    office_id  uuid    NOT NULL,
    point_id   uuid    NOT NULL REFERENCES welcome.information_point (id),
    day        date    NOT NULL,
    entries    integer NOT NULL CHECK (entries BETWEEN 0 AND 1000000),
    entered_by text    NOT NULL,
    entered_at timestamptz NOT NULL,
    PRIMARY KEY (point_id, day)
);
CREATE INDEX door_count_office_day ON welcome.door_count (office_id, day);

CREATE TABLE welcome.door_count_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_id  uuid    NOT NULL,
    point_id   uuid    NOT NULL REFERENCES welcome.information_point (id),
    day        date    NOT NULL,
    entries    integer NOT NULL,
    previous   integer,
    source     text    NOT NULL CHECK (source IN ('TYPED', 'CSV', 'DEMO')),
    changed_by text    NOT NULL,
    changed_at timestamptz NOT NULL
);
CREATE INDEX door_count_change_office ON welcome.door_count_change (office_id, changed_at DESC);
