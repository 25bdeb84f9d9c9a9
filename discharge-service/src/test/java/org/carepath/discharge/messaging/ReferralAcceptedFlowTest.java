package org.carepath.discharge.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.Practitioner;
import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.Cast;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.DeadLetters;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * referral.accepted from the real broker lets the accepting team read and, for a package of care, meets
 * "package of care confirmed" once; referral.cancelled or rejected ends both.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralAcceptedFlowTest {

    private static final Practitioner TRIAGER = new Practitioner("colin.reed", "Colin Reed", Cast.COMMUNITY, "spa");
    /** The service reads two topics in one consumer group: on a loaded machine its first assignment can take a while. */
    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Test
    void anAcceptedReferralForAPersonInHospitalMeetsTheMilestoneOnce() {
        String person = TestPeople.nhsNumber();
        String id = Episodes.admit(Staff.wardNurse(), person, Instant.now().minusSeconds(3600).toString(), "emergency");
        Episodes.get(id, Staff.communityCoordinator()).statusCode(404);
        UUID referral = UUID.randomUUID();
        UUID reablement = service("reablement");
        CloudEvent<CareEvent> accepted = TestEvents.envelope("/carepath/referrals-service", person, Instant.now(),
                new ReferralAccepted(referral, person, TRIAGER, reablement, "Home reablement", Cast.COMMUNITY,
                        "reablement", Cast.HOSPITAL, Instant.now()));

        TestEvents.publish(accepted);
        TestEvents.publish(accepted);
        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", person, accepted.time(), accepted.data()));

        await().atMost(CONSUMED).untilAsserted(() -> Episodes.get(id, Staff.communityCoordinator())
                .statusCode(200)
                .body("milestones[0].milestone", equalTo("package-of-care-confirmed"))
                .body("milestones[0].status", equalTo("done"))
                .body("milestones[0].ownerOrganisation", equalTo(Cast.COMMUNITY))
                .body("milestones[0].referralId", equalTo(referral.toString())));
        Episodes.post(id, "/discharge", Staff.dischargeCoordinator(), Map.of("pathway", 1)).statusCode(200);
        Episodes.get(id, Staff.communityCoordinator()).statusCode(404);
        Episodes.awaitEvents(person, "discharge.admitted", "discharge.milestone-updated", "discharge.pathway-set",
                "discharge.discharged");
    }

    @Test
    void anAcceptedReferralToAServiceThatGivesNoPackageOfCareLetsTheTeamReadButMeetsNoMilestone() {
        String person = TestPeople.nhsNumber();
        String id = Episodes.admit(Staff.wardNurse(), person, Instant.now().minusSeconds(3600).toString(), "emergency");

        TestEvents.publish(accepted(person, UUID.randomUUID(), service("therapy"), Cast.COMMUNITY));

        await().atMost(CONSUMED).untilAsserted(() -> Episodes.get(id, Staff.communityCoordinator())
                .statusCode(200)
                .body("milestones", empty()));
    }

    @Test
    void aReferralThatEndsTakesItsAccessAndMilestoneWithItUnlessAnotherAcceptedReferralHoldsIt() {
        String person = TestPeople.nhsNumber();
        String id = Episodes.admit(Staff.wardNurse(), person, Instant.now().minusSeconds(3600).toString(), "emergency");
        UUID reablement = UUID.randomUUID();
        UUID homeCare = UUID.randomUUID();
        TestEvents.publish(accepted(person, reablement, service("reablement"), Cast.COMMUNITY));
        awaitMilestone(id, "done", reablement.toString());
        TestEvents.publish(accepted(person, homeCare, service("home-care"), Cast.OTHER_COUNCIL));
        awaitMilestone(id, "done", homeCare.toString());
        Episodes.get(id, Staff.outsider()).statusCode(200);

        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", person, Instant.now(),
                new ReferralCancelled(homeCare, person, TRIAGER, "Family will care for her", Instant.now())));

        awaitMilestone(id, "done", reablement.toString());
        Episodes.get(id, Staff.outsider()).statusCode(404);

        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", person, Instant.now(),
                new ReferralRejected(reablement, person, TRIAGER, "Not eligible", Instant.now())));

        await().atMost(CONSUMED).untilAsserted(() -> Episodes.get(id, Staff.dischargeCoordinator())
                .body("milestones[0].status", equalTo("not-started"))
                .body("milestones[0].referralId", nullValue()));
        Episodes.get(id, Staff.communityCoordinator()).statusCode(404);
        Episodes.awaitEvents(person, "discharge.admitted", "discharge.milestone-updated", "discharge.milestone-updated",
                "discharge.milestone-updated", "discharge.milestone-updated");
    }

    @Test
    void aPoisonReferralEventIsDeadLettered() {
        String person = TestPeople.nhsNumber();
        String poison = "{\"not\": \"an event\"";
        TestKafka.get().send(Topics.REFERRALS, person, poison);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> DeadLetters.assertParked(Topics.REFERRALS, person,
                poison, "discharge-service", "discharge-milestones", null, 1, "not a CloudEvent"));
    }

    /** A directory service of the category, as referrals-service publishes it; returns its id. */
    private static UUID service(String category) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", id.toString(), Instant.now(),
                new CareServicePublished(id, "Service " + id, Cast.COMMUNITY, null, "community", null, List.of("routine"),
                        Map.of("routine", "5 working days"), Instant.now(), category)));
        return id;
    }

    private static CloudEvent<CareEvent> accepted(String person, UUID referral, UUID service, String organisation) {
        return TestEvents.envelope("/carepath/referrals-service", person, Instant.now(),
                new ReferralAccepted(referral, person, TRIAGER, service, "Service", organisation, null, Cast.HOSPITAL,
                        Instant.now()));
    }

    private static void awaitMilestone(String episode, String status, String referral) {
        await().atMost(CONSUMED).untilAsserted(() -> Episodes.get(episode, Staff.dischargeCoordinator())
                .body("milestones[0].milestone", equalTo("package-of-care-confirmed"))
                .body("milestones[0].status", equalTo(status))
                .body("milestones[0].referralId", equalTo(referral)));
    }
}
