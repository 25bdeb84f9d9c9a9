package org.carepath.platform.http;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.RouteProblems;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Caps the requests in flight: past the limit a request gets 503 problem+json with Retry-After at
 * once, instead of waiting without bound for a database connection while its client times out
 * and retries. Ops endpoints ({@code /q/*}: health, metrics) are never capped, so a busy service
 * still reports on itself. A slot is freed when the response ends or the client goes away.
 */
@ApplicationScoped
public class InFlightLimit {

    private static final String TYPE = "urn:carepath:problem:overloaded";

    private final HttpLimitsConfig config;
    private final ObjectMapper json;
    private final String opsPrefix;
    private final Problem problem;
    private final byte[] refusal;
    private final AtomicInteger inFlight = new AtomicInteger();

    public InFlightLimit(HttpLimitsConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String opsPath)
            throws JsonProcessingException {
        this.config = config;
        this.json = json;
        this.opsPrefix = opsPath.startsWith("/") ? opsPath : "/" + opsPath;
        this.problem = new Problem(TYPE, "The service is busy", 503,
                "more than " + config.maxInFlight() + " requests are in progress; retry after "
                        + retryAfterSeconds() + " s",
                null, Map.of());
        this.refusal = json.writeValueAsBytes(problem);
    }

    /**
     * Among the first of the application's routes (after the FHIR facade's marking of its requests), so a refused
     * request costs neither authentication nor body parsing.
     */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::admit);
    }

    /** Requests being served now, for tests and metrics. */
    public int inFlight() {
        return inFlight.get();
    }

    private void admit(RoutingContext request) {
        if (isOps(request.normalizedPath())) {
            request.next();
            return;
        }
        if (inFlight.incrementAndGet() > config.maxInFlight()) {
            inFlight.decrementAndGet();
            refuse(request);
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        // called once the response has ended, or when the connection closed before it did
        request.addEndHandler(ended -> {
            if (released.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        });
        request.next();
    }

    private boolean isOps(String path) {
        return path.equals(opsPrefix) || path.startsWith(opsPrefix + "/");
    }

    /** The problem written once at start; a request whose API answers in another shape (FHIR) gets it in that shape. */
    private void refuse(RoutingContext request) {
        request.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
        if (request.get(RouteProblems.RENDERER) != null) {
            RouteProblems.answer(request, json, problem, false);
            return;
        }
        RouteProblems.countAsRefused();
        request.response()
                .setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(Buffer.buffer(refusal));
    }

    private long retryAfterSeconds() {
        return Math.max(1, config.retryAfter().toSeconds());
    }
}
