package org.carepath.identity.access;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.person.PersonIndex;
import org.carepath.platform.api.Page;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The access audit for managers and admins: every read of a person their organisation is involved
 * with or holds a record of, and every read made by a member of their own organisation's staff.
 */
@ApplicationScoped
public class AuditQueries {

    private final PersonIndex index;
    private final RecordAccess access;
    private final AuditRepository audit;

    public AuditQueries(PersonIndex index, RecordAccess access, AuditRepository audit) {
        this.index = index;
        this.access = access;
        this.audit = audit;
    }

    public Uni<Page<AccessRecord>> ofPerson(String nhsNumber, CareActor manager, int page, int size) {
        return Panache.withSession(() -> index.resolve(nhsNumber)
                .call(person -> access.requireInvolvement(person, manager))
                .chain(person -> audit.ofPerson(person.all(), page, size)));
    }

    public Uni<Page<AccessRecord>> ofUser(String userId, CareActor manager, int page, int size) {
        return Panache.withSession(() -> audit.ofUser(userId, manager.organisation(), page, size));
    }
}
