package org.carepath.discharge.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.carepath.discharge.episode.AccountableSector;
import org.carepath.discharge.episode.DelayStanding;
import org.carepath.discharge.episode.EpisodeHistory.Delay;
import org.carepath.discharge.episode.InpatientEpisode;
import org.carepath.platform.api.Csv;
import org.carepath.platform.time.CareDay;

/**
 * The daily situation report for one hospital and one (London) day: who had no criteria to reside
 * at the end of the day, by the reason and sector of the delay running then; the day's delayed
 * bed-days; and the day's discharges by pathway.
 *
 * @param delayedBedDays the people for whom the day was a delayed day (each counts once)
 * @param delayedBedDaysByStanding the same, by how the delay of that day stands with the organisation it is attributed
 *                                 to: acknowledged, disputed, not-answered, not-attributed, or none (no delay recorded)
 */
public record Sitrep(String hospital, LocalDate date, int peopleWithNoCriteriaToReside, List<ReasonCount> byReason,
        Map<String, Integer> bySector, long delayedBedDays, Map<String, Integer> delayedBedDaysByStanding,
        Map<String, Integer> dischargesByPathway) {

    /** People held up by one reason; code null for those with no delay recorded yet. */
    public record ReasonCount(String codeSet, String code, String reason, String sector, int people) {
    }

    static final String NONE = "none";

    public static Sitrep of(String hospital, LocalDate date, List<InpatientEpisode> episodes) {
        Instant dayStart = date.atStartOfDay(CareDay.ZONE).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(CareDay.ZONE).toInstant();
        Instant endOfDay = dayEnd.minusMillis(1);
        List<InpatientEpisode> held = episodes.stream().filter(episode -> episode.hasNoCriteriaAt(endOfDay)).toList();
        List<Optional<Delay>> delays = held.stream().map(episode -> episode.delayAt(endOfDay)).toList();

        Map<List<String>, Long> reasons = delays.stream().collect(Collectors.groupingBy(delay -> delay
                        .map(found -> List.of(found.codeSet(), found.code(), found.reason(), found.sector().code()))
                        .orElse(List.of()), LinkedHashMap::new, Collectors.counting()));
        List<ReasonCount> byReason = new ArrayList<>();
        reasons.forEach((key, count) -> byReason.add(key.isEmpty()
                ? new ReasonCount(null, null, "no delay recorded", NONE, count.intValue())
                : new ReasonCount(key.get(0), key.get(1), key.get(2), key.get(3), count.intValue())));
        byReason.sort(Comparator.comparing(ReasonCount::code, Comparator.nullsLast(Comparator.naturalOrder())));

        Map<String, Integer> bySector = new LinkedHashMap<>();
        for (AccountableSector sector : AccountableSector.values()) {
            bySector.put(sector.code(), 0);
        }
        bySector.put(NONE, 0);
        delays.forEach(delay -> bySector.merge(delay.map(found -> found.sector().code()).orElse(NONE), 1, Integer::sum));

        Map<String, Integer> byPathway = new LinkedHashMap<>();
        List.of("0", "1", "2", "3", "not-recorded").forEach(pathway -> byPathway.put(pathway, 0));
        episodes.stream()
                .filter(episode -> episode.dischargedAt() != null && !episode.dischargedAt().isBefore(dayStart)
                        && episode.dischargedAt().isBefore(dayEnd))
                .map(episode -> Objects.toString(episode.actualPathway(), "not-recorded"))
                .forEach(pathway -> byPathway.merge(pathway, 1, Integer::sum));

        List<InpatientEpisode> delayed = episodes.stream().filter(episode -> episode.isDelayedOn(date)).toList();
        Map<String, Integer> byStanding = new LinkedHashMap<>();
        for (DelayStanding standing : DelayStanding.values()) {
            byStanding.put(standing.code(), 0);
        }
        byStanding.put(NONE, 0);
        delayed.forEach(episode -> byStanding.merge(episode.delayOn(date).map(delay -> delay.standing().code()).orElse(NONE),
                1, Integer::sum));
        return new Sitrep(hospital, date, held.size(), List.copyOf(byReason), bySector, delayed.size(), byStanding,
                byPathway);
    }

    /** The same figures as CSV: one row per figure, {@code measure,code,reason,sector,value}. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("hospital,date,measure,code,reason,sector,value\n");
        Function<List<Object>, String> row = values -> values.stream().map(Csv::field)
                .collect(Collectors.joining(",", hospital + "," + date + ",", "\n"));
        csv.append(row.apply(List.of("no-criteria-to-reside", "", "", "", peopleWithNoCriteriaToReside)));
        byReason.forEach(count -> csv.append(row.apply(List.of("no-criteria-to-reside-by-reason",
                Objects.toString(count.code(), ""), count.reason(), count.sector(), count.people()))));
        bySector.forEach((sector, people) -> csv.append(row.apply(List.of("no-criteria-to-reside-by-sector", "", "",
                sector, people))));
        csv.append(row.apply(List.of("delayed-bed-days", "", "", "", delayedBedDays)));
        delayedBedDaysByStanding.forEach((standing, days) -> csv.append(row.apply(List.of("delayed-bed-days-by-standing",
                standing, "", "", days))));
        dischargesByPathway.forEach((pathway, people) -> csv.append(row.apply(List.of("discharges-by-pathway", pathway, "",
                "", people))));
        return csv.toString();
    }
}
