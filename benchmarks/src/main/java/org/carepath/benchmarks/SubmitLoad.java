package org.carepath.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import io.vertx.core.http.HttpMethod;

/** POST /referrals load: closed loop (N connections back to back) or open loop (a fixed rate); any request's open loop. */
final class SubmitLoad {

    // long: a client giving up cancels the request, which wedges the older services (issue #11, item 0)
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_SENDING_AFTER = Duration.ofSeconds(30);

    /** A referral the service accepted, with the wall-clock instant the client sent it. */
    record Accepted(String nhsNumber, Instant sentAt) {
    }

    /** What one load phase did. */
    static final class Outcome {
        /** The answer that means done: 201 for a submit, 200 for a read. */
        final int done;
        final Latencies latencies = new Latencies();
        /** Open loop only: from the actual send, i.e. what a coordinated-omission-blind client reports. */
        final Latencies uncorrected = new Latencies();
        final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        final Queue<Accepted> accepted = new ConcurrentLinkedQueue<>();
        final LongAdder created = new LongAdder();
        long elapsedNanos;

        Outcome(int done) {
            this.done = done;
        }

        double acceptedPerSecond() {
            return created.sum() / (elapsedNanos / 1e9);
        }

        long failed() {
            return answers.entrySet().stream()
                    .filter(answer -> !answer.getKey().equals(Integer.toString(done)))
                    .mapToLong(answer -> answer.getValue().sum())
                    .sum();
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("seconds", Latencies.round(elapsedNanos / 1e9));
            json.put("accepted", created.sum());
            json.put("acceptedPerSecond", Latencies.round(acceptedPerSecond()));
            Map<String, Long> byAnswer = new LinkedHashMap<>();
            answers.forEach((answer, count) -> byAnswer.put(answer, count.sum()));
            json.put("answers", byAnswer);
            json.put("latency", latencies.json());
            return json;
        }
    }

    private final Api api;
    private final String serviceId;
    private final String runId;
    private final NhsNumberSequence people;

    SubmitLoad(Api api, String serviceId, String runId, NhsNumberSequence people) {
        this.api = api;
        this.serviceId = serviceId;
        this.runId = runId;
        this.people = people;
    }

