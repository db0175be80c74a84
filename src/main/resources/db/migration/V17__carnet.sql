-- A "carnet de séjour": the offers a counsellor selected for a visitor, opened by the visitor through
-- a link with an unguessable token (256 random bits). It holds no personal data: no name, no e-mail.
CREATE TABLE welcome.carnet (
    id         uuid PRIMARY KEY,
    office_id  uuid NOT NULL,
    token      text NOT NULL UNIQUE CHECK (length(token) >= 43),
    offer_ids  uuid[] NOT NULL CHECK (cardinality(offer_ids) BETWEEN 1 AND 30),
    language   text NOT NULL CHECK (language IN ('fr', 'en')),
    point_id   uuid REFERENCES welcome.information_point (id),
    request_id uuid REFERENCES welcome.request (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX carnet_office ON welcome.carnet (office_id, created_at);
