package org.carepath.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void factsKeepTheirOrderAndAFactThatIsNull() {
        Refusal refusal = new RuleBroken("service-retired", "The service is retired", "the service was retired")
                .with("retiredOn", "2026-11-30")
                .with("successorServiceId", null);

        assertEquals(List.of("retiredOn", "successorServiceId"), List.copyOf(refusal.facts().keySet()));
        assertTrue(refusal.facts().containsKey("successorServiceId"));
        assertEquals(null, refusal.facts().get("successorServiceId"));
    }

    @Test
    void aFieldRefusalNamesTheFieldLikeBeanValidation() {
        InvalidInput refusal = InvalidInput.field("subject.birthDate", "must be today or earlier");

        assertEquals("validation", refusal.code());
        assertEquals("subject.birthDate must be today or earlier", refusal.getMessage());
        assertEquals(List.of(Map.of("field", "subject.birthDate", "message", "must be today or earlier")),
                refusal.facts().get("violations"));
    }
}
