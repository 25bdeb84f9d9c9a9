package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.carepath.events.CloudEvent;
import org.carepath.events.Practitioner;
import org.carepath.identity.IdentityConfig;

import io.smallrye.mutiny.Uni;

/**
 * Legitimate relationships as other services' events start and end them. Each method runs in
 * the consumer's transaction, so the relationship commits with the event's id and a redelivery
 * changes nothing. A relationship an organisation makes by its own act is marked as such, with
 * who and why, and lapses after {@code identity.self-granted-expiry} unless something follows
 * (see {@link RelationshipRepository} for how that is judged).
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

    /**
     * Both sides of a referral become involved: the referrer's team and the receiving service's team.
     * The referrer's by its own act, with the referral's reason as the stated one; an onward referral
     * after a redirect is the receiving side's act on the original referrer's behalf, not an own act.
     */
    public Uni<Void> referralSubmitted(CloudEvent<?> event, String nhsNumber, UUID referralId, Practitioner referrer,
            Party receiver, String reason, boolean onward, Instant at) {
        Practitioner actor = onward ? null : referrer;
        return relationships.add(
                new CareRelationship(nhsNumber, Party.of(referrer, "referred the person"), CareRelationship.REFERRER,
                        referralId.toString(), event, at).ownAct(actor, reason, lapse(at)),
                new CareRelationship(nhsNumber, receiver, CareRelationship.REFERRAL_RECIPIENT, referralId.toString(),
                        event, at).ownAct(actor, reason, lapse(at)));
    }

    /** The receiving side acted on the referral (received, triaged, accepted): the referrer's relationship is confirmed. */
    public Uni<Void> referralActedOn(UUID referralId, Practitioner by, Instant at) {
        return relationships.confirm(referralId.toString(), CareRelationship.REFERRER, by.organisation(), at);
    }

    /** Rejected or cancelled: the referral no longer makes either side involved. */
    public Uni<Void> referralClosed(UUID referralId, Instant at) {
        return relationships.endAll(referralId.toString(), at);
    }

    /**
     * Redirected: the receiving side passed the person on, so its relationship ends, while the original
     * referrer's goes on under the onward referral (confirmed: the receiving side acted on it).
     */
    public Uni<Void> referralRedirected(UUID referralId, UUID onwardReferralId, Practitioner by, Instant at) {
        String referral = referralId.toString();
        return relationships.confirm(referral, CareRelationship.REFERRER, by.organisation(), at)
                .chain(() -> relationships.passOn(referral, CareRelationship.REFERRER, onwardReferralId.toString()))
                .chain(() -> relationships.endAll(referral, at));
    }

    /** Completed: both sides stay involved for the grace period, for follow-up questions and handover. */
    public Uni<Void> referralCompleted(UUID referralId, Instant at) {
        return relationships.endAll(referralId.toString(), at.plus(config.referralGracePeriod()));
    }

    /**
     * A place on the care team; the organisation's own act when someone of it added it, other than for a
     * referral it accepted (which another party sent).
     */
    public Uni<Void> memberJoined(CloudEvent<?> event, String nhsNumber, UUID memberId, Party member, Practitioner by,
            UUID referralId, Instant at) {
        return relationships.add(new CareRelationship(nhsNumber, member, CareRelationship.CARE_TEAM_MEMBER,
                memberId.toString(), event, at).ownAct(referralId == null ? by : null, null, lapse(at)));
    }

    public Uni<Void> memberLeft(UUID memberId, Instant at) {
        return relationships.end(memberId.toString(), CareRelationship.CARE_TEAM_MEMBER, at);
    }

    /**
     * The plan's care coordinator: a handover ends the previous one's relationship as the new one starts.
     * Taking the role oneself (starting a plan) is an own act.
     *
     * @param reason the stated reason for taking the person on, where one was asked for (a plan started directly)
     */
    public Uni<Void> coordinatorAssigned(CloudEvent<?> event, String nhsNumber, UUID planId, Practitioner coordinator,
            Practitioner by, String reason, Instant at) {
        return relationships.end(planId.toString(), CareRelationship.CARE_COORDINATOR, at)
                .chain(() -> relationships.add(new CareRelationship(nhsNumber,
                        Party.of(coordinator, "care coordinator"), CareRelationship.CARE_COORDINATOR, planId.toString(),
                        event, at).ownAct(by, reason, lapse(at))));
    }

    public Uni<Void> planCompleted(UUID planId, Instant at) {
        return relationships.end(planId.toString(), CareRelationship.CARE_COORDINATOR, at);
    }

    /** An open inpatient episode makes the hospital (and its ward) involved until discharge. */
    public Uni<Void> episodeOpened(CloudEvent<?> event, String nhsNumber, String episodeKey, Party hospital, Instant at) {
        return relationships.add(new CareRelationship(nhsNumber, hospital, CareRelationship.HOSPITAL_EPISODE,
                episodeKey, event, at));
    }

    public Uni<Void> episodeClosed(String episodeKey, Instant at) {
        return relationships.end(episodeKey, CareRelationship.HOSPITAL_EPISODE, at);
    }

    /** A cancelled discharge: the person is still in hospital, so the episode is open again. */
    public Uni<Void> episodeReopened(String episodeKey) {
        return relationships.reopen(episodeKey, CareRelationship.HOSPITAL_EPISODE);
    }

    private Instant lapse(Instant startedAt) {
        return startedAt.plus(config.selfGrantedExpiry());
    }
}
