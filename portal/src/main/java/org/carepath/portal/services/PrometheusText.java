package org.carepath.portal.services;

/** Reads a service's metrics page (Prometheus' text format) for the few figures the ops page shows. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** The sum of every series of the metric (all its labels), or null when the page has none of it. */
    public static Double sum(String metrics, String name) {
        Double total = null;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(name)) {
                continue;
            }
            String series = line.substring(0, indexOfValue(line)).trim();
            String bare = series.contains("{") ? series.substring(0, series.indexOf('{')) : series;
            if (!bare.equals(name)) {
                continue;
            }
            try {
                double value = Double.parseDouble(line.substring(indexOfValue(line)).trim().split(" ")[0]);
                if (!Double.isNaN(value)) {
                    total = (total == null ? 0 : total) + value;
                }
            } catch (NumberFormatException notAValue) {
                // a line this reader does not understand is left out, not guessed at
            }
        }
        return total;
    }

    /** Where the value starts: after the labels' closing brace, or after the name. */
    private static int indexOfValue(String line) {
        int brace = line.lastIndexOf('}');
        int from = brace >= 0 ? brace + 1 : line.indexOf(' ');
        return from < 0 ? line.length() : from;
    }
}
