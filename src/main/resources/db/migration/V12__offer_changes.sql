-- Changes partners make to their offers in the pro space, waiting for the office's validation,
-- and the campaigns asking partners to confirm their offers are still right.
CREATE TABLE partners.offer_change (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	offer_id UUID NOT NULL,
	-- The offer as it was when the partner started, and as the partner wants it (catalog's JSON).
	before JSONB NOT NULL,
	after JSONB NOT NULL,
	-- PENDING, ACCEPTED, REJECTED, WITHDRAWN
	status VARCHAR(10) NOT NULL DEFAULT 'PENDING',
	submitted_by TEXT NOT NULL,
	submitted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	decided_by TEXT,
	decided_at TIMESTAMPTZ,
	comment TEXT
);
-- One change waits at a time per offer: a new submission replaces the pending one.
CREATE UNIQUE INDEX offer_change_pending ON partners.offer_change (offer_id) WHERE status = 'PENDING';
CREATE INDEX offer_change_office ON partners.offer_change (office_id, status, submitted_at DESC);
CREATE INDEX offer_change_partner ON partners.offer_change (partner_id, submitted_at DESC);

CREATE TABLE partners.freshness_campaign (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	-- Offers last confirmed before this moment were asked about.
	confirmed_before TIMESTAMPTZ NOT NULL,
	partners INT NOT NULL,
	offers INT NOT NULL,
	started_by TEXT NOT NULL,
	started_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX freshness_campaign_office ON partners.freshness_campaign (office_id, started_at DESC);
