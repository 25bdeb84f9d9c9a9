package org.carepath.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Wakes the relay as soon as outbox rows commit while it is asleep: LISTENs, on a connection of its
 * own, to the channel the outbox_message trigger notifies. A dropped connection is re-established,
 * and every (re)subscription wakes the relay too, for whatever committed while nobody was listening.
 */
@ApplicationScoped
class OutboxListener {

    /** The channel V0_3__outbox_relay.sql notifies. */
    static final String CHANNEL = "outbox_message";

    private static final Logger LOG = Logger.getLogger(OutboxListener.class);
    private static final long RECONNECT_MILLIS = 1000;

    private final PgSubscriber subscriber;
    private final Vertx vertx;

    OutboxListener(Vertx vertx, OutboxRelay relay,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "carepath") String service) {
        this.vertx = vertx;
        // named apart from the pool's connections in pg_stat_activity: it is one more, held for good
        var options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", ""))
                .setUser(user)
                .setPassword(password)
                .addProperty("application_name", service + " outbox listener");
        this.subscriber = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> RECONNECT_MILLIS);
        subscriber.channel(CHANNEL)
                .subscribeHandler(relay::wake)
                .handler(payload -> relay.wake());
    }

    void start(@Observes StartupEvent started) {
        connect();
    }

    void stop(@Observes ShutdownEvent stopping) {
        subscriber.closeAndForget();
    }

    // the reconnect policy covers a connection that drops; a first connection that fails is ours to retry
    private void connect() {
        subscriber.connect()
                .subscribe().with(
                        connected -> LOG.debug("Listening for outbox commits"),
                        this::retryLater);
    }

    private void retryLater(Throwable failure) {
        LOG.warnf("Cannot listen for outbox commits (%s); the relay polls meanwhile", failure.getMessage());
        if (!subscriber.closed()) {
            vertx.setTimer(RECONNECT_MILLIS, timer -> connect());
        }
    }
}
