-- Events waiting to be published. A row commits with the state change that caused it, so a
-- crash can neither publish an unsaved change nor lose a saved one.
CREATE TABLE outbox_message (
    position      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      VARCHAR(64)  NOT NULL UNIQUE,
    topic         VARCHAR(200) NOT NULL,
    message_key   VARCHAR(200),
    event_type    VARCHAR(200) NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    published_at  TIMESTAMPTZ
);

-- The relay reads the unpublished rows in order; published ones are kept a while for ops.
CREATE INDEX outbox_message_pending ON outbox_message (position) WHERE published_at IS NULL;
