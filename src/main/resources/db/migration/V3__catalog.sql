-- The offer database (SIT). An offer is kept as our own model in JSONB, with the columns that
-- listings, joins and the search index need pulled out beside it.
CREATE TABLE catalog.offer (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	datatourisme_id TEXT NOT NULL,
	name TEXT NOT NULL,
	types TEXT[] NOT NULL,
	commune_code VARCHAR(5),
	latitude DOUBLE PRECISION,
	longitude DOUBLE PRECISION,
	content JSONB NOT NULL,
	-- SHA-256 of the content: re-importing an unchanged object costs one comparison, no write.
	content_hash BYTEA NOT NULL,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	-- The transaction that last wrote the row: every node's search index follows it (see OfferIndexer).
	changed_tx XID8 NOT NULL DEFAULT pg_current_xact_id(),
	CONSTRAINT offer_datatourisme_id UNIQUE (office_id, datatourisme_id)
);
CREATE INDEX offer_changed_tx ON catalog.offer (changed_tx);
CREATE INDEX offer_office_commune ON catalog.offer (office_id, commune_code);

-- What an offer was before each change, and which import or person changed it.
CREATE TABLE catalog.offer_revision (
	id BIGSERIAL PRIMARY KEY,
	offer_id UUID NOT NULL REFERENCES catalog.offer (id) ON DELETE CASCADE,
	office_id UUID NOT NULL,
	import_run_id UUID,
	changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	changed_by TEXT NOT NULL,
	previous_content JSONB NOT NULL
);
CREATE INDEX offer_revision_offer ON catalog.offer_revision (offer_id, changed_at DESC);

CREATE TABLE catalog.import_run (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	source_name TEXT NOT NULL,
	started_by TEXT NOT NULL,
	started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	finished_at TIMESTAMPTZ,
	status VARCHAR(20) NOT NULL,
	created INT NOT NULL DEFAULT 0,
	updated INT NOT NULL DEFAULT 0,
	unchanged INT NOT NULL DEFAULT 0,
	rejected INT NOT NULL DEFAULT 0,
	failure TEXT
);
CREATE INDEX import_run_office ON catalog.import_run (office_id, started_at DESC);

CREATE TABLE catalog.import_error (
	id BIGSERIAL PRIMARY KEY,
	import_run_id UUID NOT NULL REFERENCES catalog.import_run (id) ON DELETE CASCADE,
	source TEXT NOT NULL,
	message TEXT NOT NULL
);
CREATE INDEX import_error_run ON catalog.import_error (import_run_id, id);
