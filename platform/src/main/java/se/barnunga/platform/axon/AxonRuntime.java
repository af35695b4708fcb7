package se.barnunga.platform.axon;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.barnunga.platform.operations.ParkedEvents;
import se.barnunga.platform.operations.ProcessingSettings;
import se.barnunga.platform.operations.ProcessingStatus;
import se.barnunga.platform.publishing.ContractEventPublisher;
import se.barnunga.platform.publishing.PublishingSettings;
import se.barnunga.platform.tracing.CommandTracing;
import se.barnunga.platform.tracing.Tracing;

/**
 * Axon Framework 4 wired into Quarkus CDI by hand (no usable extension exists; docs/architecture.md, "Technology"),
 * once for every service:
 * JDBC event store and token store on the service's PostgreSQL datasource (tables by Flyway, {@code db/platform}),
 * Jackson serialization, Axon transactions over JTA, pooled streaming processors for every processing group,
 * snapshotting, and the gateways as CDI beans. Aggregates and handlers are discovered by {@link AxonComponentIndex}.
 */
@Singleton
public class AxonRuntime {

    private static final Logger LOG = Logger.getLogger(AxonRuntime.class);
    /** Unique-violation SQL state of PostgreSQL: two writers appended the same aggregate sequence number. */
    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    AgroalDataSource dataSource;
    @Inject
    jakarta.transaction.TransactionManager jta;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    Clock clock;
    @Inject
    AxonSettings settings;
    @Inject
    ParkedEvents parkedEvents;
    @Inject
    ProcessingStatus processingStatus;
    @Inject
    ProcessingSettings processingSettings;
    @Inject
    PublishingSettings publishingSettings;
    @Inject
    Tracing tracing;
    @Inject
    SegmentBalancer balancer;

    private Configuration configuration;
    private EventStorageEngine storageEngine;
    private boolean started;

    /** The built configuration; built on first use, started at application start. */
    public synchronized Configuration configuration() {
        if (configuration == null) {
            configuration = build();
        }
        return configuration;
    }

