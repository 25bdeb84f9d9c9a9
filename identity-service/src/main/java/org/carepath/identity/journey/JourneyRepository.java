package org.carepath.identity.journey;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class JourneyRepository implements PanacheRepositoryBase<JourneyEntry, UUID> {

    Uni<List<JourneyEntry>> page(String nhsNumber, int page, int size) {
        return find("nhsNumber", Sort.by("occurredAt").and("recordedAt"), nhsNumber).page(page, size).list();
    }

    Uni<Long> countFor(String nhsNumber) {
        return count("nhsNumber", nhsNumber);
    }
}
