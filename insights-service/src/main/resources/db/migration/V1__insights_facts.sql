-- Facts, one row per thing counted, each filled in by the events that tell of it; the daily series are
-- computed from them by SQL for the range asked (exact medians and p90s, which running counters cannot give).
-- Every write is an upsert keyed on the thing's own id whose result does not depend on the order the
-- events arrive in, so a replay, a redelivery or a rebuild reading topic by topic lands on the same rows.
--
-- Every fact row belongs to a generation: the live one is read; a rebuild fills a new one from the
-- topics' earliest offsets (the live consumers write to both meanwhile) and makes it live in one step.
CREATE TABLE insights_generation (
    id          INT         PRIMARY KEY,
    state       VARCHAR(10) NOT NULL CHECK (state IN ('live', 'building')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX one_live_generation ON insights_generation (state) WHERE state = 'live';
INSERT INTO insights_generation (id, state) VALUES (1, 'live');

-- The directory: where a service sits (sector, area = locality); the latest publication wins.
CREATE TABLE service_fact (
    generation    INT          NOT NULL,
    service_id    UUID         NOT NULL,
    organisation  VARCHAR(20)  NOT NULL,
    team          VARCHAR(100),
    sector        VARCHAR(40),
    area          VARCHAR(100),
    published_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (generation, service_id)
);

-- A referral's life as the receiving service saw it. Columns an event has not told yet are null.
CREATE TABLE referral_fact (
    generation         INT          NOT NULL,
    referral_id        UUID         NOT NULL,
    service_id         UUID,
    organisation       VARCHAR(20),
    team               VARCHAR(100),
    priority           VARCHAR(20),
    submitted_at       TIMESTAMPTZ,
    first_response_at  TIMESTAMPTZ,
    accepted_at        TIMESTAMPTZ,
    rejected_at        TIMESTAMPTZ,
    redirected_at      TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    breach_due_at      TIMESTAMPTZ,
    PRIMARY KEY (generation, referral_id)
);

-- A delay to discharge: its reason, the accountable sector and its span.
CREATE TABLE delay_fact (
    generation   INT          NOT NULL,
    delay_id     UUID         NOT NULL,
    hospital     VARCHAR(20)  NOT NULL,
    reason_code  VARCHAR(20),
    sector       VARCHAR(20),
    started_at   TIMESTAMPTZ,
    ended_at     TIMESTAMPTZ,
    PRIMARY KEY (generation, delay_id)
);

-- An inpatient episode's end: discharge and pathway, or an emergency readmission within 30 days.
CREATE TABLE episode_fact (
    generation      INT          NOT NULL,
    episode_id      UUID         NOT NULL,
    hospital        VARCHAR(20)  NOT NULL,
    discharged_at   TIMESTAMPTZ,
    pathway         SMALLINT,
    readmitted_at   TIMESTAMPTZ,
    cancelled       BOOLEAN      NOT NULL DEFAULT false,
    PRIMARY KEY (generation, episode_id)
);

-- A care plan action that passed its due date, and when it was done.
CREATE TABLE action_fact (
    generation    INT          NOT NULL,
    action_id     UUID         NOT NULL,
    organisation  VARCHAR(20),
    team          VARCHAR(100),
    due_date      DATE,
    overdue       BOOLEAN      NOT NULL DEFAULT false,
    completed_at  TIMESTAMPTZ,
    PRIMARY KEY (generation, action_id)
);
