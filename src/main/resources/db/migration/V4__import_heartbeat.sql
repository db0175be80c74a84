-- A running import says it is alive after each batch; one silent for long was cut short by a
-- stopped node, and is ended so that its page stops waiting.
ALTER TABLE catalog.import_run ADD COLUMN heartbeat_at TIMESTAMPTZ NOT NULL DEFAULT now();
