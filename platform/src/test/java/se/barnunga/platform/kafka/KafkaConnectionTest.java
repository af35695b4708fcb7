package se.barnunga.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    @Test
    void the_connection_security_settings_reach_every_client_and_nothing_else_does() {
        KafkaConnection connection = new KafkaConnection();
        connection.bootstrapServers = "kafka-1:9093";
        connection.broker = Map.of("bootstrap.servers", "kafka-1:9093", "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", "org.apache.kafka…ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/truststore.p12", "group.id", "assignment-service",
                "acks", "1");

        Map<String, Object> settings = connection.settings();

        assertThat(settings).containsOnlyKeys("bootstrap.servers", "security.protocol", "sasl.mechanism",
                "sasl.jaas.config", "ssl.truststore.location");
        assertThat(settings).containsEntry("security.protocol", "SASL_SSL").containsEntry("bootstrap.servers", "kafka-1:9093");
        settings.put("client.id", "x");
        assertThat(connection.settings()).as("a new map each time").doesNotContainKey("client.id");
    }

    @Test
    void without_security_settings_a_client_gets_the_bootstrap_servers_only() {
        KafkaConnection connection = new KafkaConnection();
        connection.bootstrapServers = "localhost:9092";
        connection.broker = Map.of("bootstrap.servers", "localhost:9092");
        assertThat(connection.settings()).containsExactlyEntriesOf(Map.of("bootstrap.servers", "localhost:9092"));
    }
}
