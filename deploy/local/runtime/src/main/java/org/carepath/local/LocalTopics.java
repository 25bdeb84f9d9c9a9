package org.carepath.local;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.carepath.events.Topics;

/**
 * Creates the CarePath topics and every consumer group's dead-letter topic on the local broker as
 * events/ {@link Topics} specifies them (compiled into this jar from its source): partitions, and
 * unlimited retention set on each topic rather than left to the broker's default. Topics that
 * exist already get the same configuration, so a Kafka state folder from an older launcher (7-day
 * retention, one shared {@code <topic>.dlq}) stops deleting events; an old shared dead-letter topic
 * is kept, with its dead letters, the same way.
 *
 * <pre>java -cp 'STATE/lib/*' org.carepath.local.LocalTopics bootstrap-servers</pre>
 */
public final class LocalTopics {

    private static final short REPLICATION = 1;

    private LocalTopics() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LocalTopics <bootstrap-servers>");
            System.exit(2);
        }
        String bootstrap = args[0];
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.toCreate().stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, Topics.PARTITIONS, REPLICATION).configs(Topics.CONFIG))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            List<String> present = present(existing);
            if (!present.isEmpty()) {
                admin.incrementalAlterConfigs(unlimitedRetention(present)).all().get(30, TimeUnit.SECONDS);
            }
            System.out.println("topics ready: " + missing.size() + " created, " + present.size()
                    + " already there (retention set to unlimited on each)");
        }
    }

    /** The topics that exist already: ours, and the shared dead-letter topics an older launcher made. */
    private static List<String> present(Set<String> existing) {
        List<String> present = new ArrayList<>();
        Topics.toCreate().stream().filter(existing::contains).forEach(present::add);
        Topics.ALL.stream().map(topic -> topic + ".dlq").filter(existing::contains).forEach(present::add);
        return present;
    }

    private static Map<ConfigResource, Collection<AlterConfigOp>> unlimitedRetention(List<String> topics) {
        List<AlterConfigOp> set = Topics.CONFIG.entrySet().stream()
                .map(entry -> new AlterConfigOp(new ConfigEntry(entry.getKey(), entry.getValue()), AlterConfigOp.OpType.SET))
                .toList();
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        topics.forEach(topic -> changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), set));
        return changes;
    }
}
