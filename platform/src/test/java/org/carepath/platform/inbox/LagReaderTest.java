package org.carepath.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.junit.jupiter.api.Test;

class LagReaderTest {

    @Test
    void aGroupIsBehindByWhatFollowsItsCommittedOffset() {
        assertEquals(7, LagReader.lag(new OffsetAndMetadata(3), 0, 10));
        assertEquals(0, LagReader.lag(new OffsetAndMetadata(10), 0, 10));
    }

    @Test
    void aGroupThatCommittedNothingYetHasEveryRecordToRead() {
        assertEquals(10, LagReader.lag(null, 0, 10));
        assertEquals(4, LagReader.lag(null, 6, 10));
    }

    @Test
    void recordsDeletedBeforeTheCommittedOffsetAreNotCountedTwice() {
        // retention removed records the group never read: it resumes at the earliest that remains
        assertEquals(2, LagReader.lag(new OffsetAndMetadata(3), 8, 10));
    }
}