    /** {@code connections} clients, each sending the next referral as soon as the last one is answered. */
    Outcome closedLoop(String token, int connections, Duration duration) throws InterruptedException {
        Outcome outcome = new Outcome(201);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        CountDownLatch stopped = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            sendUntil(token, end, outcome, stopped);
        }
        // each client stops at its first answer after the end, at most a request timeout later
        stopped.await();
        outcome.elapsedNanos = System.nanoTime() - start;
        return outcome;
    }

    /** One client of a closed loop: a chain of requests, each sent when the one before it is answered. */
    private void sendUntil(String token, long end, Outcome outcome, CountDownLatch stopped) {
        if (System.nanoTime() >= end) {
            stopped.countDown();
            return;
        }
        String nhsNumber = people.next();
        Instant sentAt = Instant.now();
        long sent = System.nanoTime();
        api.load.send(request(token, nhsNumber)).onComplete(answer -> {
            if (answer.succeeded()) {
                outcome.latencies.recordNanos(System.nanoTime() - sent);
                count(outcome, answer.result(), nhsNumber, sentAt);
            } else {
                failed(outcome, answer.cause());
            }
            sendUntil(token, end, outcome, stopped);
        });
    }

    /** {@code perSecond} new referrals on a fixed schedule ({@link #openLoop(Api, int, Duration, int, Supplier)}). */
    Outcome openLoop(String token, int perSecond, Duration duration, int maxInFlight) throws InterruptedException {
        return openLoop(api, perSecond, duration, maxInFlight, () -> {
            String nhsNumber = people.next();
            return new Call(request(token, nhsNumber), nhsNumber, 201);
        });
    }

    /** One request of an open loop, about a person, and the answer that means it was done. */
    record Call(LoadClient.Request request, String nhsNumber, int done) {
    }

    /**
     * {@code perSecond} requests on a fixed schedule whatever the answers. Each latency runs from
     * the request's intended send time, so a stall is charged to every request it delayed
     * (no coordinated omission); at most {@code maxInFlight} are outstanding at once.
     */
    static Outcome openLoop(Api api, int perSecond, Duration duration, int maxInFlight, Supplier<Call> calls)
            throws InterruptedException {
        Outcome outcome = null;
        Semaphore inFlight = new Semaphore(maxInFlight);
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long total = duration.toSeconds() * perSecond;
        long start = System.nanoTime();
        // a service far slower than the rate would hold the schedule up for ever: stop sending a while after its end
        long stopSending = start + duration.toNanos() + STOP_SENDING_AFTER.toNanos();
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            Call call = calls.get();
            if (outcome == null) {
                outcome = new Outcome(call.done());
            }
            waitUntil(intended);
            if (!inFlight.tryAcquire(Math.max(0, stopSending - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                notSent(outcome, start, interval, i, total);
                break;
            }
            send(api, call, intended, outcome, inFlight);
        }
        // every request either answers or times out: the wait is bounded by the request timeout
        if (!inFlight.tryAcquire(maxInFlight, REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("open loop: requests still outstanding after their timeout");
        }
        outcome = outcome == null ? new Outcome(201) : outcome;
        outcome.elapsedNanos = System.nanoTime() - start;
        return outcome;
    }

    /** Requests the schedule wanted but the client gave up sending: each counts as late as it already is. */
    private static void notSent(Outcome outcome, long start, long interval, long from, long total) {
        long now = System.nanoTime();
        for (long i = from; i < total; i++) {
            outcome.latencies.recordNanos(now - (start + i * interval));
        }
        outcome.answers.computeIfAbsent("not sent", key -> new LongAdder()).add(total - from);
    }

    private static void send(Api api, Call call, long intended, Outcome outcome, Semaphore inFlight) {
        Instant sentAt = Instant.now();
        long sent = System.nanoTime();
        api.load.send(call.request()).onComplete(answer -> {
            long done = System.nanoTime();
            outcome.latencies.recordNanos(done - intended);
            outcome.uncorrected.recordNanos(done - sent);
            if (answer.succeeded()) {
                count(outcome, answer.result(), call.nhsNumber(), sentAt);
            } else {
                failed(outcome, answer.cause());
            }
            inFlight.release();
        });
    }

    /** A request without an answer (a timeout, a refused or closed connection): counted by what went wrong. */
    private static void failed(Outcome outcome, Throwable failure) {
        outcome.answers.computeIfAbsent(failure.getClass().getSimpleName(), key -> new LongAdder()).increment();
    }

    private static void count(Outcome outcome, int status, String nhsNumber, Instant sentAt) {
        outcome.answers.computeIfAbsent(Integer.toString(status), key -> new LongAdder()).increment();
        if (status == outcome.done) {
            outcome.created.increment();
            outcome.accepted.add(new Accepted(nhsNumber, sentAt));
        }
    }

    private static void waitUntil(long nanoTime) {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    private LoadClient.Request request(String token, String nhsNumber) {
        return new LoadClient.Request(HttpMethod.POST, Api.REFERRALS + "/referrals",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), body(nhsNumber),
                REQUEST_TIMEOUT);
    }

    /** The body of a benchmark referral of the person to the benchmark's service. */
    String body(String nhsNumber) {
        // duplicateReason: a rerun may draw a number an earlier run used; the guard then asks for a reason
        return "{\"subject\":{\"nhsNumber\":\"" + nhsNumber + "\"},\"serviceId\":\"" + serviceId + "\","
                + "\"priority\":\"routine\",\"consentBasis\":\"consent-given\","
                + "\"needsDomains\":[\"personal-care-and-daily-living\"],"
                + "\"reason\":\"Benchmark referral (" + runId + "): support at home after discharge\","
                + "\"duplicateReason\":\"benchmark run " + runId + "\"}";
    }
}
