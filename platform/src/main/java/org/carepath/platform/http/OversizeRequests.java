package org.carepath.platform.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.RouteProblems;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A URI longer than {@code carepath.http.max-uri-length} is answered 414 and request headers larger
 * than {@code carepath.http.max-header-bytes} 431, both problem+json. Vert.x's HTTP codec refuses such
 * requests itself with an empty body before any route runs, and Quarkus offers no hook into that
 * answer; so the codec's own limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}) are raised to a backstop of 1 MB (no more than a body may hold) and the
 * policy's limits are applied here, first of the routes, where the answer can be written.
 */
@ApplicationScoped
class OversizeRequests {

    private final HttpLimitsConfig config;
    private final ObjectMapper json;

    OversizeRequests(HttpLimitsConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void install(@Observes Router router) {
        // after InFlightLimit, before authentication and body reading
        router.route().order(Integer.MIN_VALUE + 2).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.length() > config.maxUriLength()) {
            refuse(context, new Problem("urn:carepath:problem:uri-too-long", "URI too long", 414,
                    "the address with its query is " + uri.length() + " characters long; the most is "
                            + config.maxUriLength() + ". Send fewer or shorter query parameters",
                    null, Map.of("maxUriLength", config.maxUriLength())));
            return;
        }
        long headerBytes = headerBytes(context);
        if (headerBytes > config.maxHeaderBytes()) {
            refuse(context, new Problem("urn:carepath:problem:headers-too-large", "Request headers too large", 431,
                    "the request headers add up to " + headerBytes + " bytes; the most is " + config.maxHeaderBytes(),
                    null, Map.of("maxHeaderBytes", config.maxHeaderBytes())));
            return;
        }
        context.next();
    }

    /** Counted as the HTTP codec counts them: each line's name, colon, space and value. */
    private static long headerBytes(RoutingContext context) {
        long bytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            bytes += header.getKey().length() + 2 + header.getValue().length();
        }
        return bytes;
    }

    /** The request is not read further, so the connection closes after the answer. */
    private void refuse(RoutingContext context, Problem problem) {
        RouteProblems.answer(context, json, problem, true);
    }
}
