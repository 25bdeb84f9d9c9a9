package org.carepath.portal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carepath.portal.services.CarePlanApi;
import org.junit.jupiter.api.Test;

class StaffNamesTest {

    @Test
    void whoChangedAPlanIsNamedFromWhatThePlanKnowsNeverByTheirId() {
        var coordinator = new CarePlanApi.Practitioner("7c1e", "Colin Reed", "RY1", "district-nursing");
        var plan = new CarePlanApi.Plan(UUID.randomUUID(), "4857773456", "draft", null, List.of(), List.of(), List.of(),
                null, null, List.of(), coordinator, List.of(), List.of(new CarePlanApi.Member(UUID.randomUUID(), "LA1",
                        "adult-social-care", "9a2d", "Sam Patel", "social worker", null, Instant.EPOCH, null, null)),
                null, Instant.EPOCH, 1);

        StaffNames people = StaffNames.of(plan).and("5b5b", "Hana Ahmed");

        assertEquals("Colin Reed", people.of("7c1e"));
        assertEquals("Sam Patel", people.of("9a2d"));
        assertEquals("Hana Ahmed", people.of("5b5b"));
        assertEquals("a member of the care team", people.of("0000"));
        assertEquals("CarePath, for an accepted referral", people.of("careplan-service"));
    }
}
