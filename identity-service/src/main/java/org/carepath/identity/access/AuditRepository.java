package org.carepath.identity.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Appends and reads the access audit; there is deliberately nothing here to change or delete it. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AccessRecord, UUID> {

    Uni<Page<AccessRecord>> ofPerson(List<String> nhsNumbers, int page, int size) {
        return Page.of(find("nhsNumber in ?1", Sort.by("accessedAt").descending(), nhsNumbers), page, size);
    }

    /** How many reads were made under each of these self-granted relationships (by the event that created it). */
    Uni<Map<String, Long>> readsUnder(List<String> relationshipEventIds) {
        if (relationshipEventIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select relationshipEventId, count(*) from AccessRecord"
                        + " where relationshipEventId in :ids group by relationshipEventId", Object[].class)
                .setParameter("ids", relationshipEventIds)
                .getResultList())
                .map(counts -> counts.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1])));
    }

    Uni<Page<AccessRecord>> ofUser(String userId, String organisation, int page, int size) {
        return Page.of(find("userId = ?1 and organisation = ?2", Sort.by("accessedAt").descending(), userId, organisation),
                page, size);
    }
}
