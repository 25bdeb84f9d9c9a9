package org.carepath.systemtests.fault;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Open-loop referral submits, as an integration engine sends them: new referrals arrive at a fixed
 * rate whatever the service is doing, a fixed number of clients (connections) take them in turn,
 * and each client retries its referral with the SAME {@code Idempotency-Key} until the service
 * accepts it (201, or 200 for a retry it recognises). 503s, refused connections and timeouts are
 * retried with a capped backoff; every other answer is recorded.
 */
final class ReferralLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(2);
    private static final int EXAMPLES_KEPT = 20;

    /** One referral of the load and what became of it. */
    static final class Submission {
        final String nhsNumber;
        final String idempotencyKey = UUID.randomUUID().toString();
        final String body;
        volatile int attempts;
        volatile String referralId;
        volatile int acceptedWith;
        volatile Instant acceptedAt;
        volatile Instant acceptedAttemptStartedAt;
        volatile String refusal;

        Submission(String nhsNumber, String body) {
            this.nhsNumber = nhsNumber;
            this.body = body;
        }

        boolean accepted() {
            return referralId != null;
        }
    }

    private final String url;
    private final String token;
    private final String serviceId;
    private final Supplier<String> people;
    private final Duration interval;
    private final Semaphore clients;
    private final int clientCount;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
    private final Queue<Submission> waiting = new ConcurrentLinkedQueue<>();
    private final Queue<Submission> all = new ConcurrentLinkedQueue<>();
    private final Queue<String> examples = new ConcurrentLinkedQueue<>();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong connectionErrors = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong otherServerErrors = new AtomicLong();
    private final AtomicLong clientErrors = new AtomicLong();
    private volatile ScheduledFuture<?> schedule;
    private volatile boolean givenUp;

    ReferralLoad(String url, String token, String serviceId, Supplier<String> people, int perSecond, int clientCount) {
        this.url = url;
        this.token = token;
        this.serviceId = serviceId;
        this.people = people;
        this.interval = Duration.ofNanos(1_000_000_000L / perSecond);
        this.clientCount = clientCount;
        this.clients = new Semaphore(clientCount);
    }

    void start() {
        schedule = arrivals.scheduleAtFixedRate(this::arrive, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** No new referrals; the clients go on with those they have until each is accepted or {@code patience} runs out. */
    void finish(Duration patience) {
        schedule.cancel(false);
        try {
            await().atMost(patience)
                    .pollInterval(Duration.ofMillis(200))
                    .until(this::idle);
        } catch (ConditionTimeoutException e) {
            // what is still unaccepted is reported as such; stop retrying so the next round starts clean
            givenUp = true;
            await().atMost(REQUEST_TIMEOUT.plus(LONGEST_RETRY).multipliedBy(2))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> clients.availablePermits() == clientCount);
        }
    }

    List<Submission> submissions() {
        return List.copyOf(all);
    }

    long unavailable() {
        return unavailable.get();
    }

    long connectionErrors() {
        return connectionErrors.get();
    }

    long timeouts() {
        return timeouts.get();
    }

    long otherServerErrors() {
        return otherServerErrors.get();
    }

    long clientErrors() {
        return clientErrors.get();
    }

    /** The first few unexpected answers (status and body), as evidence. */
    List<String> examples() {
        return List.copyOf(examples);
    }

    /**
     * How long after {@code since} the first submit was accepted whose attempt started at or after
     * it: the time until a client sending then got through.
     */
    Optional<Duration> firstAcceptedAttemptAfter(Instant since) {
        return all.stream()
                .filter(Submission::accepted)
                .filter(submission -> !submission.acceptedAttemptStartedAt.isBefore(since))
                .map(submission -> submission.acceptedAt)
                .min(Instant::compareTo)
                .map(at -> Duration.between(since, at));
    }

    @Override
    public void close() {
        givenUp = true;
        arrivals.shutdownNow();
    }

    private boolean idle() {
        return waiting.isEmpty() && clients.availablePermits() == clientCount;
    }

    private void arrive() {
        String nhsNumber = people.get();
        Submission submission = new Submission(nhsNumber, body(nhsNumber));
        all.add(submission);
        waiting.add(submission);
        dispatch();
    }

    /** Hands waiting referrals to free clients; called on every arrival and whenever a client is done. */
    private void dispatch() {
        while (!waiting.isEmpty() && clients.tryAcquire()) {
            Submission next = waiting.poll();
            if (next == null) {
                clients.release();
                return;
            }
            submit(next).whenComplete((done, failure) -> {
                clients.release();
                dispatch();
            });
        }
    }

    private CompletableFuture<Void> submit(Submission submission) {
        return attempt(submission, 0);
    }

    private CompletableFuture<Void> attempt(Submission submission, int retry) {
        if (givenUp) {
            return CompletableFuture.completedFuture(null);
        }
        Instant started = Instant.now();
        submission.attempts++;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/referrals"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", submission.idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(submission.body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, failure) -> settled(submission, started, response, failure))
                .thenCompose(retryNeeded -> retryNeeded ? later(submission, retry) : CompletableFuture.completedFuture(null));
    }

    private CompletableFuture<Void> later(Submission submission, int retry) {
        long wait = Math.min(LONGEST_RETRY.toMillis(), FIRST_RETRY.toMillis() << Math.min(retry, 10));
        var delayed = CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> null, delayed)
                .thenCompose(ignored -> attempt(submission, retry + 1));
    }

    /** Records the answer; true when the client should try the same referral again. */
    private boolean settled(Submission submission, Instant started, HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            (cause instanceof HttpTimeoutException ? timeouts : connectionErrors).incrementAndGet();
            if (!(cause instanceof IOException)) {
                remember("client failure " + cause);
            }
            return true;
        }
        int status = response.statusCode();
        if (status == 201 || status == 200) {
            submission.referralId = referralId(response.body());
            submission.acceptedWith = status;
            submission.acceptedAttemptStartedAt = started;
            submission.acceptedAt = Instant.now();
            return false;
        }
        if (status == 503) {
            unavailable.incrementAndGet();
            return true;
        }
        remember(status + " " + response.body());
        if (status >= 500) {
            // an integration engine retries a server error too; it is still counted against the service
            otherServerErrors.incrementAndGet();
            return true;
        }
        clientErrors.incrementAndGet();
        submission.refusal = status + " " + response.body();
        return false;
    }

    private void remember(String example) {
        if (examples.size() < EXAMPLES_KEPT) {
            examples.add(Instant.now() + " " + example);
        }
    }

    private String body(String nhsNumber) {
        var body = Map.of("subject", Map.of("nhsNumber", nhsNumber), "serviceId", serviceId,
                "reason", "Fault suite referral for " + nhsNumber,
                "needsDomains", List.of("personal-care-and-daily-living"), "priority", "urgent",
                "consentBasis", "consent-given",
                // every referral is a new, confirmed one: the duplicate guard must not refuse it
                "duplicateReason", "fault suite load");
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String referralId(String body) {
        try {
            return JSON.readTree(body).get("id").asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a 2xx without a referral id: " + body, e);
        }
    }
}
