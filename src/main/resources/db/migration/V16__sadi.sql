-- What the information points distribute: the office's brochures, their stock at each point, and
-- every movement of that stock (who, when, how many), kept for good.
CREATE TABLE welcome.brochure (
    id           uuid PRIMARY KEY,
    office_id    uuid NOT NULL,
    title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    languages    text[] NOT NULL DEFAULT '{}',
    edition_year integer CHECK (edition_year BETWEEN 1900 AND 2100),
    publisher    text CHECK (length(publisher) <= 200),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX brochure_office ON welcome.brochure (office_id, title);

-- alerted: the administrators were told the stock fell to its reorder level; cleared once the stock
-- is back above it, so that one fall gives one mail.
CREATE TABLE welcome.brochure_stock (
    office_id     uuid NOT NULL,
    point_id      uuid NOT NULL REFERENCES welcome.information_point (id),
    brochure_id   uuid NOT NULL REFERENCES welcome.brochure (id),
    quantity      integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),
    reorder_level integer NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
    alerted       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (point_id, brochure_id)
);
CREATE INDEX brochure_stock_office ON welcome.brochure_stock (office_id);

CREATE TABLE welcome.stock_movement (
    id          uuid PRIMARY KEY,
    office_id   uuid NOT NULL,
    point_id    uuid NOT NULL REFERENCES welcome.information_point (id),
    brochure_id uuid NOT NULL REFERENCES welcome.brochure (id),
    kind        text NOT NULL CHECK (kind IN ('DELIVERED', 'HANDED_OUT', 'COUNTED')),
    quantity    integer NOT NULL CHECK (quantity >= 0),
    stock_after integer NOT NULL CHECK (stock_after >= 0),
    typed_by    text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stock_movement_point ON welcome.stock_movement (office_id, point_id, at DESC);

-- What a screen or a kiosk shows, in order: an offer of the catalogue or a short message, each
-- between optional dates; and the secret address of its public display page.
CREATE TABLE welcome.screen_item (
    id         uuid PRIMARY KEY,
    office_id  uuid NOT NULL,
    point_id   uuid NOT NULL REFERENCES welcome.information_point (id),
    position   integer NOT NULL,
    offer_id   uuid,
    message    text CHECK (length(message) <= 280),
    starts_on  date,
    ends_on    date,
    CHECK ((offer_id IS NULL) <> (message IS NULL)),
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX screen_item_point ON welcome.screen_item (office_id, point_id, position);

CREATE TABLE welcome.screen_token (
    point_id  uuid PRIMARY KEY REFERENCES welcome.information_point (id),
    office_id uuid NOT NULL,
    token     text NOT NULL UNIQUE,
    issued_at timestamptz NOT NULL DEFAULT now()
);
