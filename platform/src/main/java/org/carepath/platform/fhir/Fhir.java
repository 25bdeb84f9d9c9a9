package org.carepath.platform.fhir;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.problem.RouteProblems;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The JVM's one {@link FhirContext}, made on the first request to {@code /fhir} and not at start:
 * it scans the whole R4 model (a second or more), which a service that is never asked for FHIR
 * should not pay, and which must not stall the event loop either, so it is made on a worker thread
 * before the request goes on. Parsers are cheap and not thread-safe: one per use. Endpoints take the
 * body as text and return HAPI resources, which {@link FhirExchange} writes: Quarkus REST would pick
 * its Jackson writer for them over a FHIR one (it looks writers up by superclass, Object included,
 * before interfaces).
 */
@ApplicationScoped
public class Fhir {

    /** Where every service serves its FHIR facade. */
    public static final String ROOT = "/fhir";

    private final Vertx vertx;
    private volatile FhirContext context;

    public Fhir(Vertx vertx) {
        this.vertx = vertx;
    }

    public FhirContext context() {
        FhirContext made = context;
        if (made == null) {
            synchronized (this) {
                if (context == null) {
                    context = warm(FhirContext.forR4Cached());
                }
                made = context;
            }
        }
        return made;
    }

    /** The resource in the format, compact, as a machine reads it. */
    public String write(Resource resource, FhirFormat format) {
        return format.parser(context()).encodeResourceToString(resource);
    }

    /**
     * The request body as the resource the endpoint takes, in the format of its Content-Type; strictly,
     * so an element R4 does not define, a wrong type or another resource type is a 400 with HAPI's words.
     */
    public <T extends Resource> T read(Class<T> type, String body, String contentType) {
        if (body == null || body.isBlank()) {
            throw new ProblemException(400, "malformed-body", "The request body cannot be read as FHIR R4",
                    "send the " + type.getSimpleName() + " as application/fhir+json or application/fhir+xml");
        }
        IParser parser = FhirFormat.ofContentType(contentType).parser(context()).setParserErrorHandler(new StrictErrorHandler());
        try {
            return parser.parseResource(type, body);
        } catch (DataFormatException unreadable) {
            throw FhirExchange.unreadable(unreadable);
        }
    }

    /**
     * HAPI scans its model on first use, not when the context is made (0.1 s): the first resource
     * written takes about 2 s (measured on this machine), each further type about 0.5 s the first time.
     * Writing one OperationOutcome in both formats here pays the shared part off the event loop.
     */
    private static FhirContext warm(FhirContext made) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION).setCode(OperationOutcome.IssueType.INFORMATIONAL);
        for (FhirFormat format : FhirFormat.values()) {
            format.parser(made).encodeResourceToString(outcome);
        }
        return made;
    }

    public static boolean isFhirPath(String path) {
        return path != null && (path.equals(ROOT) || path.startsWith(ROOT + "/"));
    }

    /**
     * First of all routes, a FHIR request is marked to have its refusals answered as OperationOutcomes: the
     * overload guard's 503, the URI and header size guards' 414 and 431, the body size guard's 413. Then, after
     * the overload and size guards and before authentication and the REST layer, the FHIR context is made on a
     * worker thread if it is not yet. A refusal made before that (on a service that has not served FHIR yet) is
     * problem+json: writing an OperationOutcome would make the context on the event loop.
     */
    void install(@Observes Router router) {
        router.route(ROOT + "/*").order(Integer.MIN_VALUE).handler(this::answerInFhir);
        router.route(ROOT + "/*").order(Integer.MIN_VALUE + 3).handler(this::ready);
    }

    private void answerInFhir(RoutingContext request) {
        if (context != null) {
            request.put(RouteProblems.RENDERER, renderer(request));
        }
        request.next();
    }

    private void ready(RoutingContext request) {
        if (context != null) {
            request.next();
            return;
        }
        vertx.executeBlocking(this::context, false)
                .onComplete(made -> {
                    request.put(RouteProblems.RENDERER, renderer(request));
                    request.next();
                });
    }

    private OutcomeRenderer renderer(RoutingContext request) {
        FhirFormat format = FhirFormat.requested(request.request().getParam("_format"),
                request.request().getHeader(HttpHeaders.ACCEPT));
        return new OutcomeRenderer(format == null ? FhirFormat.JSON : format);
    }

    private final class OutcomeRenderer implements RouteProblems.Renderer {

        private final FhirFormat format;

        OutcomeRenderer(FhirFormat format) {
            this.format = format;
        }

        @Override
        public String contentType() {
            return format.mediaType();
        }

        @Override
        public String body(Problem problem) {
            return write(FhirExchange.outcome(problem), format);
        }
    }
}
