package org.carepath.portal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServiceProblemsTest {

    @Test
    void aValidationProblemNamesTheFieldAsAPersonKnowsIt() {
        ServiceProblem problem = ServiceProblems.of(400, "Bad Request", Map.of("title", "The request is not valid",
                "detail", "open.request.reason must not be blank",
                "violations", List.of(Map.of("field", "open.request.reason", "message", "must not be blank"))));

        assertEquals(400, problem.status());
        assertEquals("The request is not valid", problem.title());
        assertEquals("reason must not be blank", problem.detail());
    }

    @Test
    void aFieldIsNamedInWords() {
        ServiceProblem problem = ServiceProblems.of(400, "Bad Request", Map.of("violations",
                List.of(Map.of("field", "journey.nhsNumber", "message", "must be a 10-digit NHS number"))));

        assertEquals("NHS number must be a 10-digit NHS number", problem.detail());
    }

    @Test
    void aRefusalKeepsTheCodeOfItsProblemType() {
        ServiceProblem problem = ServiceProblems.of(422, "Unprocessable Content", Map.of(
                "type", "urn:carepath:problem:consent-not-recorded", "title", "Consent to discuss is not recorded"));

        assertEquals("consent-not-recorded", problem.code());
        assertNull(ServiceProblems.of(502, "Bad Gateway", Map.of("type", "about:blank")).code());
    }

    @Test
    void notFoundAndForbiddenReadTheSame() {
        assertTrue(ServiceProblems.of(404, "Not Found", Map.of("title", "Not found")).notYours());
        assertTrue(ServiceProblems.of(403, "Forbidden", Map.of()).notYours());
        assertFalse(ServiceProblems.of(400, "Bad Request", Map.of()).notYours());
    }

    @Test
    void withoutAProblemBodyTheStatusSpeaks() {
        ServiceProblem problem = ServiceProblems.of(503, "Service Unavailable", Map.of());

        assertTrue(problem.unavailable());
        assertEquals("Service Unavailable", problem.title());
        assertNull(problem.detail());
    }
}
