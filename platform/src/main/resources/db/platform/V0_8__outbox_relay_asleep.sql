-- NOTIFY only while the relay is asleep. A transaction that notifies takes one lock for the whole
-- server at commit and holds it through its WAL flush, so under load every commit that appended an
-- event flushed on its own, one after another (benchmarks/README, session 12: 1,111 against 1,779
-- two-row commits/s at 16 clients). A relay that is draining reads whatever commits anyway and needs
-- no wake-up, so while it drains it marks itself awake here and commits do not notify.
--
-- The handshake that loses no wake-up: every outbox insert holds this advisory lock shared until it
-- commits; a relay going to sleep takes it exclusively (OutboxRows.ASLEEP_LOCK, the same key), so
-- it waits for every insert already past the check, marks itself asleep, and then looks once more.
-- An insert either committed before that look, or checks after the mark and notifies. (This holds
-- for read-committed transactions, each statement of which sees the mark once it is committed.)
-- The table is unlogged: it is a hint about a running process, and after a crash PostgreSQL empties
-- it, which reads as asleep.
CREATE UNLOGGED TABLE outbox_relay (
    one    BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
    asleep BOOLEAN NOT NULL
);

CREATE OR REPLACE FUNCTION outbox_message_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(212395944);
    IF coalesce((SELECT asleep FROM outbox_relay), TRUE) THEN
        PERFORM pg_notify('outbox_message', '');
    END IF;
    RETURN NULL;
END
$$;
