package org.carepath.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

/** Stores outbox rows in the caller's session and transaction; the relay reads them with {@link OutboxRows}. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, Long> {
}
