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

    /** Extra Kafka producer properties. */
    @WithName("producer")
    Map<String, String> producerProperties();
}
