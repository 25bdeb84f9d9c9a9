-- What ops did with a dead letter (a record on one of this service's <topic>.<group>.dlq topics,
-- named by its topic, partition and offset). A dead letter with no row is open; the row's primary key
-- makes a second replay or discard of the same dead letter find the first one's outcome.
CREATE TABLE dead_letter (
    id            VARCHAR(300) PRIMARY KEY,
    state         VARCHAR(10)  NOT NULL CHECK (state IN ('replayed', 'discarded')),
    event_id      VARCHAR(64),
    acted_by      VARCHAR(200) NOT NULL,
    acted_at      TIMESTAMPTZ  NOT NULL,
    reason        VARCHAR(1000)
);

-- Every ops action and every read of an event's personal payload through the ops API. Append-only.
CREATE TABLE ops_audit (
    id            UUID PRIMARY KEY,
    at            TIMESTAMPTZ  NOT NULL,
    user_id       VARCHAR(200) NOT NULL,
    user_name     VARCHAR(200),
    action        VARCHAR(50)  NOT NULL,
    target        VARCHAR(300) NOT NULL,
    -- the person whose data was read, when a payload was shown
    nhs_number    VARCHAR(10),
    outcome       VARCHAR(50)  NOT NULL,
    reason        VARCHAR(1000)
);

CREATE INDEX ops_audit_target ON ops_audit (target, at);
CREATE INDEX ops_audit_person ON ops_audit (nhs_number, at) WHERE nhs_number IS NOT NULL;

-- The audit is evidence: no API changes it, and the database refuses to as well.
CREATE FUNCTION ops_audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ops_audit is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ops_audit_append_only
    BEFORE UPDATE OR DELETE ON ops_audit
    FOR EACH ROW EXECUTE FUNCTION ops_audit_is_append_only();

CREATE TRIGGER ops_audit_no_truncate
    BEFORE TRUNCATE ON ops_audit
    FOR EACH STATEMENT EXECUTE FUNCTION ops_audit_is_append_only();
