package se.barnunga.platform.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.CommonClientConfigs;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

/**
 * What every Kafka client of a service needs to reach the cluster, in one place: the bootstrap servers and the
 * connection's security – every {@code security.*}, {@code sasl.*} and {@code ssl.*} setting given as a {@code kafka.*}
 * property or a {@code KAFKA_*} environment variable (e.g. {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL},
 * {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG} from a Secret; docs/operations.md, "Deploying to
 * Kubernetes"). The values come from Quarkus' own {@code default-kafka-broker} configuration map, which already turns
 * the environment variables into Kafka's dotted names. The publisher, the consumers, their dead-letter producers and
 * the admin clients of the health check and the lag metrics all start from {@link #settings()}.
 */
@Singleton
public class KafkaConnection {

    /** The prefixes of the settings that say how to connect, as opposed to what a client does. */
    static final List<String> CONNECTION_PREFIXES = List.of("security.", "sasl.", "ssl.");

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;
    @Inject
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A new map with the bootstrap servers and the connection settings, for a client to add its own to. */
    public Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        broker.forEach((name, value) -> {
            if (CONNECTION_PREFIXES.stream().anyMatch(name::startsWith)) {
                settings.put(name, value);
            }
        });
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return settings;
    }
}
