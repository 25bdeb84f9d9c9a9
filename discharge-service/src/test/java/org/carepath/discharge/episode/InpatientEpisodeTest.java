package org.carepath.discharge.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carepath.discharge.episode.InpatientEpisode.Admission;
import org.carepath.discharge.reference.DelayReason;
import org.carepath.events.Practitioner;
import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.platform.domain.Change;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.IllegalTransition;
import org.carepath.platform.domain.RuleBroken;
import org.junit.jupiter.api.Test;

class InpatientEpisodeTest {

    private static final Practitioner AMY = new Practitioner("amy.lee", "Amy Lee", "RX1", "discharge");
    private static final DelayReason CARE_PACKAGE = new DelayReason("england", "E", "Care package in own home");
    private static final DelayReason ASSESSMENT = new DelayReason("england", "A", "Completion of assessment");
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static InpatientEpisode admitted(String at, AdmissionMethod method, Optional<InpatientEpisode> earlier) {
        return InpatientEpisode.admit(new Admission("9434765919", "RX1", null, "ward-7", "B1", Instant.parse(at), method,
                null, null), earlier, AMY, NOW).episode();
    }

    private static InpatientEpisode withNoCriteriaSince(String since) {
        InpatientEpisode episode = admitted("2026-11-01T09:00:00Z", AdmissionMethod.EMERGENCY, Optional.empty());
        episode.noCriteriaToReside(Instant.parse(since), AMY, NOW);
        return episode;
    }

    @Test
    void aCancelledTransferPutsThePersonBackWhereTheyWereAndOnlyTheLastMoveIsUndone() {
        InpatientEpisode episode = admitted("2026-11-01T09:00:00Z", AdmissionMethod.EMERGENCY, Optional.empty());
        assertEquals("no-transfer", assertThrows(RuleBroken.class, () -> episode.cancelTransfer("wrong ward", null, NOW)).code());
        episode.transfer("ward-9", "C3", Instant.parse("2026-11-02T09:00:00Z"), AMY, NOW);
        episode.transfer("ward-12", null, Instant.parse("2026-11-03T09:00:00Z"), AMY, NOW);

        Change undone = episode.cancelTransfer("cancel transfer (ADT A12)", null, NOW);

        assertEquals("ward-9", episode.ward());
        assertEquals("C3", episode.bed());
        assertEquals(List.of("ward-7", "ward-9"), episode.wardStays().stream().map(stay -> stay.ward()).toList());
        assertNull(episode.wardStays().get(1).to(), "the stay on ward-9 runs on");
        assertEquals("transfer", episode.audit().get(0).what());
        var cancelled = assertInstanceOf(EpisodeCancelled.class, undone.events().get(0));
        assertEquals("transfer", cancelled.cancelled());
    }

    @Test
    void theExpectedDateFromPasIsKeptWithItsOriginAndTheSameDateAgainChangesNothing() {
        InpatientEpisode episode = InpatientEpisode.admit(new Admission("9434765919", "RX1", "V1", "ward-7", null,
                Instant.parse("2026-11-01T09:00:00Z"), AdmissionMethod.EMERGENCY, null, LocalDate.of(2026, 11, 5)),
                Optional.empty(), null, NOW).episode();
        assertEquals(InpatientEpisode.FROM_PAS, episode.eddChanges().get(0).reason());

        assertTrue(episode.expectedDischargeDateFromPas(LocalDate.of(2026, 11, 5), NOW).isEmpty());
        assertTrue(episode.expectedDischargeDateFromPas(null, NOW).isEmpty());
        episode.expectedDischargeDateFromPas(LocalDate.of(2026, 11, 7), NOW);
        assertEquals(LocalDate.of(2026, 11, 7), episode.expectedDischargeDate());
        assertEquals(2, episode.eddChanges().size());
        assertEquals(InpatientEpisode.FROM_PAS, episode.eddChanges().get(1).reason());
    }

