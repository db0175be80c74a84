-- Every e-mail Escale sends is first written here, in the transaction that decided to send it:
-- if the SMTP server is down nothing is lost, and a sender delivers what waits once it is back.
CREATE TABLE platform.outgoing_mail (
	id UUID PRIMARY KEY,
	office_id UUID,
	recipient VARCHAR(254) NOT NULL,
	subject TEXT NOT NULL,
	text_body TEXT NOT NULL,
	html_body TEXT,
	-- What the mail is about (e.g. "invitation", "newsletter:<id>"), to follow a sending.
	topic VARCHAR(100) NOT NULL,
	-- Extra headers, e.g. List-Unsubscribe.
	headers JSONB NOT NULL DEFAULT '{}',
	-- QUEUED, SENT, FAILED (the server refused this recipient for good, or too many attempts).
	status VARCHAR(10) NOT NULL DEFAULT 'QUEUED',
	attempts INT NOT NULL DEFAULT 0,
	last_error TEXT,
	next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	queued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	sent_at TIMESTAMPTZ
);
CREATE INDEX outgoing_mail_due ON platform.outgoing_mail (next_attempt_at) WHERE status = 'QUEUED';
CREATE INDEX outgoing_mail_topic ON platform.outgoing_mail (topic);
