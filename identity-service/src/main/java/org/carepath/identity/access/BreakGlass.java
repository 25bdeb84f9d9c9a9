package org.carepath.identity.access;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.identity.IdentityConfig;
import org.carepath.identity.person.PersonIndex;
import org.carepath.platform.domain.Changes;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.security.CareActor;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Emergency access without a relationship: only for some roles, with a reason, for a while, and never quietly. */
@ApplicationScoped
public class BreakGlass {

    private final PersonIndex index;
    private final Changes changes;
    private final IdentityConfig config;
    private final Clock clock;

    public BreakGlass(PersonIndex index, Changes changes, IdentityConfig config, Clock clock) {
        this.index = index;
        this.changes = changes;
        this.config = config;
        this.clock = clock;
    }

    /** The grant and its identity.break-glass-used event commit together. */
    public Uni<BreakGlassGrant> open(String nhsNumber, String reason, CareActor by) {
        String role = config.breakGlassRoles().stream().filter(by::hasRole).sorted().findFirst()
                .orElseThrow(() -> new NotPermitted("break-glass access needs one of the roles "
                        + config.breakGlassRoles().stream().sorted().toList()));
        var at = clock.instant();
        return Panache.withTransaction(() -> index.resolve(nhsNumber)
                .map(person -> new BreakGlassGrant(person.survivor(), by, role, reason, at,
                        at.plus(config.breakGlassDuration())))
                .call(grant -> changes.save(grant.opened(
                        by.practitioner()))));
    }
}
