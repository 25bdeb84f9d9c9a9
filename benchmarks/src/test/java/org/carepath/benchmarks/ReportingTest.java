package org.carepath.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ReportingTest {

    @Test
    void pgbenchThroughputIsReadFromItsSummary() {
        String output = """
                transaction type: submit.sql
                number of clients: 16
                latency average = 7.113 ms
                initial connection time = 25.530 ms
                tps = 2249.420813 (without initial connection time)
                """;
        assertEquals(2249.4, PgCeiling.parseTps(output));
    }

    @Test
    void latenciesGivePercentilesInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 100; i++) {
            latencies.recordMicros(i * 1_000L);
        }
        assertEquals(100, latencies.count());
        assertEquals(50.0, latencies.percentileMillis(50), 0.1);
        assertEquals(99.0, latencies.percentileMillis(99), 0.1);
    }

    @Test
    void tableColumnsLineUp() {
        Table table = new Table();
        table.add("relay", "98 events/s", "~86-100 events/s", ">= 5,000 events/s");
        table.add("submit throughput, 16 connections", "355 req/s", "~355 req/s", "-");
        String[] lines = table.render().split("\\R");
        assertEquals(4, lines.length);
        assertEquals(lines[2].indexOf("98 events/s"), lines[3].indexOf("355 req/s"));
        assertTrue(lines[1].startsWith("-----"));
    }

    @Test
    void optionsHaveTheIssuesDefaultsAndRefuseUnknownOnes() {
        Options defaults = Options.parse();
        assertEquals(30, defaults.seconds());
        assertEquals(16, defaults.connections());
        assertEquals(200, defaults.rate());
        assertEquals(50_000, defaults.backlog());
        assertEquals(Options.MEASUREMENTS, defaults.only());

        Options some = Options.parse("--seconds=5", "--only=relay,rebuild");
        assertEquals(5, some.seconds());
        assertEquals(Set.of("relay", "rebuild"), some.only());

        assertThrows(IllegalArgumentException.class, () -> Options.parse("--sekonds=5"));
        assertThrows(IllegalArgumentException.class, () -> Options.parse("--only=everything"));
    }
}
