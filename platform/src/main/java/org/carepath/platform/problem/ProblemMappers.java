package org.carepath.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.carepath.platform.api.StrictJson;
import org.carepath.platform.domain.Conflict;
import org.carepath.platform.domain.IllegalTransition;
import org.carepath.platform.domain.InvalidInput;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.NotVisible;
import org.carepath.platform.domain.Refusal;
import org.carepath.platform.domain.RuleBroken;
import org.carepath.platform.domain.TooLarge;
import org.carepath.platform.persistence.DatabaseUnavailable;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where exceptions become RFC 9457 problem+json: never a stack trace, never a bare 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_PREFIX = "urn:carepath:problem:";
    /** The HTTP status of each kind of domain refusal: the one place the domain's answers meet HTTP. */
    private static final Map<Class<? extends Refusal>, Integer> REFUSALS = Map.of(
            InvalidInput.class, 400,
            NotPermitted.class, 403,
            NotVisible.class, 404,
            IllegalTransition.class, 409,
            Conflict.class, 409,
            RuleBroken.class, 422,
            TooLarge.class, 413);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.extensions());
    }

    @ServerExceptionMapper
    public Response refused(Refusal e, UriInfo uri) {
        return respond(REFUSALS.get(e.getClass()), e.code(), e.title(), e.getMessage(), uri, e.facts());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(ProblemMappers::describe)
                .toList();
        String detail = violations.stream()
                .map(violation -> violation.get("field") + " " + violation.get("message"))
                .reduce((a, b) -> a + "; " + b)
                .orElse("the request is not valid");
        return respond(400, "validation", "The request is not valid", detail, uri, Map.of("violations", violations));
    }

    /** Says what is wrong in the client's terms: the field and the fault, never a Java type. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "field '" + fieldPath(mapping) + "' "
                    + (e instanceof StrictJson.Refusal ? e.getOriginalMessage() : "has the wrong type or format");
        } else if (e instanceof JsonParseException) {
            detail = "the body is not well-formed JSON: " + e.getOriginalMessage();
        } else {
            detail = "the body must be one JSON object of the documented shape, with nothing after it";
        }
        return respond(400, "malformed-body", "The request body cannot be read", detail, uri, Map.of());
    }

    /** Quarkus REST maps this one itself, to a 400 with no body: ours is more specific to the client. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthenticated", "Authentication required",
                        "send a valid bearer token issued by the CarePath identity provider", uri, Map.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Forbidden", "your role does not allow this action", uri, Map.of());
    }

    /** Two writers raced past the If-Match check: the later commit loses, as if its If-Match were stale. */
    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return respond(412, "precondition-failed", "Precondition failed",
                "someone else changed the record at the same moment; read it again and reapply your change", uri, Map.of());
    }

    /** A unique key taken by a concurrent request (e.g. the same Idempotency-Key twice at once): retrying resolves it. */
    @ServerExceptionMapper
    public Response concurrentInsert(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(409, "conflict", "Conflict",
                "another request changed the same record at the same moment; nothing was saved, please retry", uri, Map.of());
    }

    /**
     * Refusals of Quarkus REST itself (no such path, a method or media type the endpoint does not
     * take, an unparseable parameter), in plain words: its own messages name Java types.
     */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers, Request request) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String allowed = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        String detail = switch (status) {
            case 404 -> e.getCause() == null
                    ? "there is nothing at this address"
                    : "there is nothing at this address: a path or query parameter is not of the documented type";
            case 405 -> "this address does not take " + request.getMethod() + (allowed == null ? "" : "; it takes " + allowed);
            case 406 -> "the answer cannot be given in the media type asked for (Accept: "
                    + headers.getHeaderString(HttpHeaders.ACCEPT) + "); ask for application/json";
            case 415 -> "a body sent as " + headers.getHeaderString(HttpHeaders.CONTENT_TYPE)
                    + " is not taken here; send the media type the API documents (application/json for JSON bodies)";
            // Quarkus REST's own message is "HTTP 400 Bad Request"; ours (e.g. an unknown code) say what is wrong
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                    ? "the request cannot be served as sent" : e.getMessage();
        };
        Response.Status known = Response.Status.fromStatusCode(status);
        Response problem = respond(status, "http-" + status, known == null ? "Request refused" : known.getReasonPhrase(),
                detail, uri, Map.of());
        return allowed == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Database unavailable: %s", e.getMessage());
            return Response.fromResponse(respond(503, "unavailable", "Service unavailable",
                    "the database is not available just now; nothing was changed, retry shortly", uri, Map.of()))
                    .header(HttpHeaders.RETRY_AFTER, "2")
                    .build();
        }
        // Hibernate Reactive hands a unique key's violation on wrapped (HibernateException, CompletionException)
        var takenKey = causeOf(e, org.hibernate.exception.ConstraintViolationException.class);
        if (takenKey != null) {
            return concurrentInsert(takenKey, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(500, "internal", "Internal error",
                "the request could not be completed; nothing was changed. Quote incident " + incident, uri,
                Map.of("incident", incident));
    }

    private static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            Map<String, Object> extensions) {
        Problem body = new Problem(TYPE_PREFIX + slug, title, status, detail, uri.getPath(), extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Map<String, String> describe(ConstraintViolation<?> violation) {
        return Map.of("field", lastNodes(violation.getPropertyPath().toString()), "message", violation.getMessage());
    }

    /** {@code submit.request.nhsNumber} reads better to a client as {@code nhsNumber}. */
    private static String lastNodes(String path) {
        String[] nodes = path.split("\\.");
        return nodes.length <= 2 ? nodes[nodes.length - 1] : String.join(".", List.of(nodes).subList(2, nodes.length));
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                .orElse("");
    }
}
