-- The person index: one row per NHS number. A merged record keeps its row, pointing at the
-- survivor, so a lookup of the retired number still leads somewhere.
CREATE TABLE person (
    nhs_number     CHAR(10)     PRIMARY KEY,
    given_name     VARCHAR(100),
    family_name    VARCHAR(100),
    date_of_birth  DATE,
    postcode       VARCHAR(10),
    merged_into    CHAR(10)     REFERENCES person (nhs_number),
    version        BIGINT       NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL
);

CREATE INDEX person_merged_into ON person (merged_into);

-- A local identifier belongs to one person only: linking it to another is a conflict.
CREATE TABLE person_identifier (
    id                      UUID PRIMARY KEY,
    nhs_number              CHAR(10)     NOT NULL REFERENCES person (nhs_number),
    kind                    VARCHAR(30)  NOT NULL,
    value                   VARCHAR(100) NOT NULL,
    assigning_organisation  VARCHAR(10)  NOT NULL,
    linked_by               VARCHAR(200) NOT NULL,
    linked_at               TIMESTAMPTZ  NOT NULL,
    UNIQUE (kind, value, assigning_organisation)
);

CREATE INDEX person_identifier_person ON person_identifier (nhs_number);

-- The staff directory, kept in step with token claims and other services' events.
CREATE TABLE practitioner (
    user_id              VARCHAR(200) PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    profession           VARCHAR(100),
    registration_body    VARCHAR(100),
    registration_number  VARCHAR(50),
    organisation         VARCHAR(10),
    teams                TEXT         NOT NULL,
    version              BIGINT       NOT NULL,
    updated_at           TIMESTAMPTZ  NOT NULL
);

CREATE INDEX practitioner_organisation ON practitioner (organisation);

-- The sector of an organisation, learned from the directory's events (and admissions: acute).
CREATE TABLE organisation_sector (
    organisation  VARCHAR(10) PRIMARY KEY,
    sector        VARCHAR(30) NOT NULL
);

-- Relationships now name the team and the thing they come from (a referral, a care team
-- membership, an episode), so a later event can end them.
ALTER TABLE care_relationship ADD COLUMN team VARCHAR(100);
ALTER TABLE care_relationship ADD COLUMN subject_key VARCHAR(100);
ALTER TABLE care_relationship ADD COLUMN description VARCHAR(300);
ALTER TABLE care_relationship ADD COLUMN practitioner VARCHAR(200);
CREATE INDEX care_relationship_subject ON care_relationship (subject_key);

ALTER TABLE journey_entry ADD COLUMN source_topic VARCHAR(100);

-- The person's sharing preferences: objections to sharing with a sector or an organisation.
CREATE TABLE sharing_objection (
    id                         UUID PRIMARY KEY,
    nhs_number                 CHAR(10)     NOT NULL REFERENCES person (nhs_number),
    scope                      VARCHAR(20)  NOT NULL,
    target                     VARCHAR(100) NOT NULL,
    reason                     TEXT,
    recorded_by                VARCHAR(200) NOT NULL,
    recorded_by_name           VARCHAR(200),
    recorded_by_organisation   VARCHAR(10),
    recorded_at                TIMESTAMPTZ  NOT NULL,
    withdrawn_by               VARCHAR(200),
    withdrawn_at               TIMESTAMPTZ
);

CREATE INDEX sharing_objection_person ON sharing_objection (nhs_number);

-- Emergency access granted without a relationship: limited in time, always recorded.
CREATE TABLE break_glass_grant (
    id            UUID PRIMARY KEY,
    nhs_number    CHAR(10)     NOT NULL,
    user_id       VARCHAR(200) NOT NULL,
    organisation  VARCHAR(10),
    role          VARCHAR(50)  NOT NULL,
    reason        TEXT         NOT NULL,
    granted_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL
);

CREATE INDEX break_glass_grant_user ON break_glass_grant (nhs_number, user_id, expires_at);

-- Every read of a person's journey or record. Append-only.
CREATE TABLE access_audit (
    id            UUID PRIMARY KEY,
    nhs_number    CHAR(10)     NOT NULL,
    user_id       VARCHAR(200) NOT NULL,
    user_name     VARCHAR(200),
    organisation  VARCHAR(10),
    accessed_at   TIMESTAMPTZ  NOT NULL,
    what          VARCHAR(100) NOT NULL,
    basis         VARCHAR(30)  NOT NULL,
    break_glass_reason TEXT
);

CREATE INDEX access_audit_person ON access_audit (nhs_number, accessed_at);
CREATE INDEX access_audit_user ON access_audit (user_id, accessed_at);

-- The audit is evidence: no API changes it, and the database refuses to as well.
CREATE FUNCTION access_audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'access_audit is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_audit_append_only
    BEFORE UPDATE OR DELETE ON access_audit
    FOR EACH ROW EXECUTE FUNCTION access_audit_is_append_only();

CREATE TRIGGER access_audit_no_truncate
    BEFORE TRUNCATE ON access_audit
    FOR EACH STATEMENT EXECUTE FUNCTION access_audit_is_append_only();