    @Test
    void delaysOfOneEpisodeNeverOverlap() {
        InpatientEpisode episode = withNoCriteriaSince("2026-11-10T10:00:00Z");
        episode.startDelay(ASSESSMENT, AccountableSector.SOCIAL_CARE, Instant.parse("2026-11-10T12:00:00Z"), null, null, Optional.empty(), AMY, NOW);

        var overlap = assertThrows(Conflict.class, () -> episode.startDelay(CARE_PACKAGE, AccountableSector.SOCIAL_CARE,
                Instant.parse("2026-11-12T12:00:00Z"), null, null, Optional.empty(), AMY, NOW));
        assertEquals("overlapping-delay", overlap.code());

        episode.endDelay(episode.delays().get(0).id(), Instant.parse("2026-11-12T12:00:00Z"), AMY, NOW);
        episode.startDelay(CARE_PACKAGE, AccountableSector.SOCIAL_CARE, Instant.parse("2026-11-12T12:00:00Z"), null, null, Optional.empty(), AMY, NOW);
        assertEquals(2, episode.delays().size());
        assertEquals("overlapping-delay", assertThrows(Conflict.class, () -> episode.startDelay(ASSESSMENT, AccountableSector.NHS,
                Instant.parse("2026-11-11T12:00:00Z"), null, null, Optional.empty(), AMY, NOW)).code(), "a start inside an earlier delay");
    }

    @Test
    void aDelayNeedsNoCriteriaToReside() {
        InpatientEpisode episode = admitted("2026-11-01T09:00:00Z", AdmissionMethod.ELECTIVE, Optional.empty());
        assertEquals("criteria-to-reside-met", assertThrows(RuleBroken.class, () -> episode.startDelay(ASSESSMENT,
                AccountableSector.NHS, Instant.parse("2026-11-10T12:00:00Z"), null, null, Optional.empty(), AMY, NOW)).code());
    }

    @Test
    void deteriorationStopsTheClockAndTheOpenDelay() {
        InpatientEpisode episode = withNoCriteriaSince("2026-11-10T10:00:00Z");
        episode.startDelay(CARE_PACKAGE, AccountableSector.SOCIAL_CARE, Instant.parse("2026-11-11T09:00:00Z"), null, null, Optional.empty(), AMY, NOW);

        var events = episode.meetsCriteriaAgain(Instant.parse("2026-11-13T08:00:00Z"), AMY, NOW).events();

        assertInstanceOf(DelayEnded.class, events.get(0));
        assertEquals(false, ((CriteriaToResideRecorded) events.get(1)).noCriteriaToReside());
        assertEquals(3, episode.delayedDays(NOW), "the 11th, 12th and 13th");
        assertTrue(episode.currentNoCriteria().isEmpty());
        episode.noCriteriaToReside(Instant.parse("2026-11-18T10:00:00Z"), AMY, NOW);
        assertEquals(5, episode.delayedDays(NOW), "and again the 19th and 20th");
    }

    @Test
    void aCancelledDischargePutsThePersonBackWithTheClockRunning() {
        InpatientEpisode episode = withNoCriteriaSince("2026-11-10T10:00:00Z");
        episode.discharge(Instant.parse("2026-11-15T10:00:00Z"), 1, "home", AMY, NOW);
        assertEquals(5, episode.delayedDays(NOW));

        episode.cancelDischarge("discharged in error", AMY, NOW);

        assertEquals(EpisodeStatus.ADMITTED, episode.status());
        assertNull(episode.dischargedAt());
        assertEquals(10, episode.delayedDays(NOW));
        assertEquals("discharge", episode.audit().get(0).what());
        assertEquals("illegal-transition", assertThrows(IllegalTransition.class,
                () -> episode.cancelDischarge("again", AMY, NOW)).code());
    }

