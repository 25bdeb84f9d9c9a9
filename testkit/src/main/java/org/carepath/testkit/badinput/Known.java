package org.carepath.testkit.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Values a test knows are valid, by parameter or field name, optionally only under a path prefix:
 * an existing record's id, a directory service, so that the one spoilt value is all that is wrong.
 */
final class Known {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Entry(String pathPrefix, String name, Supplier<?> value) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String pathPrefix, String name, Supplier<?> value) {
        entries.add(new Entry(pathPrefix, name, value));
    }

    boolean has(String path, String name) {
        return find(path, name) != null;
    }

    JsonNode value(String path, String name) {
        return JSON.valueToTree(find(path, name).value().get());
    }

    /** The entry with the longest matching prefix. */
    private Entry find(String path, String name) {
        Entry best = null;
        for (Entry entry : entries) {
            if (entry.name().equals(name) && path.startsWith(entry.pathPrefix())
                    && (best == null || entry.pathPrefix().length() > best.pathPrefix().length())) {
                best = entry;
            }
        }
        return best;
    }
}
