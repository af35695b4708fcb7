package se.barnunga.platform.consuming;

import java.util.Set;

import io.cloudevents.CloudEvent;

/**
 * A service's reaction to other services' contract events. Each implementation is a CDI bean and gets its own Kafka
 * consumer group; the platform runs it with {@link ContractEventConsumers}: {@link #handle(CloudEvent)} runs in a
 * JTA transaction in which the event's id is recorded in {@code processed_event}, so a re-delivered event has no
 * second effect. Commands sent from the handler join that transaction.
 */
public interface ContractEventHandler {

    /** The topics to consume, e.g. {@code Topics.UPPDRAG}. */
    Set<String> topics();

    /** A stable name, unique in the service: the consumer group is {@code <application>.<name>}. */
    String name();

    /**
     * Handles one event. Throwing makes the platform retry with back-off; after the configured number of attempts the
     * message goes to {@code <topic>.dlq}. Throw {@link PoisonMessage} for a message that can never succeed.
     */
    void handle(CloudEvent event) throws Exception;
}
