-- The W3C trace context of the request that recorded the event (the CloudEvents distributed tracing
-- extension, also in the payload): the relay sends it as Kafka headers, so consumers join the trace.
ALTER TABLE outbox_message
    ADD COLUMN traceparent VARCHAR(55),
    ADD COLUMN tracestate  VARCHAR(512);
