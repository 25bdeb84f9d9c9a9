package org.carepath.identity.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.carepath.events.careplan.ActionOwner;
import org.carepath.events.careplan.CareCoordinatorAssigned;
import org.carepath.events.careplan.CarePlanActionAssigned;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.careplan.CarePlanReviewDue;
import org.carepath.events.careplan.MdtDecisionRecorded;
import org.carepath.events.careplan.CarePlanCreated;
import org.carepath.events.careplan.CareTeamMemberJoined;
import org.carepath.events.careplan.CareTeamMemberLeft;
import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayDisputed;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayLinked;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.discharge.PatientTransferred;
import org.carepath.events.identity.BreakGlassUsed;
import org.carepath.events.identity.PersonMerged;
import org.carepath.events.Practitioner;
import org.carepath.events.referral.ReferralEvent;
import org.carepath.events.referral.ReferralSubmitted;
import org.junit.jupiter.api.Test;

class JourneyWordingTest {

    private static ReferralSubmitted referral(Practitioner referrer, String reason) {
        return new ReferralSubmitted(UUID.randomUUID(), "9434765919", referrer, UUID.randomUUID(), "Home reablement",
                "RY1", "reablement", "urgent", reason, null, AT);
    }

    @Test
    void aReferralSaysFromWhomToWhatHowUrgentlyAndWhy() {
        var submitted = referral(new Practitioner("hana.ahmed", "Hana Ahmed", "RX1", "ward-7"), "Needs help at home");
        assertEquals("Referred by RX1 (ward-7) to Home reablement (RY1), urgent: Needs help at home",
                JourneyWording.of(submitted));
    }

    @Test
    void aReferrerWithoutATeamIsNamedByOrganisation() {
        var submitted = referral(new Practitioner("sam.patel", "Sam Patel", "LA1", null), "Reablement after discharge");
        assertEquals("Referred by LA1 to Home reablement (RY1), urgent: Reablement after discharge",
                JourneyWording.of(submitted));
    }

    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    private static final Practitioner COLIN = new Practitioner("colin.reed", "Colin Reed", "RY1", "spa");
    private static final Practitioner AMY = new Practitioner("amy.lee", "Amy Lee", "LA1", "adult-social-care");

    @Test
    void aSubmittedReferralIsToldThroughTheGeneralEntryPointToo() {
        var submitted = referral(new Practitioner("hana.ahmed", "Hana Ahmed", "RX1", "ward-7"), "Needs help at home");
        var told = JourneyWording.of((ReferralEvent) submitted);
        assertEquals("RX1", told.organisation());
        assertEquals("Hana Ahmed", told.actor());
    }

    @Test
    void aTeamJoiningTheCareTeamSaysWhoAndWhy() {
        var joined = new CareTeamMemberJoined(UUID.randomUUID(), "9434765919", UUID.randomUUID(), "LA1", "adult-social-care",
                null, null, "social care assessment", null, COLIN, AT);
        var told = JourneyWording.of(joined);
        assertEquals("LA1 (adult-social-care) joined the care team (social care assessment)", told.summary());
        assertEquals("LA1", told.organisation());
        assertEquals("Colin Reed", told.actor());
    }

    @Test
    void aNamedPractitionerLeavingSaysWhy() {
        var left = new CareTeamMemberLeft(UUID.randomUUID(), "9434765919", UUID.randomUUID(), "RY1", null, "Goals met", AT);
        assertEquals("RY1 left the care team: Goals met", JourneyWording.of(left).summary());
    }

    @Test
    void aDraftPlanFromAReferralNamesItsCoordinator() {
        var created = new CarePlanCreated(UUID.randomUUID(), "9434765919", null, COLIN, null, AT);
        assertEquals("A draft care plan was started from an accepted referral; care coordinator: Colin Reed (RY1 (spa))",
                JourneyWording.of(created).summary());
    }

    @Test
    void aHandoverOfCareCoordinationNamesBothAndWhy() {
        var first = new CareCoordinatorAssigned(UUID.randomUUID(), "9434765919", null, AMY, null, COLIN, AT);
        var handover = new CareCoordinatorAssigned(UUID.randomUUID(), "9434765919", AMY, COLIN, "Moved to reablement", AMY, AT);
        assertEquals("Amy Lee (LA1 (adult-social-care)) became the care coordinator", JourneyWording.of(first).summary());
        assertEquals("The care coordinator changed from Amy Lee (LA1 (adult-social-care)) to Colin Reed (RY1 (spa)):"
                + " Moved to reablement", JourneyWording.of(handover).summary());
    }

    @Test
    void identityEventsAreToldToo() {
        var merged = new PersonMerged("9434765919", "9434765870", "Registered twice", AMY, AT);
        var breakGlass = new BreakGlassUsed("9434765919", AMY, "care-coordinator", "Found confused at home",
                AT.plusSeconds(3600), AT);
        assertEquals("Two records of this person were joined: NHS number 943 476 5870 is now 943 476 5919 (Registered twice)",
                JourneyWording.of(merged).summary());
        assertEquals("Amy Lee of LA1 (adult-social-care) opened this record in an emergency without an existing"
                + " relationship: Found confused at home", JourneyWording.of(breakGlass).summary());
    }

