package se.barnunga.testing;

import java.lang.management.ManagementFactory;
import java.util.Map;

import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * The real PostgreSQL and the real Kafka broker of a test JVM, started once on first use and stopped when the JVM
 * exits. Clients reach the broker through a {@link TcpProxy} (the broker advertises the proxy's address), so a test
 * can take the broker away from the service under test and bring it back ({@link #cutKafka()}, {@link #restoreKafka()}).
 *
 * <p>Quarkus loads test resources anew in a fresh class loader for each test profile, so static fields alone would
 * start a second set of servers. What must be shared JVM-wide therefore lives where every class loader sees it: the
 * addresses in system properties (strings only: Narayana copies them), and the proxy's controls as a platform MBean.
 */
public final class TestInfrastructure {

    private static final String POSTGRES_PORT = "barnunga.test.postgres.port";
    private static final String KAFKA_BOOTSTRAP = "barnunga.test.kafka.bootstrap";
    private static final String KAFKA_PROXY_MBEAN = "se.barnunga.testing:type=KafkaProxy";

    private TestInfrastructure() {
    }

    /** The port of the JVM's PostgreSQL on localhost (user {@code postgres}, no password). */
    public static int postgresPort() {
        synchronized (System.getProperties()) {
            String port = System.getProperty(POSTGRES_PORT);
            if (port == null) {
                EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(null, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
                port = Integer.toString(postgres.port());
                System.setProperty(POSTGRES_PORT, port);
            }
            return Integer.parseInt(port);
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort() + "/" + database;
    }

    /** Creates the database unless it exists; each service has its own. */
    public static void createDatabaseIfMissing(String database) {
        EmbeddedPostgresServer.createDatabaseIfMissing(postgresPort(), database);
    }

    /** The bootstrap address clients use (the proxy in front of the broker). */
    public static String kafkaBootstrapServers() {
        synchronized (System.getProperties()) {
            if (System.getProperty(KAFKA_BOOTSTRAP) == null) {
                startKafka();
            }
            return System.getProperty(KAFKA_BOOTSTRAP);
        }
    }

    /** Makes the broker unreachable for every client (connections dropped, new ones refused). */
    public static void cutKafka() {
        kafkaProxy("cut");
    }

    /** Makes the broker reachable again after {@link #cutKafka()}. */
    public static void restoreKafka() {
        kafkaProxy("restore");
    }

    private static void kafkaProxy(String operation) {
        kafkaBootstrapServers();
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName(KAFKA_PROXY_MBEAN), operation, null, null);
        } catch (JMException e) {
            throw new IllegalStateException("could not " + operation + " the Kafka proxy", e);
        }
    }

    /** The proxy's controls, registered JVM-wide. */
    public interface ProxyControlMBean {
        void cut();

        void restore();
    }

    private static void startKafka() {
        // An embedded broker must never end the test JVM (Kafka's fault handlers call Exit.halt/exit, e.g. when it is
        // stopped in a shutdown hook while its directories go away): record the call instead, as Kafka's own tests do.
        Exit.setExitProcedure((status, message) -> System.err.println("embedded Kafka wanted to exit(" + status + "): " + message));
        Exit.setHaltProcedure((status, message) -> System.err.println("embedded Kafka wanted to halt(" + status + "): " + message));
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
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    proxy.close();
                    cluster.close();
                } catch (Exception ignored) {
                    // the JVM is exiting
                }
            }, "embedded-kafka-stop"));
            ProxyControlMBean control = new ProxyControlMBean() {
                @Override
                public void cut() {
                    proxy.cut();
                }

                @Override
                public void restore() {
                    proxy.restore();
                }
            };
            ManagementFactory.getPlatformMBeanServer().registerMBean(
                    new StandardMBean(control, ProxyControlMBean.class), new ObjectName(KAFKA_PROXY_MBEAN));
            System.setProperty(KAFKA_BOOTSTRAP, "localhost:" + proxy.port());
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded Kafka broker", e);
        }
    }

    /** Configuration a service needs to use this infrastructure with its own database. */
    public static Map<String, String> serviceConfig(String database) {
        createDatabaseIfMissing(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "kafka.bootstrap.servers", kafkaBootstrapServers());
    }
}
