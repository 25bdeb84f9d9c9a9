package org.carepath.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the CarePath topics and their dead-letter topics on the local broker, skipping any
 * that exist. Same names as events/ (Topics) and docker-compose.yml.
 *
 * <pre>java -cp 'STATE/lib/*' org.carepath.local.LocalTopics [bootstrap-servers]</pre>
 */
public final class LocalTopics {

    static final List<String> TOPICS = List.of("care.referrals.v1", "care.careplans.v1", "care.discharges.v1",
            "care.identity.v1", "care.directory.v1");
    private static final int PARTITIONS = 3;
    private static final short REPLICATION = 1;

    private LocalTopics() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : TOPICS) {
                for (String name : List.of(topic, topic + ".dlq")) {
                    if (!existing.contains(name)) {
                        missing.add(new NewTopic(name, PARTITIONS, REPLICATION));
                    }
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
            System.out.println("topics ready: " + missing.size() + " created, "
                    + (TOPICS.size() * 2 - missing.size()) + " already there");
        }
    }
}
