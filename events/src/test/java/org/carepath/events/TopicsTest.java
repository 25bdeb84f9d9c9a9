package org.carepath.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                "care.referrals.v1.insights-service.dlq",
                "care.careplans.v1.discharge-service.dlq",
                "care.careplans.v1.identity-service.dlq",
                "care.careplans.v1.insights-service.dlq",
                "care.discharges.v1.identity-service.dlq",
                "care.discharges.v1.insights-service.dlq",
                "care.identity.v1.identity-service.dlq",
                "care.directory.v1.discharge-service.dlq",
                "care.directory.v1.identity-service.dlq",
                "care.directory.v1.insights-service.dlq"), Topics.deadLetters());
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

    @Test
    void theCreationListNamesEveryTopicWithItsPartitionsAndConfiguration() {
        List<String> lines = Topics.creationList();
        assertEquals(Topics.toCreate().size(), lines.size());
        assertEquals("care.referrals.v1 3 retention.bytes=-1,retention.ms=-1", lines.get(0));
        assertEquals(Topics.toCreate(), lines.stream().map(line -> line.split(" ")[0]).toList());
    }

    /** docker-compose.yml creates the topics from {@link Topics#main}'s list rather than naming them. */
    @Test
    void composeCreatesTheTopicsFromThisClass() throws IOException {
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        assertTrue(compose.contains("kafka-run-class.sh org.carepath.events.Topics"), "kafka-topics runs Topics.main");
        assertTrue(compose.contains("./events/target/classes:/carepath/events:ro"), "kafka-topics mounts the compiled Topics");
        Topics.toCreate().forEach(topic -> assertFalse(compose.contains(topic), "docker-compose.yml names " + topic + " itself"));
    }
}
