package org.carepath.discharge.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The records an episode keeps of itself, each a JSON list on the episode's row. */
public final class EpisodeHistory {

    private EpisodeHistory() {
    }

    /** A ward (and bed) the person was on, from when until when (null while there). */
    public record WardStay(String ward, String bed, Instant from, Instant to) {

        WardStay leftAt(Instant at) {
            return new WardStay(ward, bed, from, at);
        }
    }

    /** A change of the expected date of discharge: every one is kept, with who and why. */
    public record EddChange(LocalDate from, LocalDate to, String reason, String by, Instant at) {
    }

    /** A stretch with no criteria to reside; {@code to} is null while it lasts. */
    public record NoCriteriaPeriod(Instant from, Instant to, String startedBy, String endedBy) {

        boolean isOpen() {
            return to == null;
        }

        NoCriteriaPeriod endedAt(Instant at, String by) {
            return new NoCriteriaPeriod(from, at, startedBy, by);
        }

        NoCriteriaPeriod reopened() {
            return new NoCriteriaPeriod(from, null, startedBy, null);
        }
    }

    /**
     * A delay with its reason (from the reference code set) and the accountable sector; {@code end} null while it lasts.
     *
     * @param waitingOn               what it waits on, if linked
     * @param accountableOrganisation the organisation it waits on: a linked referral's receiving organisation
     * @param answers                 that organisation's acknowledgements and disputes, oldest first (rows from
     *                                before these were kept have none)
     */
    public record Delay(UUID id, String codeSet, String code, String reason, AccountableSector sector, Instant start, Instant end,
            String notes, String by, WaitingOn waitingOn, String accountableOrganisation, List<DelayAnswer> answers) {

        public Delay {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }

        boolean isOpen() {
            return end == null;
        }

        /** Whether it shares any moment with [from, to); a null end runs on. */
        boolean overlaps(Instant from, Instant to) {
            return (end == null || end.isAfter(from)) && (to == null || start.isBefore(to));
        }

        Delay endedAt(Instant at) {
            return new Delay(id, codeSet, code, reason, sector, start, at, notes, by, waitingOn, accountableOrganisation, answers);
        }

        Delay reopened() {
            return new Delay(id, codeSet, code, reason, sector, start, null, notes, by, waitingOn, accountableOrganisation,
                    answers);
        }

        Delay linkedTo(WaitingOn to, String organisation) {
            return new Delay(id, codeSet, code, reason, sector, start, end, notes, by, to, organisation, answers);
        }

        Delay answered(DelayAnswer answer) {
            return new Delay(id, codeSet, code, reason, sector, start, end, notes, by, waitingOn, accountableOrganisation,
                    Stream.concat(answers.stream(), Stream.of(answer)).toList());
        }

        /**
         * The answer that stands: the latest of the organisation the delay is attributed to now. An answer
         * given while it was attributed to another organisation is kept but no longer counts.
         */
        public Optional<DelayAnswer> answer() {
            return answers.stream().filter(answer -> answer.organisation().equals(accountableOrganisation))
                    .reduce((earlier, later) -> later);
        }

        public DelayStanding standing() {
            if (accountableOrganisation == null) {
                return DelayStanding.NOT_ATTRIBUTED;
            }
            return answer().map(latest -> latest.kind() == DelayAnswer.Kind.ACKNOWLEDGED ? DelayStanding.ACKNOWLEDGED
                    : DelayStanding.DISPUTED).orElse(DelayStanding.NOT_ANSWERED);
        }

        /** London calendar days after the day it started, up to its end or {@code until}. */
        public long delayedDays(Instant until) {
            return DelayedDays.between(start, end == null ? until : end);
        }
    }

    /**
     * A readiness milestone: its status, owner and due date, and the accepted referral that met it, if any.
     *
     * @param previous what staff had recorded before an accepted referral met it (null if nothing): it is
     *                 put back when that referral ends and no other holds the milestone
     */
    public record Milestone(MilestoneKind milestone, MilestoneStatus status, String ownerOrganisation, String ownerTeam,
            LocalDate dueDate, UUID referralId, String updatedBy, Instant updatedAt, Milestone previous) {
    }

    /** A step undone (a cancelled admission or discharge) and what it undid, kept instead of deleting. */
    public record Undone(String what, String reason, String by, Instant at, String detail) {
    }
}
