package org.carepath.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.carepath.events.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The care topics and every consumer group's dead-letter topic exist before any service asks,
 * keep their records for ever whatever the broker's default, and have the agreed partitions.
 */
class TestKafkaTopicsTest {

    private static Admin admin;

    @BeforeAll
    static void connect() {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.get().bootstrapServers()));
    }

    @AfterAll
    static void disconnect() {
        admin.close();
    }

    @Test
    void everyCareAndDeadLetterTopicIsKeptForEverBySetting() throws Exception {
        List<ConfigResource> topics = Topics.toCreate().stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                .toList();
        var configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);

        assertEquals(Topics.toCreate().size(), configs.size(), "every topic to create was created");
        configs.forEach((topic, config) -> {
            for (String key : List.of("retention.ms", "retention.bytes")) {
                ConfigEntry entry = config.get(key);
                assertEquals("-1", entry.value(), topic.name() + " " + key);
                // set on the topic itself, so a broker default (7 days in many setups) cannot undo it
                assertEquals(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG, entry.source(), topic.name() + " " + key);
            }
        });
    }

    @Test
    void everyTopicHasTheAgreedPartitions() throws Exception {
        Map<String, TopicDescription> descriptions = admin.describeTopics(Topics.toCreate()).allTopicNames()
                .get(30, TimeUnit.SECONDS);
        descriptions.forEach((name, description) -> assertEquals(Topics.PARTITIONS, description.partitions().size(), name));
        assertEquals(Topics.toCreate().size(), descriptions.size());
    }
}
