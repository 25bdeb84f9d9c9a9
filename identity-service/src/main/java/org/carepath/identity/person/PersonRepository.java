package org.carepath.identity.person;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    /** Makes sure the index knows the NHS number, e.g. from another service's event; keeps what it knows. */
    public Uni<Void> ensureKnown(String nhsNumber) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into person (nhs_number, version, created_at, updated_at) values (?1, 1, now(), now())
                        on conflict do nothing""")
                        .setParameter(1, nhsNumber)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Records merged into the retired one now point straight at the survivor. */
    public Uni<Integer> repoint(String retired, String survivor) {
        return update("mergedInto = ?1 where mergedInto = ?2", survivor, retired);
    }
}
