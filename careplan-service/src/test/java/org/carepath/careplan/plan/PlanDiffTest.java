package org.carepath.careplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.carepath.careplan.plan.PlanContent.Goal;
import org.carepath.careplan.plan.PlanContent.Need;
import org.carepath.careplan.plan.PlanDiff.Difference;
import org.carepath.careplan.plan.PlanDiff.Kind;
import org.carepath.platform.care.NeedsDomain;
import org.carepath.platform.persistence.JsonText;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class PlanDiffTest {

    private static final Need STAIRS = new Need(NeedsDomain.MOBILITY_AND_FALLS, "Unsteady on stairs");
    private static final Need WASHING = new Need(NeedsDomain.PERSONAL_CARE_AND_DAILY_LIVING, "Help to wash");

    private static PlanSnapshot snapshot(String summary, List<Need> needs, List<Goal> goals, LocalDate review) {
        return new PlanSnapshot(CarePlanStatus.DRAFT, summary, needs, goals, List.of(), null, review, null, List.of());
    }

    @Test
    void identicalVersionsHaveNoDifference() {
        var plan = snapshot("Home", List.of(STAIRS), List.of(), null);
        assertEquals(List.of(), PlanDiff.between(plan, plan));
    }

    @Test
    void fieldsAndListItemsAreComparedByWhatIdentifiesThem() {
        var before = snapshot("Home after a fall", List.of(STAIRS, WASHING),
                List.of(new Goal("Back in my kitchen", List.of())), LocalDate.parse("2026-12-01"));
        var after = snapshot("Home after a fall", List.of(WASHING,
                        new Need(NeedsDomain.MOBILITY_AND_FALLS, "Walks with a frame indoors")),
                List.of(new Goal("Back in my kitchen", List.of()), new Goal("To see my sister", List.of())), null);

        List<Difference> found = PlanDiff.between(before, after);

        assertEquals(List.of(
                new Difference("needs[mobility-and-falls].description", Kind.CHANGED,
                        text("Unsteady on stairs"), text("Walks with a frame indoors")),
                new Difference("goals[To see my sister]", Kind.ADDED, null,
                        JsonText.tree(new Goal("To see my sister", List.of()))),
                new Difference("reviewDate", Kind.REMOVED, text("2026-12-01"), null)),
                found);
    }

    private static JsonNode text(String value) {
        return JsonText.tree(value);
    }
}
