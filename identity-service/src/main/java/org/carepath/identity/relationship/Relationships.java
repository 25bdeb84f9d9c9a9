package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.events.CloudEvent;
import org.carepath.events.referral.Practitioner;
import org.carepath.identity.IdentityConfig;

import io.smallrye.mutiny.Uni;

/**
 * Legitimate relationships as other services' events start and end them. Each method runs in
 * the consumer's transaction, so the relationship commits with the event's id and a redelivery
 * changes nothing.
 */
@ApplicationScoped
public class Relationships {

    private final RelationshipStore relationships;
    private final IdentityConfig config;

    @Inject
    public Relationships(RelationshipRepository relationships, IdentityConfig config) {
        this((RelationshipStore) relationships, config);
    }

    private Relationships(RelationshipStore relationships, IdentityConfig config) {
        this.relationships = relationships;
        this.config = config;
    }

    /** The same rules writing into another store: a projection rebuild's batch. */
    public Relationships replayingInto(RelationshipStore store) {
        return new Relationships(store, config);
    }

    /** Both sides of a referral become involved: the referrer's team and the receiving service's team. */
    public Uni<Void> referralSubmitted(CloudEvent<?> event, String nhsNumber, UUID referralId, Practitioner referrer,
            Party receiver, Instant at) {
        return relationships.add(
                new CareRelationship(nhsNumber, Party.of(referrer, "referred the person"), CareRelationship.REFERRER,
                        referralId.toString(), event.id(), at),
                new CareRelationship(nhsNumber, receiver, CareRelationship.REFERRAL_RECIPIENT, referralId.toString(),
                        event.id(), at));
    }

    /** Rejected, cancelled or redirected: the referral no longer makes either side involved. */
    public Uni<Void> referralClosed(UUID referralId, Instant at) {
        return relationships.endAll(referralId.toString(), at);
    }

    /** Completed: both sides stay involved for the grace period, for follow-up questions and handover. */
    public Uni<Void> referralCompleted(UUID referralId, Instant at) {
        return relationships.endAll(referralId.toString(), at.plus(config.referralGracePeriod()));
    }

    public Uni<Void> memberJoined(CloudEvent<?> event, String nhsNumber, UUID memberId, Party member, Instant at) {
        return relationships.add(new CareRelationship(nhsNumber, member, CareRelationship.CARE_TEAM_MEMBER,
                memberId.toString(), event.id(), at));
    }

    public Uni<Void> memberLeft(UUID memberId, Instant at) {
        return relationships.end(memberId.toString(), CareRelationship.CARE_TEAM_MEMBER, at);
    }

    /** The plan's care coordinator: a handover ends the previous one's relationship as the new one starts. */
    public Uni<Void> coordinatorAssigned(CloudEvent<?> event, String nhsNumber, UUID planId, Practitioner coordinator,
            Instant at) {
        return relationships.end(planId.toString(), CareRelationship.CARE_COORDINATOR, at)
                .chain(() -> relationships.add(new CareRelationship(nhsNumber,
                        Party.of(coordinator, "care coordinator"), CareRelationship.CARE_COORDINATOR, planId.toString(),
                        event.id(), at)));
    }

    public Uni<Void> planCompleted(UUID planId, Instant at) {
        return relationships.end(planId.toString(), CareRelationship.CARE_COORDINATOR, at);
    }

    /** An open inpatient episode makes the hospital (and its ward) involved until discharge. */
    public Uni<Void> episodeOpened(CloudEvent<?> event, String nhsNumber, String episodeKey, Party hospital, Instant at) {
        return relationships.add(new CareRelationship(nhsNumber, hospital, CareRelationship.HOSPITAL_EPISODE,
                episodeKey, event.id(), at));
    }

    public Uni<Void> episodeClosed(String episodeKey, Instant at) {
        return relationships.end(episodeKey, CareRelationship.HOSPITAL_EPISODE, at);
    }

    /** A cancelled discharge: the person is still in hospital, so the episode is open again. */
    public Uni<Void> episodeReopened(String episodeKey) {
        return relationships.reopen(episodeKey, CareRelationship.HOSPITAL_EPISODE);
    }
}
