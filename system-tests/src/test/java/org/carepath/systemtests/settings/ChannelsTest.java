package org.carepath.systemtests.settings;

import static org.carepath.systemtests.settings.RepositoryFiles.SERVICES;
import static org.carepath.systemtests.settings.RepositoryFiles.applicationProperties;
import static org.carepath.systemtests.settings.RepositoryFiles.platformDefaults;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carepath.events.Topics;
import org.junit.jupiter.api.Test;

/**
 * The services' channels against events/ {@link Topics}: each service reads the topics Topics says
 * it does, under its own consumer group, parking what fails on its own dead-letter topic; how a
 * channel reads is platform's default, never repeated per channel.
 */
class ChannelsTest {

    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.(.+)");

    @Test
    void eachServiceReadsTheTopicsOfItsConsumerGroupAndDeadLettersToItsOwnTopic() {
        Map<String, List<String>> readers = new TreeMap<>();
        for (String service : SERVICES) {
            Properties properties = applicationProperties(service);
            String group = properties.getProperty("quarkus.application.name");
            channels(properties).forEach((channel, settings) -> {
                Set<String> named = new TreeSet<>(settings.keySet());
                named.remove("concurrency");
                assertEquals(Set.of("topic", "dead-letter-queue.topic"), named,
                        group + " channel " + channel + " names its topic, its dead-letter topic and how many consumers read it, only");
                // a consumer more than the topic has partitions would be given none
                int consumers = Integer.parseInt(settings.getOrDefault("concurrency", "1"));
                assertTrue(consumers >= 1 && consumers <= Topics.PARTITIONS, group + " channel " + channel + ": " + consumers + " consumers");
                String topic = settings.get("topic");
                assertTrue(Topics.ALL.contains(topic), topic);
                assertEquals(Topics.deadLetter(topic, group), settings.get("dead-letter-queue.topic"));
                readers.computeIfAbsent(topic, t -> new ArrayList<>()).add(group);
            });
        }
        Topics.ALL.forEach(topic -> assertEquals(Topics.CONSUMER_GROUPS.get(topic).stream().sorted().toList(),
                readers.getOrDefault(topic, List.of()).stream().sorted().toList(), topic));
    }

    @Test
    void everyChannelReadsWithPlatformsSettings() {
        Properties defaults = platformDefaults();
        String connector = "mp.messaging.connector.smallrye-kafka.";
        // a service's consumer group is its name, as Topics.CONSUMER_GROUPS lists them
        assertEquals("${quarkus.application.name}", defaults.getProperty(connector + "group.id"));
        assertEquals("dead-letter-queue", defaults.getProperty(connector + "failure-strategy"));
        assertEquals("earliest", defaults.getProperty(connector + "auto.offset.reset"));
    }

    private static Map<String, Map<String, String>> channels(Properties properties) {
        Map<String, Map<String, String>> channels = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = CHANNEL.matcher(key);
            if (matcher.matches()) {
                channels.computeIfAbsent(matcher.group(1), c -> new TreeMap<>()).put(matcher.group(2), properties.getProperty(key));
            }
        }
        return channels;
    }
}
