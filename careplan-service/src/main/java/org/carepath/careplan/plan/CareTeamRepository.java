package org.carepath.careplan.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Care team places and coordinator handovers of a plan, each in time order. */
@ApplicationScoped
public class CareTeamRepository {

    Uni<List<CareTeamMember>> members(UUID planId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from CareTeamMember where planId = :id order by joinedAt, id", CareTeamMember.class)
                .setParameter("id", planId)
                .getResultList());
    }

    public Uni<List<CoordinatorHandover>> handovers(UUID planId) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from CoordinatorHandover where planId = :id order by at, id", CoordinatorHandover.class)
                .setParameter("id", planId)
                .getResultList());
    }
}
