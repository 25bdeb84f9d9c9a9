package org.carepath.systemtests.fault;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.carepath.events.Topics;
import org.carepath.systemtests.Directory;
import org.carepath.systemtests.ServiceProcess;
import org.carepath.testkit.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;


/**
 * Faults, one at a time, under a steady load of referral submits: {@code kill -9} of
 * referrals-service, of identity-service and of the Kafka broker, and an immediate stop of
 * PostgreSQL, each followed by a restart on the same port and data. After each, every referral
 * that was accepted is on {@code care.referrals.v1} exactly once and on its person's journey
 * exactly once, the service never answered with a 5xx other than 503, and the restarted part and
 * both services were ready again within 30 seconds. A round without a fault comes first, as the
 * control for the counting.
 *
 * <p>Short by default (CI); {@code -Dfault.seconds=300 -Dfault.rate=100} is the long form (see
 * system-tests/README.md). Everything it starts, and their logs, are under target/fault/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    /** Load per round; the fault strikes after the first third of it. */
    private static final Duration ROUND = Duration.ofSeconds(Long.getLong("fault.seconds", 15));
    private static final int RATE = Integer.getInteger("fault.rate", 20);
    private static final int CLIENTS = Integer.getInteger("fault.clients", 8);
    /** How long the killed or stopped part stays down before it is started again. */
    private static final Duration DOWN = Duration.ofSeconds(Long.getLong("fault.down-seconds", 3));
    private static final Duration READY_WITHIN = Duration.ofSeconds(30);
    /** After the load stops: for the clients' last retries, then for the events to reach the journey. */
    private static final Duration DRAIN = Duration.ofSeconds(Long.getLong("fault.drain-seconds", 120));
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("fault.settle-seconds", 120));

    private static final Path HOME = Path.of(System.getProperty("java.io.tmpdir")).resolve("fault");
    private static final List<RoundResult> RESULTS = new ArrayList<>();

    private static PostgresProcess postgres;
    private static KafkaProcess kafka;
    private static ServiceProcess referrals;
    private static ServiceProcess identity;
    private static Deliveries deliveries;
    private static String serviceId;
    private static final DistinctPeople PEOPLE = new DistinctPeople();
    private static final String REFERRER = TestTokens.staff("hana.ahmed", "RX1").teams("ward-7").profession("nurse")
            .roles("referrer").token();

    @BeforeAll
    static void startEverything() throws IOException {
        deleteRecursively(HOME);
        Files.createDirectories(HOME);
        // a test JVM stopped half-way must not leave its PostgreSQL, Kafka and services running
        Runtime.getRuntime().addShutdownHook(new Thread(FaultInjectionIT::stopProcesses, "stop-fault-suite-processes"));
        postgres = PostgresProcess.start(HOME.resolve("postgres"), List.of("referrals", "identity"));
        kafka = KafkaProcess.start(HOME.resolve("kafka"), Topics.ALL, 3);
        referrals = ServiceProcess.start("referrals-service", config("referrals"), HOME.resolve("referrals-service.log"));
        identity = ServiceProcess.start("identity-service", config("identity"), HOME.resolve("identity-service.log"));
        deliveries = new Deliveries(kafka, postgres);
        serviceId = Directory.addReablement(referrals.url());
        say("load: %d referrals/s from %d clients, %s per round, faults held %s", RATE, CLIENTS, ROUND, DOWN);
    }

    @AfterAll
    static void stopEverything() {
        report();
        stopProcesses();
    }

    private static void stopProcesses() {
        Stream.of(identity, referrals).filter(service -> service != null).forEach(ServiceProcess::close);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void withoutAFaultEveryAcceptedReferralIsPublishedAndOnTheJourneyOnce() throws SQLException {
        // the control round: the counting must find nothing wrong when nothing went wrong
        assertHeld(round("none (control)", new Fault(() -> { }, () -> { })));
    }

    @Test
    @Order(2)
    void referralsServiceKilledAndRestarted() throws SQLException {
        assertHeld(round("kill -9 referrals-service", new Fault(referrals::kill, referrals::restart)));
    }

    @Test
    @Order(3)
    void identityServiceKilledAndRestarted() throws SQLException {
        assertHeld(round("kill -9 identity-service", new Fault(identity::kill, identity::restart)));
    }

    @Test
    @Order(4)
    void kafkaKilledAndRestarted() throws SQLException {
        assertHeld(round("kill -9 kafka", new Fault(kafka::kill, kafka::restart)));
    }

    @Test
    @Order(5)
    void postgresStoppedImmediatelyAndStarted() throws SQLException {
        assertHeld(round("postgres immediate stop", new Fault(postgres::stopImmediately, postgres::restart)));
    }

    /** Something to take away and give back. */
    private record Fault(Runnable inject, Runnable restore) {
    }

    /**
     * Load before, during and after the fault, then the count. Time is measured in arrivals: at a
     * fixed rate, the number of referrals sent says how long the load has run.
     */
    private static RoundResult round(String name, Fault fault) throws SQLException {
        say("--- %s", name);
        everythingRunning();
        long total = ROUND.toSeconds() * RATE;
        try (ReferralLoad load = new ReferralLoad(referrals.url(), REFERRER, serviceId, PEOPLE, RATE, CLIENTS)) {
            load.start();
            awaitSent(load, total / 3);

            Instant injected = Instant.now();
            say("inject: %s", name);
            fault.inject().run();
            awaitSent(load, total / 3 + DOWN.toSeconds() * RATE);

            Instant restarted = Instant.now();
            say("restore: %s", name);
            Optional<Duration> ready = restore(fault, restarted);
            awaitSent(load, total);

            say("load stopped; draining the clients' retries");
            load.finish(DRAIN);
            Optional<Duration> recovery = load.firstAcceptedAttemptAfter(injected);
            List<String> people = load.submissions().stream().map(submission -> submission.nhsNumber).toList();
            Map<String, Deliveries.Found> found = settled(load);
            RoundResult result = RoundResult.of(name, load, found, ready, recovery);
            RESULTS.add(result);
            say("%s%n%s", RoundResult.header(), result.line());
            load.examples().forEach(example -> say("unexpected answer: %s", example));
            assertEquals(people.size(), found.size());
            return result;
        }
    }

    /** Brings the part back; empty when it, or a service, was not ready again in time (the count goes on regardless). */
    private static Optional<Duration> restore(Fault fault, Instant restarted) {
        try {
            fault.restore().run();
            awaitEverythingReady();
            Duration ready = Duration.between(restarted, Instant.now());
            say("ready again after %s", ready);
            return Optional.of(ready);
        } catch (RuntimeException e) {
            say("not ready again: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Waits (bounded) until every accepted referral is on the topic and on the journey and the
     * topic has stopped growing, then counts. A late duplicate would show up in the count, a
     * missing one after the bound.
     */
    private static Map<String, Deliveries.Found> settled(ReferralLoad load) throws SQLException {
        List<ReferralLoad.Submission> accepted = load.submissions().stream().filter(ReferralLoad.Submission::accepted).toList();
        List<String> people = load.submissions().stream().map(submission -> submission.nhsNumber).toList();
        List<String> acceptedPeople = accepted.stream().map(submission -> submission.nhsNumber).toList();
        try {
            await().atMost(SETTLE)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> deliveries.find(acceptedPeople).values().stream()
                            .allMatch(found -> !found.publishedReferralIds().isEmpty() && found.journeyEntries() > 0));
            AtomicLong lastSeen = new AtomicLong(-1);
            await().atMost(SETTLE)
                    .pollInterval(Duration.ofMillis(500))
                    .during(Duration.ofSeconds(3))
                    .until(() -> topicUnchanged(lastSeen));
        } catch (ConditionTimeoutException e) {
            say("not settled within %s: counting what is there (%s)", SETTLE, e.getMessage());
        }
        return deliveries.find(people);
    }

    private static boolean topicUnchanged(AtomicLong lastSeen) {
        long now = deliveries.referralRecords();
        return lastSeen.getAndSet(now) == now;
    }

    private static void assertHeld(RoundResult result) {
        assertAll(result.fault(),
                () -> assertEquals(0, result.lost(), "accepted but lost (topic " + result.lostOnTopic() + ", journey "
                        + result.lostOnJourney() + ")"),
                () -> assertEquals(0, result.duplicated(), "duplicated on the topic, the journey or in referrals"),
                () -> assertEquals(0, result.mismatched(), "published under another referral id than the client got"),
                () -> assertEquals(0, result.otherServerErrors(), "5xx other than 503"),
                () -> assertEquals(0, result.clientErrors(), "4xx to a valid referral"),
                () -> assertEquals(result.sent(), result.accepted(), "every referral accepted in the end"),
                () -> assertTrue(result.ready().filter(ready -> ready.compareTo(READY_WITHIN) <= 0).isPresent(),
                        "ready again within " + READY_WITHIN + ": " + result.ready().map(Duration::toString).orElse("never")),
                () -> assertTrue(result.recovery().isPresent(), "a submit got through after the fault"));
    }

    /** A part an earlier fault failed to bring back is started again, so that each fault is judged on its own. */
    private static void everythingRunning() {
        postgres.ensureRunning();
        kafka.ensureRunning();
        referrals.ensureRunning();
        identity.ensureRunning();
        awaitEverythingReady();
    }

    private static void awaitSent(ReferralLoad load, long count) {
        await().atMost(Duration.ofSeconds(count / RATE + 30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> load.submissions().size() >= count);
    }

    /** The restarted part is ready; the services say so too (their readiness covers the database and Kafka). */
    private static void awaitEverythingReady() {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> referrals.isReady() && identity.isReady());
    }

    private static Map<String, String> config(String database) {
        Map<String, String> config = new HashMap<>(postgres.quarkusConfig(database));
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.putAll(TestTokens.quarkusConfig());
        // come back quickly once Kafka returns, rather than after a production-length backoff
        config.put("carepath.outbox.max-backoff", "2s");
        return config;
    }

    private static void report() {
        StringBuilder table = new StringBuilder(RoundResult.header()).append('\n');
        RESULTS.forEach(result -> table.append(result.line()).append('\n'));
        table.append(String.format("load %d referrals/s, %d clients, %s per round, faults held %s; logs in %s%n",
                RATE, CLIENTS, ROUND, DOWN, HOME));
        System.out.println("\n" + table);
        try {
            Files.writeString(HOME.resolve("report.txt"), table, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(LocalTime.now() + " [fault] " + String.format(format, args));
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
