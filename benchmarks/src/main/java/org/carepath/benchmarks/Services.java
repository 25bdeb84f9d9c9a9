package org.carepath.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The launcher's processes, through its state folder: RSS from /proc/<pid>/status, and each
 * service's start time, measured by stopping it alone and letting {@code carepath up} start it again:
 * from the new process's start (/proc/<pid>/stat) to its first ready answer on /q/health/ready.
 */
final class Services {

    /** The services that hold people's records, each probed by the dropped-requests measurement. */
    static final List<String> SERVICES = List.of("referrals", "careplan", "discharge", "identity");
    /** Every JVM of ours the launcher starts: each one's start time and memory are measured. */
    static final List<String> STARTED = List.of("referrals", "careplan", "discharge", "identity", "insights", "portal");
    static final List<String> PARTS = List.of("referrals", "careplan", "discharge", "identity", "insights", "portal", "kafka",
            "keycloak");

    private final Path repo;
    private final Path state;
    private final Api api;

    Services(Path repo, Api api) {
        this.repo = repo;
        this.state = repo.resolve(".carepath");
        this.api = api;
    }

    /** Resident memory of each part now, in MB. */
    Map<String, Long> rssMegabytes() throws IOException {
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String part : PARTS) {
            Optional<Long> pid = pid(part);
            if (pid.isPresent()) {
                rss.put(part, statusField(pid.get(), "VmRSS") / 1024);
            }
        }
        return rss;
    }

    /**
     * CPU time used so far by each part, in ms (user + system, /proc/<pid>/stat), and by the launcher's
     * PostgreSQL server as "postgres": its postmaster (the pid its data folder names; the launcher's pid
     * file holds only the embedded server's Java wrapper), the backends alive now, and those that ended,
     * which the postmaster has reaped into its children's time. Other PostgreSQL servers on the machine
     * (a build's tests) are not counted. The benchmark client is counted as "client" (this JVM).
     */
    Map<String, Long> cpuMillis() throws IOException {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (String part : PARTS) {
            Optional<Long> pid = pid(part);
            if (pid.isPresent()) {
                cpu.put(part, cpuMillis(pid.get()));
            }
        }
        cpu.put("postgres", postgresCpuMillis());
        cpu.put("client", cpuMillis(ProcessHandle.current().pid()));
        return cpu;
    }

    private long postgresCpuMillis() throws IOException {
        Path postmasterPid = state.resolve("postgres/data/postmaster.pid");
        if (!Files.exists(postmasterPid)) {
            return 0;
        }
        long postmaster = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
        long millis = cpuMillis(postmaster) + reapedChildrenCpuMillis(postmaster);
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("[0-9]+")).toList()) {
                try {
                    if (parentOf(process) == postmaster) {
                        millis += cpuMillis(Long.parseLong(process.getFileName().toString()));
                    }
                } catch (IOException gone) {
                    // a backend that ended between the listing and the read: the postmaster's children's time has it
                }
            }
        }
        return millis;
    }

    private static long cpuMillis(long pid) throws IOException {
        // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms (USER_HZ is 100 on Linux)
        String[] fields = statFields(pid);
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** cutime and cstime, fields 16 and 17: the CPU of the process's children that have ended and been waited for. */
    private static long reapedChildrenCpuMillis(long pid) throws IOException {
        String[] fields = statFields(pid);
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10;
    }

    private static long parentOf(Path process) throws IOException {
        // ppid, field 4 of stat
        return Long.parseLong(statFields(Long.parseLong(process.getFileName().toString()))[1]);
    }

    /** The fields of /proc/<pid>/stat after the command name (which may hold spaces): fields[0] is field 3. */
    private static String[] statFields(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** Stops the service (TERM, as `down` does) and times its start by `carepath up`. */
    double restartSeconds(String service) throws Exception {
        long old = pid(service).orElseThrow(() -> new IllegalStateException(service + " is not running from " + state));
        ProcessHandle process = ProcessHandle.of(old).orElseThrow();
        process.destroy();
        if (!process.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).get().equals(process)) {
            process.destroyForcibly();
            process.onExit().get(10, TimeUnit.SECONDS);
        }
        Process up = new ProcessBuilder(repo.resolve("deploy/local/carepath").toString(), "up")
                .redirectErrorStream(true)
                .redirectOutput(state.resolve("logs/benchmark-up.log").toFile())
                .start();
        try {
            long fresh = awaitNewPid(service, old, up);
            long startedMillis = startMillis(fresh);
            while (!api.ready(service)) {
                if (!ProcessHandle.of(fresh).map(ProcessHandle::isAlive).orElse(false)) {
                    throw new IllegalStateException(service + " exited while starting: see .carepath/logs/" + service + ".log");
                }
                Thread.sleep(50);
            }
            double seconds = (System.currentTimeMillis() - startedMillis) / 1000.0;
            if (!up.waitFor(300, TimeUnit.SECONDS)) {
                up.destroy();
            }
            return seconds;
        } finally {
            if (up.isAlive()) {
                up.waitFor(300, TimeUnit.SECONDS);
            }
        }
    }

    private long awaitNewPid(String service, long old, Process up) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Long> pid = pid(service);
            if (pid.isPresent() && pid.get() != old) {
                return pid.get();
            }
            if (!up.isAlive() && up.exitValue() != 0) {
                throw new IllegalStateException("carepath up failed: see .carepath/logs/benchmark-up.log");
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("carepath up did not start " + service + " within 10 minutes");
    }

    /**
     * Stops the whole platform (`carepath down`) and times `carepath up` until it says every part is
     * healthy. A build that `up` had to run first (stale jars) is part of the time, and said.
     */
    UpTime upSeconds() throws Exception {
        String launcher = repo.resolve("deploy/local/carepath").toString();
        Path log = state.resolve("logs/benchmark-up.log");
        Process down = new ProcessBuilder(launcher, "down").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!down.waitFor(300, TimeUnit.SECONDS) || down.exitValue() != 0) {
            throw new IllegalStateException("carepath down failed: see .carepath/logs/benchmark-up.log");
        }
        long started = System.nanoTime();
        Process up = new ProcessBuilder(launcher, "up").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!up.waitFor(20, TimeUnit.MINUTES) || up.exitValue() != 0) {
            throw new IllegalStateException("carepath up failed: see .carepath/logs/benchmark-up.log");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new UpTime(seconds, Files.readString(log).contains("==> building"));
    }

    record UpTime(double seconds, boolean built) {
    }

    /** The pid in the launcher's pid file, when that process runs from this state folder (as the launcher checks). */
    Optional<Long> pid(String part) throws IOException {
        Path file = state.resolve("pids/" + part + ".pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
        if (!first.matches("[0-9]+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(first);
        Path cmdline = Path.of("/proc", first, "cmdline");
        if (!Files.isReadable(cmdline) || !new String(Files.readAllBytes(cmdline)).contains(state.toString())) {
            return Optional.empty();
        }
        return Optional.of(pid);
    }

    private static long statusField(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                .findFirst()
                .orElse(0L);
    }

    /**
     * When the process started, wall clock: its start in clock ticks after boot (USER_HZ is 100 on
     * Linux), placed on the wall clock by /proc/uptime (btime has only whole seconds).
     */
    static long startMillis(long pid) throws IOException {
        String[] fields = statFields(pid);
        long ticksAfterBoot = Long.parseLong(fields[19]);
        double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
        long bootMillis = System.currentTimeMillis() - Math.round(uptimeSeconds * 1000);
        return bootMillis + ticksAfterBoot * 10;
    }
}
