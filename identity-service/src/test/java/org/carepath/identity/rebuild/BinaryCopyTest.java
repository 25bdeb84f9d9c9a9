package org.carepath.identity.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

class BinaryCopyTest {

    private static final LocalDateTime POSTGRES_EPOCH = LocalDateTime.of(2000, 1, 1, 0, 0);

    @Test
    void timesAreStoredAsTheLiveWritesStoreThem() {
        for (Instant time : List.of(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-20T09:00:00.123456789Z"),
                Instant.parse("2000-01-01T00:00:00.000000999Z"), Instant.parse("1999-12-31T23:59:59.999999999Z"),
                Instant.parse("1850-03-01T12:30:00.000001500Z"), Instant.parse("2199-12-31T23:59:59.999999Z"))) {
            // how the reactive client encodes a timestamptz (io.vertx.pgclient DataTypeCodec)
            long live = -LocalDateTime.ofInstant(time, ZoneOffset.UTC).until(POSTGRES_EPOCH, ChronoUnit.MICROS);

            assertEquals(live, BinaryCopy.microseconds(time), time.toString());
            assertEquals(POSTGRES_EPOCH.plus(live, ChronoUnit.MICROS).toInstant(ZoneOffset.UTC), BinaryCopy.asStored(time),
                    time.toString());
        }
    }
}
