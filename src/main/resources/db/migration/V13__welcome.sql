-- The welcome desk: the office's information points (SADI) and the requests logged there.
CREATE TABLE welcome.information_point (
    id            uuid PRIMARY KEY,
    office_id     uuid NOT NULL,
    name          text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('DESK', 'RELAY', 'KIOSK', 'SCREEN', 'POPUP')),
    commune_code  text,
    latitude      double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude     double precision CHECK (longitude BETWEEN -180 AND 180),
    opening_hours text,
    run_by        text,
    starts_on     date,
    ends_on       date,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX information_point_office ON welcome.information_point (office_id, name);

-- One contact ("acte de renseignement"); in counts-only mode, visitors holds how many came and
-- little else is known.
CREATE TABLE welcome.request (
    id          uuid PRIMARY KEY,
    office_id   uuid NOT NULL,
    point_id    uuid NOT NULL REFERENCES welcome.information_point (id),
    channel     text NOT NULL CHECK (channel IN ('DESK', 'PHONE', 'EMAIL', 'CHAT', 'OUTSIDE', 'KIOSK')),
    at          timestamptz NOT NULL,
    party_size  integer CHECK (party_size BETWEEN 1 AND 500),
    party_kind  text CHECK (party_kind IN ('COUPLE', 'FAMILY', 'GROUP', 'ALONE', 'FRIENDS')),
    country     text CHECK (country ~ '^[A-Z]{2}$'),
    french_area text,
    language    text,
    topics      text[] NOT NULL DEFAULT '{}',
    note        text CHECK (length(note) <= 1000),
    counsellor  text NOT NULL,
    visitors    integer CHECK (visitors BETWEEN 1 AND 500)
);
CREATE INDEX request_point_at ON welcome.request (office_id, point_id, at);

CREATE TABLE welcome.request_offer (
    request_id uuid NOT NULL REFERENCES welcome.request (id) ON DELETE CASCADE,
    offer_id   uuid NOT NULL,
    PRIMARY KEY (request_id, offer_id)
);
