package org.carepath.identity.relationship;

import java.time.Instant;

import io.smallrye.mutiny.Uni;

/**
 * Where {@link Relationships} writes its changes: the live table (in the consumer's transaction), or
 * a projection rebuild's batch, which applies them in bulk. Both see the same changes in the same order.
 */
public interface RelationshipStore {

    Uni<Void> add(CareRelationship... relationships);

    /** Ends what is still open of the relationships that came from one referral, membership, plan or episode. */
    Uni<Void> end(String subjectKey, String basis, Instant at);

    Uni<Void> endAll(String subjectKey, Instant at);

    /**
     * Another party acted on it: the open relationships of one basis from that subject are confirmed
     * (the first time only), except those of the acting organisation itself.
     */
    Uni<Void> confirm(String subjectKey, String basis, String byOrganisation, Instant at);

    /** The open relationships of one basis go on under another subject (a redirected referral's onward one). */
    Uni<Void> passOn(String subjectKey, String basis, String toSubjectKey);

    /** Re-opens relationships a cancelled ending had closed (a cancelled discharge: the episode goes on). */
    Uni<Void> reopen(String subjectKey, String basis);
}
