package org.carepath.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: measurement, this run, the baseline, the target. */
final class Table {

    private static final List<String> HEADER = List.of("measurement", "this run", "issue #11 baseline", "target");

    private final List<List<String>> rows = new ArrayList<>();

    void add(String measurement, String thisRun, String baseline, String target) {
        rows.add(List.of(measurement, thisRun, baseline, target));
    }

    String render() {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : withHeader()) {
            for (int column = 0; column < row.size(); column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : withHeader()) {
            for (int column = 0; column < row.size(); column++) {
                text.append(column == 0 ? "" : "  ").append(pad(row.get(column), widths[column]));
            }
            text.append(System.lineSeparator());
            if (row == HEADER) {
                for (int column = 0; column < widths.length; column++) {
                    text.append(column == 0 ? "" : "  ").append("-".repeat(widths[column]));
                }
                text.append(System.lineSeparator());
            }
        }
        return text.toString().replaceAll("(?m) +$", "");
    }

    private List<List<String>> withHeader() {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        return all;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