    @Test
    void anEmergencyAdmissionWithinThirtyDaysOfADischargeIsAReadmissionAndNotOnTheThirtyFirst() {
        InpatientEpisode earlier = admitted("2026-08-20T09:00:00Z", AdmissionMethod.EMERGENCY, Optional.empty());
        earlier.discharge(Instant.parse("2026-09-01T22:30:00Z"), 0, "home", AMY, NOW);

        var within = InpatientEpisode.admit(new Admission("9434765919", "RX1", null, "ward-7", null,
                Instant.parse("2026-10-01T09:00:00Z"), AdmissionMethod.EMERGENCY, null, null), Optional.of(earlier), AMY, NOW);
        var after = InpatientEpisode.admit(new Admission("9434765919", "RX1", null, "ward-7", null,
                Instant.parse("2026-10-02T09:00:00Z"), AdmissionMethod.EMERGENCY, null, null), Optional.of(earlier), AMY, NOW);
        var planned = InpatientEpisode.admit(new Admission("9434765919", "RX1", null, "ward-7", null,
                Instant.parse("2026-09-10T09:00:00Z"), AdmissionMethod.ELECTIVE, null, null), Optional.of(earlier), AMY, NOW);

        assertEquals(List.of(PatientAdmitted.class, PatientReadmitted.class),
                within.change().events().stream().map(Object::getClass).toList());
        assertEquals(earlier.id(), within.episode().readmissionOf());
        assertEquals(1, after.change().events().size());
        assertEquals(1, planned.change().events().size());
    }

    @Test
    void aWithdrawnPackageOfCarePutsBackWhatStaffHadRecorded() {
        InpatientEpisode episode = admitted("2026-11-01T09:00:00Z", AdmissionMethod.EMERGENCY, Optional.empty());
        var byStaff = new EpisodeHistory.Milestone(MilestoneKind.PACKAGE_OF_CARE_CONFIRMED, MilestoneStatus.IN_PROGRESS,
                "LA1", "brokerage", null, null, "amy.lee", NOW, null);
        episode.updateMilestone(byStaff, AMY, NOW);
        var referral = UUID.randomUUID();
        episode.packageOfCareArranged(referral, "RY1", "reablement", NOW);

        var withdrawn = episode.packageOfCareWithdrawn(referral, Optional.empty(), NOW);

        assertEquals(1, withdrawn.events().size());
        assertEquals(byStaff, episode.milestone(MilestoneKind.PACKAGE_OF_CARE_CONFIRMED).orElseThrow());
        assertEquals(Change.none(), episode.packageOfCareWithdrawn(referral, Optional.empty(), NOW), "once only");
    }

    @Test
    void aWithdrawnPackageOfCareWithNothingBeforeIsNotStartedAndAnotherReferralCanHoldIt() {
        InpatientEpisode episode = admitted("2026-11-01T09:00:00Z", AdmissionMethod.EMERGENCY, Optional.empty());
        var first = new ReferralAccess(UUID.randomUUID(), "9434765919", "RY1", "reablement", null, true, NOW);
        var second = UUID.randomUUID();
        episode.packageOfCareArranged(first.referralId(), "RY1", "reablement", NOW);
        episode.packageOfCareArranged(second, "LA1", "home-care", NOW);

        episode.packageOfCareWithdrawn(second, Optional.of(first), NOW);
        var heldByFirst = episode.milestone(MilestoneKind.PACKAGE_OF_CARE_CONFIRMED).orElseThrow();
        assertEquals(first.referralId(), heldByFirst.referralId());
        assertEquals(MilestoneStatus.DONE, heldByFirst.status());

        episode.packageOfCareWithdrawn(first.referralId(), Optional.empty(), NOW);
        var putBack = episode.milestone(MilestoneKind.PACKAGE_OF_CARE_CONFIRMED).orElseThrow();
        assertEquals(MilestoneStatus.NOT_STARTED, putBack.status());
        assertNull(putBack.referralId());
    }

    @Test
    void onlyHomeCareReablementAndACareHomePlaceAreAPackageOfCare() {
        for (String category : List.of("home-care", "reablement", "care-home-placement")) {
            var kind = new ServiceKind(UUID.randomUUID());
            kind.learn(category, NOW);
            assertTrue(kind.isPackageOfCare(), category);
        }
        for (String category : Arrays.asList("therapy", "assessment", "other", null)) {
            var kind = new ServiceKind(UUID.randomUUID());
            kind.learn(category, NOW);
            assertFalse(kind.isPackageOfCare(), String.valueOf(category));
        }
        var kind = new ServiceKind(UUID.randomUUID());
        kind.learn("reablement", NOW);
        kind.learn("therapy", NOW.minusSeconds(60));
        assertTrue(kind.isPackageOfCare(), "an older publication read late changes nothing");
    }
}
