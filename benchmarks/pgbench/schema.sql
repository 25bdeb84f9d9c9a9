-- The two tables a referral submit writes, shaped as in referrals-service (V1, V3) and the platform
-- outbox (V0_1), with the same indexes, in a scratch database the benchmark drops afterwards.
CREATE TABLE referral (
    id                      UUID PRIMARY KEY,
    nhs_number              CHAR(10)     NOT NULL,
    referring_organisation  VARCHAR(10)  NOT NULL,
    referring_practitioner  VARCHAR(200) NOT NULL,
    referring_team          VARCHAR(100),
    target_organisation     VARCHAR(10)  NOT NULL,
    reason                  TEXT         NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    submitted_at            TIMESTAMPTZ,
    version                 BIGINT       NOT NULL,
    service_id              UUID         NOT NULL,
    service_name            VARCHAR(200) NOT NULL,
    target_team             VARCHAR(100),
    needs_domains           TEXT,
    priority                VARCHAR(20)  NOT NULL,
    consent_basis           VARCHAR(30)  NOT NULL,
    due_at                  TIMESTAMPTZ,
    overdue_notified_at     TIMESTAMPTZ,
    duplicate_reason        TEXT
);
CREATE INDEX referral_person ON referral (nhs_number);
CREATE INDEX referral_person_service ON referral (nhs_number, service_id);
CREATE INDEX referral_receiving ON referral (target_organisation, status);
CREATE INDEX referral_due ON referral (due_at) WHERE overdue_notified_at IS NULL;

CREATE TABLE outbox_message (
    position      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      VARCHAR(64)  NOT NULL UNIQUE,
    topic         VARCHAR(200) NOT NULL,
    message_key   VARCHAR(200),
    event_type    VARCHAR(200) NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ
);
CREATE INDEX outbox_message_pending ON outbox_message (position) WHERE published_at IS NULL;
