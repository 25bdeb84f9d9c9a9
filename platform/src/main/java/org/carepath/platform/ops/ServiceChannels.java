package org.carepath.platform.ops;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.carepath.platform.inbox.IncomingChannel;
import org.eclipse.microprofile.config.Config;

/**
 * The topics this service consumes, as its configuration names them ({@link IncomingChannel}): the
 * ops API acts on these only, so each service answers for its own consumers.
 */
@ApplicationScoped
public class ServiceChannels {

    private final List<IncomingChannel> channels;

    public ServiceChannels(Config config) {
        this.channels = IncomingChannel.of(config);
    }

    public List<IncomingChannel> all() {
        return channels;
    }

    public List<String> deadLetterTopics() {
        return channels.stream().flatMap(channel -> channel.deadLetterTopic().stream()).distinct().toList();
    }

    public Optional<IncomingChannel> ofDeadLetterTopic(String topic) {
        return channels.stream().filter(channel -> channel.deadLetterTopic().filter(topic::equals).isPresent()).findFirst();
    }
}
