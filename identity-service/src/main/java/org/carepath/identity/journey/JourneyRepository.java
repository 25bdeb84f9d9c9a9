package org.carepath.identity.journey;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class JourneyRepository implements PanacheRepositoryBase<JourneyEntry, UUID> {

    private static final String IN_SECTORS = "select s.organisation from OrganisationSector s where s.sector in :";

    /** One page of the person's entries (all their NHS numbers), oldest first, as the reader may see them. */
    Uni<Page<JourneyEntry>> page(List<String> nhsNumbers, JourneyFilter filter, Visibility visibility, int page, int size) {
        var query = new StringBuilder("nhsNumber in :numbers");
        var parameters = Parameters.with("numbers", nhsNumbers);
        if (filter.from() != null) {
            query.append(" and occurredAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and occurredAt < :to");
            parameters.and("to", filter.to());
        }
        if (!filter.types().isEmpty()) {
            query.append(" and eventType in :types");
            parameters.and("types", filter.types());
        }
        if (filter.sector() != null) {
            query.append(" and organisation in (" + IN_SECTORS + "sector)");
            parameters.and("sector", List.of(filter.sector()));
        }
        hideObjectedTo(query, parameters, visibility);
        return Page.of(find(query.toString(), Sort.by("occurredAt").and("recordedAt").and("eventId"), parameters),
                page, size);
    }

    private static void hideObjectedTo(StringBuilder query, Parameters parameters, Visibility visibility) {
        var preferences = visibility.preferences();
        if (visibility.readerObjectedTo()) {
            query.append(" and organisation = :reader");
            parameters.and("reader", visibility.readerOrganisation());
            return;
        }
        if (!preferences.organisations().isEmpty()) {
            query.append(" and (organisation is null or organisation not in :objectedOrganisations)");
            parameters.and("objectedOrganisations", preferences.organisations());
        }
        if (!preferences.sectors().isEmpty()) {
            query.append(" and (organisation is null or organisation not in (" + IN_SECTORS + "objectedSectors))");
            parameters.and("objectedSectors", preferences.sectors());
        }
    }
}
