package org.carepath.careplan.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** A plan's versions, oldest first. */
@ApplicationScoped
public class VersionRepository {

    Uni<Page<CarePlanVersion>> versions(UUID planId, int page, int size) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from CarePlanVersion where planId = :id order by version", CarePlanVersion.class)
                .setParameter("id", planId)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList()
                .chain(items -> session.createSelectionQuery(
                                "select count(*) from CarePlanVersion where planId = :id", Long.class)
                        .setParameter("id", planId)
                        .getSingleResult()
                        .map(total -> new Page<>(items, page, size, total))));
    }

    Uni<CarePlanVersion> version(UUID planId, long version) {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from CarePlanVersion where planId = :id and version = :version", CarePlanVersion.class)
                .setParameter("id", planId)
                .setParameter("version", version)
                .getSingleResultOrNull());
    }
}
