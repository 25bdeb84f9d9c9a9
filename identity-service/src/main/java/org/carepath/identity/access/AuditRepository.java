package org.carepath.identity.access;

import java.time.ZoneOffset;
import java.util.Arrays;
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
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Appends and reads the access audit; there is deliberately nothing here to change or delete it. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AccessRecord, UUID> {

    private static final String APPEND = """
            insert into access_audit (id, nhs_number, user_id, user_name, organisation, accessed_at, what, basis,
                                      break_glass_reason, outcome, relationship_event_id)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""";

    private final Pool pool;

    public AuditRepository(Pool pool) {
        this.pool = pool;
    }

    /** Appends the record in a statement of its own, outside any ORM session: it commits whatever the caller's transaction does. */
    Uni<Void> append(AccessRecord record) {
        return pool.preparedQuery(APPEND)
                .execute(Tuple.from(Arrays.asList(record.id(), record.nhsNumber(), record.userId(), record.userName(),
                        record.organisation(), record.accessedAt().atOffset(ZoneOffset.UTC), record.what(), record.basis(),
                        record.breakGlassReason(), record.outcome(), record.relationshipEventId())))
                .replaceWithVoid();
    }

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
