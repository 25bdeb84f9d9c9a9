package org.carepath.insights.facts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralEvent;
import org.carepath.events.referral.ReferralHeld;
import org.carepath.events.referral.ReferralReceived;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralResponseOverdue;
import org.carepath.events.referral.ReferralResumed;
import org.carepath.events.referral.ReferralStarted;
import org.carepath.events.referral.ReferralSubmitted;
import org.carepath.events.referral.ReferralTriaged;

/**
 * A referral's life as the receiving service's figures need it. The first response is the first of
 * accepted, rejected and redirected: what stops the response-target clock in referrals-service (triage does
 * not). Each moment keeps its earliest value, so the order the events arrive in does not matter.
 */
final class ReferralFacts implements ReferralEvent.Handler<List<Fact>> {

    private static final String WHERE = " from insights_generation g where %s on conflict (generation, referral_id) do update set ";
    private static final String RECEIVER = """
            service_id = coalesce(referral_fact.service_id, excluded.service_id),
            organisation = coalesce(referral_fact.organisation, excluded.organisation),
            team = coalesce(referral_fact.team, excluded.team)""";

    @Override
    public List<Fact> on(ReferralSubmitted submitted) {
        // the submission is the receiving service's own word on who receives it and how urgently
        return List.of(Fact.of("insert into referral_fact (generation, referral_id, service_id, organisation, team,"
                        + " priority, submitted_at) select g.id, ?1, ?2, ?3, ?4, ?5, cast(?6 as timestamptz)" + WHERE + """
                        service_id = excluded.service_id, organisation = excluded.organisation, team = excluded.team,
                        priority = excluded.priority, submitted_at = excluded.submitted_at""",
                submitted.referralId(), submitted.serviceId(), submitted.targetOrganisation(), submitted.targetTeam(),
                submitted.priority(), submitted.submittedAt()));
    }

    @Override
    public List<Fact> on(ReferralAccepted accepted) {
        return List.of(Fact.of("insert into referral_fact (generation, referral_id, service_id, organisation, team,"
                        + " accepted_at, first_response_at) select g.id, ?1, ?2, ?3, ?4, cast(?5 as timestamptz),"
                        + " cast(?5 as timestamptz)" + WHERE + RECEIVER + """
                        , accepted_at = least(referral_fact.accepted_at, excluded.accepted_at),
                        first_response_at = least(referral_fact.first_response_at, excluded.first_response_at)""",
                accepted.referralId(), accepted.serviceId(), accepted.targetOrganisation(), accepted.targetTeam(),
                accepted.at()));
    }

    @Override
    public List<Fact> on(ReferralRejected rejected) {
        return response("rejected_at", rejected.referralId(), rejected.at());
    }

    @Override
    public List<Fact> on(ReferralRedirected redirected) {
        return response("redirected_at", redirected.referralId(), redirected.at());
    }

    @Override
    public List<Fact> on(ReferralCancelled cancelled) {
        return closed(cancelled.referralId(), cancelled.at());
    }

    @Override
    public List<Fact> on(ReferralCompleted completed) {
        return closed(completed.referralId(), completed.at());
    }

    @Override
    public List<Fact> on(ReferralResponseOverdue overdue) {
        return List.of(Fact.of("insert into referral_fact (generation, referral_id, service_id, organisation, team,"
                        + " breach_due_at) select g.id, ?1, ?2, ?3, ?4, cast(?5 as timestamptz)" + WHERE + RECEIVER
                        + ", breach_due_at = least(referral_fact.breach_due_at, excluded.breach_due_at)",
                overdue.referralId(), overdue.serviceId(), overdue.targetOrganisation(), overdue.targetTeam(),
                overdue.dueAt()));
    }

    /** Received, triaged, held, resumed and started count in no figure. */
    @Override
    public List<Fact> on(ReferralReceived received) {
        return List.of();
    }

    @Override
    public List<Fact> on(ReferralTriaged triaged) {
        return List.of();
    }

    @Override
    public List<Fact> on(ReferralHeld held) {
        return List.of();
    }

    @Override
    public List<Fact> on(ReferralResumed resumed) {
        return List.of();
    }

    @Override
    public List<Fact> on(ReferralStarted started) {
        return List.of();
    }

    // a rejection or redirection is a response and ends the referral at the receiving service
    private static List<Fact> response(String column, UUID referral, Instant at) {
        return List.of(Fact.of("insert into referral_fact (generation, referral_id, " + column + ", first_response_at, closed_at)"
                        + " select g.id, ?1, cast(?2 as timestamptz), cast(?2 as timestamptz), cast(?2 as timestamptz)"
                        + WHERE + column + " = least(referral_fact." + column + ", excluded." + column + "),"
                        + " first_response_at = least(referral_fact.first_response_at, excluded.first_response_at),"
                        + " closed_at = least(referral_fact.closed_at, excluded.closed_at)",
                referral, at));
    }

    private static List<Fact> closed(UUID referral, Instant at) {
        return List.of(Fact.of("insert into referral_fact (generation, referral_id, closed_at)"
                        + " select g.id, ?1, cast(?2 as timestamptz)" + WHERE
                        + "closed_at = least(referral_fact.closed_at, excluded.closed_at)",
                referral, at));
    }
}
