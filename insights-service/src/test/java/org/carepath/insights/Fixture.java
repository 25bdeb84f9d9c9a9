package org.carepath.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Practitioner;
import org.carepath.events.careplan.ActionOwner;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralResponseOverdue;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;

/**
 * Three weeks of March 2025 (and its clock change) in two localities, published once per test JVM, with
 * fixed event times. Every figure the tests expect is worked out by hand from what is written here.
 *
 * <pre>
 * directory   reablement  RY1 team reablement        community    north
 *             social care LA1 team adult-social-care social-care  south
 *             discharge   RX1 team discharge         acute        north (the hospital's locality)
 * referrals   to reablement, all submitted Mon 3 Mar 09:00 (GMT = UTC):
 *               r1 accepted Tue 4 Mar 09:00 (24 h)   r2 accepted 11:00 (26 h)   r3 accepted 13:00 (28 h)
 *               r4 rejected 15:00 (30 h)   r5 redirected to social care 17:00 (32 h)   r6 accepted 21:00 (36 h)
 *             r7 submitted Mon 10 Mar 09:00, accepted 15:00 (6 h); r8 submitted Mon 10 Mar 09:00, urgent,
 *               response target missed Tue 11 Mar 09:00; r1 completed Mon 17 Mar 10:00
 *             to social care: r5's onward referral submitted Tue 4 Mar 17:00; five submitted Mon 17 Mar 10:00;
 *               five submitted Sun 30 Mar 23:30 UTC = Mon 31 Mar 00:30 in London (BST began that morning)
 * delays      at RX1, five from Wed 5 Mar 10:00 to Wed 12 Mar 10:00 (four E social-care, one A nhs);
 *             one E social-care from Mon 10 Mar 10:00 to Thu 20 Mar 10:00
 * discharges  at RX1 Wed 12 Mar 14:00: the five delayed people on pathway 1, one more on pathway 3
 * readmission at RX1 Wed 19 Mar 08:00
 * actions     five of LA1 adult-social-care due Fri 14 Mar, overdue; two of them done Tue 18 Mar 10:00
 * </pre>
 */
public final class Fixture {

    public static final String REABLEMENT_ORG = Cast.COMMUNITY;
    public static final String SOCIAL_CARE_ORG = Cast.COUNCIL;
    public static final String HOSPITAL = Cast.HOSPITAL;
    public static final LocalDate FROM = LocalDate.parse("2025-03-03");
    public static final LocalDate TO = LocalDate.parse("2025-03-23");

