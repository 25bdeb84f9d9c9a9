package org.carepath.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RebuildProgressTest {

    @Test
    void theSynchronousAnswerIsAFinishedRebuild() throws Exception {
        RebuildProgress progress = RebuildProgress.of(Api.JSON.readTree("{\"records\":7589,\"skipped\":401}"));
        assertTrue(progress.synchronous());
        assertTrue(progress.switched());
        assertEquals(7589, progress.read());
        assertEquals(401, progress.skipped());
        assertNull(progress.eventsPerSecond());
    }

    @Test
    void aBackgroundJobRunsUntilItHasSwitched() throws Exception {
        RebuildProgress running = RebuildProgress.of(Api.JSON.readTree(
                "{\"state\":\"replaying\",\"read\":12000,\"applied\":11990,\"failed\":0,\"eventsPerSecond\":24000.5}"));
        assertFalse(running.synchronous());
        assertTrue(running.running());
        assertEquals(24000.5, running.eventsPerSecond());

        RebuildProgress done = RebuildProgress.of(Api.JSON.readTree(
                "{\"state\":\"switched\",\"read\":57000,\"failed\":0,\"eventsPerSecond\":25000}"));
        assertTrue(done.switched());
        assertFalse(done.running());
        assertEquals(57000, done.read());
    }

    @Test
    void aFailedJobStopsThePolling() throws Exception {
        RebuildProgress failed = RebuildProgress.of(Api.JSON.readTree("{\"state\":\"failed\",\"read\":10}"));
        assertFalse(failed.running());
        assertFalse(failed.switched());
    }
}
