package org.carepath.careplan.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;
import org.carepath.platform.persistence.EnumLiterals;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CarePlanRepository implements PanacheRepositoryBase<CarePlan, UUID> {

    /** A plan a joining team may join (statuses as literals, so Hibernate keeps the query's SQL). */
    private static final String CURRENT = "nhsNumber = ?1 and status in "
            + EnumLiterals.of(List.of(CarePlanStatus.ACTIVE, CarePlanStatus.ON_HOLD, CarePlanStatus.DRAFT));

    Uni<CarePlan> activeFor(String nhsNumber) {
        return find("nhsNumber = ?1 and status = ?2", nhsNumber, CarePlanStatus.ACTIVE).firstResult();
    }

    /** The plan a team joining the person's care should join: the active one, else on hold, else the newest draft. */
    public Uni<CarePlan> currentFor(String nhsNumber) {
        return find(CURRENT + " order by case when status = ?2 then 0 when status = ?3 then 1 else 2 end, createdAt desc",
                nhsNumber, CarePlanStatus.ACTIVE, CarePlanStatus.ON_HOLD)
                .firstResult();
    }

    /** Whether the organisation has a current place on one of the person's plans for a referral it accepted. */
    Uni<Boolean> acceptedReferralOf(String nhsNumber, String organisation) {
        return count("from CarePlan p where p.nhsNumber = ?1 and exists (from CareTeamMember m where m.planId = p.id"
                + " and m.organisation = ?2 and m.referralId is not null and m.leftAt is null)", nhsNumber, organisation)
                .map(count -> count > 0);
    }

    /**
     * The plans matching the search on whose care team the organisation has a current place, newest
     * first: the one rule for who sees a plan in a list.
     */
    Uni<Page<CarePlan>> visible(PlanSearch search, String organisation, int page, int size) {
        StringBuilder query = new StringBuilder("from CarePlan p where exists (from CareTeamMember m"
                + " where m.planId = p.id and m.organisation = :organisation and m.leftAt is null)");
        Parameters parameters = Parameters.with("organisation", organisation);
        if (search.nhsNumber() != null) {
            query.append(" and p.nhsNumber = :nhsNumber");
            parameters.and("nhsNumber", search.nhsNumber());
        }
        if (search.id() != null) {
            query.append(" and p.id = :id");
            parameters.and("id", search.id());
        }
        if (search.statuses() != null) {
            query.append(" and p.status in :statuses");
            parameters.and("statuses", search.statuses());
        }
        if (search.changedFrom() != null) {
            query.append(search.teamChanges()
                    ? " and (p.updatedAt >= :from or exists (from CareTeamMember t where t.planId = p.id"
                            + " and (t.joinedAt >= :from or t.leftAt >= :from)))"
                    : " and p.updatedAt >= :from");
            parameters.and("from", search.changedFrom());
        }
        if (search.changedBefore() != null) {
            query.append(search.teamChanges()
                    ? " and p.updatedAt < :before and not exists (from CareTeamMember t where t.planId = p.id"
                            + " and (t.joinedAt >= :before or t.leftAt >= :before))"
                    : " and p.updatedAt < :before");
            parameters.and("before", search.changedBefore());
        }
        return Page.of(find(query.toString(), Sort.descending("createdAt").and("id"), parameters), page, size);
    }
}
