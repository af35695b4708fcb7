package se.barnunga.platform.publishing;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The broker connection of the publisher; {@code barnunga.kafka.producer.*} passes any other producer setting. */
@ConfigMapping(prefix = "barnunga.publishing")
public interface PublishingSettings {

    /** How long a batch waits for the broker's acknowledgement before the batch fails and is retried. */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /**
     * Events the publisher handles in one batch (one transaction, one token update, the broker's acks awaited once).
     * Larger than the projections' batches ({@code barnunga.axon.processor-batch-size}): a batch takes what is there,
     * up to this many, so it adds no delay when few events come.
     */
    @WithDefault("500")
    int batchSize();

    /** Extra Kafka producer properties. */
    @WithName("producer")
    Map<String, String> producerProperties();
}
