package org.carepath.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.carepath.portal.services.CarePlanApi;
import org.junit.jupiter.api.Test;

class PlanDraftTest {

    @Test
    void theFormBecomesTheContentWithBlankRowsLeftOut() {
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("summary", " Living well at home ");
        form.putSingle("need.mobility-and-falls", "Two falls this month");
        form.putSingle("need.housing", " ");
        form.putSingle("goal.0.text", "I want to walk to the shop");
        form.put("goal.0.needs", List.of("mobility-and-falls"));
        form.putSingle("goal.1.text", "");
        form.putSingle("carer.0.name", "Mary Jones");
        form.putSingle("carer.0.relationship", "daughter");
        form.putSingle("carer.0.involved", "yes");
        form.putSingle("carer.0.needs", "Works full time");
        form.putSingle("carer.1.name", "");
        form.putSingle("agreedBy", "the person");
        form.putSingle("agreedOn", "1/12/2026");
        form.putSingle("reviewDate", "20/12/2026");

        PlanDraft draft = PlanDraft.from(form);
        CarePlanApi.Content content = draft.content();

        assertEquals(Map.of(), draft.problems());
        assertEquals("Living well at home", content.summary());
        assertEquals(List.of(new CarePlanApi.Need("mobility-and-falls", "Two falls this month")), content.needs());
        assertEquals(List.of(new CarePlanApi.Goal("I want to walk to the shop", List.of("mobility-and-falls"))), content.goals());
        assertEquals(List.of(new CarePlanApi.Carer("Mary Jones", "daughter", true, "Works full time")), content.carers());
        assertEquals(new CarePlanApi.Involvement("the person", LocalDate.of(2026, 12, 1), null), content.involvement());
        assertEquals(LocalDate.of(2026, 12, 20), content.reviewDate());
    }

    @Test
    void aDayThatCannotBeReadIsSaidNextToItsFieldAndKept() {
        var form = new MultivaluedHashMap<String, String>();
        form.putSingle("reviewDate", "next month");

        PlanDraft draft = PlanDraft.from(form);

        assertTrue(draft.problems().get("reviewDate").startsWith("Enter the review date"));
        assertEquals("next month", draft.kept().reviewDate());
        assertEquals(PlanDraft.NEW_GOALS, draft.kept().goals().size(), "room for new goals");
        assertNull(PlanDraft.from(new MultivaluedHashMap<>()).content().involvement(), "no one said who agreed");
    }
}
