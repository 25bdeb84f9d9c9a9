-- Every read of a person's record through this service's API (resources marked @AuditedReads), shown
-- or not: who, from which organisation, what, whose, when. Append-only, like ops_audit.
CREATE TABLE record_read_audit (
    id            UUID PRIMARY KEY,
    at            TIMESTAMPTZ   NOT NULL,
    user_id       VARCHAR(200)  NOT NULL,
    user_name     VARCHAR(200),
    organisation  VARCHAR(10),
    record_kind   VARCHAR(50)   NOT NULL,
    target        VARCHAR(1000) NOT NULL,
    nhs_number    VARCHAR(10),
    outcome       VARCHAR(10)   NOT NULL CHECK (outcome IN ('shown', 'not-shown'))
);

CREATE INDEX record_read_audit_person ON record_read_audit (nhs_number, at) WHERE nhs_number IS NOT NULL;
CREATE INDEX record_read_audit_user ON record_read_audit (user_id, at);

CREATE FUNCTION record_read_audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'record_read_audit is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER record_read_audit_append_only
    BEFORE UPDATE OR DELETE ON record_read_audit
    FOR EACH ROW EXECUTE FUNCTION record_read_audit_is_append_only();

CREATE TRIGGER record_read_audit_no_truncate
    BEFORE TRUNCATE ON record_read_audit
    FOR EACH STATEMENT EXECUTE FUNCTION record_read_audit_is_append_only();
