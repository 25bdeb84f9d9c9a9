package org.carepath.platform.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

/**
 * The topics this service consumes, as its configuration names them: each incoming channel's topic,
 * consumer group and dead-letter topic. The ops API acts on these only, so each service answers for
 * its own consumers.
 */
@ApplicationScoped
public class ServiceChannels {

    private static final Pattern CHANNEL_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    /** One incoming channel: where it reads, as which group, and where it parks what it gives up on. */
    public record Channel(String name, String topic, String group, String deadLetterTopic) {
    }

    private final List<Channel> channels;

    public ServiceChannels(Config config) {
        this.channels = read(config);
    }

    public List<Channel> all() {
        return channels;
    }

    public List<String> groups() {
        return channels.stream().map(Channel::group).distinct().toList();
    }

    public List<String> deadLetterTopics() {
        return channels.stream().map(Channel::deadLetterTopic).filter(topic -> topic != null).distinct().toList();
    }

    public Optional<Channel> ofDeadLetterTopic(String topic) {
        return channels.stream().filter(channel -> topic.equals(channel.deadLetterTopic())).findFirst();
    }

    private static List<Channel> read(Config config) {
        String defaultGroup = config.getOptionalValue("mp.messaging.connector.smallrye-kafka.group.id", String.class)
                .orElseGet(() -> config.getValue("quarkus.application.name", String.class));
        List<Channel> channels = new ArrayList<>();
        for (String property : config.getPropertyNames()) {
            Matcher matcher = CHANNEL_TOPIC.matcher(property);
            if (matcher.matches()) {
                String name = matcher.group(1);
                String prefix = "mp.messaging.incoming." + name + ".";
                channels.add(new Channel(name, config.getValue(property, String.class),
                        config.getOptionalValue(prefix + "group.id", String.class).orElse(defaultGroup),
                        config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class).orElse(null)));
            }
        }
        channels.sort((a, b) -> a.name().compareTo(b.name()));
        return List.copyOf(channels);
    }
}
