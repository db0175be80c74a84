-- The partner network: the businesses of the territory ("socio-pros"), the offers they run and
-- the logins of their pro space. Offers are referred to by id (catalog owns them).

CREATE TABLE partners.partner (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	name VARCHAR(200) NOT NULL,
	legal_name VARCHAR(200),
	-- The business's SIRET (14 digits); unique within an office when known.
	siret VARCHAR(14),
	type VARCHAR(30) NOT NULL,
	street VARCHAR(300),
	postal_code VARCHAR(10),
	commune_code VARCHAR(5),
	email VARCHAR(254),
	phone VARCHAR(40),
	website VARCHAR(500),
	-- Accommodation capacity (beds or pitches), for the quality plan's share of classified capacity.
	capacity INT CHECK (capacity >= 0),
	-- Pro newsletters stop for this partner once it unsubscribed; the token makes the link.
	newsletter_opt_out BOOLEAN NOT NULL DEFAULT FALSE,
	unsubscribe_token VARCHAR(64) NOT NULL UNIQUE,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX partner_siret ON partners.partner (office_id, siret) WHERE siret IS NOT NULL;
CREATE INDEX partner_office_name ON partners.partner (office_id, lower(name));

-- The people to talk to at a partner, besides its logins.
CREATE TABLE partners.partner_contact (
	id UUID PRIMARY KEY,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	name VARCHAR(200) NOT NULL,
	role VARCHAR(100),
	email VARCHAR(254),
	phone VARCHAR(40)
);
CREATE INDEX partner_contact_partner ON partners.partner_contact (partner_id);

-- The offers a partner runs: an offer is run by one partner at most.
CREATE TABLE partners.partner_offer (
	offer_id UUID PRIMARY KEY,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	office_id UUID NOT NULL,
	linked_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX partner_offer_partner ON partners.partner_offer (partner_id);

-- Logins of the pro space; the password is set by the partner through a single-use invitation.
CREATE TABLE partners.partner_user (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	email VARCHAR(254) NOT NULL,
	display_name VARCHAR(200) NOT NULL,
	password_hash VARCHAR(200),
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	invited_by TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	last_login_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX partner_user_email ON partners.partner_user (lower(email));

-- Only a hash of the invitation token is kept: the link in the e-mail is the sole copy.
CREATE TABLE partners.invitation (
	token_hash BYTEA PRIMARY KEY,
	partner_user_id UUID NOT NULL REFERENCES partners.partner_user (id) ON DELETE CASCADE,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	expires_at TIMESTAMPTZ NOT NULL,
	used_at TIMESTAMPTZ
);
CREATE INDEX invitation_user ON partners.invitation (partner_user_id);
