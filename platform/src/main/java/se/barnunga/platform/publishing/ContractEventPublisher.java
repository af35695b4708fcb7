package se.barnunga.platform.publishing;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import se.barnunga.contracts.ContractCatalog;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.platform.tracing.TraceContext;
import se.barnunga.platform.tracing.Tracing;

/**
 * Publishes a service's contract events to Kafka from its own event store: the store is the outbox
 * (docs/architecture.md, "The outbox").
 *
 * <p>A pooled streaming processor feeds this handler in batches. Each contract event is sent as a binary-mode
 * CloudEvent keyed by the aggregate id; before the batch's transaction commits – and with it the processor's token –
 * every send must be acknowledged by the broker ({@code acks=all}). If one is not, the batch fails, the token stays,
 * and the processor retries the batch: nothing is lost; a re-sent event keeps its CloudEvent id (the Axon event id),
 * so consumers de-duplicate it.
 *
 * <p>Order per aggregate: an event is handed to the producer only after the broker acknowledged the previous event of
 * the same aggregate (in an earlier, committed batch, or within the batch: a later event of an aggregate whose
 * previous one is still unacknowledged is held back and sent when the batch completes). So the first copy of every
 * event in the topic is in the aggregate's order, whatever a failing or replaced producer did with later records of a
 * batch that is then retried. Events of different aggregates are sent without waiting for each other.
 *
 * <p>Why the acknowledgement is awaited although the producer is idempotent with at most 5 requests in flight, which
 * Kafka documents as preserving order ({@code max.in.flight.requests.per.connection}: "if retries are disabled or if
 * enable.idempotence is set to true, ordering will be preserved"): that holds for the records the producer delivers,
 * not across a record it gives up on. A record that expires ({@code delivery.timeout.ms}, e.g. while the broker is
 * away) fails, and the idempotent producer then adjusts the sequence numbers of the partition's later batches (or
 * bumps its epoch, KIP-360) and delivers them: B is on the topic, A is not. The retried batch sends A and B again, so
 * the first copy of B would precede A. Awaiting A before B is sent rules that out; holding B back instead of waiting
 * where it is handled keeps the cost to one round trip per run of an aggregate's events in a batch.
 *
 * <p>Tracing (only while it is on, {@link Tracing#enabled}): the trace context a command stored in its events'
 * metadata ({@code traceparent}, {@code tracestate}) is the parent of a {@code publish <topic>} span around the send,
 * whose own context goes into the record's headers for the consumers. The metadata is read for that alone, so with
 * tracing off it stays unread, as before; an event stored without a context is sent without a span.
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
    Instance<AxonRuntime> axon;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    PublishingSettings settings;
    @Inject
    MeterRegistry meters;
    @Inject
    Tracing tracing;
    @Inject
    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    /** Per payload class, a reader of the event serializer's ObjectMapper (see {@link #payload}). */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
    /**
     * Per contract record class, a writer of the service's ObjectMapper: the same JSON as
     * {@code objectMapper.writeValueAsBytes} (records are final, so the root type is the runtime type), without looking
     * the serializer up again for every event.
     */
    private final Map<Class<?>, ObjectWriter> writers = new ConcurrentHashMap<>();
    private volatile Optional<JacksonSerializer> eventSerializer;
    private volatile List<ContractEventMapper> mapperList;

    /** The counter per CloudEvent type (a registry look-up per acknowledged event is measurable in a backlog). */
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private volatile URI source;

    /**
     * Refuses a token reset of this processor, whoever asks (the operators' rebuild refuses it before): a replay would
     * send the whole history to Kafka again. Axon calls reset handlers in the reset's transaction, so the tokens stay.
     */
    @ResetHandler
    void neverReset() {
        throw new IllegalStateException("the contract publisher is never reset: it would publish the whole history again");
    }

    /**
     * Every event of the store. The message only, not the payload, is the parameter: the payload is deserialized only
     * when a mapper may publish its class ({@link ContractEventMapper#mayPublish}).
     */
    @EventHandler
    public void on(DomainEventMessage<?> message) {
        Class<?> type = message.getPayloadType();
        List<Record> contractEvents = new ArrayList<>();
        Object payload = null;
        for (ContractEventMapper mapper : mappers()) {
            if (mapper.mayPublish(type)) {
                if (payload == null) {
                    payload = payload(message, type);
                }
                contractEvents.addAll(mapper.toContractEvents(payload));
            }
        }
        Context trace = contractEvents.isEmpty() ? null : storedTrace(message);
        for (int i = 0; i < contractEvents.size(); i++) {
            String id = contractEvents.size() == 1 ? message.getIdentifier() : message.getIdentifier() + "-" + (i + 1);
            send(message, id, contractEvents.get(i), trace);
        }
    }

    /** The trace context stored with the event, or null when tracing is off or the event has none. */
    private Context storedTrace(DomainEventMessage<?> message) {
        if (!tracing.enabled()) {
            return null;
        }
        Context context = TraceContext.fromMetadata(message.getMetaData());
        return Span.fromContext(context).getSpanContext().isValid() ? context : null;
    }

    /** The service's mappers, looked up once (iterating the CDI {@code Instance} resolves them again each time). */
    private List<ContractEventMapper> mappers() {
        List<ContractEventMapper> resolved = mapperList;
        if (resolved == null) {
            resolved = mappers.stream().toList();
            mapperList = resolved;
        }
        return resolved;
    }

    /**
     * The payload of a stored event, read with a reader cached per class from the ObjectMapper of Axon's own event
     * serializer – what {@code message.getPayload()} returns, for less work: Axon's {@code JacksonSerializer} resolves
     * the class by name and builds a new {@code ObjectReader} for every event it deserializes, which in a backlog is a
     * measurable part of the publisher's time (B3). The serialized form comes from the message itself
     * ({@code serializePayload} with the serializer the message was read with hands back its stored – and, if the
     * service had upcasters, upcast – representation without deserializing it), so the bytes read are the ones Axon
     * would read, and the reader is configured as Axon's. A payload of another serializer, of a class not found
     * ({@code UnknownSerializedType}) or without type goes Axon's way.
     */
    Object payload(DomainEventMessage<?> message, Class<?> type) {
        JacksonSerializer serializer = eventSerializer();
        if (serializer == null || type == Void.class || UnknownSerializedType.class.isAssignableFrom(type)) {
            return message.getPayload();
        }
        SerializedObject<byte[]> serialized = message.serializePayload(serializer, byte[].class);
        try {
            return readers.computeIfAbsent(type, t -> serializer.getObjectMapper().readerFor(t)).readValue(serialized.getData());
        } catch (IOException e) {
            throw new SerializationException("Error while deserializing payload of message " + message.getIdentifier(), e);
        }
    }

    /** Axon's event serializer if it is a {@code JacksonSerializer}, else {@code null} (then Axon deserializes). */
    JacksonSerializer eventSerializer() {
        Optional<JacksonSerializer> serializer = eventSerializer;
        if (serializer == null) {
            EventStorageEngine engine = axon.get().storageEngine();
            Serializer configured = engine instanceof AbstractEventStorageEngine storage ? storage.getEventSerializer() : null;
            serializer = Optional.ofNullable(configured instanceof JacksonSerializer jackson ? jackson : null);
            eventSerializer = serializer;
        }
        return serializer.orElse(null);
    }

    private void send(DomainEventMessage<?> message, String id, Record data, Context trace) {
        Contract contract = CONTRACTS.get(data.getClass());
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(source())
                .withType(contract.type())
                .withSubject(message.getAggregateIdentifier())
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(contract.schema())
                .withData(json(data))
                .build();
        currentBatch().submit(new Outgoing(contract.topic(), message.getAggregateIdentifier(), event, trace));
    }

    /** What the catalog says of a contract record, read once per class. */
    private record Contract(String type, String topic, URI schema) {
    }

    private static final ClassValue<Contract> CONTRACTS = new ClassValue<>() {
        @Override
        protected Contract computeValue(Class<?> type) {
            return new Contract(ContractCatalog.typeOf(type), ContractCatalog.topicOf(type),
                    URI.create(ContractCatalog.schemaUri(type)));
        }
    };

    private URI source() {
        URI uri = source;
        if (uri == null) {
            uri = URI.create("urn:barnunga:" + applicationName);
            source = uri;
        }
        return uri;
    }

    /**
     * The current batch's sends, created with the batch: when the batch prepares to commit – before the token is stored
     * in the same transaction – every event held back is sent after its predecessor's acknowledgement and every send
     * is awaited.
     */
    private Batch currentBatch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Batch batch = new Batch(System.nanoTime() + settings.deliveryTimeout().toNanos() + TimeUnit.SECONDS.toNanos(5));
            unitOfWork.onPrepareCommit(u -> batch.complete());
            return batch;
        });
    }

    private Pending send(Outgoing outgoing) {
        Producer<String, CloudEvent> producer = client.producer();
        ProducerRecord<String, CloudEvent> record = new ProducerRecord<>(outgoing.topic(), outgoing.aggregateId(), outgoing.event());
        Span span = outgoing.trace() == null ? null : tracing.startPublish(outgoing.trace(), record);
        try {
            return new Pending(producer, producer.send(record), outgoing.event().getType());
        } catch (RuntimeException e) {
            // e.g. no metadata within max.block.ms while the broker is away: the batch fails and is retried
            if (span != null) {
                tracing.fail(span, e);
            }
            client.reset(producer);
            throw new PublishingFailed(e);
        } finally {
            if (span != null) {
                span.end();
            }
        }
    }

    private void await(Batch batch, Pending pending) {
        try {
            pending.ack().get(Math.max(1, batch.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            published.computeIfAbsent(pending.type(), type -> meters.counter("barnunga.events.published", "type", type))
                    .increment();
        } catch (ExecutionException | TimeoutException e) {
            client.reset(pending.producer());
            LOG.warnf("Publishing to Kafka failed (%s); the batch will be retried", e.getClass().getSimpleName());
            throw new PublishingFailed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishingFailed(e);
        }
    }

    /**
     * The sends of one batch. Per aggregate at most one send is unacknowledged at any time (its latest); the
     * aggregate's later events of the batch wait in order until it is acknowledged. So events of different aggregates
     * never wait for each other, and a batch with many aggregates of a few events each needs as many round trips to
     * the broker as its longest run of events of one aggregate – not one per event, as when each event was awaited
     * where it was handled.
     */
    private final class Batch {
        final long deadline;
        final Map<String, Pending> unacknowledged = new LinkedHashMap<>();
        final Map<String, ArrayDeque<Outgoing>> held = new LinkedHashMap<>();

        Batch(long deadline) {
            this.deadline = deadline;
        }

        /** Sends at once if the aggregate has nothing unacknowledged; else holds the event back behind the others. */
        void submit(Outgoing outgoing) {
            String aggregate = outgoing.aggregateId();
            ArrayDeque<Outgoing> queue = held.get(aggregate);
            if (queue == null) {
                Pending previous = unacknowledged.get(aggregate);
                if (previous == null || previous.ack().isDone()) {
                    if (previous != null) {
                        await(this, previous); // done: counts it, or fails the batch if the broker refused it
                    }
                    unacknowledged.put(aggregate, send(outgoing));
                    return;
                }
                queue = new ArrayDeque<>();
                held.put(aggregate, queue);
            }
            queue.add(outgoing);
        }

        /** Sends what was held back, each after its predecessor's acknowledgement, then awaits every send. */
        void complete() {
            while (!held.isEmpty()) {
                Iterator<Map.Entry<String, ArrayDeque<Outgoing>>> waiting = held.entrySet().iterator();
                while (waiting.hasNext()) {
                    Map.Entry<String, ArrayDeque<Outgoing>> entry = waiting.next();
                    await(this, unacknowledged.get(entry.getKey()));
                    unacknowledged.put(entry.getKey(), send(entry.getValue().poll()));
                    if (entry.getValue().isEmpty()) {
                        waiting.remove();
                    }
                }
            }
            unacknowledged.values().forEach(pending -> await(this, pending));
        }
    }

    /** A contract event ready to send, keyed by its aggregate, with the trace stored with its event (or null). */
    private record Outgoing(String topic, String aggregateId, CloudEvent event, Context trace) {
    }

    private byte[] json(Record data) {
        try {
            return writers.computeIfAbsent(data.getClass(), objectMapper::writerFor).writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contract event not serializable: " + data.getClass().getName(), e);
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