    @Test
    void anMdtDecisionAndTheActionItGaveSayWhoDoesWhatByWhen() {
        UUID plan = UUID.randomUUID();
        var decision = new MdtDecisionRecorded(plan, "9434765919", UUID.randomUUID(), UUID.randomUUID(), "RY1", "spa",
                "Start reablement at home for six weeks", List.of(), COLIN, AT);
        var action = new CarePlanActionAssigned(plan, "9434765919", 3, UUID.randomUUID(), "Fit grab rails in the bathroom",
                "housing", new ActionOwner("LA1", "adult-social-care", "amy.lee", "Amy Lee"), LocalDate.parse("2026-12-01"),
                null, COLIN, AT);
        assertEquals("The multidisciplinary team (MDT) meeting decided: Start reablement at home for six weeks",
                JourneyWording.of(decision).summary());
        assertEquals("New action for Amy Lee of LA1 (adult-social-care): Fit grab rails in the bathroom, due 2026-12-01",
                JourneyWording.of(action).summary());
    }

    @Test
    void overdueActionsAndReviewsAreToldAtTheOwnersPlace() {
        var overdue = new CarePlanActionOverdue(UUID.randomUUID(), "9434765919", UUID.randomUUID(), "Order a hospital bed",
                new ActionOwner("RY1", "district-nursing", null, null), LocalDate.parse("2026-11-20"), AT);
        var told = JourneyWording.of(overdue);
        assertEquals("An action is overdue for RY1 (district-nursing) (due 2026-11-20): Order a hospital bed", told.summary());
        assertEquals("RY1", told.organisation());
        var review = new CarePlanReviewDue(UUID.randomUUID(), "9434765919", LocalDate.parse("2026-12-15"), AMY, AT);
        assertEquals("The care plan is due for review (2026-12-15); care coordinator: Amy Lee (LA1 (adult-social-care))",
                JourneyWording.of(review).summary());
    }

    @Test
    void aHospitalStepIsDatedWhenItHappenedAndKeepsWhenItWasRecorded() {
        UUID episode = UUID.randomUUID();
        Instant happened = AT.minus(Duration.ofDays(3));
        List<DischargeEvent> late = List.of(
                new PatientAdmitted(episode, "9434765919", "RX1", "ward-7", null, "emergency", happened, null, null, AT),
                new PatientReadmitted(episode, "9434765919", "RX1", UUID.randomUUID(), "RX1", happened.minus(Duration.ofDays(9)),
                        happened, AT),
                new PatientTransferred(episode, "9434765919", "RX1", "ward-7", "ward-9", null, happened, null, AT),
                new CriteriaToResideRecorded(episode, "9434765919", "RX1", "ward-7", true, happened, 3, null, AT),
                new DelayStarted(episode, "9434765919", "RX1", UUID.randomUUID(), "ecds", "awaiting-care", "Awaiting care",
                        "social-care", happened, null, null, AT),
                new DelayEnded(episode, "9434765919", "RX1", UUID.randomUUID(), "ecds", "awaiting-care", "social-care",
                        happened.minus(Duration.ofDays(1)), happened, null, AT),
                new PatientDischarged(episode, "9434765919", "RX1", "ward-7", happened, 1, "home", 0, null, AT));
        for (DischargeEvent event : late) {
            var told = JourneyWording.of(event);
            assertEquals(happened, told.occurredAt(), event.getClass().getSimpleName());
            assertEquals(AT, told.recordedAt(), event.getClass().getSimpleName());
        }
    }

    @Test
    void aDelayLinkedToAReferralAndDisputedSaysWhoItWaitsOnAndWhoDisputesIt() {
        UUID episode = UUID.randomUUID();
        UUID delay = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        var linked = new DelayLinked(episode, "9434765919", "RX1", delay, "E", "social-care", "referral", referral, null, null,
                null, "LA1", COLIN, AT);
        assertEquals("A delay to leaving hospital (E) waits on a referral to LA1", JourneyWording.of(linked).summary());
        var disputed = new DelayDisputed(episode, "9434765919", "RX1", delay, "E", "LA1", referral, "Never asked", AMY, AT);
        assertEquals("LA1 disputed the delay to leaving hospital (E): Never asked", JourneyWording.of(disputed).summary());
        assertEquals(AMY, JourneyWording.of(disputed).actedBy());
    }

    @Test
    void anEventWithoutADomainTimeIsDatedWhenItWasRecorded() {
        var told = JourneyWording.of((ReferralEvent) referral(COLIN, "Needs help at home"));
        assertEquals(AT, told.occurredAt());
        assertEquals(AT, told.recordedAt());
    }

    @Test
    void theActorIsWhoeverActedNeverAPractitionerTheyNamed() {
        var assigned = new CareCoordinatorAssigned(UUID.randomUUID(), "9434765919", null, AMY, null, COLIN, AT);
        assertEquals(COLIN, JourneyWording.of(assigned).actedBy());
        var action = new CarePlanActionAssigned(UUID.randomUUID(), "9434765919", 2, UUID.randomUUID(), "Fit grab rails",
                "housing", new ActionOwner("LA1", "adult-social-care", "amy.lee", "Amy Lee"), null, null, COLIN, AT);
        assertEquals(COLIN, JourneyWording.of(action).actedBy());
        var review = new CarePlanReviewDue(UUID.randomUUID(), "9434765919", LocalDate.parse("2026-12-15"), AMY, AT);
        assertNull(JourneyWording.of(review).actedBy());
        var draft = new CarePlanCreated(UUID.randomUUID(), "9434765919", null, AMY, null, AT);
        assertNull(JourneyWording.of(draft).actedBy());
    }
}
