-- An organisation's guardian reads its own staff's reads, newest first (GET /audit/record-reads).
CREATE INDEX record_read_audit_organisation ON record_read_audit (organisation, at DESC);
