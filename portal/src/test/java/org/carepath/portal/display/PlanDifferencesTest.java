package org.carepath.portal.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.carepath.portal.display.PlanDifferences.Row;
import org.carepath.portal.services.CarePlanApi.Difference;
import org.carepath.portal.services.DirectoryApi;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PlanDifferencesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OrganisationNames.Names NAMES = new OrganisationNames.Names(Map.of("RY1",
            new DirectoryApi.Organisation("RY1", "Northfield Community Health NHS Trust", "community", "Northfield")), 0);
    private static final String ACTION = "3f2b8c1e-0000-4000-8000-000000000001";

    private final PlanDifferences differences = new PlanDifferences(NAMES, Map.of(ACTION, "Fit a second stair rail"));

    @Test
    void aNeedAddedIsNamedByItsDomainWithWhatItSays() {
        assertEquals(List.of(new Row("Need: Mobility and falls", "", "Two falls this month")),
                differences.rows(List.of(added("needs[mobility-and-falls]", "{\"domain\":\"mobility-and-falls\","
                        + "\"description\":\"Two falls this month\"}"))));
    }

    @Test
    void aGoalIsInThePersonsWordsWithTheNeedsItAnswers() {
        assertEquals(List.of(new Row("Goal: “I want to walk to the shop. On my own.”", "",
                        "“I want to walk to the shop. On my own.”, answering: Mobility and falls")),
                differences.rows(List.of(added("goals[I want to walk to the shop. On my own.]",
                        "{\"text\":\"I want to walk to the shop. On my own.\",\"needs\":[\"mobility-and-falls\"]}"))));
        assertEquals(List.of(new Row("Goal “Stay at home”: the needs it answers", "", "Housing")),
                differences.rows(List.of(added("goals[Stay at home].needs[housing]", "\"housing\""))));
    }

    @Test
    void aCarersFieldsAndTheReviewDateReadAsWords() {
        assertEquals(List.of(
                        new Row("Carer Mary Jones: involved in making the plan", "No", "Yes"),
                        new Row("Review date", "Monday 7 December 2026", "Sunday 20 December 2026")),
                differences.rows(List.of(
                        changed("carers[Mary Jones].involved", "false", "true"),
                        changed("reviewDate", "\"2026-12-07\"", "\"2026-12-20\""))));
    }

    @Test
    void anActionIsNamedByItsDescriptionAndItsOwnerByName() {
        assertEquals(List.of(
                        new Row("Action: Fit a second stair rail", "",
                                "Fit a second stair rail, by Northfield Community Health NHS Trust (District nursing),"
                                        + " due Sunday 20 December 2026 (planned)"),
                        new Row("Action “Fit a second stair rail”: status", "Planned", "In progress")),
                differences.rows(List.of(
                        added("actions[" + ACTION + "]", "{\"id\":\"" + ACTION + "\",\"description\":\"Fit a second stair"
                                + " rail\",\"owner\":{\"organisation\":\"RY1\",\"team\":\"district-nursing\"},"
                                + "\"dueDate\":\"2026-12-20\",\"status\":\"planned\"}"),
                        changed("actions[" + ACTION + "].status", "\"planned\"", "\"in-progress\""))));
    }

    @Test
    void idsAndWhoAssignedAnActionAreNotShown() {
        assertEquals(List.of(), differences.rows(List.of(
                changed("actions[" + ACTION + "].assignedBy", "\"a\"", "\"b\""),
                changed("coordinator.userId", "\"a\"", "\"b\""))));
    }

    @Test
    void aPathsStepsKeepAKeysFullStops() {
        assertEquals(List.of("goals", "Walk. Then talk.", "needs", "housing"),
                PlanDifferences.steps("goals[Walk. Then talk.].needs[housing]"));
    }

    private static Difference added(String path, String after) {
        return new Difference(path, "added", null, json(after));
    }

    private static Difference changed(String path, String before, String after) {
        return new Difference(path, "changed", json(before), json(after));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
