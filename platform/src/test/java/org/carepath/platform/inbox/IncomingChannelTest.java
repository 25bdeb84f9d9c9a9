package org.carepath.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class IncomingChannelTest {

    private static List<IncomingChannel> channels(Map<String, String> config) {
        return IncomingChannel.of(config.keySet(), key -> Optional.ofNullable(config.get(key)));
    }

    @Test
    void eachChannelReadsItsTopicInTheServicesGroupAndParksOnItsDeadLetterTopic() {
        var config = Map.of(
                "quarkus.application.name", "identity-service",
                "mp.messaging.connector.smallrye-kafka.group.id", "identity-service",
                "mp.messaging.incoming.referrals.topic", "care.referrals.v1",
                "mp.messaging.incoming.referrals.dead-letter-queue.topic", "care.referrals.v1.identity-service.dlq",
                "mp.messaging.incoming.directory.topic", "care.directory.v1");

        assertEquals(List.of(
                new IncomingChannel("directory", "care.directory.v1", "identity-service", Optional.empty()),
                new IncomingChannel("referrals", "care.referrals.v1", "identity-service",
                        Optional.of("care.referrals.v1.identity-service.dlq"))), channels(config));
    }

    @Test
    void aChannelsOwnGroupComesFirstAndTheServiceNameLast() {
        assertEquals("journey-replay", channels(Map.of(
                "quarkus.application.name", "identity-service",
                "mp.messaging.connector.smallrye-kafka.group.id", "identity-service",
                "mp.messaging.incoming.replay.topic", "care.referrals.v1",
                "mp.messaging.incoming.replay.group.id", "journey-replay")).get(0).group());
        assertEquals("careplan-service", channels(Map.of(
                "quarkus.application.name", "careplan-service",
                "mp.messaging.incoming.referrals.topic", "care.referrals.v1")).get(0).group());
    }

    @Test
    void aServiceThatReadsNothingHasNoChannels() {
        assertEquals(List.of(), channels(Map.of(
                "quarkus.application.name", "referrals-service",
                "%test.mp.messaging.incoming.referrals.topic", "care.referrals.v1",
                "mp.messaging.outgoing.referrals.topic", "care.referrals.v1")));
    }
}
