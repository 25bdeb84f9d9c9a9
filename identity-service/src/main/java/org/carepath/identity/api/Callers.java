package org.carepath.identity.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.directory.StaffDirectory;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;

import io.smallrye.mutiny.Uni;

/** The caller of a request, after the staff directory has taken note of their token's claims. */
@ApplicationScoped
public class Callers {

    private final CurrentActor actor;
    private final StaffDirectory directory;

    public Callers(CurrentActor actor, StaffDirectory directory) {
        this.actor = actor;
        this.directory = directory;
    }

    public Uni<CareActor> current() {
        return Uni.createFrom().item(actor::get)
                .chain(directory::seen);
    }
}
