package org.carepath.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The CloudEvents 1.0 envelope (structured mode) every CarePath event travels in.
 *
 * @param source  the producing service, e.g. {@code /carepath/referrals-service}
 * @param type    {@code <aggregate>.<past-tense-verb>}, e.g. {@code referral.submitted}
 * @param subject the person's NHS number, also the Kafka record key
 * @param data    the event record, one of those listed in {@link EventCatalog}
 */
public record CloudEvent<T>(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** The Kafka content-type header value of a structured-mode CloudEvent. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    /** Kafka headers beside the value, so tools can route on the type without parsing the value. */
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String TYPE_HEADER = "ce_type";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
    }

    public static <T> CloudEvent<T> of(String source, String type, String subject, Instant time, T data) {
        return new CloudEvent<>(SPEC_VERSION, UUID.randomUUID().toString(), source, type, time, subject, JSON, data);
    }

    /**
     * The data as the event type of the topic it came from, e.g. {@code event.data(ReferralEvent.class)}.
     *
     * @throws IllegalArgumentException when the data is of another kind (a type published on the wrong topic)
     */
    public <E> E data(Class<E> kind) {
        if (!kind.isInstance(data)) {
            throw new IllegalArgumentException("a " + type + " event is not a " + kind.getSimpleName());
        }
        return kind.cast(data);
    }

    public <R> CloudEvent<R> withData(R newData) {
        return new CloudEvent<>(specversion, id, source, type, time, subject, datacontenttype, newData);
    }
}
