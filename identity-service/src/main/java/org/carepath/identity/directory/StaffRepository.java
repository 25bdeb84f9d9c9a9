package org.carepath.identity.directory;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<StaffMember, String> {

    /** The token's view of the practitioner: name, employer, teams and profession; a new version only when it changed. */
    Uni<Void> upsertFromToken(String userId, String name, String organisation, String teams, String profession) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into practitioner (user_id, name, organisation, teams, profession, version, updated_at)
                        values (?1, ?2, ?3, ?4, cast(?5 as varchar), 1, now())
                        on conflict (user_id) do update set name = excluded.name, organisation = excluded.organisation,
                            teams = excluded.teams, profession = coalesce(excluded.profession, practitioner.profession),
                            version = practitioner.version + 1, updated_at = now()
                        where (practitioner.name, coalesce(practitioner.organisation, ''), practitioner.teams,
                               coalesce(practitioner.profession, ''))
                          is distinct from (excluded.name, coalesce(excluded.organisation, ''), excluded.teams,
                               coalesce(excluded.profession, practitioner.profession, ''))""")
                        .setParameter(1, userId)
                        .setParameter(2, name)
                        .setParameter(3, organisation)
                        .setParameter(4, teams)
                        .setParameter(5, profession)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * A practitioner named in an event: name and employer as the event says, its team added to those known. Nearly
     * every event names someone already known, unchanged, and then nothing is written and no row is locked: an
     * {@code insert ... on conflict do update ... where} would lock the row even when it changes nothing, and hold it
     * to the end of the consumer's transaction, so every consumer applying an event by the same member of staff (a
     * busy ward clerk, an integration engine's user) would wait for the one before it.
     */
    Uni<Void> upsertFromEvent(String userId, String name, String organisation, String team) {
        return writeFromEvent(userId, name, organisation, team)
                // false only when another transaction added them first, so this one's team may be missing: once more
                .chain(settled -> settled ? Uni.createFrom().voidItem()
                        : writeFromEvent(userId, name, organisation, team).replaceWithVoid());
    }

    /** Changes them where the event says something new, adds them if unknown; true unless an insert lost a race. */
    private Uni<Boolean> writeFromEvent(String userId, String name, String organisation, String team) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        with changed as (
                            update practitioner set name = cast(?2 as varchar), organisation = cast(?3 as varchar),
                                teams = case
                                    when cast(?4 as varchar) is null
                                      or (',' || teams || ',') like ('%,' || cast(?4 as varchar) || ',%') then teams
                                    when teams = '' then cast(?4 as varchar)
                                    else teams || ',' || cast(?4 as varchar) end,
                                version = version + 1, updated_at = now()
                            where user_id = ?1
                              and (name <> cast(?2 as varchar)
                                   or coalesce(organisation, '') <> coalesce(cast(?3 as varchar), '')
                                   or (cast(?4 as varchar) is not null
                                       and (',' || teams || ',') not like ('%,' || cast(?4 as varchar) || ',%')))
                            returning 1),
                        added as (
                            insert into practitioner (user_id, name, organisation, teams, version, updated_at)
                            select ?1, ?2, ?3, coalesce(cast(?4 as varchar), ''), 1, now()
                            where not exists (select 1 from practitioner where user_id = ?1)
                            on conflict (user_id) do nothing
                            returning 1)
                        select exists (select 1 from changed) or exists (select 1 from added)
                            or exists (select 1 from practitioner where user_id = ?1)""", Boolean.class)
                        .setParameter(1, userId)
                        .setParameter(2, name)
                        .setParameter(3, organisation)
                        .setParameter(4, team)
                        .getSingleResult());
    }

    /** Of the organisation (null: every one), changed at or after {@code from} and before {@code before} (null: open). */
    Uni<Page<StaffMember>> page(String organisation, Instant from, Instant before, int page, int size) {
        Parameters parameters = new Parameters();
        StringBuilder query = new StringBuilder("1 = 1");
        if (organisation != null) {
            query.append(" and organisation = :organisation");
            parameters.and("organisation", organisation);
        }
        if (from != null) {
            query.append(" and updatedAt >= :from");
            parameters.and("from", from);
        }
        if (before != null) {
            query.append(" and updatedAt < :before");
            parameters.and("before", before);
        }
        return Page.of(find(query.toString(), Sort.by("name"), parameters), page, size);
    }
}
