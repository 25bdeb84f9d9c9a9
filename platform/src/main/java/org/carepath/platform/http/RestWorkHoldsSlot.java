package org.carepath.platform.http;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.ext.web.RoutingContext;

/** Keeps a REST request's in-flight slot until its work has completed, even when its client left first. */
public class RestWorkHoldsSlot {

    @ServerRequestFilter(preMatching = true)
    public void holdUntilDone(ResteasyReactiveContainerRequestContext context, RoutingContext request) {
        InFlightSlot slot = request.get(InFlightLimit.SLOT);
        if (slot != null && slot.hold()) {
            context.getServerRequestContext().registerCompletionCallback(failure -> slot.release());
        }
    }
}
