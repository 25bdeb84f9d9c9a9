package org.carepath.portal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.carepath.portal.display.TypedDates;
import org.carepath.portal.display.Wording;
import org.carepath.portal.services.CarePlanApi;
import org.carepath.portal.services.CarePlanApi.Plan;

import io.quarkus.qute.TemplateData;

/**
 * A care plan's content as the form holds it: what the plan says, or what the user typed, kept through every refusal.
 * The form always has room for a few more goals and a carer, so nothing needs a script to add a row.
 *
 * @param needs   each domain's description; a blank one is no need
 * @param reviewDate as typed ("20/12/2026"), as is agreedOn
 */
@TemplateData
public record PlanDraft(String summary, Map<String, String> needs, List<GoalDraft> goals, List<CarerDraft> carers,
        String agreedBy, String agreedOn, String notes, String reviewDate, String relationshipReason) {

    static final int NEW_GOALS = 2;
    static final int NEW_CARERS = 1;

    @TemplateData
    public record GoalDraft(String text, List<String> needs) {

        /** {@code {#if goal.answers(domain)} checked{/if}} */
        public boolean answers(String domain) {
            return needs.contains(domain);
        }

        boolean isBlank() {
            return text.isBlank();
        }
    }

    @TemplateData
    public record CarerDraft(String name, String relationship, boolean involved, String needs) {

        boolean isBlank() {
            return name.isBlank();
        }
    }

    static PlanDraft empty() {
        return new PlanDraft("", Map.of(), List.of(), List.of(), "", "", "", "", "").withRoomToAdd();
    }

    static PlanDraft of(Plan plan) {
        Map<String, String> needs = new LinkedHashMap<>();
        plan.needs().forEach(need -> needs.put(need.domain(), text(need.description())));
        var involvement = plan.involvement();
        return new PlanDraft(text(plan.summary()), needs,
                plan.goals().stream().map(goal -> new GoalDraft(goal.text(), goal.needs())).toList(),
                plan.carers().stream().map(carer -> new CarerDraft(carer.name(), text(carer.relationship()),
                        carer.involved(), text(carer.needs()))).toList(),
                involvement == null ? "" : text(involvement.agreedBy()),
                involvement == null ? "" : TypedDates.asTyped(involvement.agreedOn()),
                involvement == null ? "" : text(involvement.notes()),
                TypedDates.asTyped(plan.reviewDate()), "").withRoomToAdd();
    }

    /** The form as posted: {@code need.<domain>}, {@code goal.<n>.text}, {@code goal.<n>.needs}, {@code carer.<n>.name}, ... */
    static PlanDraft from(MultivaluedMap<String, String> form) {
        Map<String, String> needs = new LinkedHashMap<>();
        Wording.needsDomains().forEach(domain -> needs.put(domain, one(form, "need." + domain)));
        List<GoalDraft> goals = new ArrayList<>();
        for (int n = 0; form.containsKey("goal." + n + ".text"); n++) {
            List<String> answers = form.get("goal." + n + ".needs");
            goals.add(new GoalDraft(one(form, "goal." + n + ".text"), answers == null ? List.of() : List.copyOf(answers)));
        }
        List<CarerDraft> carers = new ArrayList<>();
        for (int n = 0; form.containsKey("carer." + n + ".name"); n++) {
            carers.add(new CarerDraft(one(form, "carer." + n + ".name"), one(form, "carer." + n + ".relationship"),
                    form.containsKey("carer." + n + ".involved"), one(form, "carer." + n + ".needs")));
        }
        needs.values().removeIf(String::isBlank);
        return new PlanDraft(one(form, "summary"), needs, goals, carers, one(form, "agreedBy"), one(form, "agreedOn"),
                one(form, "notes"), one(form, "reviewDate"), one(form, "relationshipReason"));
    }

    /** {@code {draft.need(domain)}}: what the plan says of that need, or nothing. */
    public String need(String domain) {
        return needs.getOrDefault(domain, "");
    }

    /** What the user must put right before the plan can be sent, by the field it is about. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!reviewDate.isBlank() && TypedDates.day(reviewDate).isEmpty()) {
            problems.put("reviewDate", "Enter the review date as day, month and year, like 20/12/2026");
        }
        if (!agreedOn.isBlank() && TypedDates.day(agreedOn).isEmpty()) {
            problems.put("agreedOn", "Enter the day the plan was agreed as day, month and year, like 20/12/2026");
        }
        if (agreedBy.isBlank() && (!agreedOn.isBlank() || !notes.isBlank())) {
            problems.put("agreedBy", "Say who agreed the plan: the person themself, or who agreed for them and why");
        }
        return problems;
    }

    /** The content to send; call only when {@link #problems()} is empty. */
    CarePlanApi.Content content() {
        return new CarePlanApi.Content(blankToNull(summary),
                needs.entrySet().stream().map(need -> new CarePlanApi.Need(need.getKey(), need.getValue())).toList(),
                goals.stream().filter(goal -> !goal.isBlank())
                        .map(goal -> new CarePlanApi.Goal(goal.text(), goal.needs())).toList(),
                carers.stream().filter(carer -> !carer.isBlank()).map(carer -> new CarePlanApi.Carer(carer.name(),
                        blankToNull(carer.relationship()), carer.involved(), blankToNull(carer.needs()))).toList(),
                agreedBy.isBlank() ? null : new CarePlanApi.Involvement(agreedBy, day(agreedOn).orElse(null), blankToNull(notes)),
                day(reviewDate).orElse(null));
    }

    CarePlanApi.NewPlan newPlan(String nhsNumber) {
        CarePlanApi.Content content = content();
        return new CarePlanApi.NewPlan(nhsNumber, content.summary(), content.needs(), content.goals(), content.carers(),
                content.involvement(), content.reviewDate(), blankToNull(relationshipReason));
    }

    /** Blank rows after the filled ones, so another goal or carer can be written in. */
    private PlanDraft withRoomToAdd() {
        List<GoalDraft> withGoals = new ArrayList<>(goals.stream().filter(goal -> !goal.isBlank()).toList());
        for (int n = 0; n < NEW_GOALS; n++) {
            withGoals.add(new GoalDraft("", List.of()));
        }
        List<CarerDraft> withCarers = new ArrayList<>(carers.stream().filter(carer -> !carer.isBlank()).toList());
        for (int n = 0; n < NEW_CARERS; n++) {
            withCarers.add(new CarerDraft("", "", false, ""));
        }
        return new PlanDraft(summary, needs, withGoals, withCarers, agreedBy, agreedOn, notes, reviewDate,
                relationshipReason);
    }

    /** As typed, with room to add again: what the form shows after a refusal. */
    PlanDraft kept() {
        return withRoomToAdd();
    }

    private static Optional<LocalDate> day(String typed) {
        return typed.isBlank() ? Optional.empty() : TypedDates.day(typed);
    }

    private static String one(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value.strip();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
