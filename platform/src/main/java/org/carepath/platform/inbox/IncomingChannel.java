package org.carepath.platform.inbox;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.Config;

/**
 * One Kafka channel the service reads, as its configuration names it: what ops watch of a consumer
 * (its group's lag on the topic, its dead-letter topic) follows from these three names.
 *
 * @param deadLetterTopic empty when the channel names none
 */
public record IncomingChannel(String name, String topic, String group, Optional<String> deadLetterTopic) {

    private static final Pattern TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /** Every incoming channel of the service's configuration, by channel name. */
    public static List<IncomingChannel> of(Config config) {
        return of(config.getPropertyNames(), key -> config.getOptionalValue(key, String.class));
    }

    /** The channels among {@code names}, reading each setting as the connector does (channel, then connector, then service). */
    static List<IncomingChannel> of(Iterable<String> names, Function<String, Optional<String>> value) {
        return StreamSupport.stream(names.spliterator(), false)
                .map(TOPIC::matcher)
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1))
                .distinct()
                .sorted()
                .map(channel -> channel(channel, value))
                .toList();
    }

    private static IncomingChannel channel(String name, Function<String, Optional<String>> value) {
        String prefix = "mp.messaging.incoming." + name + ".";
        String group = value.apply(prefix + "group.id")
                .or(() -> value.apply("mp.messaging.connector.smallrye-kafka.group.id"))
                .orElseGet(() -> value.apply("quarkus.application.name").orElseThrow());
        return new IncomingChannel(name, value.apply(prefix + "topic").orElseThrow(), group,
                value.apply(prefix + "dead-letter-queue.topic"));
    }
}