    /** True between the start of the configuration and its shutdown. */
    public synchronized boolean isStarted() {
        return started;
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        synchronized (this) {
            configuration().start();
            started = true;
        }
        configuration.eventProcessingConfiguration().eventProcessors().keySet()
                .forEach(name -> processingStatus.register(name, ProcessingStatus.Kind.PROCESSOR));
        LOG.infof("Axon started, event processors %s", configuration.eventProcessingConfiguration().eventProcessors().keySet());
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (started) {
                configuration.shutdown();
                started = false;
            }
        }
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return configuration().commandGateway();
    }

    @Produces
    @Singleton
    QueryGateway queryGateway() {
        return configuration().queryGateway();
    }

    @Produces
    @Singleton
    EventGateway eventGateway() {
        return configuration().eventGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return configuration().eventStore();
    }

    /** The event storage engine, for reading single events back by global index (the operators' re-drive). */
    public synchronized EventStorageEngine storageEngine() {
        configuration().eventStore();
        return storageEngine;
    }

    private Configuration build() {
        // Axon stamps event messages with this static clock: make it the service's clock, so tests can move time.
        GenericEventMessage.clock = clock;

        TransactionManager transactionManager = new JtaTransactionManager(jta);
        ConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(objectMapper.copy())
                .lenientDeserialization()
                .build();
        // Aggregates keep their state in private fields without accessors: snapshots serialize fields.
        ObjectMapper snapshotMapper = objectMapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        Serializer snapshotSerializer = JacksonSerializer.builder().objectMapper(snapshotMapper).lenientDeserialization().build();

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureTransactionManager(c -> transactionManager)
                .configureCorrelationDataProviders(c -> List.of(new CommandCorrelation()))
                .configureEventStore(c -> {
                    storageEngine = JdbcEventStorageEngine.builder()
                            .connectionProvider(connections)
                            .transactionManager(transactionManager)
                            .eventSerializer(serializer)
                            .snapshotSerializer(snapshotSerializer)
                            .upcasterChain(c.upcasterChain())
                            .persistenceExceptionResolver(new SQLStateResolver(UNIQUE_VIOLATION))
                            .dataType(byte[].class)
                            // events per query of a streaming processor behind the cache (a replay) and per aggregate load
                            .batchSize(settings.eventStoreBatchSize())
                            .build();
                    // as Configurer.configureEmbeddedEventStore, but the store wakes the processors on commit (B2)
                    CommitWakingEventStore store = CommitWakingEventStore.create(storageEngine,
                            c.messageMonitor(EmbeddedEventStore.class, "eventStore"), jta);
                    c.onShutdown(store::shutDown);
                    return store;
                });

        PersistenceContextFlush flush = new PersistenceContextFlush();
        AxonComponentIndex components = AxonComponentIndex.scan(Thread.currentThread().getContextClassLoader());
        Map<String, List<BatchPreload>> preloads = new HashMap<>();
        for (Class<?> handler : components.handlers) {
            ProcessingGroup group = handler.getAnnotation(ProcessingGroup.class);
            if (group != null && BatchPreload.class.isAssignableFrom(handler)) {
                preloads.computeIfAbsent(group.value(), g -> new ArrayList<>()).add((BatchPreload) bean(handler));
            }
        }
        configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((c, builder) -> builder
                        // claims, back-off and release deadlines run on real time, never on the business clock
                        .clock(Clock.systemUTC())
                        .batchSize(settings.processorBatchSize())
                        // new events wake the coordinator (CommitWakingEventStore); without them it looks again after
                        // this interval, which also paces its attempts to claim unclaimed segments
                        .tokenClaimInterval(settings.processorIdlePoll().toMillis())
                        .initialSegmentCount(settings.processorSegments())
                        // a fair share of the segments when several instances run (SegmentBalancer)
                        .maxSegmentProvider(balancer::maxSegments)
                        // a batch may outlast the claim timeout (the publisher awaits the broker's acks while a Kafka
                        // node fails over): the coordinator extends the claims of busy work packages, so another
                        // instance takes a segment over only from an instance that is gone or hangs, not from a slow one
                        .enableCoordinatorClaimExtension())
                // the publisher's batches may be larger than the projections': each batch awaits the broker's acks and
                // commits its token once, so a backlog (after an outage) is worked off in fewer, larger steps (B3)
                .registerPooledStreamingEventProcessorConfiguration(ContractEventPublisher.PROCESSING_GROUP,
                        (c, builder) -> builder.batchSize(publishingSettings.batchSize()))
                .registerTokenStore(c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .nodeId(SegmentBalancer.NODE_ID)
                        .serializer(serializer)
                        .contentType(byte[].class)
                        .claimTimeout(settings.tokenClaimTimeout())
                        .build())
                // a failing handler must never skip an event silently: the processor retries the batch with back-off,
                // and the parking interceptor parks an event that fails deterministically max-attempts times
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((c, name) -> new ParkingInterceptor(name, parkedEvents, processingStatus,
                        processingSettings, flush, settings.replayJdbcBatchSize(), preloads.getOrDefault(name, List.of()))));
        // projections that write in batches (BatchPreload) take larger batches: fewer transactions in a replay or catch-up
        for (String group : preloads.keySet()) {
            configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessorConfiguration(group,
                    (c, builder) -> builder.batchSize(settings.preloadingBatchSize())));
        }

        for (Class<?> aggregate : components.aggregates) {
            configurer.configureAggregate(snapshotting(aggregate));
        }
        for (Class<?> handler : components.handlers) {
            Object bean = bean(handler);
            configurer.registerMessageHandler(c -> bean);
        }
        LOG.debugf("Axon components: aggregates %s, handlers %s", components.aggregates, components.handlers);
        Configuration built = configurer.buildConfiguration();
        if (tracing.enabled()) {
            // the command and append spans; the command's trace context goes into its events (CommandCorrelation)
            built.commandBus().registerHandlerInterceptor(new CommandTracing(tracing));
        }
        return built;
    }

    private <A> AggregateConfigurer<A> snapshotting(Class<A> aggregate) {
        return AggregateConfigurer.defaultConfiguration(aggregate)
                .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(), settings.snapshotThreshold()));
    }

    private static Object bean(Class<?> type) {
        InstanceHandle<?> handle = Arc.container().instance(type);
        if (!handle.isAvailable()) {
            throw new IllegalStateException(type.getName() + " has Axon handler methods but is not a CDI bean:"
                    + " annotate it @ApplicationScoped (or @Singleton)");
        }
        return ClientProxy.unwrap(handle.get());
    }
}
