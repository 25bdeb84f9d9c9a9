package org.carepath.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Runs the measurements of issue #11 against the platform the launcher started (benchmarks/run
 * starts it), prints a table beside the baseline and targets, and writes JSON to
 * benchmarks/results/&lt;date&gt;-&lt;host&gt;.json. One failing measurement is reported and the rest go on.
 */
public final class Bench {

    private static final String NONE = "-";

    private final Options options;
    private final Api api = new Api();
    private final Table table = new Table();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final String runId = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
            + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    private NhsNumberSequence people;
    private SubmitLoad load;
    private Double submitPerSecond;

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(Options.parse(args));
        try (Api api = bench.api) {
            bench.run();
        }
    }

    private void run() throws Exception {
        LocalDate date = LocalDate.now(ZoneOffset.UTC);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("CarePath benchmarks, run %s: %s, %d cores, commit %s%n", runId, options.host(), cores, options.commit());
        String serviceId = api.benchService(api.token("carepath.admin"));
        people = new NhsNumberSequence(ThreadLocalRandom.current().nextLong(1_000_000));
        load = new SubmitLoad(api, serviceId, runId, people);

        measure("submit", this::submitThroughput);
        measure("pgbench", this::pgbench);
        measure("journey", this::submitToJourney);
        measure("relay", this::relayBacklog);
        measure("dropped", this::droppedRequests);
        measure("region", this::busyRegion);
        measure("memory", this::memory);
        measure("start", this::startTimes);
        measure("up", this::upTime);
        measure("rebuild", this::rebuild);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", date.toString());
        report.put("host", options.host());
        report.put("cores", cores);
        report.put("commit", options.commit());
        report.put("runId", runId);
        report.put("options", Map.of("seconds", options.seconds(), "connections", options.connections(),
                "rate", options.rate(), "backlog", options.backlog()));
        report.put("results", results);
        Path file = options.repo().resolve("benchmarks/results/" + date + "-" + options.host() + ".json");
        Files.createDirectories(file.getParent());
        Api.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), report);

        System.out.println();
        System.out.printf("CarePath benchmarks, %s, %s (%d cores), commit %s%n%n", date, options.host(), cores, options.commit());
        System.out.print(table.render());
        System.out.println();
        System.out.println("JSON: " + options.repo().relativize(file));
    }

    private interface Measurement {
        void run() throws Exception;
    }

    private void measure(String name, Measurement measurement) {
        if (!options.runs(name)) {
            return;
        }
        try {
            measurement.run();
        } catch (Exception e) {
            System.out.printf("    %s failed: %s%n", name, e);
            results.put(name, Map.of("error", String.valueOf(e.getMessage())));
            table.add(name, "failed: " + e.getClass().getSimpleName(), NONE, NONE);
        }
    }

    private void submitThroughput() throws Exception {
        String token = api.token("hana.ahmed");
        step("warm-up: %d s of POST /referrals at %d connections (not counted)", options.warmup(), options.connections());
        load.closedLoop(token, options.connections(), Duration.ofSeconds(options.warmup()));
        drain();
        step("submit throughput: %d s of POST /referrals at %d connections, closed loop", options.seconds(), options.connections());
        Services services = new Services(options.repo(), api);
        Map<String, Long> cpuBefore = services.cpuMillis();
        SubmitLoad.Outcome outcome = load.closedLoop(token, options.connections(), Duration.ofSeconds(options.seconds()));
        Map<String, Long> cpuAfter = services.cpuMillis();
        submitPerSecond = outcome.acceptedPerSecond();
        results.put("submitThroughput", outcome.json());
        table.add("submit throughput, " + options.connections() + " connections", perSecond(submitPerSecond, "req/s")
                + failures(outcome), "~355 req/s", NONE);
        table.add("  submit latency p50 / p99", millis(outcome.latencies), NONE, NONE);
        cpuPer("cpuMillisPerReferral", "  CPU per referral, all processes", "~20 ms (2026-12-02)", cpuBefore, cpuAfter,
                outcome.created.sum());
        drain();
    }

    /**
     * Where the CPU went during a load phase, per answered request and per process: the consumers keep
     * up at the rates measured, so their share of each request falls in the same window.
     */
    private void cpuPer(String key, String label, String baseline, Map<String, Long> before, Map<String, Long> after,
            long answered) {
        if (answered == 0) {
            return;
        }
        Map<String, Double> perRequest = new LinkedHashMap<>();
        after.forEach((part, millis) -> perRequest.put(part,
                Latencies.round((double) (millis - before.getOrDefault(part, millis)) / answered)));
        double total = perRequest.values().stream().mapToDouble(Double::doubleValue).sum();
        perRequest.put("total", Latencies.round(total));
        results.put(key, perRequest);
        table.add(label, String.format("%.1f ms (%s)", total, perRequest.entrySet().stream()
                .filter(part -> !part.getKey().equals("total"))
                .map(part -> part.getKey() + " " + part.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("")), baseline, NONE);
    }

    private void pgbench() throws Exception {
        step("PostgreSQL ceiling: pgbench, referral + outbox insert, %d clients, %d s", options.connections(), options.seconds());
        Map<String, Object> outcome = PgCeiling.measure(options.repo().resolve("benchmarks/pgbench"), options.connections(),
                options.seconds());
        Double tps = (Double) outcome.get("transactionsPerSecond");
        String share = NONE;
        if (tps != null && submitPerSecond != null) {
            outcome.put("submitShareOfCeilingPercent", Latencies.round(100 * submitPerSecond / tps));
            share = String.format("submit = %.1f%% of it", 100 * submitPerSecond / tps);
        }
        results.put("postgresCeiling", outcome);
        table.add("  PostgreSQL ceiling, same 2-row transaction", perSecond(tps, "tx/s") + (share.equals(NONE) ? "" : ", " + share),
                NONE, NONE);
    }

    private void submitToJourney() throws Exception {
        String token = api.token("hana.ahmed");
        step("open loop: %d referrals/s for %d s (latency from each request's intended send time)", options.rate(), options.seconds());
        SubmitLoad.Outcome outcome = load.openLoop(token, options.rate(), Duration.ofSeconds(options.seconds()), 256);
        Map<String, Object> submit = outcome.json();
        submit.put("uncorrectedLatency", outcome.uncorrected.json());
        results.put("submitOpenLoop", submit);
        table.add("submit at " + options.rate() + "/s open loop, p50 / p99 (CO-corrected)", millis(outcome.latencies)
                + failures(outcome), NONE, NONE);
        step("submit -> journey: waiting (up to %d s) for the %d accepted referrals on identity's journey",
                options.journeyTimeout(), outcome.created.sum());
        JourneyLag.Outcome journey = JourneyLag.measure(new ArrayList<>(outcome.accepted), options.journeyTimeout());
        results.put("submitToJourney", journey.json());
        String measured = millis(journey.latencies);
        if (!journey.complete()) {
            measured = ">= " + measured + String.format(" (%d of %d on the journey after %d s)", journey.onJourney,
                    journey.accepted, journey.waitedSeconds);
        }
        table.add("submit -> journey at " + options.rate() + "/s, p50 / p99", measured,
                "0.4-2 s idle; minutes behind under load", "p99 <= 100 ms");
        drain();
    }

    /** Issue #17: the plans of a busy region's queries over its data, and journey reads at the rate with 1M entries. */
    private void busyRegion() throws Exception {
        step("busy region: %,d referrals, %,d journey entries, %,d hospital stays in the databases (loaded once)",
                BusyRegion.PEOPLE * BusyRegion.REFERRALS_PER_PERSON, BusyRegion.PEOPLE * BusyRegion.ENTRIES_PER_PERSON,
                BusyRegion.PEOPLE * BusyRegion.STAYS_PER_PERSON);
        BusyRegion region = BusyRegion.load();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", BusyRegion.sizes());
        Map<String, Object> plans = new LinkedHashMap<>();
        for (BusyRegion.Plan plan : region.plans()) {
            plans.put(plan.query(), plan.json());
            table.add("  plan: " + plan.query(), String.format("%s, %.2f ms%s%s", plan.plan(), plan.executionMs(),
                    plan.usesIndex() ? "" : ", no index", plan.scansTable() ? ", scans a whole table" : ""), NONE,
                    "an index, no full scan");
        }
        json.put("plans", plans);
        String token = api.token("hana.ahmed");
        step("journey reads: %d s warm-up, then %d reads/s for %d s of people with %d entries each (open loop)",
                options.seconds() / 3, options.rate(), options.seconds(), BusyRegion.ENTRIES_PER_PERSON);
        region.journeyReads(api, token, options.rate(), Duration.ofSeconds(Math.max(1, options.seconds() / 3)));
        Services services = new Services(options.repo(), api);
        Map<String, Long> cpuBefore = services.cpuMillis();
        SubmitLoad.Outcome reads = region.journeyReads(api, token, options.rate(), Duration.ofSeconds(options.seconds()));
        Map<String, Long> cpuAfter = services.cpuMillis();
        json.put("journeyReads", reads.json());
        results.put("busyRegion", json);
        table.add("journey read at " + options.rate() + "/s, " + BusyRegion.sizes().get("journeyEntries")
                + " entries, p50 / p99", millis(reads.latencies) + failures(reads), NONE, "p99 <= 20 ms");
        cpuPer("cpuMillisPerJourneyRead", "  CPU per journey read, all processes", "~18 ms in identity (2026-12-06)",
                cpuBefore, cpuAfter, reads.created.sum());
    }

    private void relayBacklog() throws Exception {
        step("relay: %d rows inserted into referrals' outbox, timed until published (up to %d s)", options.backlog(),
                options.relayTimeout());
        RelayBacklog.Outcome outcome = RelayBacklog.measure(runId, options.backlog(), options.relayTimeout());
        results.put("relayBacklog", outcome.json());
        String measured = perSecond(outcome.eventsPerSecond(), "events/s");
        if (!outcome.complete) {
            measured += String.format(" (%d of %d in %.0f s; rest removed)", outcome.published, outcome.rows, outcome.seconds);
        } else {
            measured += String.format(" (%d in %.1f s%s)", outcome.rows, outcome.seconds,
                    outcome.dead > 0 ? ", " + outcome.dead + " dead" : "");
        }
        table.add("relay draining a " + options.backlog() / 1000 + "k backlog", measured, "~86-100 events/s", ">= 5,000 events/s");
    }

    private void droppedRequests() throws Exception {
        DroppedRequests dropped = new DroppedRequests(api, api.token("hana.ahmed"), load, people,
                Duration.ofSeconds(Math.max(5, options.seconds() / 3)));
        step("dropped requests: each service probed (after a warm-up probe), %,d requests reset by their clients mid-flight, probed again",
                DroppedRequests.DROPPED);
        dropped.probeAll(); // a warm-up, not counted: a cold JIT would make every service look faster afterwards
        Map<String, DroppedRequests.Probe> before = dropped.probeAll();
        dropped.drop();
        dropped.awaitReady();
        drain();
        // the dropped submits that committed are consumed by three services: probe once that is done
        Kafka.awaitConsumersCaughtUp(Duration.ofSeconds(options.drainTimeout()));
        Map<String, DroppedRequests.Probe> after = dropped.probeAll();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dropped", DroppedRequests.DROPPED);
        for (String service : Services.SERVICES) {
            DroppedRequests.Probe was = before.get(service);
            DroppedRequests.Probe is = after.get(service);
            json.put(service, Map.of("before", was.json(), "after", is.json()));
            table.add(String.format("after %,d dropped requests, %s reads", DroppedRequests.DROPPED, service),
                    String.format("%s before, %s after (%.0f%%)%s", perSecond(was.perSecond(), "req/s"),
                            perSecond(is.perSecond(), "req/s"), 100 * is.perSecond() / was.perSecond(),
                            is.answers().keySet().stream().allMatch(DroppedRequests::answered) ? "" : " answers " + is.answers()),
                    "wedged until killed", "full speed");
        }
        results.put("droppedRequests", json);
    }

    private void memory() throws Exception {
        Map<String, Long> rss = new Services(options.repo(), api).rssMegabytes();
        results.put("rssMegabytesAfterLoad", rss);
        rss.forEach((part, megabytes) -> table.add("RSS after the load, " + part, megabytes + " MB", NONE,
                Services.STARTED.contains(part) ? "<= 200 MB (#17)" : NONE));
    }

    private void startTimes() throws Exception {
        Services services = new Services(options.repo(), api);
        Map<String, Object> seconds = new LinkedHashMap<>();
        for (String service : Services.STARTED) {
            step("start time: stopping %s, `carepath up` starts it again", service);
            try {
                double took = services.restartSeconds(service);
                seconds.put(service, Latencies.round(took));
                table.add("start time (process start -> ready), " + service, String.format("%.1f s", took), NONE,
                        "<= 30 s after a restart (#11), <= 2 s alone (#17)");
            } catch (Exception e) {
                seconds.put(service, "failed: " + e.getMessage());
                table.add("start time, " + service, "failed: " + e.getMessage(), NONE, NONE);
            }
        }
        results.put("startSeconds", seconds);
    }

    private void upTime() throws Exception {
        step("up: deploy/local/carepath down, then up until every part is healthy");
        Services.UpTime up = new Services(options.repo(), api).upSeconds();
        results.put("upSeconds", Map.of("seconds", Latencies.round(up.seconds()), "includesBuild", up.built()));
        table.add("up -> every part healthy", String.format("%.1f s%s", up.seconds(), up.built() ? " (with a build)" : " (jars built)"),
                NONE, "<= 60 s, Maven repository warm (#17)");
    }

    private void rebuild() throws Exception {
        step("rebuild: POST /ops/projections/rebuild on identity-service (up to %d s)", options.rebuildTimeout());
        Map<String, Object> outcome = Rebuild.measure(api, api.token("ops.duty"), options.rebuildTimeout());
        results.put("rebuild", outcome);
        Object rate = outcome.get("eventsPerSecond") != null ? outcome.get("eventsPerSecond") : outcome.get("wallClockEventsPerSecond");
        String measured = rate instanceof Number number ? perSecond(number.doubleValue(), "events/s") : NONE;
        if (Boolean.TRUE.equals(outcome.get("complete"))) {
            measured += String.format(" (%s events in %s s)", outcome.get("read"), outcome.get("seconds"));
        } else {
            measured += String.format(" (%s after %s s: %s journey entries so far)", outcome.get("state"), outcome.get("seconds"),
                    outcome.getOrDefault("journeyEntriesRebuilt", outcome.get("read")));
        }
        table.add("rebuild", measured, "~13 events/s", ">= 20,000 events/s");
    }

    private void drain() throws Exception {
        Db.awaitOutboxDrained(options.drainTimeout());
    }

    private static void step(String format, Object... arguments) {
        System.out.printf("==> " + format + "%n", arguments);
    }

    private static String perSecond(Double value, String unit) {
        return value == null || value.isNaN() ? NONE : String.format("%,.0f %s", value, unit);
    }

    private static String millis(Latencies latencies) {
        return String.format("%s / %s ms", number(latencies.percentileMillis(50)), number(latencies.percentileMillis(99)));
    }

    private static String number(double millis) {
        return Double.isNaN(millis) ? NONE : millis >= 100 ? String.format("%,.0f", millis) : String.format("%.1f", millis);
    }

    private static String failures(SubmitLoad.Outcome outcome) {
        long failed = outcome.failed();
        return failed == 0 ? "" : " (" + failed + " not accepted: " + describe(outcome) + ")";
    }

    private static String describe(SubmitLoad.Outcome outcome) {
        List<String> parts = new ArrayList<>();
        outcome.answers.forEach((answer, count) -> {
            if (!answer.equals("201")) {
                parts.add(answer + " x" + count.sum());
            }
        });
        return String.join(", ", parts);
    }
}
