package org.carepath.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The metric names that deploy/observability's alerting rules and Grafana dashboards query, so a
 * test can hold them to what a service really exposes on /q/metrics.
 */
public final class ObservabilityFiles {

    /** Names Prometheus makes itself rather than scraping them. */
    static final Set<String> FROM_PROMETHEUS = Set.of("up");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "by", "without", "on",
            "ignoring", "group_left", "group_right", "inf", "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern NAME = Pattern.compile("(?<![\\w.$])([a-zA-Z_:][\\w:]*+)(?!\\s*\\()");
    private static final Pattern RULE_EXPR = Pattern.compile("^\\s*expr:\\s*(.*)$", Pattern.MULTILINE);

    private final Path root;

    /** @param root deploy/observability */
    public ObservabilityFiles(Path root) {
        this.root = root;
    }

    /** From a service module's tests, which run in the module's folder. */
    public static ObservabilityFiles fromModule() {
        return new ObservabilityFiles(Path.of("..", "deploy", "observability"));
    }

    /** The metric names a PromQL expression selects. */
    static Set<String> metricNames(String expression) {
        String bare = STRING.matcher(expression).replaceAll(" ");
        bare = MATCHERS.matcher(bare).replaceAll(" ");
        bare = RANGE.matcher(bare).replaceAll(" ");
        bare = GROUPING.matcher(bare).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(bare);
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group(1).toLowerCase())) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /** Every expression of the alerting rules (one line each: the rule files say so). */
    public List<String> ruleExpressions() {
        List<String> expressions = new ArrayList<>();
        for (Path file : files(root.resolve("prometheus/rules"), ".yml")) {
            Matcher matcher = RULE_EXPR.matcher(read(file));
            while (matcher.find()) {
                String expression = matcher.group(1).trim();
                if (expression.isEmpty() || expression.equals("|") || expression.equals(">")) {
                    throw new IllegalStateException(file + ": keep each expr on one line, so its metrics can be checked");
                }
                expressions.add(expression);
            }
        }
        return expressions;
    }

    /** Every query of the named dashboard ({@code backbone}, {@code referrals-service}…). */
    public List<String> dashboardExpressions(String dashboard) {
        Path file = root.resolve("grafana/dashboards/" + dashboard + ".json");
        List<String> expressions = new ArrayList<>();
        try {
            collectExpressions(new ObjectMapper().readTree(file.toFile()), expressions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expressions;
    }

    /** The names the expressions select, less those Prometheus makes itself. */
    public static Set<String> scrapedNames(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        expressions.forEach(expression -> names.addAll(metricNames(expression)));
        names.removeAll(FROM_PROMETHEUS);
        return names;
    }

    /** The metric names of a Prometheus text exposition. */
    public static Set<String> exposed(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0])
                .forEach(names::add);
        return names;
    }

    private static void collectExpressions(JsonNode node, List<String> expressions) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("expr") && field.getValue().isTextual()) {
                    expressions.add(field.getValue().asText());
                } else {
                    collectExpressions(field.getValue(), expressions);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectExpressions(element, expressions));
        }
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> found = Files.list(folder)) {
            return found.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
