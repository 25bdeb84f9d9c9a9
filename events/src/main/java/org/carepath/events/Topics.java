package org.carepath.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Topic names: one per producing service and aggregate, versioned in the name, and how every
 * topic is created. The launcher's LocalTopics compiles this file and docker-compose.yml runs its
 * {@link #main}, so topic creation there, in the tests' broker and in compose follow one
 * specification. Plain Java only, for that reason.
 */
public final class Topics {

    public static final String REFERRALS = "care.referrals.v1";
    public static final String CAREPLANS = "care.careplans.v1";
    public static final String DISCHARGES = "care.discharges.v1";
    public static final String IDENTITY = "care.identity.v1";
    /** The service directory (referrals-service): keyed by service id, not by person. */
    public static final String DIRECTORY = "care.directory.v1";

    public static final List<String> ALL = List.of(REFERRALS, CAREPLANS, DISCHARGES, IDENTITY, DIRECTORY);

    /**
     * The consumer groups reading each topic (each service's {@code group.id}, its name): each
     * dead-letters to a topic of its own.
     */
    public static final Map<String, List<String>> CONSUMER_GROUPS = consumerGroups();

    public static final int PARTITIONS = 3;

    /**
     * Topic-level configuration of every care topic and dead-letter topic: kept for ever, no size
     * cap. The care topics are the record the projections are rebuilt from, and a dead letter waits
     * until someone looks at it; neither may depend on the broker's default retention.
     */
    public static final Map<String, String> CONFIG = Map.of("retention.ms", "-1", "retention.bytes", "-1");

    private Topics() {
    }

    /** Where one consumer group parks an event of the topic it could not process after its retries. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlq";
    }

    /** Every consumer group's dead-letter topic, in the order of {@link #ALL}. */
    public static List<String> deadLetters() {
        List<String> names = new ArrayList<>();
        for (String topic : ALL) {
            for (String group : CONSUMER_GROUPS.get(topic)) {
                names.add(deadLetter(topic, group));
            }
        }
        return List.copyOf(names);
    }

    /** Every topic to create before the services start: the care topics and their dead-letter topics. */
    public static List<String> toCreate() {
        List<String> names = new ArrayList<>(ALL);
        names.addAll(deadLetters());
        return List.copyOf(names);
    }

    /** Prints {@link #creationList()}: docker-compose.yml's kafka-topics container creates the topics from it. */
    public static void main(String[] args) {
        creationList().forEach(System.out::println);
    }

    /**
     * Every topic to create, one a line: its name, partitions and configuration as
     * {@code key=value,key=value} (what {@code kafka-configs.sh --add-config} takes).
     */
    static List<String> creationList() {
        String config = CONFIG.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .sorted()
                .collect(Collectors.joining(","));
        return toCreate().stream().map(topic -> topic + " " + PARTITIONS + " " + config).toList();
    }

    private static Map<String, List<String>> consumerGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(REFERRALS, List.of("careplan-service", "discharge-service", "identity-service", "insights-service"));
        groups.put(CAREPLANS, List.of("discharge-service", "identity-service", "insights-service"));
        groups.put(DISCHARGES, List.of("identity-service", "insights-service"));
        groups.put(IDENTITY, List.of("identity-service"));
        groups.put(DIRECTORY, List.of("discharge-service", "identity-service", "insights-service"));
        return Map.copyOf(groups);
    }
}
