package org.carepath.referrals.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CareServiceRepository implements PanacheRepositoryBase<CareService, UUID> {

    public record Search(String name, Sector sector, String area, String organisation, boolean includeRetired) {
    }

    /** Services matching every criterion given; the name matches anywhere in it, ignoring case. */
    Uni<Page<CareService>> search(Search search, LocalDate today, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (search.name() != null) {
            clauses.add("lower(name) like :name");
            parameters.and("name", "%" + search.name().toLowerCase(Locale.ROOT) + "%");
        }
        if (search.sector() != null) {
            clauses.add("organisation in (select o.odsCode from Organisation o where o.sector = :sector)");
            parameters.and("sector", search.sector());
        }
        if (search.area() != null) {
            clauses.add("lower(area) = :area");
            parameters.and("area", search.area().toLowerCase(Locale.ROOT));
        }
        if (search.organisation() != null) {
            clauses.add("organisation = :organisation");
            parameters.and("organisation", search.organisation());
        }
        if (!search.includeRetired()) {
            clauses.add("(retiredFrom is null or retiredFrom > :today)");
            parameters.and("today", today);
        }
        var found = find(String.join(" and ", clauses), Sort.by("name").and("id"), parameters);
        return Page.of(found, page, size);
    }
}
