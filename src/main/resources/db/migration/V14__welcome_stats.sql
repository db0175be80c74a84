-- Desk statistics read an office's requests over a period: (office, time) first.
CREATE INDEX IF NOT EXISTS request_office_at ON welcome.request (office_id, at);
