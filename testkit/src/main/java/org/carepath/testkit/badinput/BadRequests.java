package org.carepath.testkit.badinput;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Hostile variants of every operation in an OpenAPI document: a valid request is built from each
 * operation's schema (with values the test knows, such as an existing record's id), then one thing
 * at a time is spoiled: a parameter, a body field, the body as a whole or a header. Every random
 * choice comes from one seeded {@link Random}, so a failing request can be reproduced.
 */
final class BadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static final int HUGE_TEXT = 100_000;
    private static final int HUGE_LIST = 1_000;
    private static final int DEEP = 5_000;
    /** Dates no care record holds: PostgreSQL cannot store the first two, and the policy keeps to 1850-2199. */
    private static final List<String> IMPOSSIBLE_DATES = List.of("+999999999-12-31", "0000-01-01", "1800-01-01",
            "2300-01-01", "2025-02-30", "2025-13-01", "yesterday");
    private static final List<String> IMPOSSIBLE_TIMES = List.of("+999999999-12-31T00:00:00Z", "0000-01-01T00:00:00Z",
            "1800-01-01T00:00:00Z", "2025-02-30T10:00:00Z", "2025-06-01T25:61:00Z", "2025-06-01 10:00");
    /** Candidates tried in order for a text with a pattern and no known value. */
    private static final List<String> PATTERN_CANDIDATES = List.of("RX1", "5 working days", "2 days", "A1", "1", "a",
            "abc", "ABC", "x-1", "12:00", "2025-06-01");

    private final JsonNode doc;
    private final Known known;
    private final Random random;
    private final String nhsNumber;

    BadRequests(JsonNode doc, Known known, long seed) {
        this.doc = doc;
        this.known = known;
        this.random = new Random(seed);
        this.nhsNumber = validNhsNumber(random);
    }

    /** Every variant of every operation, then more, chosen at random among them, until there are at least {@code target}. */
    List<BadRequest> generate(int target) {
        List<Operation> operations = operations();
        List<BadRequest> requests = new ArrayList<>();
        operations.forEach(operation -> requests.addAll(variants(operation)));
        requests.addAll(httpLayer(operations));
        while (requests.size() < target && !operations.isEmpty()) {
            List<BadRequest> more = variants(operations.get(random.nextInt(operations.size())));
            if (!more.isEmpty()) {
                requests.add(more.get(random.nextInt(more.size())));
            }
        }
        return requests;
    }

    // --- the operations in the document

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, String mediaType, JsonNode body,
            boolean bodyRequired) {
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (METHODS.contains(method.getKey())) {
                    operations.add(operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                            path.getValue(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode pathItem, JsonNode op) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
            for (JsonNode parameter : list) {
                JsonNode resolved = resolve(parameter);
                String in = resolved.path("in").asText();
                parameters.put(in + ":" + resolved.path("name").asText(), new Parameter(resolved.path("name").asText(), in,
                        resolved.path("required").asBoolean(in.equals("path")), resolve(resolved.path("schema"))));
            }
        }
        JsonNode content = resolve(op.path("requestBody")).path("content");
        String mediaType = null;
        JsonNode body = null;
        if (content.size() > 0) {
            mediaType = content.has("application/json") ? "application/json" : content.fieldNames().next();
            body = resolve(content.path(mediaType).path("schema"));
        }
        return new Operation(method, path, List.copyOf(parameters.values()), mediaType, body,
                resolve(op.path("requestBody")).path("required").asBoolean(false));
    }

    // --- variants of one operation

    private List<BadRequest> variants(Operation operation) {
        List<BadRequest> variants = new ArrayList<>();
        for (Parameter parameter : operation.parameters()) {
            for (Spoilt value : spoilParameter(parameter)) {
                variants.add(request(operation, parameter, value.text(), null, null,
                        parameter.in() + " " + parameter.name() + ": " + value.what(), value.forbidden()));
            }
        }
        if (operation.body() == null) {
            return variants;
        }
        if (!isJson(operation.mediaType())) {
            variants.addAll(textBody(operation));
            return variants;
        }
        JsonNode valid = example(operation.body(), operation.path(), "", 0);
        for (Field field : fields(operation.body(), valid, "body", 0)) {
            for (Spoilt spoilt : spoilField(field)) {
                JsonNode body = valid.deepCopy();
                field.set(body, spoilt.node());
                variants.add(request(operation, null, null, write(body), operation.mediaType(),
                        field.name() + ": " + spoilt.what(), spoilt.forbidden()));
            }
        }
        variants.addAll(wholeBody(operation, valid));
        return variants;
    }

    /** Spoils the body as a whole: its syntax, its shape and its declared type. */
    private List<BadRequest> wholeBody(Operation operation, JsonNode valid) {
        String json = write(valid);
        List<BadRequest> variants = new ArrayList<>();
        if (valid.isObject() && valid.size() > 0) {
            String key = valid.fieldNames().next();
            String duplicate = "{" + write(NODES.textNode(key)) + ":" + write(valid.get(key)) + "," + json.substring(1);
            variants.add(request(operation, null, null, duplicate, operation.mediaType(), "body: duplicate key '" + key + "'", true));
        }
        List<String[]> broken = List.of(
                new String[] { json + " {}", "trailing JSON value" },
                new String[] { json + " garbage", "trailing garbage" },
                new String[] { json.substring(0, json.length() / 2), "truncated JSON" },
                new String[] { "", "empty body" },
                new String[] { "null", "null body" },
                new String[] { "[" + json + "]", "body wrapped in a list" },
                new String[] { "\"" + "x".repeat(20) + "\"", "a string instead of an object" },
                new String[] { "[".repeat(DEEP) + "]".repeat(DEEP), "nesting " + DEEP + " deep" },
                new String[] { "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP), "objects nested " + DEEP + " deep" },
                new String[] { json.replaceFirst("\\{", "{\"\u0000\":1,"), "NUL in a key" },
                new String[] { "{'single':'quotes'}", "not JSON: single quotes" });
        for (String[] body : broken) {
            variants.add(request(operation, null, null, body[0], operation.mediaType(), "body: " + body[1], true));
        }
        if (operation.body().path("required").size() > 0) {
            variants.add(request(operation, null, null, "{}", operation.mediaType(), "body: every required field missing", true));
        }
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            variants.add(request(operation, null, null, json, type, "Content-Type " + type, true));
        }
        return variants;
    }

    /** A body that is text (an HL7 message): control characters, size and garbage. */
    private List<BadRequest> textBody(Operation operation) {
        String type = operation.mediaType();
        List<BadRequest> variants = new ArrayList<>();
        variants.add(request(operation, null, null, "", type, "text body: empty", true));
        variants.add(request(operation, null, null, "x".repeat(HUGE_TEXT), type, "text body: 100k of x", true));
        variants.add(request(operation, null, null, "MSH|^~\\&|" + controlCharacter() + "|", type, "text body: control character", true));
        variants.add(request(operation, null, null, "{\"json\":true}", type, "text body: JSON", true));
        variants.add(request(operation, null, null, "MSH|^~\\&|PAS|RX1|CAREPATH|CP|20250230120000||ADT^A01|1' OR '1'='1|P|2.5\r",
                type, "text body: impossible date and SQL in a control id", true));
        variants.add(request(operation, null, null, "{}", "application/json", "Content-Type application/json", true));
        return variants;
    }

    /** The HTTP layer itself: unknown path, wrong method, unacceptable Accept, overlong URI and headers. */
    private List<BadRequest> httpLayer(List<Operation> operations) {
        List<BadRequest> variants = new ArrayList<>();
        variants.add(BadRequest.of("GET", "/no-such-path-" + random.nextInt(1000), Map.of(), null, "unknown path", true));
        variants.add(BadRequest.of("GET", "/" + "x".repeat(HUGE_TEXT), Map.of(), null, "URI of 100k", true));
        variants.add(BadRequest.of("GET", "/", Map.of("X-Filler", "x".repeat(HUGE_TEXT)), null, "a 100k header", true));
        for (Operation operation : operations) {
            String target = target(operation, null, null);
            variants.add(BadRequest.of(operation.method().equals("DELETE") ? "PATCH" : "DELETE", target, Map.of(), null,
                    "wrong method", true));
            variants.add(BadRequest.of(operation.method(), target, Map.of("Accept", "application/xml"),
                    operation.body() == null ? null : "{}", "Accept application/xml", true));
            variants.add(BadRequest.of(operation.method(), target, Map.of("Idempotency-Key", "k".repeat(HUGE_TEXT)),
                    null, "Idempotency-Key of 100k", true));
        }
        return variants;
    }

    private BadRequest request(Operation operation, Parameter spoilt, String spoiltValue, String body, String contentType,
            String mutation, boolean forbidden) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("header")) {
                continue;
            }
            if (parameter == spoilt) {
                headers.put(parameter.name(), spoiltValue);
            } else if (parameter.required() || known.has(operation.path(), parameter.name())) {
                headers.put(parameter.name(), text(valueOf(parameter, operation.path())));
            }
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        } else if (operation.body() != null) {
            headers.put("Content-Type", operation.mediaType());
            body = isJson(operation.mediaType())
                    ? write(example(operation.body(), operation.path(), "", 0))
                    : "";
        }
        return BadRequest.of(operation.method(), target(operation, spoilt, spoiltValue), headers, body, mutation, forbidden);
    }

    private String target(Operation operation, Parameter spoilt, String spoiltValue) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters()) {
            String value = parameter == spoilt ? spoiltValue : null;
            if (value == null && (parameter.in().equals("path") || parameter.required()
                    || known.has(operation.path(), parameter.name()))) {
                value = text(valueOf(parameter, operation.path()));
            }
            if (value == null) {
                continue;
            }
            if (parameter.in().equals("path")) {
                path = path.replaceAll("\\{" + Pattern.quote(parameter.name()) + "(:[^}]*)?}",
                        Matcher.quoteReplacement(encode(value).replace("+", "%20")));
            } else if (parameter.in().equals("query")) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(parameter.name())).append('=').append(encode(value));
            }
        }
        return path + query;
    }

    private JsonNode valueOf(Parameter parameter, String path) {
        if (known.has(path, parameter.name())) {
            return known.value(path, parameter.name());
        }
        return example(parameter.schema(), path, parameter.name(), 0);
    }

    // --- spoiling one value

    record Spoilt(String what, JsonNode node, boolean forbidden) {
        String text() {
            return node.isTextual() ? node.asText() : node.toString();
        }
    }

    private List<Spoilt> spoilParameter(Parameter parameter) {
        List<Spoilt> spoilt = new ArrayList<>(spoil(parameter.name(), parameter.schema(), parameter.required()));
        // a header cannot carry a control character or a JSON value on the wire: those cases are the HTTP codec's
        if (parameter.in().equals("header")) {
            spoilt.removeIf(s -> !s.node().isTextual() || hasControlCharacter(s.node().asText()));
        }
        spoilt.removeIf(s -> s.node().isNull() || s.node().isMissingNode());
        JsonNode schema = resolve(parameter.schema());
        if (type(schema).equals("string") && !schema.has("enum") && !schema.has("format")) {
            // on the wire every parameter is text: 12345 or {"a":1} is a text like any other, if its pattern allows
            String pattern = schema.path("pattern").asText(null);
            spoilt.replaceAll(s -> s.node().isTextual() ? s
                    : new Spoilt(s.what(), s.node(), pattern != null && !finds(pattern, s.text())));
        }
        return spoilt;
    }

    /** A field of a body, addressed from its root. */
    record Field(String name, List<Object> path, JsonNode schema, boolean required) {

        void set(JsonNode root, JsonNode value) {
            JsonNode parent = root;
            for (Object step : path.subList(0, path.size() - 1)) {
                parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            }
            Object last = path.get(path.size() - 1);
            if (last instanceof Integer index) {
                ((ArrayNode) parent).set(index, value.isMissingNode() ? NODES.nullNode() : value);
            } else if (value.isMissingNode()) {
                ((ObjectNode) parent).remove((String) last);
            } else {
                ((ObjectNode) parent).set((String) last, value);
            }
        }
    }

    private List<Field> fields(JsonNode schema, JsonNode value, String name, int depth) {
        List<Field> fields = new ArrayList<>();
        collect(schema, value, name, List.of(), true, depth, fields);
        return fields;
    }

    private void collect(JsonNode schema, JsonNode value, String name, List<Object> path, boolean required, int depth,
            List<Field> fields) {
        schema = resolve(schema);
        if (!path.isEmpty()) {
            fields.add(new Field(name, path, schema, required));
        }
        if (depth > 4) {
            return;
        }
        if (value.isObject()) {
            Set<String> requiredNames = names(schema.path("required"));
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
                Map.Entry<String, JsonNode> property = properties.next();
                if (value.has(property.getKey())) {
                    collect(property.getValue(), value.get(property.getKey()), name + "." + property.getKey(),
                            append(path, property.getKey()), requiredNames.contains(property.getKey()), depth + 1, fields);
                }
            }
        } else if (value.isArray() && value.size() > 0) {
            collect(schema.path("items"), value.get(0), name + "[0]", append(path, 0), true, depth + 1, fields);
        }
    }

    private List<Spoilt> spoilField(Field field) {
        List<Spoilt> spoilt = new ArrayList<>(spoil(field.name(), field.schema(), field.required()));
        spoilt.add(new Spoilt("removed", NODES.missingNode(), field.required()));
        return spoilt;
    }

    /** The wrong values for a value of this schema, each marked with whether the schema or the policy forbids it. */
    private List<Spoilt> spoil(String name, JsonNode schema, boolean required) {
        schema = resolve(schema);
        String type = type(schema);
        List<Spoilt> spoilt = new ArrayList<>();
        spoilt.add(new Spoilt("null", NODES.nullNode(), required && !nullable(schema)));
        switch (type) {
            case "string" -> spoilText(name, schema, spoilt);
            case "integer", "number" -> spoilNumber(schema, type, spoilt);
            case "boolean" -> {
                spoilt.add(new Spoilt("\"maybe\"", NODES.textNode("maybe"), true));
                spoilt.add(new Spoilt("a list", NODES.arrayNode().add(true), true));
            }
            case "array" -> spoilList(name, schema, spoilt);
            default -> {
                spoilt.add(new Spoilt("a string for an object", NODES.textNode("x"), true));
                spoilt.add(new Spoilt("a list for an object", NODES.arrayNode(), true));
                spoilt.add(new Spoilt("a number for an object", NODES.numberNode(7), true));
            }
        }
        return spoilt;
    }

    private void spoilText(String name, JsonNode schema, List<Spoilt> spoilt) {
        String valid = text(example(schema, "", name, 0));
        int at = valid.isEmpty() ? 0 : random.nextInt(valid.length() + 1);
        spoilt.add(new Spoilt("control character", text(valid.substring(0, at) + controlCharacter() + valid.substring(at)), true));
        spoilt.add(new Spoilt("NUL", text(valid + "\u0000"), true));
        spoilt.add(new Spoilt("100k characters", text("x".repeat(HUGE_TEXT)), true));
        spoilt.add(new Spoilt("a number for a text", NODES.numberNode(12345), true));
        spoilt.add(new Spoilt("an object for a text", NODES.objectNode().put("a", 1), true));
        spoilt.add(new Spoilt("a list for a text", NODES.arrayNode().add("a"), true));
        if (schema.has("maxLength")) {
            int over = schema.get("maxLength").asInt() + 1 + random.nextInt(3);
            spoilt.add(new Spoilt("maxLength+" + (over - schema.get("maxLength").asInt()) + " (" + over + ")",
                    text("y".repeat(over)), true));
        }
        if (schema.has("minLength") && schema.get("minLength").asInt() > 0) {
            spoilt.add(new Spoilt("empty below minLength", text(""), true));
        }
        if (schema.has("enum")) {
            spoilt.add(new Spoilt("unknown enum value", text("not-a-" + name.replaceAll(".*[.\\[]", "") + "-value"), true));
            spoilt.add(new Spoilt("enum value in the wrong case", text(schema.get("enum").get(0).asText().toUpperCase(Locale.ROOT) + "x"), true));
        }
        if (schema.has("pattern")) {
            String off = notMatching(schema.get("pattern").asText());
            if (off != null) {
                spoilt.add(new Spoilt("not matching its pattern", text(off), true));
            }
        }
        String format = schema.path("format").asText();
        if (format.equals("date")) {
            IMPOSSIBLE_DATES.forEach(date -> spoilt.add(new Spoilt("date " + date, text(date), true)));
        } else if (format.equals("date-time")) {
            IMPOSSIBLE_TIMES.forEach(time -> spoilt.add(new Spoilt("time " + time, text(time), true)));
        } else if (format.equals("uuid")) {
            spoilt.add(new Spoilt("not a uuid", text("not-a-uuid"), true));
            spoilt.add(new Spoilt("uuid with a NUL", text(new UUID(random.nextLong(), random.nextLong()) + "\u0000"), true));
        }
        if (name.toLowerCase(Locale.ROOT).endsWith("nhsnumber")) {
            spoilt.add(new Spoilt("NHS number with a wrong check digit", text(wrongCheckDigit(nhsNumber)), true));
            spoilt.add(new Spoilt("NHS number too short", text("123456789"), true));
            spoilt.add(new Spoilt("NHS number of letters", text("ABCDEFGHIJ"), true));
            spoilt.add(new Spoilt("NHS number with spaces and a NUL", text("943 476 5919\u0000"), true));
        }
    }

    private void spoilNumber(JsonNode schema, String type, List<Spoilt> spoilt) {
        if (type.equals("integer")) {
            spoilt.add(new Spoilt("decimal 2.999", NODES.numberNode(new BigDecimal("2.999")), true));
            spoilt.add(new Spoilt("decimal 1.0e1", NODES.numberNode(new BigDecimal("1.0E+1")), false));
        }
        spoilt.add(new Spoilt("huge 1e30", NODES.numberNode(new BigInteger("1" + "0".repeat(30))), true));
        spoilt.add(new Spoilt("huge 1e400", NODES.numberNode(new BigDecimal("1E+400")), true));
        spoilt.add(new Spoilt("long max", NODES.numberNode(Long.MAX_VALUE), schema.has("maximum")
                || !schema.path("format").asText().equals("int64")));
        spoilt.add(new Spoilt("int max", NODES.numberNode(Integer.MAX_VALUE), schema.has("maximum")
                && schema.get("maximum").asLong() < Integer.MAX_VALUE));
        spoilt.add(new Spoilt("int min", NODES.numberNode(Integer.MIN_VALUE), schema.has("minimum")));
        spoilt.add(new Spoilt("-1", NODES.numberNode(-1), schema.has("minimum") && schema.get("minimum").asLong() > -1));
        spoilt.add(new Spoilt("0", NODES.numberNode(0), schema.has("minimum") && schema.get("minimum").asLong() > 0));
        spoilt.add(new Spoilt("a word for a number", NODES.textNode("twelve"), true));
        spoilt.add(new Spoilt("NaN", NODES.textNode("NaN"), true));
        spoilt.add(new Spoilt("true for a number", NODES.booleanNode(true), true));
    }

    private void spoilList(String name, JsonNode schema, List<Spoilt> spoilt) {
        JsonNode element = example(schema.path("items"), "", name, 0);
        spoilt.add(new Spoilt("a null element", NODES.arrayNode().add(element).addNull(), true));
        spoilt.add(new Spoilt("a text for a list", NODES.textNode("x"), true));
        spoilt.add(new Spoilt(HUGE_LIST + " elements", repeat(element, HUGE_LIST), true));
        if (schema.has("maxItems")) {
            int over = schema.get("maxItems").asInt() + 1;
            spoilt.add(new Spoilt("maxItems+1 (" + over + ")", repeat(element, over), true));
        }
        if (schema.path("minItems").asInt() > 0) {
            spoilt.add(new Spoilt("empty below minItems", NODES.arrayNode(), true));
        }
        spoilt.add(new Spoilt("list nested " + DEEP + " deep", deepList(), true));
    }

    // --- valid values

    /** A value the schema allows: a known one where the test gave it, otherwise made up from the schema. */
    JsonNode example(JsonNode schema, String path, String name, int depth) {
        if (!name.isEmpty() && known.has(path, name)) {
            return known.value(path, name);
        }
        schema = resolve(schema);
        String type = type(schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (type) {
            case "string" -> {
                return text(exampleText(name, schema));
            }
            case "integer", "number" -> {
                long minimum = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                long maximum = schema.has("maximum") ? schema.get("maximum").asLong() : minimum + 1;
                return NODES.numberNode(Math.min(Math.max(minimum, 1), maximum));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "array" -> {
                ArrayNode list = NODES.arrayNode();
                int items = Math.max(1, schema.path("minItems").asInt(1));
                for (int i = 0; i < items && depth < 6; i++) {
                    list.add(example(schema.path("items"), path, name, depth + 1));
                }
                return list;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
                        Map.Entry<String, JsonNode> property = properties.next();
                        if (!property.getValue().path("readOnly").asBoolean(false)) {
                            object.set(property.getKey(), example(property.getValue(), path, property.getKey(), depth + 1));
                        }
                    }
                }
                return object;
            }
        }
    }

    private String exampleText(String name, JsonNode schema) {
        String format = schema.path("format").asText();
        String text = switch (format) {
            case "date" -> "2025-06-01";
            case "date-time" -> "2025-06-01T10:00:00Z";
            case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
            default -> null;
        };
        if (text == null && name.toLowerCase(Locale.ROOT).endsWith("nhsnumber")) {
            text = nhsNumber;
        }
        if (text == null && schema.path("examples").isArray() && schema.path("examples").size() > 0) {
            text = schema.path("examples").get(0).asText();
        }
        if (text == null && schema.has("pattern")) {
            text = matching(schema.get("pattern").asText());
        }
        if (text == null) {
            text = "Sample " + name.replaceAll("\\W", "");
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = schema.path("minLength").asInt(0);
        if (text.length() > max) {
            text = text.substring(0, max);
        }
        return text.length() < min ? text + "x".repeat(min - text.length()) : text;
    }

    /** A text the pattern finds (JSON Schema patterns are not anchored); the first of a plain alternation. */
    private static String matching(String pattern) {
        if (pattern.matches("[a-z-]+(\\|[a-z-]+)*")) {
            return pattern.split("\\|")[0];
        }
        return PATTERN_CANDIDATES.stream().filter(candidate -> finds(pattern, candidate)).findFirst().orElse(null);
    }

    private static String notMatching(String pattern) {
        return Stream.of("!! ~ !!", "   ", "~", "").filter(candidate -> !finds(pattern, candidate)).findFirst().orElse(null);
    }

    private static boolean finds(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException notJava) {
            return true;
        }
    }

    // --- helpers

    private JsonNode resolve(JsonNode node) {
        for (int hops = 0; node.has("$ref") && hops < 10; hops++) {
            String ref = node.get("$ref").asText();
            node = doc.at(ref.substring(1));
        }
        if (node.has("allOf") && node.get("allOf").size() == 1 && !node.has("properties")) {
            return resolve(node.get("allOf").get(0));
        }
        if (node.has("anyOf") || node.has("oneOf")) {
            for (JsonNode option : node.has("anyOf") ? node.get("anyOf") : node.get("oneOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return resolve(option);
                }
            }
        }
        return node;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : schema.has("enum") ? "string" : "object";
    }

    private static boolean nullable(JsonNode schema) {
        return schema.path("nullable").asBoolean(false)
                || (schema.path("type").isArray() && names(schema.path("type")).contains("null"));
    }

    private static Set<String> names(JsonNode list) {
        Set<String> names = new HashSet<>();
        list.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static ArrayNode repeat(JsonNode element, int times) {
        ArrayNode list = NODES.arrayNode();
        for (int i = 0; i < times; i++) {
            list.add(element.deepCopy());
        }
        return list;
    }

    /** Written as it stands: the mapper that writes the bodies refuses to nest this deep itself. */
    private static JsonNode deepList() {
        return NODES.rawValueNode(new RawValue("[".repeat(DEEP) + "]".repeat(DEEP)));
    }

    private String controlCharacter() {
        int[] controls = { 0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x85, 0x9f };
        return String.valueOf((char) controls[random.nextInt(controls.length)]);
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f));
    }

    private static boolean isJson(String mediaType) {
        return mediaType != null && mediaType.contains("json");
    }

    private static JsonNode text(String text) {
        return NODES.textNode(text);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String validNhsNumber(Random random) {
        while (true) {
            String first9 = String.format("%09d", random.nextInt(1_000_000_000));
            int check = (11 - checkSum(first9) % 11) % 11;
            if (check != 10) {
                return first9 + check;
            }
        }
    }

    private static String wrongCheckDigit(String valid) {
        int last = valid.charAt(9) - '0';
        return valid.substring(0, 9) + (last + 1) % 10;
    }

    private static int checkSum(String first9) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (first9.charAt(i) - '0') * (10 - i);
        }
        return sum;
    }
}
