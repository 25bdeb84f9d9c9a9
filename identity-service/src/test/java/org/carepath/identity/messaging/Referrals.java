package org.carepath.identity.messaging;

import java.time.Instant;
import java.util.UUID;

import org.carepath.events.CloudEvent;
import org.carepath.events.referral.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.identity.Staff;
import org.carepath.testkit.TestEvents;

/** Referral events as referrals-service publishes them, a fresh one on every call. */
public final class Referrals {

    private Referrals() {
    }

    public static CloudEvent<Record> hospitalToCommunity(String nhsNumber, Instant at) {
        var submitted = new ReferralSubmitted(UUID.randomUUID(), nhsNumber,
                new Practitioner("hana.ahmed", "Hana Ahmed", Staff.HOSPITAL, "ward-7"), UUID.randomUUID(),
                "Home reablement", Staff.COMMUNITY, "reablement", "urgent",
                "Needs help with washing and dressing after a fall", null, at);
        return TestEvents.envelope("/carepath/referrals-service", nhsNumber, at, submitted);
    }

    /** The community trust's reablement team accepting the hospital's referral. */
    public static CloudEvent<Record> acceptedByReablement(CloudEvent<Record> submitted, Instant at) {
        var referral = (ReferralSubmitted) submitted.data();
        var accepted = new ReferralAccepted(referral.referralId(), referral.nhsNumber(), reablementTriager(),
                referral.serviceId(), referral.serviceName(), referral.targetOrganisation(), referral.targetTeam(),
                referral.referrer().organisation(), at);
        return TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at, accepted);
    }

    public static CloudEvent<Record> completedByReablement(CloudEvent<Record> submitted, Instant at) {
        var referral = (ReferralSubmitted) submitted.data();
        var completed = new ReferralCompleted(referral.referralId(), referral.nhsNumber(), reablementTriager(),
                referral.targetOrganisation(), referral.targetTeam(), at);
        return TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at, completed);
    }

    public static CloudEvent<Record> rejectedByReablement(CloudEvent<Record> submitted, Instant at) {
        var referral = (ReferralSubmitted) submitted.data();
        var rejected = new ReferralRejected(referral.referralId(), referral.nhsNumber(), reablementTriager(),
                "Outside our area: the person lives in the next borough", at);
        return TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at, rejected);
    }

    private static Practitioner reablementTriager() {
        return new Practitioner("colin.reed", "Colin Reed", Staff.COMMUNITY, "reablement");
    }
}
