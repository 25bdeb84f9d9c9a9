-- Event ids a consumer has applied, written in the same transaction as the effect: a
-- redelivered event finds its id here and changes nothing.
CREATE TABLE processed_event (
    consumer      VARCHAR(100) NOT NULL,
    event_id      VARCHAR(64)  NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
