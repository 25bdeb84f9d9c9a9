package org.carepath.platform.fhir;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.carepath.platform.problem.Problem;
import org.carepath.platform.problem.ProblemException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import ca.uhn.fhir.parser.DataFormatException;

/**
 * What passes between a FHIR client and the facade's endpoints: the format is negotiated here, and
 * every resource an endpoint returns is written here with HAPI. Every error is made once, as a
 * problem, by platform's mappers (a refusal, 401 from the authentication layer, 404/405/415 from the
 * REST layer); on a {@code /fhir} path this turns it into an {@code OperationOutcome} with the same
 * status and headers, in the format the client asked for. So the FHIR facade and the REST API
 * cannot disagree about what is refused, or with which status.
 */
public class FhirExchange {

    /** Problem types are URNs: as a code they need the URI code system. */
    private static final String URI_SYSTEM = "urn:ietf:rfc:3986";
    private static final String FORMAT = FhirExchange.class.getName() + ".format";

    /** {@code _format} and Accept decide the format, which the REST layer then matches as the Accept header. */
    @ServerRequestFilter(preMatching = true)
    public Response negotiate(ContainerRequestContext request) {
        if (!Fhir.isFhirPath(request.getUriInfo().getPath())) {
            return null;
        }
        FhirFormat format = FhirFormat.requested(request.getUriInfo().getQueryParameters().getFirst("_format"),
                request.getHeaderString(HttpHeaders.ACCEPT));
        if (format == null) {
            return Response.status(Response.Status.NOT_ACCEPTABLE)
                    .type(FhirFormat.JSON_TYPE)
                    .entity(fhir.write(outcome(new Problem("urn:carepath:problem:http-406", "Not Acceptable", 406,
                            "_format must be json or xml (or application/fhir+json, application/fhir+xml)", null, Map.of())),
                            FhirFormat.JSON))
                    .build();
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, format.mediaType());
        request.setProperty(FORMAT, format);
        return null;
    }

    private final Fhir fhir;

    public FhirExchange(Fhir fhir) {
        this.fhir = fhir;
    }

    /** A problem becomes an OperationOutcome, and every resource is written with HAPI in the format asked for. */
    @ServerResponseFilter
    public void write(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(FORMAT) instanceof FhirFormat format)) {
            return;
        }
        Object entity = response.getEntity() instanceof Problem problem ? outcome(problem) : response.getEntity();
        if (entity instanceof Resource resource) {
            response.setEntity(fhir.write(resource, format), null, MediaType.valueOf(format.mediaType()));
        }
    }

    /** A body HAPI could not read as R4: the parser's own words, without its message number. */
    static ProblemException unreadable(DataFormatException e) {
        String detail = e.getMessage() == null ? "the body is not a FHIR R4 resource" : e.getMessage().replaceFirst("^HAPI-\\d+: ", "");
        return new ProblemException(400, "malformed-body", "The request body cannot be read as FHIR R4", detail);
    }

    public static OperationOutcome outcome(Problem problem) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(problem.status() >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(issueType(problem.status()))
                .setDiagnostics(problem.detail() + facts(problem.extensions()));
        issue.getDetails().setText(problem.title()).addCoding().setSystem(URI_SYSTEM).setCode(problem.type());
        fields(problem.extensions()).forEach(issue::addExpression);
        return outcome;
    }

    private static IssueType issueType(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409, 412 -> IssueType.CONFLICT;
            case 413, 414, 431 -> IssueType.TOOLONG;
            case 422 -> IssueType.BUSINESSRULE;
            case 428 -> IssueType.REQUIRED;
            case 503 -> IssueType.TRANSIENT;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }

    /** What the problem adds for the caller to act on (the current state, the record it clashes with), in words. */
    private static String facts(Map<String, Object> extensions) {
        String facts = extensions.entrySet().stream()
                .filter(fact -> !fact.getKey().equals("violations"))
                .map(fact -> fact.getKey() + ": " + fact.getValue())
                .collect(Collectors.joining("; "));
        return facts.isEmpty() ? "" : " (" + facts + ")";
    }

    /** The fields a validation problem names, as the issue's expressions. */
    private static List<String> fields(Map<String, Object> extensions) {
        if (!(extensions.get("violations") instanceof List<?> violations)) {
            return List.of();
        }
        return violations.stream()
                .filter(Map.class::isInstance)
                .map(violation -> String.valueOf(((Map<?, ?>) violation).get("field")))
                .toList();
    }
}
