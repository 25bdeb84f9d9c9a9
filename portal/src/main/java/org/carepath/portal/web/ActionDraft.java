package org.carepath.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carepath.portal.display.OrganisationNames;
import org.carepath.portal.display.TypedDates;
import org.carepath.portal.display.Wording;
import org.carepath.portal.services.CarePlanApi;
import org.carepath.portal.services.CarePlanApi.Plan;

import io.quarkus.qute.TemplateData;

/**
 * An action as its form holds it, on a plan or from an MDT decision: kept as typed through every refusal.
 *
 * @param owner one of the care team's places, as {@link OwnerChoice#value()}
 * @param dueDate as typed ("20/12/2026")
 */
@TemplateData
public record ActionDraft(String description, String needsDomain, String owner, String practitioner, String dueDate) {

    /** One place on the care team an action can be given to: {@code RY1|district-nursing}, said by name. */
    @TemplateData
    public record OwnerChoice(String value, String words) {
    }

    static ActionDraft empty() {
        return new ActionDraft("", "", "", "", "");
    }

    static ActionDraft typed(String description, String needsDomain, String owner, String practitioner, String dueDate) {
        return new ActionDraft(trimmed(description), trimmed(needsDomain), trimmed(owner), trimmed(practitioner),
                trimmed(dueDate));
    }

    /** The care team's current places, each organisation with its team, by name. */
    static List<OwnerChoice> owners(Plan plan, OrganisationNames.Names names) {
        Map<String, OwnerChoice> choices = new LinkedHashMap<>();
        plan.members().stream().filter(member -> member.leftAt() == null).forEach(member -> {
            String team = member.team() == null ? "" : member.team();
            String words = names.of(member.organisation()) + (team.isEmpty() ? "" : ", " + Wording.humane(team));
            choices.putIfAbsent(member.organisation() + "|" + team, new OwnerChoice(member.organisation() + "|" + team, words));
        });
        return List.copyOf(choices.values());
    }

    boolean isBlank() {
        return description.isEmpty() && owner.isEmpty() && dueDate.isEmpty();
    }

    /** What to put right before sending, by field; nothing when the action can go. */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (description.isEmpty()) {
            problems.put("description", "Say what will be done");
        }
        if (!owner.contains("|")) {
            problems.put("owner", "Choose who will do it");
        }
        if (!dueDate.isEmpty() && TypedDates.day(dueDate).isEmpty()) {
            problems.put("dueDate", "Enter the due date as day, month and year, like 20/12/2026");
        }
        return problems;
    }

    CarePlanApi.NewAction toAction() {
        String organisation = owner.substring(0, owner.indexOf('|'));
        String team = owner.substring(owner.indexOf('|') + 1);
        return new CarePlanApi.NewAction(description, needsDomain.isEmpty() ? null : needsDomain,
                new CarePlanApi.Owner(organisation, team.isEmpty() ? null : team, null,
                        practitioner.isEmpty() ? null : practitioner),
                TypedDates.day(dueDate).orElse(null));
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
