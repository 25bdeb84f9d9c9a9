package org.carepath.discharge.episode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.carepath.discharge.episode.InpatientEpisode.Admission;
import org.carepath.events.discharge.CriteriaToResideRecorded;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.PatientAdmitted;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.referral.Practitioner;
import org.carepath.platform.problem.ProblemException;
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
    void delaysOfOneEpisodeNeverOverlap() {
        InpatientEpisode episode = withNoCriteriaSince("2026-11-10T10:00:00Z");
        episode.startDelay(ASSESSMENT, Sector.SOCIAL_CARE, Instant.parse("2026-11-10T12:00:00Z"), null, AMY, NOW);

        var overlap = assertThrows(ProblemException.class, () -> episode.startDelay(CARE_PACKAGE, Sector.SOCIAL_CARE,
                Instant.parse("2026-11-12T12:00:00Z"), null, AMY, NOW));
        assertEquals(409, overlap.status());

        episode.endDelay(episode.delays().get(0).id(), Instant.parse("2026-11-12T12:00:00Z"), AMY, NOW);
        episode.startDelay(CARE_PACKAGE, Sector.SOCIAL_CARE, Instant.parse("2026-11-12T12:00:00Z"), null, AMY, NOW);
        assertEquals(2, episode.delays().size());
        assertEquals(409, assertThrows(ProblemException.class, () -> episode.startDelay(ASSESSMENT, Sector.NHS,
                Instant.parse("2026-11-11T12:00:00Z"), null, AMY, NOW)).status(), "a start inside an earlier delay");
    }

    @Test
    void aDelayNeedsNoCriteriaToReside() {
        InpatientEpisode episode = admitted("2026-11-01T09:00:00Z", AdmissionMethod.ELECTIVE, Optional.empty());
        assertEquals(422, assertThrows(ProblemException.class, () -> episode.startDelay(ASSESSMENT, Sector.NHS,
                Instant.parse("2026-11-10T12:00:00Z"), null, AMY, NOW)).status());
    }

    @Test
    void deteriorationStopsTheClockAndTheOpenDelay() {
        InpatientEpisode episode = withNoCriteriaSince("2026-11-10T10:00:00Z");
        episode.startDelay(CARE_PACKAGE, Sector.SOCIAL_CARE, Instant.parse("2026-11-11T09:00:00Z"), null, AMY, NOW);

        var events = episode.meetsCriteriaAgain(Instant.parse("2026-11-13T08:00:00Z"), AMY, NOW);

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
        assertEquals(409, assertThrows(ProblemException.class,
                () -> episode.cancelDischarge("again", AMY, NOW)).status());
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
                within.events().stream().map(Object::getClass).toList());
        assertEquals(earlier.id(), within.episode().readmissionOf());
        assertEquals(1, after.events().size());
        assertEquals(1, planned.events().size());
    }
}
