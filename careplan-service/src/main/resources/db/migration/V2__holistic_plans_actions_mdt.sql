-- Holistic content and actions live on the plan (JSON in text, as goals do), so every change to
-- them is a whole new version of the plan and the diff between versions sees them.
ALTER TABLE care_plan ADD COLUMN needs TEXT NOT NULL DEFAULT '[]';
ALTER TABLE care_plan ADD COLUMN carers TEXT NOT NULL DEFAULT '[]';
ALTER TABLE care_plan ADD COLUMN involvement TEXT;
ALTER TABLE care_plan ADD COLUMN actions TEXT NOT NULL DEFAULT '[]';

-- Goals were plain text; they are now {text, needs} so a goal can say which needs it answers.
UPDATE care_plan
   SET goals = (SELECT COALESCE(json_agg(json_build_object('text', goal, 'needs', json_build_array())), '[]'::json)::text
                  FROM json_array_elements_text(COALESCE(goals, '[]')::json) AS goal);
UPDATE care_plan_version
   SET snapshot = jsonb_set(snapshot::jsonb, '{goals}',
           (SELECT COALESCE(jsonb_agg(jsonb_build_object('text', goal, 'needs', jsonb_build_array())), '[]'::jsonb)
              FROM jsonb_array_elements_text(COALESCE(snapshot::jsonb -> 'goals', '[]'::jsonb)) AS goal))::text;

-- Each overdue action and each review date is told once: the row commits with the event's outbox row,
-- and its key stops a second report, even from a second replica racing the first.
CREATE TABLE action_overdue_report (
    action_id    UUID PRIMARY KEY,
    plan_id      UUID        NOT NULL REFERENCES care_plan (id),
    reported_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE review_due_report (
    plan_id      UUID        NOT NULL REFERENCES care_plan (id),
    review_date  DATE        NOT NULL,
    reported_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (plan_id, review_date)
);

CREATE TABLE mdt_meeting (
    id            UUID PRIMARY KEY,
    organisation  VARCHAR(10)  NOT NULL,
    team          VARCHAR(100) NOT NULL,
    title         VARCHAR(300) NOT NULL,
    held_at       TIMESTAMPTZ  NOT NULL,
    -- JSON array of {userId, name, organisation, role}
    attendees     TEXT         NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);

CREATE INDEX mdt_meeting_team ON mdt_meeting (organisation, team, held_at);

CREATE TABLE mdt_case (
    id                    UUID PRIMARY KEY,
    meeting_id            UUID         NOT NULL REFERENCES mdt_meeting (id),
    plan_id               UUID         NOT NULL REFERENCES care_plan (id),
    nhs_number            CHAR(10)     NOT NULL,
    consent               VARCHAR(20),
    consent_note          TEXT,
    consent_recorded_by   VARCHAR(200),
    consent_recorded_at   TIMESTAMPTZ,
    discussion            TEXT,
    added_by              VARCHAR(200) NOT NULL,
    added_at              TIMESTAMPTZ  NOT NULL,
    lock_version          BIGINT       NOT NULL,
    UNIQUE (meeting_id, plan_id)
);

CREATE TABLE care_decision (
    id            UUID PRIMARY KEY,
    plan_id       UUID         NOT NULL REFERENCES care_plan (id),
    meeting_id    UUID         REFERENCES mdt_meeting (id),
    case_id       UUID         REFERENCES mdt_case (id),
    organisation  VARCHAR(10)  NOT NULL,
    team          VARCHAR(100),
    decision      TEXT         NOT NULL,
    -- JSON array of the ids of the actions it put on the plan
    action_ids    TEXT         NOT NULL,
    decided_by    VARCHAR(200) NOT NULL,
    decided_at    TIMESTAMPTZ  NOT NULL
);

CREATE INDEX care_decision_plan ON care_decision (plan_id, decided_at);
