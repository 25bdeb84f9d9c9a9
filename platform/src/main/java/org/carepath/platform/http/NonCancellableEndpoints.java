package org.carepath.platform.http;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.spi.AbstractCancellableServerRestHandler;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.runtime.StartupEvent;

/**
 * A client that closes its connection must not cancel the work its request started.
 * <p>
 * Quarkus REST subscribes to an endpoint's {@code Uni} and, when the connection closes first,
 * cancels that subscription. Below a {@code Panache.withTransaction} the cancel skips both commit
 * and rollback and closes the session while a statement is still running ({@code HHH000099},
 * "Connection being closed with a live transaction"): the pooled connection is lost with its
 * transaction open, and a burst of client timeouts empties the pool for good. Quarkus offers the
 * switch only per endpoint ({@code @Cancellable(false)}, read at build time); this sets it on
 * every endpoint once at start, so each request's work completes, commits or rolls back and
 * returns its connection, and only its answer is dropped.
 */
@ApplicationScoped
class NonCancellableEndpoints {

    private static final Logger LOG = Logger.getLogger(NonCancellableEndpoints.class);

    void onStart(@Observes StartupEvent start) {
        Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
        if (deployment == null) {
            return;
        }
        List<AbstractCancellableServerRestHandler> handlers = asyncResponseHandlers(deployment).toList();
        handlers.forEach(handler -> handler.setCancellable(false));
        if (handlers.isEmpty()) {
            LOG.warn("found no asynchronous REST endpoint to shield from client disconnects: closed connections may cancel transactions");
        } else {
            LOG.debugf("%d asynchronous REST endpoints finish their work when the client disconnects", handlers.size());
        }
    }

    /** The handlers that subscribe to each endpoint's Uni or CompletionStage, across all resource classes. */
    static Stream<AbstractCancellableServerRestHandler> asyncResponseHandlers(Deployment deployment) {
        return deployment.getClassMappers().stream()
                .flatMap(classPath -> Arrays.stream(classPath.value.handlers))
                .filter(ClassRoutingHandler.class::isInstance)
                .map(ClassRoutingHandler.class::cast)
                .flatMap(routing -> routing.getMappers().values().stream())
                .flatMap(methods -> methods.getTemplates().stream())
                .flatMap(method -> Arrays.stream(method.value.getHandlerChain()))
                .filter(AbstractCancellableServerRestHandler.class::isInstance)
                .map(AbstractCancellableServerRestHandler.class::cast);
    }
}
