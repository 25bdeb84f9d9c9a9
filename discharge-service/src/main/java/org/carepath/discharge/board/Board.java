package org.carepath.discharge.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.carepath.discharge.episode.AccountableSector;
import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeHistory.Milestone;
import org.carepath.discharge.episode.EpisodeHistory.NoCriteriaPeriod;
import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.discharge.episode.MilestoneKind;

/** Who is in the hospital (or on one ward) now, longest delayed first: the picture a bed meeting works from. */
public record Board(String hospital, String ward, Instant at, int people, int withNoCriteriaToReside, List<Entry> entries) {

    /** The delay holding the person up now. */
    public record CurrentDelay(String code, String reason, AccountableSector sector, Instant since) {

        static CurrentDelay of(Delay delay) {
            return new CurrentDelay(delay.code(), delay.reason(), delay.sector(), delay.start());
        }
    }

    /** One person on the board; {@code openMilestones} are those not yet done (or not needed). */
    public record Entry(UUID episodeId, String nhsNumber, String ward, String bed, Instant admittedAt,
            LocalDate expectedDischargeDate, boolean noCriteriaToReside, Instant noCriteriaSince, long delayedDays,
            Integer plannedPathway, List<MilestoneKind> openMilestones, CurrentDelay currentDelay) {
    }

    public static Board of(String hospital, String ward, List<InpatientEpisode> inHospital, Instant now) {
        List<Entry> entries = inHospital.stream()
                .map(episode -> entry(episode, now))
                .sorted(Comparator.comparingLong(Entry::delayedDays).reversed()
                        .thenComparing(Entry::noCriteriaToReside, Comparator.reverseOrder())
                        .thenComparing(Entry::admittedAt))
                .toList();
        return new Board(hospital, ward, now, entries.size(),
                (int) entries.stream().filter(Entry::noCriteriaToReside).count(), entries);
    }

    private static Entry entry(InpatientEpisode episode, Instant now) {
        var noCriteria = episode.currentNoCriteria();
        return new Entry(episode.id(), episode.nhsNumber(), episode.ward(), episode.bed(), episode.admittedAt(),
                episode.expectedDischargeDate(), noCriteria.isPresent(), noCriteria.map(NoCriteriaPeriod::from).orElse(null),
                episode.delayedDays(now), episode.plannedPathway(),
                episode.milestones().stream().filter(milestone -> milestone.status().isOpen()).map(Milestone::milestone).toList(),
                episode.delayAt(now).map(CurrentDelay::of).orElse(null));
    }
}
