package org.carepath.identity.consent;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ObjectionRepository implements PanacheRepositoryBase<SharingObjection, UUID> {

    public Uni<List<SharingObjection>> standing(List<String> nhsNumbers) {
        return list("array_has(:numbers, nhsNumber) and withdrawnAt is null order by recordedAt", of(nhsNumbers));
    }

    Uni<List<SharingObjection>> all(List<String> nhsNumbers) {
        return list("array_has(:numbers, nhsNumber) order by recordedAt", of(nhsNumbers));
    }

    private static Parameters of(List<String> nhsNumbers) {
        return Parameters.with("numbers", nhsNumbers.toArray(String[]::new));
    }

    public Uni<Integer> move(String retired, String survivor) {
        return update("nhsNumber = ?1 where nhsNumber = ?2", survivor, retired);
    }
}
