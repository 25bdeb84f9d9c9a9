package org.carepath.careplan.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The decisions recorded for a plan, newest first. */
@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<CareDecision, UUID> {

    Uni<Page<CareDecision>> forPlan(UUID planId, int page, int size) {
        return Page.of(find("planId", Sort.descending("decidedAt").and("id"), planId), page, size);
    }

    public Uni<List<CareDecision>> forCase(UUID caseId) {
        return find("caseId", Sort.by("decidedAt").and("id"), caseId).list();
    }
}
