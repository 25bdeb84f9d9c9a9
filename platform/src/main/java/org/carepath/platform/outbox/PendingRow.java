package org.carepath.platform.outbox;

import org.carepath.platform.tracing.TraceContext;

/** An outbox row as the relay sends it: {@code position} is its place in the outbox's commit order. */
record PendingRow(long position, String topic, String key, String eventType, String payload, TraceContext trace) {
}
