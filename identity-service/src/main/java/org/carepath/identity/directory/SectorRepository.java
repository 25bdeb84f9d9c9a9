package org.carepath.identity.directory;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

/** Sectors of organisations, as the directory's events (and admissions) tell them. */
@ApplicationScoped
public class SectorRepository implements PanacheRepositoryBase<OrganisationSector, String> {

    public Uni<Void> learn(String organisation, String sector) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into organisation_sector (organisation, sector) values (?1, ?2)
                        on conflict (organisation) do update set sector = excluded.sector""")
                        .setParameter(1, organisation)
                        .setParameter(2, sector)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The organisation's sector; null when it is not known (or there is no organisation). */
    public Uni<String> sectorOf(String organisation) {
        return organisation == null
                ? Uni.createFrom().nullItem()
                : findById(organisation).map(found -> found == null ? null : found.sector());
    }

    public Uni<Map<String, String>> of(Collection<String> organisations) {
        if (organisations.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("array_has(:organisations, organisation)",
                Parameters.with("organisations", organisations.toArray(String[]::new)))
                .map(found -> found.stream()
                        .collect(Collectors.toMap(OrganisationSector::organisation, OrganisationSector::sector)));
    }
}
