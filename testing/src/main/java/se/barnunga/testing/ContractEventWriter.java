package se.barnunga.testing;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import se.barnunga.contracts.ContractCatalog;

/**
 * Puts another service's contract event on the test broker exactly as the platform's publisher does (CloudEvents
 * binary mode, key and subject = the aggregate id, JSON data, dataschema), after validating it against its schema – so a
 * consuming service's test is fed real events, not a mock.
 */
public final class ContractEventWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, CloudEvent> producer;
    private final String source;

    private ContractEventWriter(String producingService) {
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), serializer);
        source = "urn:barnunga:" + producingService;
    }

    /** A writer that publishes as the named service, e.g. {@code assignment-service}. */
    public static ContractEventWriter as(String producingService) {
        return new ContractEventWriter(producingService);
    }

    /** Publishes one contract event with a new id; returns the CloudEvent id. */
    public String publish(String aggregateId, Record data, Instant time) {
        return publish(UUID.randomUUID().toString(), aggregateId, data, time);
    }

    /** Publishes one contract event with the given id (to test re-delivery); waits for the broker's acknowledgement. */
    public String publish(String id, String aggregateId, Record data, Instant time) {
        Class<?> type = data.getClass();
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(data);
            ContractAssertions.assertDataConforms(type, JSON.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(source))
                .withType(ContractCatalog.typeOf(type))
                .withSubject(aggregateId)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create(ContractCatalog.schemaUri(type)))
                .withData(json)
                .build();
        try {
            producer.send(new ProducerRecord<>(ContractCatalog.topicOf(type), aggregateId, event)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + ContractCatalog.typeOf(type), e);
        }
        return id;
    }

    @Override
    public void close() {
        producer.close();
    }
}
