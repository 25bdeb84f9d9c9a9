package org.carepath.identity.access;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Appends and reads the access audit; there is deliberately nothing here to change or delete it. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AccessRecord, UUID> {

    Uni<Page<AccessRecord>> ofPerson(List<String> nhsNumbers, Window window, int page, int size) {
        return Page.of(find("array_has(:numbers, nhsNumber)" + window.on("accessedAt"), Sort.by("accessedAt").descending(),
                window.into(Parameters.with("numbers", nhsNumbers.toArray(String[]::new)))), page, size);
    }

    /** How many reads were made under each of these self-granted relationships (by the event that created it). */
    Uni<Map<String, Long>> readsUnder(List<String> relationshipEventIds) {
        if (relationshipEventIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("select relationshipEventId, count(*) from AccessRecord"
                        + " where array_has(:ids, relationshipEventId) group by relationshipEventId", Object[].class)
                .setParameter("ids", relationshipEventIds.toArray(String[]::new))
                .getResultList())
                .map(counts -> counts.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1])));
    }

    Uni<Page<AccessRecord>> ofUser(String userId, String organisation, Window window, int page, int size) {
        return Page.of(find("userId = :user and organisation = :organisation" + window.on("accessedAt"),
                Sort.by("accessedAt").descending(),
                window.into(Parameters.with("user", userId).and("organisation", organisation))), page, size);
    }
}
