-- The quality plan: classifications (stars) and labels of partners and their offers, with their
-- expiry, and the office's support actions with their budget.

-- Labels: the national ones are given to every office, an office may add its own.
CREATE TABLE partners.label (
	id UUID PRIMARY KEY,
	-- NULL for a national label, shared by every office.
	office_id UUID,
	code VARCHAR(50) NOT NULL,
	name VARCHAR(200) NOT NULL,
	-- Years a label is usually granted for, to propose an expiry.
	validity_years INT,
	UNIQUE NULLS NOT DISTINCT (office_id, code)
);
INSERT INTO partners.label (id, office_id, code, name, validity_years) VALUES
	('6b1f0e52-3a37-4d0e-9d0f-000000000001', NULL, 'destination-excellence', 'Destination d''excellence', 3),
	('6b1f0e52-3a37-4d0e-9d0f-000000000002', NULL, 'clef-verte', 'Clef Verte', 1),
	('6b1f0e52-3a37-4d0e-9d0f-000000000003', NULL, 'tourisme-handicap', 'Tourisme & Handicap', 5),
	('6b1f0e52-3a37-4d0e-9d0f-000000000004', NULL, 'accueil-velo', 'Accueil Vélo', 3),
	('6b1f0e52-3a37-4d0e-9d0f-000000000005', NULL, 'vignobles-decouvertes', 'Vignobles & Découvertes', 3);

-- A classification (stars) or a label held by a partner, or by one of its offers.
CREATE TABLE partners.award (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	-- The offer it is for, when it is for one offer rather than the whole business.
	offer_id UUID,
	-- CLASSIFICATION or LABEL
	kind VARCHAR(20) NOT NULL,
	label_id UUID REFERENCES partners.label (id),
	stars INT CHECK (stars BETWEEN 1 AND 5),
	obtained_on DATE NOT NULL,
	expires_on DATE,
	-- When staff were alerted and the partner reminded of the coming expiry: six months before,
	-- then once more a month before. Cleared when the expiry changes (a renewal).
	reminded_at TIMESTAMPTZ,
	last_reminded_at TIMESTAMPTZ,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	CHECK ((kind = 'CLASSIFICATION' AND stars IS NOT NULL AND label_id IS NULL)
		OR (kind = 'LABEL' AND label_id IS NOT NULL AND stars IS NULL)),
	CHECK (expires_on IS NULL OR expires_on > obtained_on)
);
CREATE INDEX award_partner ON partners.award (partner_id);
CREATE INDEX award_office_expiry ON partners.award (office_id, expires_on);

-- What the office does to help a partner (pays a classification visit, advice...), and its cost.
CREATE TABLE partners.support_action (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	kind VARCHAR(100) NOT NULL,
	description TEXT,
	cost_cents INT NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
	done_on DATE NOT NULL,
	recorded_by TEXT NOT NULL,
	recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX support_action_office ON partners.support_action (office_id, done_on);

-- The budget the office sets aside for support actions, per year.
CREATE TABLE partners.support_budget (
	office_id UUID NOT NULL,
	year INT NOT NULL,
	amount_cents INT NOT NULL CHECK (amount_cents >= 0),
	PRIMARY KEY (office_id, year)
);
