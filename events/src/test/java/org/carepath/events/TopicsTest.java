package org.carepath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void everyConsumerGroupOfATopicHasItsOwnDeadLetterTopic() {
        assertEquals(List.of(
                "care.referrals.v1.careplan-service.dlq",
                "care.referrals.v1.discharge-service.dlq",
                "care.referrals.v1.identity-service.dlq",
                "care.careplans.v1.identity-service.dlq",
                "care.discharges.v1.identity-service.dlq",
                "care.identity.v1.identity-service.dlq",
                "care.directory.v1.discharge-service.dlq",
                "care.directory.v1.identity-service.dlq"), Topics.deadLetters());
    }

    @Test
    void everyTopicIsReadBySomeoneAndCreatedWithItsDeadLetters() {
        Topics.ALL.forEach(topic -> assertTrue(!Topics.CONSUMER_GROUPS.get(topic).isEmpty(), topic));
        assertEquals(Topics.ALL.size() + Topics.deadLetters().size(), Topics.toCreate().size());
        assertTrue(Topics.toCreate().containsAll(Topics.ALL));
    }

    @Test
    void topicsAreKeptForEverWithoutASizeCap() {
        assertEquals("-1", Topics.CONFIG.get("retention.ms"));
        assertEquals("-1", Topics.CONFIG.get("retention.bytes"));
    }

    /** docker-compose.yml creates the topics in shell, not from this class: it must name the same ones. */
    @Test
    void composeCreatesTheSameTopicsKeptForEver() throws IOException {
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        Topics.toCreate().forEach(topic -> assertTrue(compose.contains(topic), "docker-compose.yml creates " + topic));
        Topics.CONFIG.forEach((key, value) -> assertTrue(compose.contains("--config " + key + "=" + value),
                "docker-compose.yml sets " + key + "=" + value));
    }
}
