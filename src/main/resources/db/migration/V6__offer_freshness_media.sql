-- When an offer's content was last said to be right (by its source at import, by staff or by its
-- partner), for freshness campaigns. Existing offers were last confirmed when last written.
ALTER TABLE catalog.offer ADD COLUMN confirmed_at TIMESTAMPTZ;
ALTER TABLE catalog.offer ADD COLUMN confirmed_by TEXT;
-- The hash of the content as the source last sent it: a re-import of an object the source did not
-- change leaves an offer that the office or its partner revised since as it is.
ALTER TABLE catalog.offer ADD COLUMN source_hash BYTEA;
UPDATE catalog.offer SET confirmed_at = updated_at, source_hash = content_hash;
ALTER TABLE catalog.offer ALTER COLUMN confirmed_at SET DEFAULT now(), ALTER COLUMN confirmed_at SET NOT NULL;
CREATE INDEX offer_office_confirmed ON catalog.offer (office_id, confirmed_at);

-- Finding an offer by a few letters of its name, accents and case aside ("epeiche" finds "Épeiche").
-- unaccent() is only stable (its dictionary could be changed): naming the dictionary makes a
-- function that may be indexed. Both extensions are trusted: the owner of the database may create them.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE FUNCTION catalog.folded(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
CREATE INDEX offer_name_folded ON catalog.offer USING gin (catalog.folded(name) public.gin_trgm_ops);

-- Photos uploaded by partners, served at /media/{id}. Kept in the database so that every node
-- serves them and a backup holds them; each is at most 5 MB.
CREATE TABLE catalog.media_file (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL,
	file_name TEXT NOT NULL,
	mime_type TEXT NOT NULL,
	bytes BYTEA NOT NULL,
	width INT NOT NULL,
	height INT NOT NULL,
	size BIGINT NOT NULL,
	uploaded_by TEXT NOT NULL,
	uploaded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX media_file_office ON catalog.media_file (office_id, uploaded_at DESC);
