-- The full referral: content, the FHIR Task lifecycle, triage and the response-target clock.
-- Small lists (local identifiers, needs domains, assessments) are JSON held in TEXT columns.
-- Referrals stored before the directory existed name no service; none exist outside test data.
DELETE FROM referral;

ALTER TABLE referral
    ADD COLUMN subject_name                 VARCHAR(200),
    ADD COLUMN subject_birth_date           DATE,
    ADD COLUMN subject_postcode             VARCHAR(10),
    ADD COLUMN local_identifiers            TEXT,
    ADD COLUMN referring_practitioner_name  VARCHAR(200),
    ADD COLUMN service_id                   UUID NOT NULL REFERENCES care_service (id),
    ADD COLUMN service_name                 VARCHAR(200) NOT NULL,
    ADD COLUMN target_team                  VARCHAR(100),
    ADD COLUMN needs_domains                TEXT,
    ADD COLUMN priority                     VARCHAR(20) NOT NULL,
    ADD COLUMN consent_basis                VARCHAR(30) NOT NULL,
    ADD COLUMN assessments                  TEXT,
    ADD COLUMN held_from                    VARCHAR(20),
    ADD COLUMN status_reason                TEXT,
    ADD COLUMN risk_grade                   VARCHAR(10),
    ADD COLUMN triage_notes                 TEXT,
    ADD COLUMN triaged_by                   VARCHAR(200),
    ADD COLUMN triaged_at                   TIMESTAMPTZ,
    ADD COLUMN due_at                       TIMESTAMPTZ,
    ADD COLUMN overdue_notified_at          TIMESTAMPTZ,
    ADD COLUMN redirected_from              UUID REFERENCES referral (id),
    ADD COLUMN onward_referral              UUID REFERENCES referral (id),
    ADD COLUMN duplicate_reason             TEXT;

-- the duplicate guard and the triage worklist
CREATE INDEX referral_person_service ON referral (nhs_number, service_id);
CREATE INDEX referral_receiving ON referral (target_organisation, status);
-- the response-target check: only referrals still waiting for an answer
CREATE INDEX referral_due ON referral (due_at) WHERE overdue_notified_at IS NULL;

CREATE TABLE referral_transition (
    id               UUID PRIMARY KEY,
    referral_id      UUID         NOT NULL REFERENCES referral (id),
    action           VARCHAR(20)  NOT NULL,
    from_status      VARCHAR(20)  NOT NULL,
    to_status        VARCHAR(20)  NOT NULL,
    by_user          VARCHAR(200) NOT NULL,
    by_name          VARCHAR(200),
    by_organisation  VARCHAR(10),
    by_team          VARCHAR(100),
    reason           TEXT,
    at               TIMESTAMPTZ  NOT NULL
);
CREATE INDEX referral_transition_referral ON referral_transition (referral_id, at);

CREATE TABLE referral_note (
    id                   UUID PRIMARY KEY,
    referral_id          UUID         NOT NULL REFERENCES referral (id),
    author_user          VARCHAR(200) NOT NULL,
    author_name          VARCHAR(200),
    author_organisation  VARCHAR(10)  NOT NULL,
    text                 TEXT         NOT NULL,
    at                   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX referral_note_referral ON referral_note (referral_id, at);

-- Idempotency-Key of a submit: a retried POST finds its first answer here.
CREATE TABLE submission (
    organisation     VARCHAR(10)  NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    fingerprint      VARCHAR(64)  NOT NULL,
    referral_id      UUID         NOT NULL REFERENCES referral (id),
    created_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (organisation, idempotency_key)
);
