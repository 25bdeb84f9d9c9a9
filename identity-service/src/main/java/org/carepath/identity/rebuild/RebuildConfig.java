package org.carepath.identity.rebuild;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the projection rebuild reads and writes; the defaults suit a 2-core machine. */
@ConfigMapping(prefix = "identity.rebuild")
public interface RebuildConfig {

    /** Records applied in one transaction; at most four such chunks are in memory (one written, three read ahead). */
    @WithDefault("5000")
    int batchSize();

    /** The rebuild switches once it is at most this many records behind the topics' ends. */
    @WithDefault("1000")
    int switchLag();

    /** How long the switch waits for the live tables' locks before it lets readers go and tries again. */
    @WithDefault("500ms")
    Duration lockTimeout();

    /** Switch attempts that may time out on the locks before the job fails. */
    @WithDefault("20")
    int switchAttempts();

    /** Failed records kept in the job's status (all are counted and logged). */
    @WithDefault("1000")
    int failuresListed();
}
