package org.carepath.careplan.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.carepath.platform.persistence.JsonText;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What changed between two versions of a plan, field by field. Items of a list are matched by what
 * identifies them (an action's id, a need's domain, a carer's name, a goal's words), so reordering
 * is no change and an edited item reads as one change, not as a removal and an addition.
 */
public final class PlanDiff {

    /** The fields that identify a list item, tried in this order. */
    private static final List<String> ITEM_KEYS = List.of("id", "domain", "name", "text");

    public enum Kind {
        ADDED, REMOVED, CHANGED;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One difference; {@code before} is null for an addition, {@code after} for a removal. */
    public record Difference(String path, Kind kind, JsonNode before, JsonNode after) {
    }

    private PlanDiff() {
    }

    public static List<Difference> between(PlanSnapshot from, PlanSnapshot to) {
        List<Difference> found = new ArrayList<>();
        compare("", JsonText.tree(from), JsonText.tree(to), found);
        return found;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Difference> found) {
        boolean had = present(before);
        boolean has = present(after);
        if (!had && !has || had && has && before.equals(after)) {
            return;
        }
        if (!had) {
            found.add(new Difference(path, Kind.ADDED, null, after));
        } else if (!has) {
            found.add(new Difference(path, Kind.REMOVED, before, null));
        } else if (before.isObject() && after.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            fields.forEach(field -> compare(join(path, field), before.get(field), after.get(field), found));
        } else if (before.isArray() && after.isArray()) {
            compareItems(path, before, after, found);
        } else {
            found.add(new Difference(path, Kind.CHANGED, before, after));
        }
    }

    private static void compareItems(String path, JsonNode before, JsonNode after, List<Difference> found) {
        Optional<String> key = ITEM_KEYS.stream().filter(candidate -> allHave(candidate, before, after)).findFirst();
        Map<String, JsonNode> old = byKey(before, key);
        Map<String, JsonNode> now = byKey(after, key);
        Set<String> keys = new LinkedHashSet<>(old.keySet());
        keys.addAll(now.keySet());
        keys.forEach(item -> compare(path + "[" + item + "]", old.get(item), now.get(item), found));
    }

    /** Items keyed by their identifying field, or by their whole value where they have none (plain strings, codes). */
    private static Map<String, JsonNode> byKey(JsonNode items, Optional<String> key) {
        Map<String, JsonNode> keyed = new LinkedHashMap<>();
        items.forEach(item -> keyed.put(key.map(field -> item.get(field).asText()).orElseGet(() -> label(item)), item));
        return keyed;
    }

    private static boolean allHave(String field, JsonNode before, JsonNode after) {
        List<JsonNode> items = new ArrayList<>();
        Stream.of(before, after).forEach(list -> list.forEach(items::add));
        return !items.isEmpty() && items.stream().allMatch(item -> item.isObject() && present(item.get(field)));
    }

    private static String label(JsonNode item) {
        return item.isValueNode() ? item.asText() : item.toString();
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull() && !(node.isContainerNode() && node.isEmpty());
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
