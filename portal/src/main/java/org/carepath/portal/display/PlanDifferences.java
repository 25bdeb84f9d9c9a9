package org.carepath.portal.display;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.carepath.portal.services.CarePlanApi.Difference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The difference between two versions of a plan in words: careplan-service names each change by its path in the
 * plan ({@code goals[I want to walk to the shop].needs[mobility-and-falls]}); a reader wants "Goal “I want to walk to
 * the shop”: the needs it answers", with what it said before and after.
 */
public final class PlanDifferences {

    /** What a reader needs no row for: ids, and who assigned an action when (the versions page says who changed what). */
    private static final Set<String> UNSAID = Set.of("id", "userId", "assignedBy", "assignedAt", "decisionId");
    private static final Set<String> DAYS = Set.of("reviewDate", "agreedOn", "dueDate");
    private static final Set<String> INSTANTS = Set.of("closedAt");
    private static final String GOAL_NEEDS = "goal's needs";
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("status", "status"),
            Map.entry("summary", "Summary"),
            Map.entry("reviewDate", "Review date"),
            Map.entry("description", "description"),
            Map.entry("relationship", "relationship"),
            Map.entry("involved", "involved in making the plan"),
            Map.entry("needs", "the needs it answers"),
            Map.entry("agreedBy", "agreed by"),
            Map.entry("agreedOn", "agreed on"),
            Map.entry("notes", "notes"),
            Map.entry("dueDate", "due"),
            Map.entry("cancelReason", "why it was cancelled"),
            Map.entry("owner", "owner"),
            Map.entry("organisation", "owner"),
            Map.entry("team", "team"),
            Map.entry("name", "name"),
            Map.entry("needsDomain", "needs domain"),
            Map.entry("closedAt", "closed"));

    /** One change as the table shows it; an empty before or after is nothing. */
    public record Row(String what, String before, String after) {
    }

    private final OrganisationNames.Names names;
    private final Map<String, String> actionDescriptions;

    /** @param actionDescriptions each action's description by its id, from the plan as it is now */
    public PlanDifferences(OrganisationNames.Names names, Map<String, String> actionDescriptions) {
        this.names = names;
        this.actionDescriptions = actionDescriptions;
    }

    public List<Row> rows(List<Difference> differences) {
        List<Row> rows = new ArrayList<>();
        for (Difference difference : differences) {
            List<String> path = steps(difference.path());
            if (path.stream().noneMatch(UNSAID::contains)) {
                rows.add(new Row(what(path, difference), value(path, difference.before()), value(path, difference.after())));
            }
        }
        return rows;
    }

    private String what(List<String> path, Difference difference) {
        String top = path.get(0);
        String key = path.size() > 1 ? path.get(1) : null;
        String field = path.size() > 2 ? path.get(2) : null;
        return switch (top) {
            case "needs" -> "Need: " + Wording.needsWords(key) + (field == null ? "" : " (" + words(field) + ")");
            case "goals" -> field == null ? "Goal: “" + key + "”" : "Goal “" + key + "”: " + words(field);
            case "carers" -> field == null ? "Carer: " + key : "Carer " + key + ": " + words(field);
            case "involvement" -> key == null ? "The person's involvement" : "Plan " + words(key);
            case "coordinator" -> "Care coordinator";
            case "actions" -> {
                String description = actionDescriptions.getOrDefault(key, described(difference));
                yield field == null ? "Action: " + description : "Action “" + description + "”: " + words(field);
            }
            case "status" -> "Status";
            default -> Wording.humane(words(top));
        };
    }

    /** An action no longer on the plan is named by its description in the version that had it. */
    private static String described(Difference difference) {
        JsonNode action = difference.after() != null && !difference.after().isNull() ? difference.after() : difference.before();
        return action != null && action.hasNonNull("description") ? action.get("description").asText() : "an action";
    }

    private String value(List<String> path, JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        String top = path.get(0);
        // a goal's needs are listed by domain: goals[words].needs[domain] is about its needs field
        String field = path.size() > 2 && top.equals("goals") && path.get(2).equals("needs") ? GOAL_NEEDS
                : path.get(path.size() - 1);
        if (node.isObject()) {
            return switch (top) {
                case "needs" -> text(node, "description");
                case "goals" -> goal(node);
                case "carers" -> carer(node);
                case "involvement" -> involvement(node);
                case "coordinator" -> practitioner(node);
                case "actions" -> path.size() > 2 ? owner(node) : action(node);
                default -> node.toString();
            };
        }
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(item -> scalar(field, item))
                    .collect(Collectors.joining("; "));
        }
        return scalar(field, node);
    }

    private String scalar(String field, JsonNode node) {
        if (node.isBoolean()) {
            return node.asBoolean() ? "Yes" : "No";
        }
        String text = node.asText();
        try {
            if (DAYS.contains(field)) {
                return Wording.day(LocalDate.parse(text));
            }
            if (INSTANTS.contains(field)) {
                return Wording.london(Instant.parse(text));
            }
        } catch (DateTimeParseException notADate) {
            return text;
        }
        return switch (field) {
            case "status", "team" -> Wording.humane(text);
            case "needsDomain", "domain", GOAL_NEEDS -> Wording.needsWords(text);
            case "organisation" -> names.of(text);
            default -> text;
        };
    }

    private String goal(JsonNode goal) {
        String answers = StreamSupport.stream(goal.path("needs").spliterator(), false)
                .map(need -> Wording.needsWords(need.asText())).collect(Collectors.joining("; "));
        return "“" + text(goal, "text") + "”" + (answers.isEmpty() ? "" : ", answering: " + answers);
    }

    private static String carer(JsonNode carer) {
        StringBuilder said = new StringBuilder(text(carer, "name"));
        if (!text(carer, "relationship").isEmpty()) {
            said.append(" (").append(text(carer, "relationship")).append(')');
        }
        said.append(carer.path("involved").asBoolean() ? ", involved in making the plan" : ", not involved in making the plan");
        if (!text(carer, "needs").isEmpty()) {
            said.append("; their own needs: ").append(text(carer, "needs"));
        }
        return said.toString();
    }

    private static String involvement(JsonNode involvement) {
        String on = involvement.hasNonNull("agreedOn") ? " on " + Wording.day(LocalDate.parse(text(involvement, "agreedOn"))) : "";
        String notes = text(involvement, "notes");
        return "Agreed by " + text(involvement, "agreedBy") + on + (notes.isEmpty() ? "" : ". " + notes);
    }

    private String practitioner(JsonNode practitioner) {
        return text(practitioner, "name") + ", " + names.of(text(practitioner, "organisation"))
                + (text(practitioner, "team").isEmpty() ? "" : " (" + Wording.humane(text(practitioner, "team")) + ")");
    }

    private String owner(JsonNode owner) {
        return (text(owner, "name").isEmpty() ? "" : text(owner, "name") + ", ") + names.of(text(owner, "organisation"))
                + (text(owner, "team").isEmpty() ? "" : " (" + Wording.humane(text(owner, "team")) + ")");
    }

    private String action(JsonNode action) {
        StringBuilder said = new StringBuilder(text(action, "description"));
        if (action.hasNonNull("owner")) {
            said.append(", by ").append(owner(action.get("owner")));
        }
        if (action.hasNonNull("dueDate")) {
            said.append(", due ").append(Wording.day(LocalDate.parse(text(action, "dueDate"))));
        }
        return said.append(" (").append(Wording.humane(text(action, "status")).toLowerCase()).append(')').toString();
    }

    private static String words(String field) {
        return FIELDS.getOrDefault(field, Wording.humane(field.replaceAll("([a-z])([A-Z])", "$1 $2")).toLowerCase());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : "";
    }

    /**
     * The path's steps: field names, and list items' keys without their brackets. A key is read to the bracket that
     * ends it, since a goal's words may hold full stops.
     */
    static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        int at = 0;
        while (at < path.length()) {
            char next = path.charAt(at);
            if (next == '.') {
                at++;
            } else if (next == '[') {
                int end = closing(path, at);
                steps.add(path.substring(at + 1, end));
                at = end + 1;
            } else {
                int end = at;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                steps.add(path.substring(at, end));
                at = end;
            }
        }
        return steps;
    }

    private static int closing(String path, int open) {
        for (int end = path.indexOf(']', open); end >= 0; end = path.indexOf(']', end + 1)) {
            if (end + 1 == path.length() || path.charAt(end + 1) == '.' || path.charAt(end + 1) == '[') {
                return end;
            }
        }
        return path.length() - 1;
    }
}
