package se.barnunga.platform.publishing;

import java.time.Duration;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import se.barnunga.platform.kafka.KafkaConnection;

/**
 * The idempotent Kafka producer of a service ({@code acks=all}, ordered per partition), shared by the publisher and
 * the dead-letter path of consumers. After a failed delivery it is replaced, so a broken producer never lingers.
 */
@Singleton
public class KafkaPublisherClient {

    @Inject
    KafkaConnection kafka;
    @Inject
    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;
    @Inject
    PublishingSettings settings;

    private Producer<String, CloudEvent> producer;

    public synchronized Producer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(properties(), new StringSerializer(), cloudEventSerializer());
        }
        return producer;
    }

    /**
     * Drops a producer after it failed; the next use creates a fresh one. Only that producer: another segment may
     * already have replaced it with a fresh one that is in use.
     */
    public synchronized void reset(Producer<String, CloudEvent> failed) {
        if (producer != null && producer == failed) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    Map<String, Object> properties() {
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
        int linger = 5;
        int requestTimeout = (int) Math.max(500, Math.min(settings.deliveryTimeout().toMillis() / 2, 10_000));
        long timeout = Math.max(settings.deliveryTimeout().toMillis(), linger + requestTimeout);
        Map<String, Object> p = kafka.settings();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-publisher");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        p.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, requestTimeout);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        p.putAll(settings.producerProperties());
        return p;
    }

    private static CloudEventSerializer cloudEventSerializer() {
        CloudEventSerializer serializer = new CloudEventSerializer();
        serializer.configure(Map.of(CloudEventSerializer.ENCODING_CONFIG, "BINARY"), false);
        return serializer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
