-- How far each care plan action has got, from care.careplans.v1: a delay linked to an action derives
-- "who is waiting on whom" from this row, and is attributed to the action's owner organisation.
CREATE TABLE action_progress (
    action_id           UUID PRIMARY KEY,
    plan_id             UUID         NOT NULL,
    nhs_number          CHAR(10)     NOT NULL,
    owner_organisation  VARCHAR(10),
    owner_team          VARCHAR(100),
    description         TEXT,
    due_date            DATE,
    assigned_at         TIMESTAMPTZ,
    overdue_at          TIMESTAMPTZ,
    completed_at        TIMESTAMPTZ
);

CREATE INDEX action_progress_person ON action_progress (nhs_number);
