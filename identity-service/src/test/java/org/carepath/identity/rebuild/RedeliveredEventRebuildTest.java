package org.carepath.identity.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.carepath.events.CareEvent;
import org.carepath.events.CloudEvent;
import org.carepath.events.Topics;
import org.carepath.identity.messaging.ReferralEventsHandler;
import org.carepath.identity.messaging.Referrals;
import org.carepath.identity.rebuild.RebuildBatch.Redelivery;
import org.carepath.testkit.CarePathTestResource;
import org.carepath.testkit.TestEvents;
import org.carepath.testkit.TestPeople;
import org.carepath.testkit.TestPostgres;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A rebuild copies each chunk's event ids in as new; an event the topic holds twice (a redelivery) breaks
 * that, and is then applied once, as the live consumer applies it once.
 */
@QuarkusTest
@WithTestResource(CarePathTestResource.class)
class RedeliveredEventRebuildTest {

    private static final String JOURNEY = "select event_id from rebuild.journey_entry where nhs_number = ? order by occurred_at";
    private static final String RELATIONSHIPS = """
            select basis || ' ' || (confirmed_at is not null) || ' ' || (ended_at is not null)
            from rebuild.care_relationship where nhs_number = ? order by basis""";

    @Inject
    ShadowProjections shadow;

    @Inject
    ReferralEventsHandler referrals;

    @Inject
    ObjectMapper json;

    @Test
    void aRedeliveredEventIsAppliedOnceInWhicheverChunkItComesAgain() throws SQLException {
        String person = TestPeople.nhsNumber();
        var submitted = Referrals.hospitalToCommunity(person, Instant.parse("2026-11-20T09:00:00Z"));
        var accepted = Referrals.acceptedByReablement(submitted, Instant.parse("2026-11-20T13:00:00Z"));
        var completed = Referrals.completedByReablement(submitted, Instant.parse("2026-11-25T13:00:00Z"));
        var steps = new RebuildSteps();
        shadow.prepare();
        try {
            shadow.write(List.of(replayed(submitted, 0)), Redelivery.NOT_EXPECTED, steps);
            // again in a later chunk: copied in, its id breaks the key; checked, it is skipped
            List<ReplayedEvent> later = List.of(replayed(submitted, 1), replayed(accepted, 2));
            assertThrows(SQLException.class, () -> shadow.write(later, Redelivery.NOT_EXPECTED, steps));
            shadow.write(later, Redelivery.SKIPPED, steps);
            // twice in one chunk: checked at once
            shadow.write(List.of(replayed(completed, 3), replayed(completed, 4)), Redelivery.NOT_EXPECTED, steps);

            assertEquals(List.of(submitted.id(), accepted.id(), completed.id()), column(JOURNEY, person));
            assertEquals(List.of("referral-recipient false true", "referrer true true"), column(RELATIONSHIPS, person));
        } finally {
            shadow.discard();
        }
    }

    private ReplayedEvent replayed(CloudEvent<CareEvent> event, long offset) {
        var record = new ConsumerRecord<>(Topics.REFERRALS, 0, offset, event.subject(), TestEvents.json(event));
        return ReplayedEvent.of(record, referrals, json);
    }

    private static List<String> column(String sql, String person) throws SQLException {
        try (var connection = TestPostgres.get().connect(CarePathTestResource.DATABASE);
                var statement = connection.prepareStatement(sql)) {
            statement.setString(1, person);
            try (var result = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (result.next()) {
                    values.add(result.getString(1));
                }
                return values;
            }
        }
    }
}
