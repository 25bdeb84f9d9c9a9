package org.carepath.careplan.plan;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** A plan's versions, oldest first. */
@ApplicationScoped
public class VersionRepository implements PanacheRepositoryBase<CarePlanVersion, UUID> {

    Uni<Page<CarePlanVersion>> versions(UUID planId, int page, int size) {
        return Page.of(find("planId", Sort.by("version"), planId), page, size);
    }

    Uni<CarePlanVersion> version(UUID planId, long version) {
        return find("planId = ?1 and version = ?2", planId, version).firstResult();
    }
}
