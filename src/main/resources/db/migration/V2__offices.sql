-- Offices are the tenants: every row an office owns carries its office_id.

CREATE TABLE offices.office (
	id UUID PRIMARY KEY,
	slug VARCHAR(60) NOT NULL UNIQUE,
	name VARCHAR(200) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE offices.staff_user (
	id UUID PRIMARY KEY,
	office_id UUID NOT NULL REFERENCES offices.office (id),
	email VARCHAR(254) NOT NULL,
	display_name VARCHAR(200) NOT NULL,
	password_hash VARCHAR(200) NOT NULL,
	roles TEXT[] NOT NULL,
	enabled BOOLEAN NOT NULL DEFAULT TRUE,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX staff_user_email ON offices.staff_user (lower(email));
