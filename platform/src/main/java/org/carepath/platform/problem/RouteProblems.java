package org.carepath.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.vertx.ext.web.RoutingContext;

/** Writes a problem from a Vert.x route, where refusals happen before Quarkus REST and its mappers. */
public final class RouteProblems {

    private RouteProblems() {
    }

    /**
     * @param close whether to close the connection after the answer, when the rest of the request
     *              will not be read
     */
    public static void answer(RoutingContext context, ObjectMapper json, Problem problem, boolean close) {
        Problem located = problem.instance() != null ? problem
                : new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                        context.request().path(), problem.extensions());
        var response = context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (close) {
            response.putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        response.end(write(json, located));
    }

    private static String write(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body could not be written", e);
        }
    }
}
