package org.carepath.identity.relationship;

import static org.awaitility.Awaitility.await;
import static org.carepath.identity.Journeys.involvement;
import static org.carepath.identity.Journeys.journey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.identity.Staff;
import org.carepath.identity.TestClock;
import org.carepath.identity.messaging.CarePlans;
import org.carepath.identity.messaging.Referrals;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Relationships started and ended by the other services' events, seen through access to the journey and the panel. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class RelationshipFlowTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TestClock clock;

    @Test
    void aRejectedReferralEndsBothSidesRelationship() {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        TestEvents.publish(submitted);
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.communityNurse(), person).statusCode(200)
                .body("basis", equalTo("relationship")));
        involvement(Staff.hospitalNurse(), person).statusCode(200)
                .body("activeServices.description", hasItem("Home reablement"))
                .body("involved.basis", hasItem("referrer"));

        TestEvents.publish(Referrals.rejectedByReablement(submitted, Instant.parse("2026-11-20T11:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.communityNurse(), person).statusCode(403));
        journey(Staff.hospitalNurse(), person).statusCode(403);
    }

    @Test
    void twoReferralsToTheSameServiceAreOneActiveServiceSinceTheFirst() {
        String person = TestPeople.nhsNumber();
        TestEvents.publish(Referrals.hospitalToCommunity(person, Instant.parse("2026-11-18T09:00:00Z")));
        TestEvents.publish(Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.communityNurse(), person).statusCode(200)
                .body("entries", hasSize(2))
                .body("involvement.activeServices", hasSize(1))
                .body("involvement.activeServices[0].since", equalTo("2026-11-18T09:00:00Z"))
                .body("involvement.involved.basis", contains("referrer", "referral-recipient")));
    }

    @Test
    void aCompletedReferralKeepsTheReceivingTeamInvolvedForTheGracePeriodOnly() {
        String recent = TestPeople.nhsNumber();
        String longAgo = TestPeople.nhsNumber();
        var now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var recentReferral = Referrals.hospitalToCommunity(recent, now.minus(Duration.ofDays(10)));
        var oldReferral = Referrals.hospitalToCommunity(longAgo, now.minus(Duration.ofDays(60)));
        TestEvents.publish(recentReferral);
        TestEvents.publish(Referrals.completedByReablement(recentReferral, now.minus(Duration.ofDays(2))));
        TestEvents.publish(oldReferral);
        TestEvents.publish(Referrals.completedByReablement(oldReferral, now.minus(Duration.ofDays(30))));

        await().atMost(PATIENCE).untilAsserted(() -> involvement(Staff.communityNurse(), recent).statusCode(200)
                .body("activeServices[0].until", notNullValue()));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), longAgo).statusCode(403));
        journey(Staff.communityNurse(), longAgo).statusCode(403);
    }

    @Test
    void careTeamMembershipStartsAndEndsTheCouncilsRelationship() {
        String person = TestPeople.nhsNumber();
        UUID plan = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        TestEvents.publish(CarePlans.councilJoins(person, plan, member, Instant.parse("2026-11-21T10:00:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> involvement(Staff.councilSocialWorker(), person).statusCode(200)
                .body("involved.basis", hasItem("care-team-member"))
                .body("involved.since", hasItem("2026-11-21T10:00:00Z")));

        TestEvents.publish(CarePlans.councilLeaves(person, plan, member, Instant.parse("2026-11-22T10:00:00Z")));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.councilSocialWorker(), person).statusCode(403));
    }

    @Test
    void theCareCoordinatorIsNamedOnThePanel() {
        String person = TestPeople.nhsNumber();
        UUID plan = UUID.randomUUID();
        TestEvents.publish(CarePlans.draftFromReferral(person, plan, Instant.parse("2026-11-21T09:00:00Z")));
        TestEvents.publish(CarePlans.amyCoordinates(person, plan, Instant.parse("2026-11-21T09:30:00Z")));

        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.councilCareCoordinator(), person).statusCode(200)
                .body("involvement.careCoordinator.practitioner", equalTo("Amy Lee"))
                .body("involvement.careCoordinator.organisation", equalTo(Cast.COUNCIL))
                .body("involvement.careCoordinator.since", equalTo("2026-11-21T09:30:00Z"))
                .body("entries.summary", hasItem("Amy Lee (LA1 (adult-social-care)) became the care coordinator"))
                .body("entries.type", not(hasItem("referral.submitted"))));
    }

    @Test
    void anOpenEpisodeMakesTheHospitalInvolvedUntilDischargeAndACancelledDischargeReopensIt() {
        String person = TestPeople.nhsNumber();
        UUID episode = UUID.randomUUID();
        Instant admitted = Instant.parse("2026-11-21T08:00:00Z");
        TestEvents.publish(discharge(person, admitted, new PatientAdmitted(episode, person, Cast.HOSPITAL, "ward-7", null,
                "emergency", admitted, null, null, admitted)));

        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("entries.summary", hasItem("Admitted to hospital RX1, ward-7 (emergency)"))
                .body("involvement.involved.basis", hasItem("hospital-episode")));

        Instant left = Instant.parse("2026-11-22T15:00:00Z");
        TestEvents.publish(discharge(person, left, new PatientDischarged(episode, person, Cast.HOSPITAL, "ward-7", left, 1,
                "home", 0, null, left)));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(403));

        Instant undone = Instant.parse("2026-11-22T16:00:00Z");
        TestEvents.publish(discharge(person, undone, new EpisodeCancelled(episode, person, Cast.HOSPITAL, "discharge",
                "discharged in error", null, undone)));
        await().atMost(PATIENCE).untilAsserted(() -> journey(Staff.hospitalNurse(), person).statusCode(200)
                .body("entries.summary", hasItem("The hospital cancelled the discharge recorded in error: discharged in error")));
    }

    private static CloudEvent<CareEvent> discharge(String person, Instant at, CareEvent data) {
        return TestEvents.envelope("/carepath/discharge-service", person, at, data);
    }
}
