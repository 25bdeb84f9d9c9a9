package org.carepath.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.ext.web.RoutingContext;

/** Writes a problem from a Vert.x route, where refusals happen before Quarkus REST and its mappers. */
public final class RouteProblems {

    /**
     * Where a route that answers its problems in another shape puts its {@link Renderer} for the
     * request (the FHIR facade: an OperationOutcome), so a refusal made before the REST layer speaks
     * the same language as the rest of that API.
     */
    public static final String RENDERER = RouteProblems.class.getName() + ".renderer";

    /** Writes a problem in another shape. */
    public interface Renderer {

        String contentType();

        String body(Problem problem);
    }

    /** The {@code uri} tag of {@code http.server.requests} for a request refused before it reached an endpoint. */
    public static final String REFUSED_URI = "/REFUSED";
    // where Quarkus REST puts the matched endpoint's template, and Micrometer reads the uri tag from
    private static final String URI_TEMPLATE = "UrlPathTemplate";

    private RouteProblems() {
    }

    /**
     * Counts a refusal made before Quarkus REST matched an endpoint under {@link #REFUSED_URI}. Without a
     * template Micrometer tags the request with its raw path: under overload, one series per NHS number
     * until its cap of 100 URIs, after which every endpoint not yet seen goes unmeasured. A route handler
     * runs on its request's (duplicated) context, where the template is kept.
     */
    public static void countAsRefused() {
        if (VertxContext.isOnDuplicatedContext() && ContextLocals.get(URI_TEMPLATE).isEmpty()) {
            ContextLocals.put(URI_TEMPLATE, REFUSED_URI);
        }
    }

    /**
     * @param close whether to close the connection after the answer, when the rest of the request
     *              will not be read
     */
    public static void answer(RoutingContext context, ObjectMapper json, Problem problem, boolean close) {
        Problem located = problem.instance() != null ? problem
                : new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                        context.request().path(), problem.extensions());
        Renderer renderer = context.get(RENDERER);
        countAsRefused();
        var response = context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, renderer == null ? Problem.MEDIA_TYPE : renderer.contentType());
        if (close) {
            response.putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        response.end(renderer == null ? write(json, located) : renderer.body(located));
    }

    private static String write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body could not be written", e);
        }
    }
}