    private static final UUID REABLEMENT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID SOCIAL_CARE = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final UUID DISCHARGE_TEAM = UUID.fromString("00000000-0000-0000-0000-0000000000a3");
    private static final Practitioner GP = new Practitioner("gp.one", "GP One", "P81001", null);
    private static final Practitioner TRIAGER = new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "reablement");
    private static final Practitioner SOCIAL_WORKER = new Practitioner("sam.patel", "Sam Patel", Cast.COUNCIL, "adult-social-care");
    private static final ActionOwner SOCIAL_CARE_TEAM = new ActionOwner(Cast.COUNCIL, "adult-social-care", null, null);

    private static List<CloudEvent<CareEvent>> published;

    private Fixture() {
    }

    /** Publishes the fixture the first time it is asked for; every event as it went out. */
    public static synchronized List<CloudEvent<CareEvent>> published() {
        if (published == null) {
            published = List.copyOf(events());
            published.forEach(TestEvents::publish);
        }
        return published;
    }

    private static List<CloudEvent<CareEvent>> events() {
        List<CloudEvent<CareEvent>> events = new ArrayList<>();
        events.add(service(REABLEMENT, "Home reablement", Cast.COMMUNITY, "reablement", "community", "north"));
        events.add(service(SOCIAL_CARE, "Adult social care", Cast.COUNCIL, "adult-social-care", "social-care", "south"));
        events.add(service(DISCHARGE_TEAM, "Discharge team", Cast.HOSPITAL, "discharge", "acute", "north"));

        Instant monday = at("2025-03-03T09:00:00Z");
        String[] answers = { "accept 2025-03-04T09:00:00Z", "accept 2025-03-04T11:00:00Z", "accept 2025-03-04T13:00:00Z",
                "reject 2025-03-04T15:00:00Z", "redirect 2025-03-04T17:00:00Z", "accept 2025-03-04T21:00:00Z" };
        UUID r1 = null;
        String r1Person = null;
        for (String answer : answers) {
            String person = TestPeople.nhsNumber();
            UUID referral = UUID.randomUUID();
            events.add(submitted(person, referral, REABLEMENT, "routine", monday));
            Instant when = at(answer.substring(answer.indexOf(' ') + 1));
            switch (answer.substring(0, answer.indexOf(' '))) {
                case "accept" -> events.add(accepted(person, referral, REABLEMENT, when));
                case "reject" -> events.add(envelope(person, new ReferralRejected(referral, person, TRIAGER, "not eligible", when)));
                default -> {
                    UUID onward = UUID.randomUUID();
                    events.add(envelope(person, new ReferralRedirected(referral, person, TRIAGER, "needs social care", onward,
                            SOCIAL_CARE, Cast.COUNCIL, when)));
                    events.add(submitted(person, onward, SOCIAL_CARE, "routine", when));
                }
            }
            if (r1 == null) {
                r1 = referral;
                r1Person = person;
            }
        }
        String r7 = TestPeople.nhsNumber();
        UUID r7Referral = UUID.randomUUID();
        events.add(submitted(r7, r7Referral, REABLEMENT, "routine", at("2025-03-10T09:00:00Z")));
        events.add(accepted(r7, r7Referral, REABLEMENT, at("2025-03-10T15:00:00Z")));
        String r8 = TestPeople.nhsNumber();
        UUID r8Referral = UUID.randomUUID();
        events.add(submitted(r8, r8Referral, REABLEMENT, "urgent", at("2025-03-10T09:00:00Z")));
        events.add(envelope(r8, new ReferralResponseOverdue(r8Referral, r8, REABLEMENT, Cast.COMMUNITY, "reablement", "urgent",
                at("2025-03-11T09:00:00Z"), at("2025-03-11T09:01:00Z"))));
        events.add(envelope(r1Person, new ReferralCompleted(r1, r1Person, TRIAGER, Cast.COMMUNITY, "reablement",
                at("2025-03-17T10:00:00Z"))));
        for (int i = 0; i < 5; i++) {
            String person = TestPeople.nhsNumber();
            events.add(submitted(person, UUID.randomUUID(), SOCIAL_CARE, "routine", at("2025-03-17T10:00:00Z")));
            String late = TestPeople.nhsNumber();
            events.add(submitted(late, UUID.randomUUID(), SOCIAL_CARE, "routine", at("2025-03-30T23:30:00Z")));
        }

        String[][] delays = { { "E", "social-care" }, { "E", "social-care" }, { "E", "social-care" }, { "E", "social-care" },
                { "A", "nhs" } };
        for (String[] delay : delays) {
            String person = TestPeople.nhsNumber();
            UUID episode = UUID.randomUUID();
            events.addAll(delay(person, episode, delay[0], delay[1], at("2025-03-05T10:00:00Z"), at("2025-03-12T10:00:00Z")));
            events.add(discharged(person, episode, 1, at("2025-03-12T14:00:00Z")));
        }
        String longer = TestPeople.nhsNumber();
        events.addAll(delay(longer, UUID.randomUUID(), "E", "social-care", at("2025-03-10T10:00:00Z"), at("2025-03-20T10:00:00Z")));
        String pathway3 = TestPeople.nhsNumber();
        UUID pathway3Episode = UUID.randomUUID();
        events.add(discharged(pathway3, pathway3Episode, 3, at("2025-03-12T14:00:00Z")));
        events.add(envelope(pathway3, new PatientReadmitted(UUID.randomUUID(), pathway3, Cast.HOSPITAL, pathway3Episode,
                Cast.HOSPITAL, at("2025-03-12T14:00:00Z"), at("2025-03-19T08:00:00Z"), at("2025-03-19T08:00:00Z"))));

        for (int i = 0; i < 5; i++) {
            String person = TestPeople.nhsNumber();
            UUID plan = UUID.randomUUID();
            UUID action = UUID.randomUUID();
            events.add(envelope(person, new CarePlanActionOverdue(plan, person, action, "arrange a package of care",
                    SOCIAL_CARE_TEAM, LocalDate.parse("2025-03-14"), at("2025-03-15T06:00:00Z"))));
            if (i < 2) {
                events.add(envelope(person, new CarePlanActionCompleted(plan, person, 2, action, "arrange a package of care",
                        SOCIAL_CARE_TEAM, SOCIAL_WORKER, at("2025-03-18T10:00:00Z"))));
            }
        }
        return events;
    }

    public static CloudEvent<CareEvent> envelope(String subject, CareEvent data) {
        return TestEvents.envelope("/carepath/test", subject, data.time(), data);
    }

    /** A referral to the reablement service, submitted on a day long before the fixture: a marker a test can wait for. */
    public static CloudEvent<CareEvent> markerReferral(String person, Instant at) {
        return submitted(person, UUID.randomUUID(), REABLEMENT, "routine", at);
    }

    private static CloudEvent<CareEvent> service(UUID id, String name, String organisation, String team, String sector,
            String area) {
        return envelope(id.toString(), new CareServicePublished(id, name, organisation, team, sector, area,
                List.of("routine", "urgent"), Map.of("routine", "5 working days", "urgent", "PT24H"),
                at("2025-01-01T00:00:00Z"), null));
    }

    private static CloudEvent<CareEvent> submitted(String person, UUID referral, UUID service, String priority, Instant at) {
        boolean reablement = REABLEMENT.equals(service);
        return envelope(person, new ReferralSubmitted(referral, person, GP, service,
                reablement ? "Home reablement" : "Adult social care", reablement ? Cast.COMMUNITY : Cast.COUNCIL,
                reablement ? "reablement" : "adult-social-care", priority, "support at home", null, at));
    }

    private static CloudEvent<CareEvent> accepted(String person, UUID referral, UUID service, Instant at) {
        return envelope(person, new ReferralAccepted(referral, person, TRIAGER, service, "Home reablement", Cast.COMMUNITY,
                "reablement", GP.organisation(), at));
    }

    private static List<CloudEvent<CareEvent>> delay(String person, UUID episode, String reason, String sector,
            Instant started, Instant ended) {
        UUID delay = UUID.randomUUID();
        return List.of(
                envelope(person, new DelayStarted(episode, person, Cast.HOSPITAL, delay, "england", reason, "waiting",
                        sector, started, null, null, started)),
                envelope(person, new DelayEnded(episode, person, Cast.HOSPITAL, delay, "england", reason, sector, started,
                        ended, null, ended)));
    }

    private static CloudEvent<CareEvent> discharged(String person, UUID episode, int pathway, Instant at) {
        return envelope(person, new PatientDischarged(episode, person, Cast.HOSPITAL, "ward-7", at, pathway, "home", 0,
                null, at));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
