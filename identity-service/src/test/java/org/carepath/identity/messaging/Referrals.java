package org.carepath.identity.messaging;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.CloudEvent;
import org.carepath.events.referral.Practitioner;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.identity.Staff;
import org.carepath.testkit.TestEvents;

/** referral.submitted events as referrals-service publishes them, a fresh one on every call. */
final class Referrals {

    private Referrals() {
    }

    static CloudEvent<Record> hospitalToCommunity(String nhsNumber, Instant at) {
        var submitted = new ReferralSubmitted(UUID.randomUUID(), nhsNumber,
                new Practitioner("hana.ahmed", "Hana Ahmed", Staff.HOSPITAL, "ward-7"), UUID.randomUUID(),
                "Home reablement", Staff.COMMUNITY, "reablement", "urgent",
                "Needs help with washing and dressing after a fall", null, at);
        return TestEvents.envelope("/carepath/referrals-service", nhsNumber, at, submitted);
    }
}
