package org.carepath.discharge.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.carepath.discharge.episode.AccountableSector;
import org.carepath.discharge.episode.DelayStanding;
import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.EpisodeHistory.Milestone;
import org.carepath.discharge.episode.EpisodeHistory.NoCriteriaPeriod;
import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.discharge.episode.MilestoneKind;

/**
 * Who is in the hospital (or on one ward) now, longest delayed first: the picture a bed meeting works from.
 *
 * @param delayedDaysByStanding the delayed days of these people's delays, by how each delay stands with the
 *                              organisation it is attributed to (acknowledged, disputed, not-answered, not-attributed)
 */
public record Board(String hospital, String ward, Instant at, int people, int withNoCriteriaToReside,
        Map<String, Long> delayedDaysByStanding, List<Entry> entries) {

    /** The delay holding the person up now, and whether the organisation it waits on has acknowledged or disputed it. */
    public record CurrentDelay(String code, String reason, AccountableSector sector, Instant since,
            String accountableOrganisation, DelayStanding standing) {

        static CurrentDelay of(Delay delay) {
            return new CurrentDelay(delay.code(), delay.reason(), delay.sector(), delay.start(),
                    delay.accountableOrganisation(), delay.standing());
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
        Map<String, Long> byStanding = new LinkedHashMap<>();
        for (DelayStanding standing : DelayStanding.values()) {
            byStanding.put(standing.code(), 0L);
        }
        inHospital.forEach(episode -> episode.delays().forEach(delay -> byStanding.merge(delay.standing().code(),
                delay.delayedDays(now), Long::sum)));
        return new Board(hospital, ward, now, entries.size(),
                (int) entries.stream().filter(Entry::noCriteriaToReside).count(), byStanding, entries);
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
