package org.carepath.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} service a real PostgreSQL database, a real Kafka broker and
 * acceptance of {@link TestTokens}. Use it with {@code @WithTestResource(CarePathTestResource.class)}.
 */
public class CarePathTestResource implements QuarkusTestResourceLifecycleManager {

    /** The service under test's database in the test PostgreSQL. */
    public static final String DATABASE = "service";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.putAll(TestPostgres.get().quarkusConfig(DATABASE));
        config.putAll(TestKafka.get().quarkusConfig());
        config.putAll(TestTokens.quarkusConfig());
        return config;
    }

    @Override
    public void stop() {
        // PostgreSQL and Kafka live as long as the test JVM: the next test class reuses them.
    }
}
