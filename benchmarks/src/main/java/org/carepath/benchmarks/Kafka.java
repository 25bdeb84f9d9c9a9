package org.carepath.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/** The launcher's Kafka broker: an admin client, and how far behind the services' consumers are. */
final class Kafka {

    private Kafka() {
    }

    static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Ports.kafka());
        return Admin.create(config);
    }

    /**
     * Waits until every consumer group has committed up to the end of each partition it reads: the
     * consumers' work for what was published is done, and no longer competes for the CPU.
     */
    static void awaitConsumersCaughtUp(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin()) {
            long lag;
            while ((lag = lag(admin)) > 0) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the consumers are still " + lag + " records behind after "
                            + timeout.toSeconds() + " s");
                }
                Thread.sleep(500);
            }
        }
    }

    /**
     * Records published but not yet committed, summed over every consumer group with members and each
     * partition it reads; a group nobody runs any more (an older build's) would never catch up.
     */
    private static long lag(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        long lag = 0;
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
            if (group.groupState().filter(state -> state == GroupState.EMPTY || state == GroupState.DEAD).isPresent()) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(committed.keySet().stream()
                            .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                    .all().get(30, TimeUnit.SECONDS);
            for (var position : committed.entrySet()) {
                if (position.getValue() != null) {
                    lag += Math.max(0, ends.get(position.getKey()).offset() - position.getValue().offset());
                }
            }
        }
        return lag;
    }
}
