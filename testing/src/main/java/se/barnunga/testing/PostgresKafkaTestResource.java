package se.barnunga.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL (its own database) and the real Kafka broker of this test JVM.
 * Use with {@code @QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database",
 * value = "assignment"))}; both servers are started once per JVM and shared by all test classes.
 */
public class PostgresKafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        return TestInfrastructure.serviceConfig(database);
    }

    @Override
    public void stop() {
        // shared for the whole JVM; stopped by a shutdown hook
    }
}
