-- The two tables a referral submit writes, shaped as in referrals-service (V1 to V8) and the platform
-- outbox (V0_1 to V0_5), with the same indexes, in a scratch database the benchmark drops afterwards.
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
    risk_grade              VARCHAR(10),
    due_at                  TIMESTAMPTZ,
    overdue_notified_at     TIMESTAMPTZ,
    duplicate_reason        TEXT,
    original_referrer       VARCHAR(10),
    updated_at              TIMESTAMPTZ,
    worklist_rank           SMALLINT GENERATED ALWAYS AS ((
        (CASE WHEN risk_grade IS NULL THEN 0 WHEN risk_grade = 'HIGH' THEN 1 WHEN risk_grade = 'MEDIUM' THEN 2 ELSE 3 END) * 3
        + CASE WHEN priority = 'EMERGENCY' THEN 0 WHEN priority = 'URGENT' THEN 1 ELSE 2 END)::smallint) STORED
);
-- every index referrals-service has on the table (V1 to V8), so the ceiling pays for the same upkeep
CREATE INDEX referral_person_service ON referral (nhs_number, service_id);
CREATE UNIQUE INDEX referral_one_open_per_referrer ON referral (nhs_number, service_id, referring_organisation)
    WHERE duplicate_reason IS NULL AND status IN ('DRAFT', 'REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD');
CREATE INDEX referral_due ON referral (due_at) WHERE overdue_notified_at IS NULL;
CREATE INDEX referral_updated ON referral (updated_at);
CREATE INDEX referral_sent_newest ON referral (referring_organisation, submitted_at DESC, id DESC);
CREATE INDEX referral_received_newest ON referral (target_organisation, submitted_at DESC, id DESC);
CREATE INDEX referral_redirected_newest ON referral (original_referrer, submitted_at DESC, id DESC)
    WHERE original_referrer IS NOT NULL;
CREATE INDEX referral_worklist_order ON referral (target_organisation, target_team, status, worklist_rank, due_at, id)
    WHERE target_team IS NOT NULL;
CREATE INDEX referral_worklist_teamless ON referral (target_organisation, status, worklist_rank, due_at, id)
    WHERE target_team IS NULL;

CREATE TABLE outbox_message (
    position      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      VARCHAR(64)  NOT NULL UNIQUE,
    topic         VARCHAR(200) NOT NULL,
    message_key   VARCHAR(200),
    event_type    VARCHAR(200) NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ,
    dead_at       TIMESTAMPTZ
);
CREATE INDEX outbox_message_pending ON outbox_message (position) WHERE published_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_message_dead ON outbox_message (position) WHERE dead_at IS NOT NULL;
