-- Yearly memberships (adhésions) of partners to their office.

-- A tier, by partner type or size, with its fee and what it gives.
CREATE TABLE partners.membership_tier (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	name VARCHAR(100) NOT NULL,
	-- The partner types it is meant for (empty: any).
	partner_types VARCHAR(30)[] NOT NULL DEFAULT '{}',
	fee_cents INT NOT NULL CHECK (fee_cents >= 0),
	-- The size it is meant for: businesses of up to this capacity (beds, pitches); NULL: any size.
	max_capacity INT CHECK (max_capacity > 0),
	-- What membership gives at this tier.
	visibility BOOLEAN NOT NULL DEFAULT FALSE,
	workshops BOOLEAN NOT NULL DEFAULT FALSE,
	marketplace BOOLEAN NOT NULL DEFAULT FALSE,
	benefits TEXT,
	active BOOLEAN NOT NULL DEFAULT TRUE,
	UNIQUE (office_id, name)
);

-- One membership per partner and year; its fee is copied from the tier when it is created.
CREATE TABLE partners.membership (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	year INT NOT NULL,
	tier_id UUID NOT NULL REFERENCES partners.membership_tier (id),
	fee_cents INT NOT NULL CHECK (fee_cents >= 0),
	-- INVITED (asked to join or renew), PENDING (said yes, not paid), PAID, LAPSED.
	status VARCHAR(10) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	UNIQUE (partner_id, year)
);
CREATE INDEX membership_office_year ON partners.membership (office_id, year, status);

-- Payments recorded by staff; each has a receipt number, in sequence per office and year.
CREATE TABLE partners.membership_payment (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	membership_id UUID NOT NULL REFERENCES partners.membership (id) ON DELETE CASCADE,
	amount_cents INT NOT NULL CHECK (amount_cents > 0),
	-- TRANSFER, CHEQUE, CARD, CASH
	method VARCHAR(10) NOT NULL,
	paid_on DATE NOT NULL,
	reference VARCHAR(100),
	receipt_number VARCHAR(30) NOT NULL,
	recorded_by TEXT NOT NULL,
	recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	UNIQUE (office_id, receipt_number)
);
CREATE INDEX membership_payment_membership ON partners.membership_payment (membership_id);

-- The last receipt number given per office and year: taking the next one locks its row, so two
-- payments recorded at once never share a number.
CREATE TABLE partners.membership_receipt_counter (
	office_id UUID NOT NULL,
	year INT NOT NULL,
	last_number INT NOT NULL,
	PRIMARY KEY (office_id, year)
);
