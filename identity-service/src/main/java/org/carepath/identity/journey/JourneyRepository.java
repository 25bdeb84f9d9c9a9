package org.carepath.identity.journey;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class JourneyRepository implements PanacheRepositoryBase<JourneyEntry, UUID> {

    Uni<Page<JourneyEntry>> page(String nhsNumber, int page, int size) {
        return Page.of(find("nhsNumber", Sort.by("occurredAt").and("recordedAt"), nhsNumber), page, size);
    }
}
