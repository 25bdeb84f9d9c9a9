package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RelationshipRepository implements PanacheRepositoryBase<CareRelationship, UUID>, RelationshipStore {

    /*
     * Whether a relationship the organisation made by its own act was self-granted is judged from the rows'
     * own times, when read: the live consumer and a rebuild apply the topics in different orders, so a
     * judgement made as each event arrived could differ between them. Self-granted: no other relationship of
     * the organisation with the person, standing on its own (not an own act, or confirmed by then), was
     * current when it started. It stands once another party confirms it or gives the organisation a
     * relationship of its own before it lapses (an admission, a place on a care team, a referral to it).
     */
    private static final String OF_ORGANISATION = "from CareRelationship r where array_has(:numbers, r.nhsNumber)"
            + " and r.organisation = :organisation";
    private static final String R_CURRENT = " and (r.endedAt is null or r.endedAt > :now)";
    static final String HAD_ONE_BEFORE = "exists (select 1 from CareRelationship v where v.nhsNumber = r.nhsNumber"
            + " and v.organisation = r.organisation and v.id <> r.id and v.startedAt < r.startedAt"
            + " and (v.endedAt is null or v.endedAt > r.startedAt) and (v.ownAct = false or v.confirmedAt <= r.startedAt))";
    private static final String FOLLOWED = "exists (select 1 from CareRelationship v where v.nhsNumber = r.nhsNumber"
            + " and v.organisation = r.organisation and v.ownAct = false and v.startedAt >= r.startedAt"
            + " and v.startedAt < r.lapsesAt and v.startedAt <= :now and (r.endedAt is null or v.startedAt < r.endedAt))";
    private static final String STANDING = " and (r.ownAct = false or r.confirmedAt <= :now or " + HAD_ONE_BEFORE
            + " or " + FOLLOWED + ")";

    /** Whether the organisation has a current relationship with the person that it did not just give itself. */
    public Uni<Boolean> isStanding(List<String> nhsNumbers, String organisation, Instant now) {
        if (organisation == null) {
            return Uni.createFrom().item(false);
        }
        // the first one found answers it: a count would have Hibernate derive and translate a count query every time
        return find(OF_ORGANISATION + R_CURRENT + STANDING, of(nhsNumbers, organisation).and("now", now)).firstResult()
                .map(Objects::nonNull);
    }

    /**
     * A current own-act relationship of the organisation that has not lapsed: self-granted when there is
     * no standing one ({@link #isStanding}); the oldest, so reads under it are counted against one act.
     */
    public Uni<CareRelationship> selfGranted(List<String> nhsNumbers, String organisation, Instant now) {
        if (organisation == null) {
            return Uni.createFrom().nullItem();
        }
        return find(OF_ORGANISATION + R_CURRENT + " and r.ownAct = true and r.lapsesAt > :now"
                + " order by r.startedAt, r.statedReason nulls last, r.sourceEventId", of(nhsNumbers, organisation)
                .and("now", now)).firstResult();
    }

    /** The organisation's self-granted relationships that started in [from, to), newest first. */
    public Uni<List<CareRelationship>> selfGrantedBy(String organisation, Instant from, Instant to) {
        return list("from CareRelationship r where r.organisation = :organisation and r.ownAct = true"
                + " and r.startedAt >= :from and r.startedAt < :to and not " + HAD_ONE_BEFORE
                + " order by r.startedAt desc, r.nhsNumber, r.initiatedBy",
                Parameters.with("organisation", organisation).and("from", from).and("to", to));
    }

    /** Relationships of the organisation with these people that stand on their own, started since then. */
    public Uni<List<CareRelationship>> othersGivenSince(String organisation, Collection<String> nhsNumbers, Instant since) {
        return list("from CareRelationship r where r.organisation = :organisation and array_has(:numbers, r.nhsNumber)"
                + " and r.ownAct = false and r.startedAt >= :since",
                Parameters.with("organisation", organisation).and("numbers", nhsNumbers.toArray(String[]::new))
                        .and("since", since));
    }

    private static Parameters of(List<String> nhsNumbers, String organisation) {
        return Parameters.with("numbers", nhsNumbers.toArray(String[]::new)).and("organisation", organisation);
    }

    @Override
    public Uni<Void> add(CareRelationship... relationships) {
        return persist(List.of(relationships));
    }

    @Override
    public Uni<Void> end(String subjectKey, String basis, Instant at) {
        return update("endedAt = ?1 where subjectKey = ?2 and basis = ?3 and endedAt is null", at, subjectKey, basis)
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> endAll(String subjectKey, Instant at) {
        return update("endedAt = ?1 where subjectKey = ?2 and endedAt is null", at, subjectKey).replaceWithVoid();
    }

    @Override
    public Uni<Void> confirm(String subjectKey, String basis, String byOrganisation, Instant at) {
        return update("confirmedAt = ?1 where subjectKey = ?2 and basis = ?3 and organisation <> ?4 and endedAt is null"
                + " and confirmedAt is null", at, subjectKey, basis, byOrganisation).replaceWithVoid();
    }

    @Override
    public Uni<Void> passOn(String subjectKey, String basis, String toSubjectKey) {
        return update("subjectKey = ?1 where subjectKey = ?2 and basis = ?3 and endedAt is null", toSubjectKey, subjectKey,
                basis).replaceWithVoid();
    }

    @Override
    public Uni<Void> reopen(String subjectKey, String basis) {
        return update("endedAt = null where subjectKey = ?1 and basis = ?2", subjectKey, basis).replaceWithVoid();
    }
}
