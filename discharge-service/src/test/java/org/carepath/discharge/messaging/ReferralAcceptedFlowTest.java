package org.carepath.discharge.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.carepath.discharge.Episodes;
import org.carepath.discharge.Staff;
import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.referral.Practitioner;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.DeadLetters;
import org.carepath.testkit.TestKafka;
import org.carepath.testkit.TestPeople;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** referral.accepted from the real broker meets "package of care confirmed" once, and lets the accepting team read. */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class ReferralAcceptedFlowTest {

    private static final Practitioner TRIAGER = new Practitioner("colin.reed", "Colin Reed", Staff.COMMUNITY, "spa");

    @Test
    void anAcceptedReferralForAPersonInHospitalMeetsTheMilestoneOnce() {
        String person = TestPeople.nhsNumber();
        String id = Episodes.admit(Staff.wardNurse(), person, Instant.now().minusSeconds(3600).toString(), "emergency");
        Episodes.get(id, Staff.communityCoordinator()).statusCode(404);
        UUID referral = UUID.randomUUID();
        CloudEvent<Record> accepted = TestEvents.envelope("/carepath/referrals-service", person, Instant.now(),
                new ReferralAccepted(referral, person, TRIAGER, UUID.randomUUID(), "Home reablement", Staff.COMMUNITY,
                        "reablement", Staff.HOSPITAL, Instant.now()));

        TestEvents.publish(accepted);
        TestEvents.publish(accepted);
        TestEvents.publish(TestEvents.envelope("/carepath/referrals-service", person, accepted.time(), accepted.data()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Episodes.get(id, Staff.communityCoordinator())
                .statusCode(200)
                .body("milestones[0].milestone", equalTo("package-of-care-confirmed"))
                .body("milestones[0].status", equalTo("done"))
                .body("milestones[0].ownerOrganisation", equalTo(Staff.COMMUNITY))
                .body("milestones[0].referralId", equalTo(referral.toString())));
        Episodes.post(id, "/discharge", Staff.dischargeCoordinator(), Map.of("pathway", 1)).statusCode(200);
        Episodes.get(id, Staff.communityCoordinator()).statusCode(404);
        Episodes.awaitEvents(person, "discharge.admitted", "discharge.milestone-updated", "discharge.pathway-set",
                "discharge.discharged");
    }

    @Test
    void aPoisonReferralEventIsDeadLettered() {
        String person = TestPeople.nhsNumber();
        String poison = "{\"not\": \"an event\"";
        TestKafka.get().send(Topics.REFERRALS, person, poison);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> DeadLetters.assertParked(Topics.REFERRALS, person,
                poison, "discharge-service", "discharge-milestones", null, 1, "not a CloudEvent"));
    }
}
