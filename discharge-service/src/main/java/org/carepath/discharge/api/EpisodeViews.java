package org.carepath.discharge.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.carepath.discharge.episode.AdmissionMethod;
import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeHistory.EddChange;
import org.carepath.discharge.episode.EpisodeHistory.Milestone;
import org.carepath.discharge.episode.EpisodeHistory.NoCriteriaPeriod;
import org.carepath.discharge.episode.EpisodeHistory.Undone;
import org.carepath.discharge.episode.EpisodeHistory.WardStay;
import org.carepath.discharge.episode.EpisodeService.Seen;
import org.carepath.discharge.episode.EpisodeStatus;
import org.carepath.discharge.episode.InpatientEpisode;

/** Response bodies of the episode endpoints. */
public final class EpisodeViews {

    private EpisodeViews() {
    }

    /**
     * @param delayedDays        derived: London calendar days with no criteria to reside, up to discharge or now
     * @param noCriteriaToReside whether the person has no criteria to reside now
     * @param version            also sent as the ETag; send it back in If-Match to change the episode
     */
    public record EpisodeView(UUID id, String nhsNumber, String hospital, String visitNumber, EpisodeStatus status,
            String ward, String bed, Instant admittedAt, AdmissionMethod admissionMethod, String clinicalCriteria,
            LocalDate expectedDischargeDate, boolean noCriteriaToReside, long delayedDays, Integer plannedPathway,
            Integer actualPathway, String destination, Instant dischargedAt, UUID readmissionOf, List<WardStay> wardStays,
            List<EddChange> eddChanges, List<NoCriteriaPeriod> noCriteriaPeriods, List<Delay> delays,
            List<Milestone> milestones, List<Undone> undone, long version) {

        static EpisodeView of(Seen seen) {
            InpatientEpisode episode = seen.episode();
            return new EpisodeView(episode.id(), episode.nhsNumber(), episode.hospital(), episode.visitNumber(),
                    episode.status(), episode.ward(), episode.bed(), episode.admittedAt(), episode.admissionMethod(),
                    episode.clinicalCriteria(), episode.expectedDischargeDate(), episode.currentNoCriteria().isPresent(),
                    seen.delayedDays(), episode.plannedPathway(), episode.actualPathway(), episode.destination(),
                    episode.dischargedAt(), episode.readmissionOf(), episode.wardStays(), episode.eddChanges(),
                    episode.noCriteriaPeriods(), episode.delays(), episode.milestones(), episode.audit(), episode.version());
        }
    }

    public record EpisodeSummary(UUID id, String nhsNumber, String hospital, EpisodeStatus status, String ward,
            Instant admittedAt, Instant dischargedAt, long version) {

        static EpisodeSummary of(InpatientEpisode episode) {
            return new EpisodeSummary(episode.id(), episode.nhsNumber(), episode.hospital(), episode.status(),
                    episode.ward(), episode.admittedAt(), episode.dischargedAt(), episode.version());
        }
    }
}
