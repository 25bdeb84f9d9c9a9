package org.carepath.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.carepath.events.referral.ReferralSubmitted;

/** One realistic instance of every event record, fresh on every call. */
final class EventSamples {

    static final Map<Class<? extends Record>, Supplier<Record>> BY_TYPE = Map.of(
            ReferralSubmitted.class, EventSamples::referralSubmitted);

    private EventSamples() {
    }

    static ReferralSubmitted referralSubmitted() {
        return new ReferralSubmitted(UUID.randomUUID(), "9434765919", "RX1", "hana.ahmed", "ward-7",
                "RY1", "Needs help with washing and dressing after a fall", Instant.parse("2026-11-20T10:15:30Z"));
    }
}
