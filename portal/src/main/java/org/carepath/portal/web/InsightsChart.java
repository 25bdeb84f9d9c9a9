package org.carepath.portal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.carepath.portal.services.InsightsApi;

/**
 * A series drawn as an inline SVG line chart (one line per group, the region's dashed), and the same figures as a
 * table for those who cannot see the chart. A suppressed or missing day breaks its line rather than being drawn as 0.
 */
public record InsightsChart(int width, int height, String yMax, String from, String to, List<Line> lines,
        List<String> columns, List<TableRow> table) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    /** Shown groups beyond these are in the table only: more lines than this cannot be told apart. */
    static final int MAX_LINES = 6;

    /**
     * @param path  SVG path data, each run of shown days an {@code M} then {@code L}s
     * @param style {@code line-0} .. {@code line-5}, or {@code region}
     */
    public record Line(String label, String path, String style) {
    }

    /** A day of the table: its cells in the order of the columns, {@code <5} where suppressed. */
    public record TableRow(LocalDate date, List<String> cells) {
    }

    /** @param named a group as people read it: an organisation by its name, say */
    static InsightsChart of(InsightsApi.Series series, UnaryOperator<String> named) {
        Map<String, Map<LocalDate, InsightsApi.Row>> byColumn = new LinkedHashMap<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (InsightsApi.Row row : series.rows()) {
            String column = "region".equals(row.scope()) ? "Region" : named.apply(row.group());
            byColumn.computeIfAbsent(column, c -> new LinkedHashMap<>()).put(row.date(), row);
            days.add(row.date());
        }
        BigDecimal max = series.rows().stream().map(InsightsApi.Row::value).filter(value -> value != null)
                .max(BigDecimal::compareTo).filter(value -> value.signum() > 0).orElse(BigDecimal.ONE);
        List<LocalDate> dayList = List.copyOf(days);
        List<Line> lines = new ArrayList<>();
        int index = 0;
        for (var column : byColumn.entrySet()) {
            boolean region = "Region".equals(column.getKey());
            if (!region && index >= MAX_LINES) {
                continue;
            }
            lines.add(new Line(column.getKey(), path(column.getValue(), dayList, max), region ? "region" : "line-" + index));
            if (!region) {
                index++;
            }
        }
        List<TableRow> table = dayList.stream()
                .map(day -> new TableRow(day, byColumn.values().stream().map(values -> cell(values.get(day))).toList()))
                .toList();
        return new InsightsChart(WIDTH, HEIGHT, max.stripTrailingZeros().toPlainString(),
                dayList.isEmpty() ? "" : dayList.get(0).toString(), dayList.isEmpty() ? "" : dayList.get(dayList.size() - 1).toString(),
                lines, List.copyOf(byColumn.keySet()), table);
    }

    private static String path(Map<LocalDate, InsightsApi.Row> values, List<LocalDate> days, BigDecimal max) {
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < days.size(); i++) {
            InsightsApi.Row row = values.get(days.get(i));
            if (row == null || row.value() == null) {
                drawing = false;
                continue;
            }
            double x = days.size() == 1 ? WIDTH / 2.0 : i * (double) WIDTH / (days.size() - 1);
            double y = HEIGHT - row.value().doubleValue() / max.doubleValue() * HEIGHT;
            String point = String.format(Locale.ROOT, "%.1f %.1f", x, y);
            // a run starts with a zero-length step, so a day standing alone still shows as a dot (round line caps)
            path.append(drawing ? " L" + point : (path.length() == 0 ? "" : " ") + "M" + point + " l0 0");
            drawing = true;
        }
        return path.toString();
    }

    private static String cell(InsightsApi.Row row) {
        if (row == null) {
            return "";
        }
        if (row.suppressed()) {
            return "<5";
        }
        return row.value() == null ? "–" : row.value().stripTrailingZeros().toPlainString();
    }
}
