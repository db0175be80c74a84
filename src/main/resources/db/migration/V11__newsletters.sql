-- Newsletters to the partners: written by staff, sent to a segment through the mail outbox.
CREATE TABLE partners.newsletter (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	subject VARCHAR(200) NOT NULL,
	-- Sanitised HTML, as staff wrote it.
	body_html TEXT NOT NULL,
	-- The segment, as chosen: {"types":[...],"communes":[...],"membershipStatuses":[...],"labels":[...],"workshops":[...]}
	segment JSONB NOT NULL DEFAULT '{}',
	-- DRAFT, SENT
	status VARCHAR(10) NOT NULL DEFAULT 'DRAFT',
	created_by TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	sent_by TEXT,
	sent_at TIMESTAMPTZ
);
CREATE INDEX newsletter_office ON partners.newsletter (office_id, created_at DESC);

-- Who a sent newsletter went to; the delivery status is the outbox's mail.
CREATE TABLE partners.newsletter_recipient (
	newsletter_id UUID NOT NULL REFERENCES partners.newsletter (id) ON DELETE CASCADE,
	partner_id UUID NOT NULL REFERENCES partners.partner (id) ON DELETE CASCADE,
	email VARCHAR(254) NOT NULL,
	mail_id UUID NOT NULL,
	PRIMARY KEY (newsletter_id, partner_id, email)
);
