package org.carepath.testkit.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A generated bad-input run against one service: reads the service's OpenAPI document, sends at
 * least {@link #requests(int)} hostile requests made from it (see {@link BadRequests}) with a
 * valid bearer token, and judges each answer. Requests go over a plain socket, so nothing a client
 * library would refuse to send (a 100 KB header, a NUL in a query) is left out.
 * <pre>
 * BadInputReport report = BadInputSuite.against(root, "referrals-service").token(token).run();
 * System.out.println(report.summary());
 * report.assertClean();
 * </pre>
 */
public final class BadInputSuite {

    /** The default seed; {@code -Dcarepath.bad-input.seed=...} replays another run. */
    public static final long SEED = 20_261_202L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_MS = 30_000;

    private final URI root;
    private final String service;
    private final Known known = new Known();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private long seed = Long.getLong("carepath.bad-input.seed", SEED);
    private int requests = 2_000;

    private BadInputSuite(URI root, String service) {
        this.root = root;
        this.service = service;
    }

    /** @param root the service's base URI, e.g. a {@code @TestHTTPResource("/")} */
    public static BadInputSuite against(URI root, String service) {
        return new BadInputSuite(root, service);
    }

    /** The bearer token sent with every request: a realistic role and organisation, so requests reach validation. */
    public BadInputSuite token(String bearerToken) {
        return token("/", bearerToken);
    }

    /** The token for requests whose path starts with {@code pathPrefix}, where another role acts (e.g. an admin). */
    public BadInputSuite token(String pathPrefix, String bearerToken) {
        tokens.put(pathPrefix, bearerToken);
        return this;
    }

    public BadInputSuite seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The fewest requests to send; every variant is sent once, then random ones until there are this many. */
    public BadInputSuite requests(int atLeast) {
        this.requests = atLeast;
        return this;
    }

    /** A valid value for every parameter or body field of this name (an existing record's id, say). */
    public BadInputSuite known(String name, Supplier<?> value) {
        known.add("", name, value);
        return this;
    }

    /** As {@link #known(String, Supplier)}, for operations whose path starts with {@code pathPrefix} only. */
    public BadInputSuite known(String pathPrefix, String name, Supplier<?> value) {
        known.add(pathPrefix, name, value);
        return this;
    }

    public BadInputReport run() throws IOException {
        JsonNode openApi = JSON.readTree(send(BadRequest.of("GET", "/q/openapi?format=json", Map.of(), null, "", false)).body());
        List<BadRequest> bad = new BadRequests(openApi, known, seed).generate(requests);
        BadInputReport report = new BadInputReport(service, seed);
        for (BadRequest request : bad) {
            report.judge(request, send(request));
        }
        return report;
    }

    /** An answer as it came over the wire; status 0 when the connection closed without one. */
    record Answer(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private Answer send(BadRequest request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(root.getHost(), root.getPort()), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            try {
                write(socket.getOutputStream(), request);
            } catch (IOException closedEarly) {
                // the server may answer and close before reading everything (413, 414, 431): read what it said
            }
            return read(socket.getInputStream());
        }
    }

    private void write(OutputStream out, BadRequest request) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", root.getHost() + ":" + root.getPort());
        headers.put("Accept", "application/json");
        tokens.entrySet().stream()
                .filter(token -> request.target().startsWith(token.getKey()))
                .max(Map.Entry.comparingByKey(Comparator.comparingInt(String::length)))
                .ifPresent(token -> headers.put("Authorization", "Bearer " + token.getValue()));
        headers.put("Connection", "close");
        headers.putAll(request.headers());
        if (request.body() != null) {
            headers.put("Content-Length", Integer.toString(request.body().length));
        }
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (request.body() != null) {
            out.write(request.body());
        }
        out.flush();
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] raw;
        try {
            raw = in.readAllBytes();
        } catch (IOException reset) {
            return new Answer(0, Map.of(), "(connection reset without an answer)");
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int endOfHead = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || endOfHead < 0) {
            return new Answer(0, Map.of(), "(no HTTP answer: " + BadRequest.cut(text, 100) + ")");
        }
        String[] lines = text.substring(0, endOfHead).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(raw, endOfHead + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOfCrLf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOfCrLf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The counts of one run and the first requests behind each. */
    public static final class BadInputReport {

        /** What an answer must never show: Java types, frameworks, SQL, stack frames, constraint names. */
        private static final List<String> LEAKS = List.of("java.", "javax.", "jakarta.", "org.hibernate", "io.vertx",
                "io.quarkus", "io.smallrye", "com.fasterxml", "org.postgresql", "org.carepath", "Exception", "SQL",
                "violates", "\tat ", "at org.", "at java.", "duplicate key value", "constraint");
        private static final int KEPT = 15;

        private final String service;
        private final long seed;
        private int requests;
        private final List<String> serverErrors = new ArrayList<>();
        private final List<String> stored = new ArrayList<>();
        private final List<String> notProblem = new ArrayList<>();
        private final List<String> leaks = new ArrayList<>();
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private int serverErrorCount;
        private int storedCount;
        private int notProblemCount;
        private int leakCount;

        BadInputReport(String service, long seed) {
            this.service = service;
            this.seed = seed;
        }

        void judge(BadRequest request, Answer answer) {
            requests++;
            statuses.merge(answer.status(), 1, Integer::sum);
            String line = request.describe() + " -> " + answer.status() + " " + BadRequest.cut(answer.body().replace('\n', ' '), 300);
            if (answer.status() >= 500) {
                serverErrorCount++;
                keep(serverErrors, line);
            }
            if (answer.status() >= 200 && answer.status() < 300 && request.forbidden() && !isHl7Refusal(answer)) {
                storedCount++;
                keep(stored, line);
            }
            if ((answer.status() >= 400 || answer.status() == 0) && !isProblem(answer)) {
                notProblemCount++;
                keep(notProblem, line + " (Content-Type " + answer.contentType() + ")");
            }
            String leak = LEAKS.stream().filter(answer.body()::contains).findFirst().orElse(null);
            if (leak != null) {
                leakCount++;
                keep(leaks, "'" + leak + "' in " + line);
            }
        }

        /** An HL7 v2 ACK of AE or AR is that protocol's refusal, sent with 200 as HL7 over HTTP does. */
        private static boolean isHl7Refusal(Answer answer) {
            return answer.body().contains("MSA|AE|") || answer.body().contains("MSA|AR|");
        }

        private static boolean isProblem(Answer answer) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return false;
            }
            try {
                JsonNode body = JSON.readTree(answer.body());
                return body.path("type").isTextual() && body.path("title").isTextual()
                        && body.path("status").asInt() == answer.status();
            } catch (IOException notJson) {
                return false;
            }
        }

        private static void keep(List<String> kept, String line) {
            if (kept.size() < KEPT) {
                kept.add(line);
            }
        }

        public int requests() {
            return requests;
        }

        /** e.g. {@code bad-input referrals-service: requests=2417 5xx=0 stored=0 not-problem=0 leaks=0} */
        public String summary() {
            return String.format("bad-input %s: requests=%d 5xx=%d stored=%d not-problem=%d leaks=%d", service, requests,
                    serverErrorCount, storedCount, notProblemCount, leakCount);
        }

        public boolean clean() {
            return serverErrorCount + storedCount + notProblemCount + leakCount == 0 && !mostlyUnauthorised();
        }

        /** A run whose requests mostly stop at 401/403 never reached validation, and proves nothing. */
        private boolean mostlyUnauthorised() {
            return statuses.getOrDefault(401, 0) + statuses.getOrDefault(403, 0) > requests / 2;
        }

        /** Fails listing the first requests behind every non-zero count. */
        public void assertClean() {
            if (clean()) {
                return;
            }
            StringBuilder message = new StringBuilder(summary()).append(" (seed ").append(seed).append(", statuses ")
                    .append(statuses).append(")");
            if (mostlyUnauthorised()) {
                message.append("\nmost requests were refused before validation (401/403): give tokens with the roles the endpoints need");
            }
            section(message, "5xx", serverErrors);
            section(message, "bad values accepted", stored);
            section(message, "error bodies that are not problem+json", notProblem);
            section(message, "leaks", leaks);
            throw new AssertionError(message.toString());
        }

        private static void section(StringBuilder message, String title, List<String> lines) {
            if (!lines.isEmpty()) {
                message.append("\n").append(title).append(":");
                lines.forEach(line -> message.append("\n  ").append(line));
            }
        }
    }
}
