package org.carepath.platform.problem;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A body over {@code quarkus.http.limits.max-body-size} answered with 413 problem+json. Quarkus
 * refuses it before any resource runs, with an empty 413 that a client cannot tell from a proxy's;
 * this answers first, from the Content-Length alone. A chunked body declares no length, and Quarkus
 * REST would end it with that bare 413 once too much has arrived: such a body is read here first,
 * up to the limit, and what it gave is handed on; past the limit the same problem is answered.
 */
@ApplicationScoped
public class BodyTooLarge {

    private static final int STATUS = 413;

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    private final Optional<MemorySize> limit;
    private final ObjectMapper json;
    private final Optional<BodyHandler> undeclaredLength;

    public BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            ObjectMapper json) {
        this.limit = limit;
        this.json = json;
        // past the limit it fails the route with 413, which renderRefusal answers
        this.undeclaredLength = limit.map(max -> BodyHandler.create(false).setBodyLimit(max.asLongValue()));
    }

    void install(@Observes Router router) {
        if (limit.isEmpty()) {
            return;
        }
        // just before Quarkus's own check (ROUTE_ORDER_UPLOAD_LIMIT), which would end the response bare
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkDeclaredLength);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).failureHandler(this::renderRefusal);
    }

    private void checkDeclaredLength(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (declared != null && isOverLimit(declared)) {
            refuse(context);
            return;
        }
        if (declared == null && WITH_BODY.contains(context.request().method())) {
            undeclaredLength.get().handle(context);
            return;
        }
        context.next();
    }

    private void renderRefusal(RoutingContext context) {
        if (context.statusCode() == STATUS && !context.response().headWritten()) {
            refuse(context);
            return;
        }
        context.next();
    }

    private boolean isOverLimit(String declared) {
        try {
            return Long.parseLong(declared.trim()) > limit.get().asLongValue();
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** The connection closes after the answer: the rest of the body is never read. */
    private void refuse(RoutingContext context) {
        RouteProblems.answer(context, json, new Problem("urn:carepath:problem:body-too-large", "Request body too large",
                STATUS, "the request body is larger than " + limit.get().asLongValue() + " bytes; send less in one request",
                null, Map.of("maxBodyBytes", limit.get().asLongValue())), true);
    }
}
