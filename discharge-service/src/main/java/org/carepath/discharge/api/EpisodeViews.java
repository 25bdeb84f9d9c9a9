package org.carepath.discharge.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.carepath.discharge.episode.AccountableSector;
import org.carepath.discharge.episode.AdmissionMethod;
import org.carepath.discharge.episode.DelayAnswer;
import org.carepath.discharge.episode.DelayStanding;
import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeHistory.EddChange;
import org.carepath.discharge.episode.EpisodeHistory.Milestone;
import org.carepath.discharge.episode.EpisodeHistory.NoCriteriaPeriod;
import org.carepath.discharge.episode.EpisodeHistory.Undone;
import org.carepath.discharge.episode.EpisodeHistory.WardStay;
import org.carepath.discharge.episode.EpisodeService.Seen;
import org.carepath.discharge.episode.EpisodeService.SeenDelay;
import org.carepath.discharge.episode.EpisodeStatus;
import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.discharge.episode.WaitingChain;
import org.carepath.discharge.episode.WaitingOn;
import org.carepath.platform.audit.PersonsRecord;

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
            List<EddChange> eddChanges, List<NoCriteriaPeriod> noCriteriaPeriods, List<DelayView> delays,
            List<Milestone> milestones, List<Undone> undone, long version) implements PersonsRecord {

        static EpisodeView of(Seen seen) {
            InpatientEpisode episode = seen.episode();
            return new EpisodeView(episode.id(), episode.nhsNumber(), episode.hospital(), episode.visitNumber(),
                    episode.status(), episode.ward(), episode.bed(), episode.admittedAt(), episode.admissionMethod(),
                    episode.clinicalCriteria(), episode.expectedDischargeDate(), episode.currentNoCriteria().isPresent(),
                    seen.delayedDays(), episode.plannedPathway(), episode.actualPathway(), episode.destination(),
                    episode.dischargedAt(), episode.readmissionOf(), episode.wardStays(), episode.eddChanges(),
                    episode.noCriteriaPeriods(), episode.delays().stream().map(delay -> DelayView.of(seen, delay)).toList(),
                    episode.milestones(), episode.audit(), episode.version());
        }
    }

    /**
     * One delay, the same to the hospital (in its episode) and to the organisation it is attributed to.
     *
     * @param delayedDays derived: London calendar days after the day it started, up to its end or now
     * @param chain       who is waiting on whom, derived from the linked referral's progress
     * @param standing    acknowledged, disputed, not-answered, or not-attributed when it names no organisation
     * @param answer      the answer that stands: the accountable organisation's latest
     * @param answers     every acknowledgement and dispute, oldest first
     */
    public record DelayView(UUID id, String codeSet, String code, String reason, AccountableSector sector, Instant start,
            Instant end, String notes, String by, long delayedDays, WaitingOn waitingOn, String accountableOrganisation,
            WaitingChain chain, DelayStanding standing, DelayAnswer answer, List<DelayAnswer> answers) {

        static DelayView of(Seen seen, Delay delay) {
            return new DelayView(delay.id(), delay.codeSet(), delay.code(), delay.reason(), delay.sector(), delay.start(),
                    delay.end(), delay.notes(), delay.by(), delay.delayedDays(seen.at()), delay.waitingOn(),
                    delay.accountableOrganisation(), seen.chain(delay), delay.standing(), delay.answer().orElse(null),
                    delay.answers());
        }
    }

    /**
     * A delay with where the person is: what the organisation it is attributed to sees.
     *
     * @param version the episode's, also sent as the ETag: send it back in If-Match to acknowledge or dispute
     */
    public record AttributedDelay(UUID episodeId, String hospital, String ward, String nhsNumber, EpisodeStatus episodeStatus,
            long version, DelayView delay) {

        static AttributedDelay of(SeenDelay seen) {
            InpatientEpisode episode = seen.seen().episode();
            return new AttributedDelay(episode.id(), episode.hospital(), episode.ward(), episode.nhsNumber(), episode.status(),
                    episode.version(), DelayView.of(seen.seen(), seen.delay()));
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
