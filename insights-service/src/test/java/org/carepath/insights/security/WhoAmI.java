package org.carepath.insights.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.CurrentActor;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Test-only endpoint: the caller as the service sees them, and whether the identity belongs to this request. */
@Path("/test/who-am-i")
public class WhoAmI {

    public record Caller(CareActor actor, String principal, boolean identityOfThisRequest) {
    }

    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    public WhoAmI(CurrentActor actor, SecurityIdentity identity, CurrentVertxRequest request) {
        this.actor = actor;
        this.identity = identity;
        this.request = request;
    }

    @GET
    public Caller get() {
        RoutingContext identityRequest = identity.getAttribute(RoutingContext.class.getName());
        return new Caller(actor.get(), identity.getPrincipal().getName(), identityRequest == request.getCurrent());
    }
}
