package org.carepath.portal.services;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Every 4xx or 5xx a service answers becomes a {@link ServiceProblem}, its problem+json read where there is one. */
public class ServiceProblems implements ResponseExceptionMapper<ServiceProblem> {

    /** How every CarePath service names its problem types (platform's ProblemMappers). */
    private static final String TYPE_PREFIX = "urn:carepath:problem:";

    @Override
    public ServiceProblem toThrowable(Response response) {
        Map<?, ?> body = Map.of();
        try {
            if (response.hasEntity()) {
                body = response.readEntity(Map.class);
            }
        } catch (RuntimeException notProblemJson) {
            // a body that is not a problem (a proxy's page, say): the status says enough
        }
        return of(response.getStatus(), response.getStatusInfo().getReasonPhrase(), body);
    }

    /** The problem a page reads, from the status and the problem+json body (empty when there was none). */
    static ServiceProblem of(int status, String reasonPhrase, Map<?, ?> problem) {
        String detail = text(problem.get("detail"), null);
        if (problem.get("violations") instanceof List<?> violations && !violations.isEmpty()) {
            detail = violations(violations, detail);
        }
        String type = text(problem.get("type"), "");
        String code = type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : null;
        return new ServiceProblem(status, text(problem.get("title"), reasonPhrase), detail, code);
    }

    /** A validation problem names each field by its path (e.g. {@code open.request.reason}); a person needs its last part, in words. */
    private static String violations(List<?> violations, String detail) {
        StringBuilder text = new StringBuilder();
        for (Object violation : violations) {
            if (violation instanceof Map<?, ?> named) {
                String field = text(named.get("field"), "");
                text.append(text.isEmpty() ? "" : "; ")
                        .append(words(field.substring(field.lastIndexOf('.') + 1))).append(' ')
                        .append(text(named.get("message"), "is not valid"));
            }
        }
        return text.isEmpty() ? detail : text.toString();
    }

    /** A field's name as words: {@code nhsNumber} is "NHS number". */
    private static String words(String field) {
        String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return words.replaceAll("\\bnhs\\b", "NHS");
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String s && !s.isBlank() ? s : otherwise;
    }
}
