package org.carepath.insights.facts;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActionOverdue;
import org.carepath.events.careplan.CarePlanEvent;
import org.carepath.events.directory.CareServicePublished;
import org.carepath.events.directory.DirectoryEvent;
import org.carepath.events.discharge.DelayEnded;
import org.carepath.events.discharge.DelayStarted;
import org.carepath.events.discharge.DischargeEvent;
import org.carepath.events.discharge.DischargePathwaySet;
import org.carepath.events.discharge.EpisodeCancelled;
import org.carepath.events.discharge.PatientDischarged;
import org.carepath.events.discharge.PatientReadmitted;
import org.carepath.events.referral.ReferralAccepted;
import org.carepath.events.referral.ReferralCancelled;
import org.carepath.events.referral.ReferralCompleted;
import org.carepath.events.referral.ReferralEvent;
import org.carepath.events.referral.ReferralRedirected;
import org.carepath.events.referral.ReferralRejected;
import org.carepath.events.referral.ReferralResponseOverdue;
import org.carepath.events.referral.ReferralSubmitted;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What each event adds to the facts, written in the caller's transaction: the live consumers' (with the
 * event id, by platform's idempotent consumer) and the rebuild's. Both go through here, so a rebuild
 * cannot count differently from the live projection.
 */
@ApplicationScoped
public class Facts {

    /** The event types some fact is made of; the consumers acknowledge the others without a transaction. */
    public static final Set<String> COUNTED = Set.of(
            ReferralSubmitted.TYPE, ReferralAccepted.TYPE, ReferralRejected.TYPE, ReferralRedirected.TYPE,
            ReferralCancelled.TYPE, ReferralCompleted.TYPE, ReferralResponseOverdue.TYPE,
            CareServicePublished.TYPE,
            DelayStarted.TYPE, DelayEnded.TYPE, PatientDischarged.TYPE, DischargePathwaySet.TYPE,
            PatientReadmitted.TYPE, EpisodeCancelled.TYPE,
            CarePlanActionOverdue.TYPE, CarePlanActionCompleted.TYPE);

    private final ReferralFacts referrals = new ReferralFacts();
    private final DirectoryFacts directory = new DirectoryFacts();
    private final DischargeFacts discharges = new DischargeFacts();
    private final CarePlanFacts carePlans = new CarePlanFacts();

    /** The topics read, each with what its events mean here; the person index's counts in no figure. */
    public static final List<String> TOPICS = List.of(Topics.DIRECTORY, Topics.REFERRALS, Topics.DISCHARGES, Topics.CAREPLANS);

    /**
     * The upserts an event of the topic makes.
     *
     * @throws IllegalArgumentException when the event is not of its topic's kind, or the topic is not read here
     */
    public List<Fact> of(String topic, CloudEvent<CareEvent> event) {
        return switch (topic) {
            case Topics.REFERRALS -> event.data(ReferralEvent.class).handle(referrals);
            case Topics.DIRECTORY -> event.data(DirectoryEvent.class).handle(directory);
            case Topics.DISCHARGES -> event.data(DischargeEvent.class).handle(discharges);
            case Topics.CAREPLANS -> event.data(CarePlanEvent.class).handle(carePlans);
            default -> throw new IllegalArgumentException("insights-service does not read " + topic);
        };
    }

    /** Writes the facts of an event of the topic to the generations, in the current transaction. */
    public Uni<Void> record(String topic, CloudEvent<CareEvent> event, Generations generations) {
        return write(of(topic, event), generations);
    }

    public Uni<Void> write(List<Fact> facts, Generations generations) {
        return Multi.createFrom().iterable(facts)
                .onItem().transformToUniAndConcatenate(fact -> execute(fact, generations))
                .collect().last()
                .replaceWithVoid();
    }

    private static Uni<Integer> execute(Fact fact, Generations generations) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(fact.sqlFor(generations));
            for (int i = 0; i < fact.parameters().size(); i++) {
                query.setParameter(i + 1, fact.parameters().get(i));
            }
            return query.executeUpdate();
        });
    }
}
