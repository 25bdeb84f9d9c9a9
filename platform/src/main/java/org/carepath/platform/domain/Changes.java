package org.carepath.platform.domain;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.outbox.Outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Stores a {@link Change} in the caller's transaction: its rows in order, then its events through the outbox. */
@ApplicationScoped
public class Changes {

    private final Outbox outbox;

    public Changes(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> save(Change change) {
        if (change.rows().isEmpty()) {
            return outbox.publishAll(change.events());
        }
        return Panache.getSession()
                .chain(session -> Multi.createFrom().iterable(change.rows())
                        .onItem().transformToUniAndConcatenate(session::persist)
                        .collect().last())
                .chain(() -> outbox.publishAll(change.events()));
    }
}
