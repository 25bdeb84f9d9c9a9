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

    /** A practitioner named in an event: name and employer as the event says, its team added to those known. */
    Uni<Void> upsertFromEvent(String userId, String name, String organisation, String team) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into practitioner (user_id, name, organisation, teams, version, updated_at)
                        values (?1, ?2, ?3, coalesce(cast(?4 as varchar), ''), 1, now())
                        on conflict (user_id) do update set name = excluded.name, organisation = excluded.organisation,
                            teams = case
                                when cast(?4 as varchar) is null
                                  or (',' || practitioner.teams || ',') like ('%,' || cast(?4 as varchar) || ',%')
                                  then practitioner.teams
                                when practitioner.teams = '' then cast(?4 as varchar)
                                else practitioner.teams || ',' || cast(?4 as varchar) end,
                            version = practitioner.version + 1, updated_at = now()
                        where practitioner.name <> excluded.name
                           or coalesce(practitioner.organisation, '') <> coalesce(excluded.organisation, '')
                           or (cast(?4 as varchar) is not null
                               and (',' || practitioner.teams || ',') not like ('%,' || cast(?4 as varchar) || ',%'))""")
                        .setParameter(1, userId)
                        .setParameter(2, name)
                        .setParameter(3, organisation)
                        .setParameter(4, team)
                        .executeUpdate())
                .replaceWithVoid();
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
