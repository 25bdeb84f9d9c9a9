package org.carepath.platform.api;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.carepath.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query and path parameters hold no control characters: a NUL would otherwise reach PostgreSQL, which
 * refuses it with an error, and none belongs in a care record. (Header values with one are refused by
 * the HTTP layer before they get here.)
 */
public class PlainParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(ContainerRequestContext request) {
        check("query parameter", request.getUriInfo().getQueryParameters());
        check("path parameter", request.getUriInfo().getPathParameters());
    }

    private static void check(String kind, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            parameter.getValue().forEach(value -> check(kind, parameter.getKey(), value));
        }
    }

    private static void check(String kind, String name, String value) {
        boolean unprintableName = StrictJson.controlCharacterIn(name) >= 0;
        if (unprintableName || StrictJson.controlCharacterIn(value) >= 0) {
            throw ProblemException.badRequest(String.format("%s '%s' contains a control character; parameters may hold none",
                    kind, unprintableName ? "(unprintable name)" : name));
        }
    }
}
