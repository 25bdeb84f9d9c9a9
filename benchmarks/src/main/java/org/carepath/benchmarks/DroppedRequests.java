package org.carepath.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Issue #11's last target: after 10,000 requests dropped by their clients mid-flight, every service
 * still answers at full speed. Each service is probed (a closed loop of authenticated reads of a
 * record that does not exist: the token checked, a database round trip, a 404 or a refusal) before and after
 * 10,000 requests, a quarter to each service, are written to raw sockets that are reset 0 to 300 ms
 * later, most of them mid-transaction; referrals-service's share is half submits. A leaked pooled
 * connection or a transaction left open shows as a slower or failing probe afterwards.
 */
final class DroppedRequests {

    static final int DROPPED = 10_000;
    private static final int OPEN_AT_ONCE = 64;
    private static final int PROBE_CONNECTIONS = 4;
    private static final Duration READY_AGAIN = Duration.ofSeconds(120);

    /** One probe of one service: the rate of its answers (not 5xx, not failed), and every answer counted. */
    record Probe(double perSecond, Map<String, Long> answers) {

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("perSecond", Latencies.round(perSecond));
            json.put("answers", answers);
            return json;
        }
    }

    private final Api api;
    private final String token;
    private final SubmitLoad load;
    private final NhsNumberSequence people;
    private final Duration probe;

    DroppedRequests(Api api, String token, SubmitLoad load, NhsNumberSequence people, Duration probe) {
        this.api = api;
        this.token = token;
        this.load = load;
        this.people = people;
        this.probe = probe;
    }

    /** Every service's probe. */
    Map<String, Probe> probeAll() throws InterruptedException {
        Map<String, Probe> probes = new LinkedHashMap<>();
        for (String service : Services.SERVICES) {
            probes.put(service, probe(service));
        }
        return probes;
    }

    /** Sends {@link #DROPPED} requests round the services and resets each socket after 0 to 300 ms. */
    void drop() throws Exception {
        ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor();
        Semaphore open = new Semaphore(OPEN_AT_ONCE);
        List<String> services = Services.SERVICES;
        try {
            for (int i = 0; i < DROPPED; i++) {
                String service = services.get(i % services.size());
                open.acquire();
                Socket socket = new Socket("127.0.0.1", Ports.http(service));
                socket.setSoLinger(true, 0);
                send(socket, request(service, i / services.size()));
                closer.schedule(() -> reset(socket, open), i % 31 * 10L, TimeUnit.MILLISECONDS);
            }
        } finally {
            closer.shutdown();
        }
        if (!closer.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the dropped requests' sockets were not all reset");
        }
    }

    /** Waits until every service says it is ready again: a wedged pool fails its liveness and readiness. */
    void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + READY_AGAIN.toNanos();
        for (String service : Services.SERVICES) {
            while (!api.ready(service)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + "-service not ready " + READY_AGAIN.toSeconds()
                            + " s after the dropped requests");
                }
                Thread.sleep(200);
            }
        }
    }

    private Probe probe(String service) throws InterruptedException {
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        LongAdder answered = new LongAdder();
        long start = System.nanoTime();
        long end = start + probe.toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < PROBE_CONNECTIONS; i++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    String answer = read(service);
                    answers.computeIfAbsent(answer, key -> new LongAdder()).increment();
                    if (answered(answer)) {
                        answered.increment();
                    }
                }
            }, "probe-" + service + "-" + i);
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> counted = new LinkedHashMap<>();
        answers.forEach((answer, count) -> counted.put(answer, count.sum()));
        return new Probe(answered.sum() / seconds, counted);
    }

    /** An answer from the service itself: not a 5xx, not a connection that failed or timed out. */
    static boolean answered(String answer) {
        return answer.matches("[1-4]\\d\\d");
    }

    private String read(String service) {
        try {
            HttpResponse<Void> response = api.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + Ports.http(service) + missingRecord(service)))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            return Integer.toString(response.statusCode());
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** A read of a record nobody has: the same work as a real read up to the answer, and no one's data. */
    private String missingRecord(String service) {
        return switch (service) {
            case "referrals" -> "/referrals/" + UUID.randomUUID();
            case "careplan" -> "/care-plans/" + UUID.randomUUID();
            case "discharge" -> "/episodes/" + UUID.randomUUID();
            case "identity" -> "/persons/" + people.next() + "/journey";
            default -> throw new IllegalArgumentException(service);
        };
    }

    private String request(String service, int nth) {
        if (service.equals("referrals") && nth % 2 == 0) {
            byte[] body = load.body(people.next()).getBytes(StandardCharsets.UTF_8);
            return "POST /referrals HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n"
                    + new String(body, StandardCharsets.UTF_8);
        }
        return "GET " + missingRecord(service) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    }

    private static void send(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void reset(Socket socket, Semaphore open) {
        try {
            socket.close();
        } catch (IOException e) {
            // already reset by the other side: dropped all the same
        } finally {
            open.release();
        }
    }
}
