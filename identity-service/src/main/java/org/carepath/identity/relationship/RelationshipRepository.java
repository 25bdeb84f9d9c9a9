package org.carepath.identity.relationship;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.person.PersonStatement;
import org.carepath.platform.persistence.NativeSql;

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
     *
     * The rules are SQL, so that an access decision reads them in the same statement as everything else it
     * needs (AccessFacts), with the SQL client or in an ORM session. On care_relationship r: ?1 the person's
     * NHS numbers, ?2 the organisation, ?3 now.
     */
    private static final String CURRENT_OF_ORGANISATION = "r.nhs_number = any(cast(?1 as bpchar[])) and r.organisation = ?2"
            + " and (r.ended_at is null or r.ended_at > ?3)";
    private static final String HAD_ONE_BEFORE = "exists (select 1 from care_relationship v where v.nhs_number = r.nhs_number"
            + " and v.organisation = r.organisation and v.id <> r.id and v.started_at < r.started_at"
            + " and (v.ended_at is null or v.ended_at > r.started_at) and (not v.own_act or v.confirmed_at <= r.started_at))";
    private static final String FOLLOWED = "exists (select 1 from care_relationship v where v.nhs_number = r.nhs_number"
            + " and v.organisation = r.organisation and not v.own_act and v.started_at >= r.started_at"
            + " and v.started_at < r.lapses_at and v.started_at <= ?3 and (r.ended_at is null or v.started_at < r.ended_at))";

    /** Whether the organisation has a current relationship with the person that it did not just give itself. */
    public static final String STANDING = "exists (select 1 from care_relationship r where " + CURRENT_OF_ORGANISATION
            + " and (not r.own_act or r.confirmed_at <= ?3 or " + HAD_ONE_BEFORE + " or " + FOLLOWED + "))";

    /**
     * The event of a current own-act relationship of the organisation that has not lapsed, or null: self-granted
     * when there is no standing one; the oldest, so reads under it are counted against one act.
     */
    public static final String SELF_GRANTED = "(select r.source_event_id from care_relationship r where "
            + CURRENT_OF_ORGANISATION + " and r.own_act and r.lapses_at > ?3"
            + " order by r.started_at, r.stated_reason nulls last, r.source_event_id limit 1)";

    private static final PersonStatement IS_STANDING = PersonStatement.of("select " + STANDING);

    /** As {@link #STANDING}, in the caller's session. */
    public Uni<Boolean> isStanding(List<String> nhsNumbers, String organisation, Instant now) {
        return NativeSql.flushedSession()
                .chain(session -> session.createNativeQuery(IS_STANDING.sql(nhsNumbers), Boolean.class)
                        .setParameter(1, IS_STANDING.numbers(nhsNumbers))
                        .setParameter(2, organisation)
                        .setParameter(3, now)
                        .getSingleResult());
    }

    /** The organisation's self-granted relationships that started in [from, to), newest first. */
    public Uni<List<CareRelationship>> selfGrantedBy(String organisation, Instant from, Instant to) {
        return NativeSql.flushedSession()
                .chain(session -> session.createNativeQuery("select * from care_relationship r where r.organisation = ?1"
                        + " and r.own_act and r.started_at >= ?2 and r.started_at < ?3 and not " + HAD_ONE_BEFORE
                        + " order by r.started_at desc, r.nhs_number, r.initiated_by", CareRelationship.class)
                        .setParameter(1, organisation)
                        .setParameter(2, from)
                        .setParameter(3, to)
                        .getResultList());
    }

    /** Relationships of the organisation with these people that stand on their own, started since then. */
    public Uni<List<CareRelationship>> othersGivenSince(String organisation, Collection<String> nhsNumbers, Instant since) {
        return list("from CareRelationship r where r.organisation = :organisation and array_has(:numbers, r.nhsNumber)"
                + " and r.ownAct = false and r.startedAt >= :since",
                Parameters.with("organisation", organisation).and("numbers", nhsNumbers.toArray(String[]::new))
                        .and("since", since));
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
