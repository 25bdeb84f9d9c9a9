package org.carepath.platform.persistence;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Down when the service cannot get a pooled connection and run {@code select 1} in time: its
 * connections are all held and none comes back, which only a restart cures. A database that
 * refuses connections is not this process's fault: readiness reports that, liveness stays up.
 */
@Liveness
@ApplicationScoped
public class DatabasePoolLiveness implements AsyncHealthCheck {

    private static final String NAME = "Database connection pool";

    private final Pool pool;
    private final Duration timeout;

    public DatabasePoolLiveness(Pool pool,
            @ConfigProperty(name = "carepath.db.liveness-timeout", defaultValue = "5s") Duration timeout) {
        this.pool = pool;
        this.timeout = timeout;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.query("select 1").execute()
                .ifNoItem().after(timeout).fail()
                .map(rows -> HealthCheckResponse.up(NAME))
                .onFailure().recoverWithItem(this::judge);
    }

    private HealthCheckResponse judge(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return HealthCheckResponse.named(NAME).down()
                    .withData("reason", "no pooled connection answered select 1 within " + timeout.toSeconds() + " s")
                    .build();
        }
        return HealthCheckResponse.named(NAME).up()
                .withData("database", "unreachable: " + failure.getMessage())
                .build();
    }
}
