package org.carepath.identity.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;

/** Referral events as referrals-service publishes them, a fresh one on every call. */
public final class Referrals {

    private Referrals() {
    }

    public static CloudEvent<CareEvent> hospitalToCommunity(String nhsNumber, Instant at) {
        var submitted = new ReferralSubmitted(UUID.randomUUID(), nhsNumber,
                new Practitioner("hana.ahmed", "Hana Ahmed", Cast.HOSPITAL, "ward-7"), UUID.randomUUID(),
                "Home reablement", Cast.COMMUNITY, "reablement", "urgent",
                "Needs help with washing and dressing after a fall", null, at);
        return TestEvents.envelope("/carepath/referrals-service", nhsNumber, at, submitted);
    }

    /** The community trust's reablement team accepting the hospital's referral. */
    public static CloudEvent<CareEvent> acceptedByReablement(CloudEvent<CareEvent> submitted, Instant at) {
        var referral = (ReferralSubmitted) submitted.data();
        var accepted = new ReferralAccepted(referral.referralId(), referral.nhsNumber(), reablementTriager(),
                referral.serviceId(), referral.serviceName(), referral.targetOrganisation(), referral.targetTeam(),
                referral.referrer().organisation(), at);
        return TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at, accepted);
    }

    public static CloudEvent<CareEvent> completedByReablement(CloudEvent<CareEvent> submitted, Instant at) {
        var referral = (ReferralSubmitted) submitted.data();
        var completed = new ReferralCompleted(referral.referralId(), referral.nhsNumber(), reablementTriager(),
                referral.targetOrganisation(), referral.targetTeam(), at);
        return TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at, completed);
    }

    public static CloudEvent<CareEvent> rejectedByReablement(CloudEvent<CareEvent> submitted, Instant at) {
        var referral = (ReferralSubmitted) submitted.data();
        var rejected = new ReferralRejected(referral.referralId(), referral.nhsNumber(), reablementTriager(),
                "Outside our area: the person lives in the next borough", at);
        return TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at, rejected);
    }

    public static CloudEvent<CareEvent> receivedByReablement(CloudEvent<CareEvent> submitted, Instant at) {
        var referral = (ReferralSubmitted) submitted.data();
        return TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at,
                new ReferralReceived(referral.referralId(), referral.nhsNumber(), reablementTriager(), at));
    }

    /** Reablement passes the person on to the council's front door: the redirect, then the onward referral. */
    public static List<CloudEvent<CareEvent>> redirectedToTheCouncil(CloudEvent<CareEvent> submitted, Instant at) {
        var referral = (ReferralSubmitted) submitted.data();
        UUID onward = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        var redirected = new ReferralRedirected(referral.referralId(), referral.nhsNumber(), reablementTriager(),
                "Needs a social care assessment first", onward, service, Cast.COUNCIL, at);
        var onwardSubmitted = new ReferralSubmitted(onward, referral.nhsNumber(), reablementTriager(), service,
                "Adult social care front door", Cast.COUNCIL, "adult-front-door", referral.priority(),
                "Needs a social care assessment first (redirected from Home reablement: " + referral.reason() + ")",
                referral.referralId(), at);
        return List.of(TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at, redirected),
                TestEvents.envelope("/carepath/referrals-service", referral.nhsNumber(), at, onwardSubmitted));
    }

    private static Practitioner reablementTriager() {
        return new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "reablement");
    }
}
