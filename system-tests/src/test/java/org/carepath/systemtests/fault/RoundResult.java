package org.carepath.systemtests.fault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One fault's line of the report.
 *
 * @param lost         accepted (201/200) but missing from the topic or from the journey
 * @param duplicated   more than one event on the topic, journey entry or referral row for one submit
 * @param mismatched   published, but not under the referral id the client was given
 * @param ready        from the restart to the restarted part and both services reporting ready; empty if never
 * @param recovery     from the fault to the first submit accepted of those sent after it
 * @param maxJourneyLag longest time from a 201 to the referral's entry on the journey
 */
record RoundResult(String fault, int sent, int accepted, int gaveUp, int lost, int lostOnTopic, int lostOnJourney,
        int duplicated, int mismatched, long otherServerErrors, long clientErrors, long unavailable,
        long connectionErrors, long timeouts, Optional<Duration> ready, Optional<Duration> recovery, Duration maxJourneyLag) {

    static RoundResult of(String fault, ReferralLoad load, Map<String, Deliveries.Found> found, Optional<Duration> ready,
            Optional<Duration> recovery) {
        List<ReferralLoad.Submission> sent = load.submissions();
        int accepted = 0;
        int lost = 0;
        int lostOnTopic = 0;
        int lostOnJourney = 0;
        int duplicated = 0;
        int mismatched = 0;
        Duration maxLag = Duration.ZERO;
        for (ReferralLoad.Submission submission : sent) {
            Deliveries.Found at = found.getOrDefault(submission.nhsNumber, Deliveries.Found.NOTHING);
            // a submit the client gave up on may still have been saved once; never twice
            if (at.publishedReferralIds().size() > 1 || at.journeyEntries() > 1 || at.referralRows() > 1) {
                duplicated++;
            }
            if (!submission.accepted()) {
                continue;
            }
            accepted++;
            boolean missingOnTopic = at.publishedReferralIds().isEmpty();
            boolean missingOnJourney = at.journeyEntries() == 0;
            lostOnTopic += missingOnTopic ? 1 : 0;
            lostOnJourney += missingOnJourney ? 1 : 0;
            lost += missingOnTopic || missingOnJourney ? 1 : 0;
            if (!missingOnTopic && !at.publishedReferralIds().contains(submission.referralId)) {
                mismatched++;
            }
            if (at.firstOnJourney() != null) {
                Duration lag = Duration.between(submission.acceptedAt, at.firstOnJourney());
                maxLag = lag.compareTo(maxLag) > 0 ? lag : maxLag;
            }
        }
        return new RoundResult(fault, sent.size(), accepted, sent.size() - accepted, lost, lostOnTopic, lostOnJourney,
                duplicated, mismatched, load.otherServerErrors(), load.clientErrors(), load.unavailable(),
                load.connectionErrors(), load.timeouts(), ready, recovery, maxLag);
    }

    static String header() {
        return String.format("%-28s %7s %8s %7s %5s %10s %13s %4s %5s %7s %8s %7s %10s %15s",
                "fault", "sent", "accepted", "gave up", "lost", "duplicated", "5xx (non-503)", "4xx", "503",
                "refused", "timeouts", "ready s", "recovery s", "max journey lag s");
    }

    String line() {
        return String.format("%-28s %7d %8d %7d %5d %10d %13d %4d %5d %7d %8d %7s %10s %15s",
                fault, sent, accepted, gaveUp, lost, duplicated, otherServerErrors, clientErrors, unavailable,
                connectionErrors, timeouts, ready.map(RoundResult::seconds).orElse("never"), recovery.map(RoundResult::seconds).orElse("never"),
                seconds(maxJourneyLag));
    }

    private static String seconds(Duration duration) {
        return String.format("%.2f", duration.toMillis() / 1000.0);
    }
}
