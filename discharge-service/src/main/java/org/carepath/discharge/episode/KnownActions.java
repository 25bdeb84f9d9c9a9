package org.carepath.discharge.episode;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The care plan actions discharge-service knows from care.careplans.v1, and how far each has got: what a
 * delay may be linked to, and whom it is attributed to. Written in the consumer's transaction, which
 * records the event id with it, so each event applies once.
 */
@ApplicationScoped
public class KnownActions {

    /** One step of an action, applied to its row (created when the action is first heard of). */
    public Uni<Void> record(UUID actionId, UUID planId, String nhsNumber, Consumer<ActionProgress> step) {
        return Panache.getSession()
                .chain(session -> session.find(ActionProgress.class, actionId)
                        .map(known -> known != null ? known : new ActionProgress(actionId, planId, nhsNumber))
                        .invoke(step)
                        .call(session::persist))
                .replaceWithVoid();
    }

    /** The action a link names, if known here (for anyone: the episode checks it is the person's). */
    Uni<Optional<ActionProgress>> find(UUID actionId) {
        return Panache.getSession()
                .chain(session -> session.find(ActionProgress.class, actionId))
                .map(Optional::ofNullable);
    }

    /** Every action known for these people, by id. */
    Uni<Map<UUID, ActionProgress>> ofPeople(Collection<String> nhsNumbers) {
        if (nhsNumbers.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery("from ActionProgress where array_has(:people, nhsNumber)",
                                ActionProgress.class)
                        .setParameter("people", nhsNumbers.toArray(String[]::new))
                        .getResultList())
                .map(found -> found.stream().collect(Collectors.toMap(ActionProgress::actionId, Function.identity())));
    }
}
