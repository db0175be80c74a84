-- Workshops, site visits and training sessions the office runs for professionals.
CREATE TABLE partners.workshop (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	title VARCHAR(200) NOT NULL,
	-- WORKSHOP, SITE_VISIT, TRAINING
	kind VARCHAR(20) NOT NULL,
	topic VARCHAR(200),
	-- Who it is for (partner types; empty: every partner).
	audience VARCHAR(30)[] NOT NULL DEFAULT '{}',
	description TEXT,
	place VARCHAR(300) NOT NULL,
	starts_at TIMESTAMPTZ NOT NULL,
	ends_at TIMESTAMPTZ NOT NULL,
	capacity INT NOT NULL CHECK (capacity > 0),
	published BOOLEAN NOT NULL DEFAULT FALSE,
	cancelled BOOLEAN NOT NULL DEFAULT FALSE,
	reminded_at TIMESTAMPTZ,
	feedback_requested_at TIMESTAMPTZ,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	CHECK (ends_at > starts_at)
);
CREATE INDEX workshop_office_start ON partners.workshop (office_id, starts_at);

-- A partner's registration (one person of the partner): registered, on the waiting list, or cancelled.
CREATE TABLE partners.workshop_registration (
	id UUID PRIMARY KEY,
	workshop_id UUID NOT NULL REFERENCES partners.workshop (id) ON DELETE CASCADE,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	attendee_name VARCHAR(200) NOT NULL,
	attendee_email VARCHAR(254) NOT NULL,
	-- REGISTERED, WAITING, CANCELLED
	status VARCHAR(10) NOT NULL,
	registered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	-- The language the person registered in: every mail about this registration speaks it.
	locale VARCHAR(10) NOT NULL DEFAULT 'fr',
	-- Staff mark who came; NULL until they do.
	attended BOOLEAN,
	-- The single-use key of the feedback link mailed after the session.
	feedback_token VARCHAR(64) UNIQUE
);
CREATE UNIQUE INDEX workshop_registration_once ON partners.workshop_registration (workshop_id, lower(attendee_email))
	WHERE status <> 'CANCELLED';
CREATE INDEX workshop_registration_partner ON partners.workshop_registration (partner_id);

CREATE TABLE partners.workshop_feedback (
	registration_id UUID PRIMARY KEY REFERENCES partners.workshop_registration (id) ON DELETE CASCADE,
	rating INT NOT NULL CHECK (rating BETWEEN 1 AND 5),
	comment TEXT,
	given_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
