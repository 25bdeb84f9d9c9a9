package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One act by which an organisation gave itself a relationship with a person (a referral sent, a plan
 * started: the rows that act made at one moment, e.g. a plan's coordinator and its team's place), and what
 * became of it. Plain rules over the rows, for the Caldicott guardian's report.
 *
 * @param eventIds the events that created its rows: reads under it are audited with one of them
 */
public record SelfGrantedAct(String nhsNumber, String userId, String name, String team, Instant at, String reason,
        String originEventType, State state, Instant lapsesAt, List<String> eventIds) {

    public enum State {
        /** still counting, not yet confirmed by another party */
        CURRENT,
        /** another party acted on it, or gave the organisation a relationship of its own, before it lapsed */
        CONFIRMED,
        /** nothing followed in time */
        EXPIRED,
        /** ended before it lapsed (the referral rejected or cancelled, the place on the team left) */
        ENDED
    }

    /**
     * @param rows   self-granted relationships of one organisation, as its staff made them
     * @param others the organisation's relationships with the same people that stand on their own, started
     *               at or after the earliest of the rows
     */
    public static List<SelfGrantedAct> of(List<CareRelationship> rows, List<CareRelationship> others, Instant now) {
        return rows.stream()
                .collect(Collectors.groupingBy(row -> Arrays.asList(row.nhsNumber(), row.initiatedBy(), row.startedAt()),
                        LinkedHashMap::new, Collectors.toList()))
                .values().stream()
                .map(act -> act(act, others, now))
                .sorted(Comparator.comparing(SelfGrantedAct::at).reversed()
                        .thenComparing(SelfGrantedAct::nhsNumber)
                        .thenComparing(SelfGrantedAct::userId, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static SelfGrantedAct act(List<CareRelationship> act, List<CareRelationship> others, Instant now) {
        // the row that carries the stated reason speaks for the act (a plan's careplan.created)
        CareRelationship first = act.stream()
                .min(Comparator.comparing((CareRelationship row) -> row.statedReason() == null)
                        .thenComparing(CareRelationship::originEventType, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElseThrow();
        return new SelfGrantedAct(first.nhsNumber(), first.initiatedBy(), first.initiatedByName(), first.team(),
                first.startedAt(), first.statedReason(), first.originEventType(), state(act, others, now),
                first.lapsesAt(), act.stream().map(CareRelationship::sourceEventId).toList());
    }

    /** The same judgement as the access check's (RelationshipRepository), told as what became of the act. */
    static State state(List<CareRelationship> act, List<CareRelationship> others, Instant now) {
        CareRelationship any = act.get(0);
        Instant lapses = any.lapsesAt();
        Instant ended = act.stream().allMatch(row -> row.endedAt() != null)
                ? act.stream().map(CareRelationship::endedAt).max(Comparator.naturalOrder()).orElseThrow()
                : null;
        Instant confirmed = act.stream()
                .map(CareRelationship::confirmedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        Instant followed = others.stream()
                .filter(other -> other.nhsNumber().equals(any.nhsNumber()))
                .map(CareRelationship::startedAt)
                .filter(started -> !started.isBefore(any.startedAt()) && started.isBefore(lapses))
                .min(Comparator.naturalOrder())
                .orElse(null);
        Instant stood = earliest(confirmed, followed);
        if (stood != null && !stood.isAfter(now) && (ended == null || stood.isBefore(ended))) {
            return State.CONFIRMED;
        }
        if (ended != null && !ended.isAfter(now) && ended.isBefore(lapses)) {
            return State.ENDED;
        }
        return now.isBefore(lapses) ? State.CURRENT : State.EXPIRED;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }
}
