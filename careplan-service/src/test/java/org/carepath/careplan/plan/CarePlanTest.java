package org.carepath.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carepath.careplan.plan.PlanContent.Goal;
import org.carepath.careplan.plan.PlanContent.Need;
import org.carepath.events.careplan.ActionOwner;
import org.carepath.events.careplan.CarePlanActionAssigned;
import org.carepath.events.careplan.CarePlanActionCompleted;
import org.carepath.events.careplan.CarePlanActivated;
import org.carepath.events.careplan.CarePlanCompleted;
import org.carepath.events.careplan.CarePlanVersioned;
import org.carepath.events.careplan.MdtDecisionRecorded;
import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.domain.IllegalTransition;
import org.carepath.platform.domain.NotPermitted;
import org.carepath.platform.domain.RuleBroken;
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
        return CarePlan.start("9434765919", new PlanContent("Home after a fall",
                List.of(new Need(NeedsDomain.MOBILITY_AND_FALLS, "Unsteady on stairs")),
                List.of(new Goal("Back in my kitchen", List.of(NeedsDomain.MOBILITY_AND_FALLS))), List.of(), null,
                LocalDate.parse("2026-12-01")), "Asked by the GP to coordinate", COORDINATOR, NOW).plan();
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

        var refused = assertThrows(IllegalTransition.class, () -> plan.act(CarePlanAction.COMPLETE, COORDINATOR, null, NOW));

        assertEquals("illegal-transition", refused.code());
        assertEquals("draft", refused.facts().get("currentStatus"));
        assertEquals(List.of("activate", "revoke"), refused.facts().get("allowedActions"));
        assertEquals(1, plan.version());
    }

    @Test
    void onlyTheCoordinatorOrAManagerOfTheirOrganisationChangesStatus() {
        CarePlan plan = draft();

        assertThrows(NotPermitted.class, () -> plan.act(CarePlanAction.ACTIVATE, NURSE, null, NOW));
        assertThrows(NotPermitted.class, () -> plan.act(CarePlanAction.ACTIVATE, OTHER_MANAGER, null, NOW));
        plan.act(CarePlanAction.ACTIVATE, MANAGER, null, NOW);
        assertEquals(CarePlanStatus.ACTIVE, plan.status());
    }

    @Test
    void aRevokedPlanNoLongerChanges() {
        CarePlan plan = draft();
        plan.act(CarePlanAction.REVOKE, COORDINATOR, "duplicate", NOW);

        var refused = assertThrows(IllegalTransition.class,
                () -> plan.revise(PlanContent.empty(), COORDINATOR, NOW));
        assertEquals("revoked", refused.facts().get("currentStatus"));
    }

    @Test
    void aGoalMayOnlyAnswerANeedThePlanRecords() {
        var content = new PlanContent(null, List.of(new Need(NeedsDomain.HOUSING, "Stairs to the flat")),
                List.of(new Goal("To see my friends", List.of(NeedsDomain.SOCIAL_CONTACT_AND_LONELINESS))), List.of(),
                null, null);

        var refused = assertThrows(RuleBroken.class, () -> draft().revise(content, COORDINATOR, NOW));

        assertEquals("goal-without-need", refused.code());
        assertEquals(List.of("housing"), refused.facts().get("recordedNeeds"));
    }

    @Test
    void anActionMovesFromPlannedToDoneAndACancelNeedsAReason() {
        CarePlan plan = draft();
        var assigned = plan.assign(List.of(RAILS), NURSE, NOW);
        UUID rails = plan.actions().get(0).id();
        assertInstanceOf(CarePlanActionAssigned.class, assigned.events().get(0));

        plan.moveAction(rails, ActionStatus.IN_PROGRESS, null, NURSE, NOW);
        var refused = assertThrows(RuleBroken.class,
                () -> plan.moveAction(rails, ActionStatus.CANCELLED, " ", NURSE, NOW));
        assertEquals("reason-required", refused.code());
        var done = plan.moveAction(rails, ActionStatus.DONE, null, NURSE, NOW);

        assertInstanceOf(CarePlanActionCompleted.class, done.events().get(0));
        assertEquals(ActionStatus.DONE, plan.action(rails).orElseThrow().status());
        assertThrows(IllegalTransition.class,
                () -> plan.moveAction(rails, ActionStatus.CANCELLED, "no longer needed", NURSE, NOW));
        assertFalse(plan.hasOpenActionsOwnedBy("LA1", "adult-social-care"));
        assertEquals(4, plan.version());
    }

    @Test
    void aDecisionPutsItsActionsOnThePlanInOneVersion() {
        CarePlan plan = draft();
        var decision = Decision.byCoordinator("RX1", "discharge", "Fit rails before discharge", List.of(RAILS, BED));

        var change = plan.decide(decision, COORDINATOR, NOW);

        assertEquals(2, plan.version());
        assertEquals(List.of(decision.id(), decision.id()), plan.actions().stream().map(PlanAction::decisionId).toList());
        assertEquals(List.of(CarePlanActionAssigned.class, CarePlanActionAssigned.class, MdtDecisionRecorded.class),
                change.events().stream().map(Object::getClass).toList());
        assertTrue(plan.hasOpenActionsOwnedBy("LA1", "adult-social-care"));
        assertFalse(plan.hasOpenActionsOwnedBy("LA1", "another-team"));
    }

    @Test
    void anActionIsOverdueTheDayAfterItIsDueAndAReviewOnItsDayWhileThePlanIsLive() {
        CarePlan plan = draft();
        plan.assign(List.of(RAILS), NURSE, NOW);

        assertEquals(List.of(), plan.overdueActions(LocalDate.parse("2026-12-01"), NOW));
        assertEquals(1, plan.overdueActions(LocalDate.parse("2026-12-02"), NOW).size());
        assertTrue(plan.reviewDue(LocalDate.parse("2026-12-01"), NOW).isEmpty(), "a draft is not reviewed");

        plan.act(CarePlanAction.ACTIVATE, COORDINATOR, null, NOW);
        assertTrue(plan.reviewDue(LocalDate.parse("2026-11-30"), NOW).isEmpty());
        assertEquals(LocalDate.parse("2026-12-01"), plan.reviewDue(LocalDate.parse("2026-12-01"), NOW).orElseThrow().reviewDate());

        plan.act(CarePlanAction.COMPLETE, COORDINATOR, null, NOW);
        assertEquals(List.of(), plan.overdueActions(LocalDate.parse("2026-12-02"), NOW), "a completed plan has no late work");
    }

    private static final PlanAction.Request RAILS = new PlanAction.Request("Fit grab rails", NeedsDomain.MOBILITY_AND_FALLS,
            new ActionOwner("LA1", "adult-social-care", null, null), LocalDate.parse("2026-12-01"));
    private static final PlanAction.Request BED = new PlanAction.Request("Order a hospital bed", null,
            new ActionOwner("RY1", "district-nursing", null, null), null);
}
