package org.carepath.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.carepath.events.careplan.CarePlanActivated;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanVersioned;
import org.carepath.platform.problem.ProblemException;
import org.carepath.platform.security.CareActor;
import org.carepath.platform.security.Roles;
import org.junit.jupiter.api.Test;

class CarePlanTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final CareActor COORDINATOR = new CareActor("amy.lee", "Amy Lee", "RX1", Set.of("discharge"), "nurse",
            Set.of(Roles.CARE_COORDINATOR));
    private static final CareActor MANAGER = new CareActor("raj.mehta", "Raj Mehta", "RX1", Set.of(), null, Set.of(Roles.MANAGER));
    private static final CareActor OTHER_MANAGER = new CareActor("kim.jones", "Kim Jones", "LA1", Set.of(), null,
            Set.of(Roles.MANAGER));
    private static final CareActor NURSE = new CareActor("hana.ahmed", "Hana Ahmed", "RX1", Set.of("ward-7"), "nurse", Set.of());

    private static CarePlan draft() {
        return CarePlan.start("9434765919", new PlanContent("Home after a fall", List.of("Back in my kitchen"),
                LocalDate.parse("2026-12-01")), COORDINATOR, NOW).plan();
    }

    @Test
    void aPlanGoesFromDraftThroughHoldToCompletedKeepingAVersionPerChange() {
        CarePlan plan = draft();
        assertEquals(1, plan.version());

        assertInstanceOf(CarePlanActivated.class, plan.act(CarePlanAction.ACTIVATE, COORDINATOR, null, NOW).events().get(0));
        assertInstanceOf(CarePlanVersioned.class, plan.act(CarePlanAction.HOLD, COORDINATOR, "in hospital", NOW).events().get(0));
        plan.act(CarePlanAction.RESUME, MANAGER, null, NOW);
        assertInstanceOf(CarePlanCompleted.class, plan.act(CarePlanAction.COMPLETE, COORDINATOR, null, NOW).events().get(0));

        assertEquals(CarePlanStatus.COMPLETED, plan.status());
        assertEquals(5, plan.version());
        assertEquals(List.of(), plan.allowedActions());
    }

    @Test
    void anIllegalStepIsRefusedWithTheCurrentStatusAndWhatIsAllowed() {
        CarePlan plan = draft();

        var refused = assertThrows(ProblemException.class, () -> plan.act(CarePlanAction.COMPLETE, COORDINATOR, null, NOW));

        assertEquals(409, refused.status());
        assertEquals("draft", refused.extensions().get("currentStatus"));
        assertEquals(List.of("activate", "revoke"), refused.extensions().get("allowedActions"));
        assertEquals(1, plan.version());
    }

    @Test
    void onlyTheCoordinatorOrAManagerOfTheirOrganisationChangesStatus() {
        CarePlan plan = draft();

        assertEquals(403, assertThrows(ProblemException.class,
                () -> plan.act(CarePlanAction.ACTIVATE, NURSE, null, NOW)).status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> plan.act(CarePlanAction.ACTIVATE, OTHER_MANAGER, null, NOW)).status());
        plan.act(CarePlanAction.ACTIVATE, MANAGER, null, NOW);
        assertEquals(CarePlanStatus.ACTIVE, plan.status());
    }

    @Test
    void aRevokedPlanNoLongerChanges() {
        CarePlan plan = draft();
        plan.act(CarePlanAction.REVOKE, COORDINATOR, "duplicate", NOW);

        var refused = assertThrows(ProblemException.class,
                () -> plan.revise(new PlanContent("x", List.of(), null), COORDINATOR, NOW));
        assertEquals(409, refused.status());
        assertEquals("revoked", refused.extensions().get("currentStatus"));
    }
}
