package org.carepath.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * identity-service's projection rebuild, timed. A background job (POST answers at once) is polled
 * with GET until it has switched over; its own {@code eventsPerSecond} and {@code read} are
 * reported beside the wall-clock rate. The synchronous POST of earlier builds is timed here; should
 * it not answer within the bound, the rate is the journey entries rebuilt so far over the time
 * taken (a lower bound), read from identity's database.
 */
final class Rebuild {

    private static final String URL = Api.IDENTITY + "/ops/projections/rebuild";

    private Rebuild() {
    }

    static Map<String, Object> measure(Api api, String opsToken, long timeoutSeconds) throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> post = api.http.sendAsync(HttpRequest.newBuilder(URI.create(URL))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Authorization", "Bearer " + opsToken)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> answer = answerWithin(post, 10);
        if (answer == null) {
            return synchronousStillRunning(post, start, timeoutSeconds, json);
        }
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST /ops/projections/rebuild answered " + answer.statusCode() + ": " + answer.body());
        }
        RebuildProgress progress = RebuildProgress.of(Api.JSON.readTree(answer.body()));
        if (progress.synchronous()) {
            return finished(progress, start, json);
        }
        while (progress.running() && System.nanoTime() - start < timeoutSeconds * 1_000_000_000L) {
            Thread.sleep(500);
            progress = RebuildProgress.of(api.call("GET", URL, opsToken, null, 200));
        }
        return finished(progress, start, json);
    }

    private static Map<String, Object> finished(RebuildProgress progress, long start, Map<String, Object> json) {
        double seconds = (System.nanoTime() - start) / 1e9;
        json.putAll(progress.json());
        json.put("seconds", Latencies.round(seconds));
        json.put("wallClockEventsPerSecond", Latencies.round(progress.read() / seconds));
        json.put("complete", progress.switched());
        return json;
    }

    private static Map<String, Object> synchronousStillRunning(CompletableFuture<HttpResponse<String>> post, long start,
            long timeoutSeconds, Map<String, Object> json) throws Exception {
        try (Connection identity = Db.connect("identity")) {
            HttpResponse<String> answer = null;
            while (answer == null && System.nanoTime() - start < timeoutSeconds * 1_000_000_000L) {
                answer = answerWithin(post, 2);
            }
            if (answer != null && answer.statusCode() == 200) {
                return finished(RebuildProgress.of(Api.JSON.readTree(answer.body())), start, json);
            }
            long entries = Db.count(identity, "select count(*) from journey_entry");
            double seconds = (System.nanoTime() - start) / 1e9;
            json.put("mode", "synchronous");
            json.put("state", answer == null ? "unfinished" : "HTTP " + answer.statusCode());
            json.put("journeyEntriesRebuilt", entries);
            json.put("seconds", Latencies.round(seconds));
            json.put("wallClockEventsPerSecond", Latencies.round(entries / seconds));
            json.put("complete", false);
            return json;
        }
    }

    private static HttpResponse<String> answerWithin(CompletableFuture<HttpResponse<String>> post, long seconds) throws Exception {
        try {
            return post.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                return null;
            }
            throw e;
        }
    }
}
