package org.carepath.identity.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class BreakGlassRepository implements PanacheRepositoryBase<BreakGlassGrant, UUID> {

    /**
     * The grants of the condition, granted in the window, newest first.
     *
     * @param unexpired null for all, true for those still running at {@code now}, false for those over
     */
    Uni<Page<BreakGlassGrant>> page(String condition, Parameters parameters, Window granted, Boolean unexpired,
            Instant now, int page, int size) {
        String running = unexpired == null ? "" : unexpired ? " and expiresAt > :now" : " and expiresAt <= :now";
        if (unexpired != null) {
            parameters.and("now", now);
        }
        return Page.of(find(condition + granted.on("grantedAt") + running, Sort.by("grantedAt").descending(),
                granted.into(parameters)), page, size);
    }

    /** Every grant the users were given to any of the people: those a page of audited reads may have been made under. */
    Uni<List<BreakGlassGrant>> of(Collection<String> userIds, Collection<String> nhsNumbers) {
        return list("array_has(?1, userId) and array_has(?2, nhsNumber)", userIds.toArray(String[]::new),
                nhsNumbers.toArray(String[]::new));
    }
}
