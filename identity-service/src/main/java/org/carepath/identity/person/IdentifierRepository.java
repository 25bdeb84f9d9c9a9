package org.carepath.identity.person;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class IdentifierRepository implements PanacheRepositoryBase<PersonIdentifier, UUID> {

    public Uni<PersonIdentifier> findBy(LocalIdentifier identifier) {
        return find("kind = ?1 and value = ?2 and assigningOrganisation = ?3", identifier.kind(), identifier.value(),
                identifier.assigningOrganisation()).firstResult();
    }

    public Uni<List<PersonIdentifier>> of(List<String> nhsNumbers) {
        return list("array_has(:numbers, nhsNumber) order by linkedAt",
                Parameters.with("numbers", nhsNumbers.toArray(String[]::new)));
    }

    public Uni<Integer> move(String retired, String survivor) {
        return update("nhsNumber = ?1 where nhsNumber = ?2", survivor, retired);
    }
}
