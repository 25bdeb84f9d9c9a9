CREATE TABLE care_plan (
    id                        UUID PRIMARY KEY,
    nhs_number                CHAR(10)     NOT NULL,
    status                    VARCHAR(20)  NOT NULL,
    summary                   TEXT,
    -- JSON array of text: the reactive client cannot read a JSONB array back
    goals                     TEXT,
    review_date               DATE,
    coordinator_user          VARCHAR(200),
    coordinator_name          VARCHAR(200),
    coordinator_organisation  VARCHAR(10),
    coordinator_team          VARCHAR(100),
    created_at                TIMESTAMPTZ  NOT NULL,
    version                   BIGINT       NOT NULL,
    lock_version              BIGINT       NOT NULL
);

CREATE INDEX care_plan_person ON care_plan (nhs_number);
-- Only one active plan per person, even when two activations race past the service's check.
CREATE UNIQUE INDEX care_plan_one_active ON care_plan (nhs_number) WHERE status = 'ACTIVE';

-- Every version of a plan as it stood, so any past version can be read back.
CREATE TABLE care_plan_version (
    id          UUID PRIMARY KEY,
    plan_id     UUID         NOT NULL REFERENCES care_plan (id),
    version     BIGINT       NOT NULL,
    snapshot    TEXT         NOT NULL,
    changed_by  VARCHAR(200) NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    change      VARCHAR(200) NOT NULL,
    UNIQUE (plan_id, version)
);

CREATE TABLE care_team_member (
    id                 UUID PRIMARY KEY,
    plan_id            UUID         NOT NULL REFERENCES care_plan (id),
    organisation       VARCHAR(10)  NOT NULL,
    team               VARCHAR(100),
    practitioner_user  VARCHAR(200),
    practitioner_name  VARCHAR(200),
    role               VARCHAR(300) NOT NULL,
    referral_id        UUID,
    joined_at          TIMESTAMPTZ  NOT NULL,
    left_at            TIMESTAMPTZ,
    left_reason        TEXT
);

CREATE INDEX care_team_member_plan ON care_team_member (plan_id);
CREATE INDEX care_team_member_organisation ON care_team_member (organisation) WHERE left_at IS NULL;

CREATE TABLE coordinator_handover (
    id                 UUID PRIMARY KEY,
    plan_id            UUID         NOT NULL REFERENCES care_plan (id),
    from_user          VARCHAR(200),
    from_name          VARCHAR(200),
    from_organisation  VARCHAR(10),
    from_team          VARCHAR(100),
    to_user            VARCHAR(200) NOT NULL,
    to_name            VARCHAR(200) NOT NULL,
    to_organisation    VARCHAR(10)  NOT NULL,
    to_team            VARCHAR(100),
    reason             TEXT,
    by_user            VARCHAR(200),
    at                 TIMESTAMPTZ  NOT NULL
);

CREATE INDEX coordinator_handover_plan ON coordinator_handover (plan_id);
