-- A row Kafka refuses for good (too large, invalid topic) is set aside with its reason instead of
-- blocking every later row; ops see it here and in carepath_outbox_dead_rows.
ALTER TABLE outbox_message
    ADD COLUMN dead_at     TIMESTAMPTZ,
    ADD COLUMN dead_reason VARCHAR(1000);

-- Rows loaded by SQL (benchmarks, repairs) need not name their time.
ALTER TABLE outbox_message ALTER COLUMN created_at SET DEFAULT now();

-- Pending means neither published nor set aside; the relay reads these in position order.
DROP INDEX outbox_message_pending;
CREATE INDEX outbox_message_pending ON outbox_message (position) WHERE published_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_message_dead ON outbox_message (position) WHERE dead_at IS NOT NULL;

-- Wakes the relay when rows commit. NOTIFY is delivered at commit and only if the transaction
-- commits, and once per statement is enough: the relay reads whatever is pending.
CREATE FUNCTION outbox_message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_message', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER outbox_message_inserted
    AFTER INSERT ON outbox_message
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_message_notify();
