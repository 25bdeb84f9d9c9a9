package org.carepath.identity.consent;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ObjectionRepository implements PanacheRepositoryBase<SharingObjection, UUID> {

    public Uni<List<SharingObjection>> standing(List<String> nhsNumbers) {
        return list("nhsNumber in ?1 and withdrawnAt is null order by recordedAt", nhsNumbers);
    }

    Uni<List<SharingObjection>> all(List<String> nhsNumbers) {
        return list("nhsNumber in ?1 order by recordedAt", nhsNumbers);
    }

    public Uni<Integer> move(String retired, String survivor) {
        return update("nhsNumber = ?1 where nhsNumber = ?2", survivor, retired);
    }
}
