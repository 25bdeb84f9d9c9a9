package org.carepath.referrals.directory;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    Uni<Page<Organisation>> list(Sector sector, int page, int size) {
        PanacheQuery<Organisation> found = sector == null
                ? findAll(Sort.by("name"))
                : find("sector", Sort.by("name"), sector);
        return Page.of(found, page, size);
    }
}
