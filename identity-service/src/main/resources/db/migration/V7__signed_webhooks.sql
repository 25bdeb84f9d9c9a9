-- Signed webhooks (Standard Webhooks) for systems that cannot consume Kafka: an organisation's admin
-- subscribes an endpoint to event types; the live consumer queues a delivery per subscription allowed to
-- hear the event, in its own transaction; the delivery worker posts it, retries it and logs every attempt.

CREATE TABLE webhook_subscription (
    id                    UUID          PRIMARY KEY,
    organisation          VARCHAR(10)   NOT NULL,
    url                   VARCHAR(2000) NOT NULL,
    -- JSON array of catalogued event types (platform's JsonText)
    event_types           TEXT          NOT NULL,
    -- whsec_ + base64 of 32 bytes: 49 characters
    secret                VARCHAR(64)   NOT NULL,
    -- the secret before the last rotation, still signing until previous_secret_until
    previous_secret       VARCHAR(64),
    previous_secret_until TIMESTAMPTZ,
    enabled               BOOLEAN       NOT NULL,
    created_by            VARCHAR(200)  NOT NULL,
    created_at            TIMESTAMPTZ   NOT NULL,
    rotated_by            VARCHAR(200),
    rotated_at            TIMESTAMPTZ,
    disabled_by           VARCHAR(200),
    disabled_at           TIMESTAMPTZ
);
CREATE INDEX webhook_subscription_organisation ON webhook_subscription (organisation, created_at);
-- the consumer looks up the enabled subscriptions of each event's type
CREATE INDEX webhook_subscription_enabled ON webhook_subscription (enabled) WHERE enabled;

-- The CloudEvent exactly as consumed, once for all its deliveries: the signed body.
CREATE TABLE webhook_message (
    event_id    VARCHAR(64)  PRIMARY KEY,
    event_type  VARCHAR(100) NOT NULL,
    payload     TEXT         NOT NULL,
    queued_at   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE webhook_delivery (
    id               UUID         PRIMARY KEY,
    subscription_id  UUID         NOT NULL REFERENCES webhook_subscription (id),
    event_id         VARCHAR(64)  NOT NULL REFERENCES webhook_message (event_id),
    event_type       VARCHAR(100) NOT NULL,
    -- pending (queued for its next attempt), delivered, dead
    status           VARCHAR(10)  NOT NULL,
    -- attempts since it was last queued
    attempts         INT          NOT NULL,
    -- when it is due; while an attempt is in flight, when that attempt's lease runs out
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    last_attempt_at  TIMESTAMPTZ,
    last_http_status INT,
    last_error       VARCHAR(500),
    created_at       TIMESTAMPTZ  NOT NULL,
    delivered_at     TIMESTAMPTZ,
    redelivered_by   VARCHAR(200),
    redelivered_at   TIMESTAMPTZ,
    -- a redelivered event is queued once per subscription
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id)
);
-- the worker's look for due deliveries: only pending rows, in due order
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, status, created_at);

CREATE TABLE webhook_attempt (
    id            UUID         PRIMARY KEY,
    delivery_id   UUID         NOT NULL REFERENCES webhook_delivery (id),
    attempted_at  TIMESTAMPTZ  NOT NULL,
    http_status   INT,
    error         VARCHAR(500),
    latency_ms    INT          NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);
