package se.barnunga.platform.publishing;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import se.barnunga.contracts.ContractCatalog;

/**
 * Publishes a service's contract events to Kafka from its own event store: the store is the outbox (DESIGN §6).
 *
 * <p>A pooled streaming processor feeds this handler in batches. Each contract event is sent as a binary-mode
 * CloudEvent keyed by the aggregate id; before the batch's transaction commits – and with it the processor's token –
 * every send must be acknowledged by the broker ({@code acks=all}). If one is not, the batch fails, the token stays,
 * and the processor retries the batch: nothing is lost; a re-sent event keeps its CloudEvent id (the Axon event id),
 * so consumers de-duplicate it.
 *
 * <p>Order per aggregate: an event is handed to the producer only after the broker acknowledged the previous event of
 * the same aggregate (in an earlier, committed batch, or awaited here within the batch). So the first copy of every
 * event in the topic is in the aggregate's order, whatever a failing or replaced producer did with later records of a
 * batch that is then retried. Events of different aggregates are still sent without waiting for each other.
 */
@Singleton
@ProcessingGroup(ContractEventPublisher.PROCESSING_GROUP)
public class ContractEventPublisher {

    public static final String PROCESSING_GROUP = "contract-publisher";
    private static final Logger LOG = Logger.getLogger(ContractEventPublisher.class);
    private static final String PENDING = ContractEventPublisher.class.getName() + ".pending";

    @Inject
    Instance<ContractEventMapper> mappers;
    @Inject
    KafkaPublisherClient client;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    PublishingSettings settings;
    @Inject
    MeterRegistry meters;
    @Inject
    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /**
     * Refuses a token reset of this processor, whoever asks (the operators' rebuild refuses it before): a replay would
     * send the whole history to Kafka again. Axon calls reset handlers in the reset's transaction, so the tokens stay.
     */
    @ResetHandler
    void neverReset() {
        throw new IllegalStateException("the contract publisher is never reset: it would publish the whole history again");
    }

    @EventHandler
    public void on(Object payload, DomainEventMessage<?> message) {
        List<Record> contractEvents = new ArrayList<>();
        for (ContractEventMapper mapper : mappers) {
            contractEvents.addAll(mapper.toContractEvents(payload));
        }
        for (int i = 0; i < contractEvents.size(); i++) {
            String id = contractEvents.size() == 1 ? message.getIdentifier() : message.getIdentifier() + "-" + (i + 1);
            send(message, id, contractEvents.get(i));
        }
    }

    private void send(DomainEventMessage<?> message, String id, Record data) {
        Class<?> type = data.getClass();
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create("urn:barnunga:" + applicationName))
                .withType(ContractCatalog.typeOf(type))
                .withSubject(message.getAggregateIdentifier())
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create(ContractCatalog.schemaUri(type)))
                .withData(json(data))
                .build();
        Batch batch = currentBatch();
        // never hand an aggregate's next event to a producer before its previous one is safely on the broker
        Pending previous = batch.unacknowledged.remove(message.getAggregateIdentifier());
        if (previous != null) {
            await(batch, previous);
        }
        Producer<String, CloudEvent> producer = client.producer();
        Future<RecordMetadata> ack;
        try {
            ack = producer.send(new ProducerRecord<>(ContractCatalog.topicOf(type), message.getAggregateIdentifier(), event));
        } catch (RuntimeException e) {
            // e.g. no metadata within max.block.ms while the broker is away: the batch fails and is retried
            client.reset(producer);
            throw new PublishingFailed(e);
        }
        batch.unacknowledged.put(message.getAggregateIdentifier(), new Pending(producer, ack, event.getType()));
    }

    /**
     * The sends of the current batch not yet acknowledged: at most one per aggregate, its latest, since each earlier
     * one was awaited before the next was sent. They are awaited when the batch prepares to commit, before the token
     * is stored in the same transaction.
     */
    private Batch currentBatch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Batch batch = new Batch(System.nanoTime() + settings.deliveryTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5));
            unitOfWork.onPrepareCommit(u -> batch.unacknowledged.values().forEach(p -> await(batch, p)));
            return batch;
        });
    }

    private void await(Batch batch, Pending pending) {
        try {
            pending.ack().get(Math.max(1, batch.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            meters.counter("barnunga.events.published", "type", pending.type()).increment();
        } catch (ExecutionException | TimeoutException e) {
            client.reset(pending.producer());
            LOG.warnf("Publishing to Kafka failed (%s); the batch will be retried", e.getClass().getSimpleName());
            throw new PublishingFailed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishingFailed(e);
        }
    }

    private byte[] json(Record data) {
        try {
            return objectMapper.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract event not serializable: " + data.getClass().getName(), e);
        }
    }

    private static final class Batch {
        final long deadline;
        final Map<String, Pending> unacknowledged = new LinkedHashMap<>();

        Batch(long deadline) {
            this.deadline = deadline;
        }
    }

    private record Pending(Producer<String, CloudEvent> producer, Future<RecordMetadata> ack, String type) {
    }

    /** The broker did not acknowledge a batch in time; the processor retries it. */
    public static class PublishingFailed extends RuntimeException {
        PublishingFailed(Throwable cause) {
            super("the broker did not acknowledge the batch", cause);
        }
    }
}
