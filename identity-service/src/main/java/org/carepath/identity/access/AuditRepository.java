package org.carepath.identity.access;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.api.Page;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Appends and reads the access audit; there is deliberately nothing here to change or delete it. */
@ApplicationScoped
public class AuditRepository implements PanacheRepositoryBase<AccessRecord, UUID> {

    Uni<Page<AccessRecord>> ofPerson(List<String> nhsNumbers, int page, int size) {
        return Page.of(find("nhsNumber in ?1", Sort.by("accessedAt").descending(), nhsNumbers), page, size);
    }

    Uni<Page<AccessRecord>> ofUser(String userId, String organisation, int page, int size) {
        return Page.of(find("userId = ?1 and organisation = ?2", Sort.by("accessedAt").descending(), userId, organisation),
                page, size);
    }
}
