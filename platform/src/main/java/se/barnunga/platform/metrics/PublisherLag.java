package se.barnunga.platform.metrics;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeSet;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.axonframework.serialization.Serializer;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.platform.axon.ProcessorPositions;
import se.barnunga.platform.publishing.ContractEventMapper;
import se.barnunga.platform.publishing.ContractEventPublisher;

/**
 * The gauge {@code barnunga.publisher.lag} (tag {@code service}, as every meter): the contract events in the service's
 * event store that Kafka has not acknowledged yet – the events of a class the service publishes
 * ({@link ContractEventMapper#mayPublish}) stored after the position of the {@code contract-publisher} processor, whose
 * token moves only after the broker acknowledged a batch. Counted in the store, so events the publisher passes by
 * (internal ones) and the gaps of rolled-back transactions in the global index are not counted, as they are in
 * {@code barnunga.processor.lag{group="contract-publisher"}} (the store's head minus the position).
 *
 * <p>The same figure on every instance: the position is the lowest of the processor's segments over all instances
 * (the token table, {@link ProcessorPositions}) and the count is read from the shared store, so dashboards and alerts
 * take the {@code max} over a service's instances, never the {@code sum}. While one segment is behind the others (its
 * instance died and the claim has not been taken over yet) the count from the lowest position includes events that
 * other segments have already sent: an upper bound then, exact when the segments are level.
 *
 * <p>Read with {@link RefreshingValue}: one count per {@code barnunga.metrics.refresh-interval} (30 s) and instance,
 * over the primary-key index from the position on – proportional to the backlog, nothing while there is none.
 */
@Singleton
public class PublisherLag {

    public static final String METRIC = "barnunga.publisher.lag";

    @Inject
    AxonRuntime axon;
    @Inject
    ProcessorPositions positions;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Instance<ContractEventMapper> mappers;
    @Inject
    MeterRegistry meters;
    @Inject
    MetricsSettings settings;

    private volatile List<String> payloadTypes;

    void gauge(@Observes @Priority(4100) StartupEvent event) {
        RefreshingValue<Long> value = new RefreshingValue<>(METRIC, settings.refreshInterval(), this::count);
        Gauge.builder(METRIC, value, v -> {
                    Long n = v.get();
                    return n == null ? Double.NaN : n;
                })
                .description("Contract events stored but not yet acknowledged by Kafka (from the publisher's lowest segment)")
                .strongReference(true)
                .register(meters);
    }

    /** The lag read now: the publishable events stored after the publisher's lowest segment's position. */
    long count() throws SQLException {
        List<String> types = payloadTypes();
        if (types.isEmpty()) {
            return 0;
        }
        OptionalLong position = positions.position(ContractEventPublisher.PROCESSING_GROUP);
        long after = position.orElse(-1);
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT count(*) FROM DomainEventEntry WHERE globalIndex > ? AND payloadType = ANY (?)")) {
            Array array = c.createArrayOf("varchar", types.toArray());
            q.setLong(1, after);
            q.setArray(2, array);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The stored payload type names of the classes the service's mappers publish, as the event serializer writes them.
     * (An event stored under an older class name that an upcaster renames would not be counted; the services have no
     * upcasters.)
     */
    private List<String> payloadTypes() {
        List<String> types = payloadTypes;
        if (types == null) {
            Serializer serializer = axon.configuration().eventSerializer();
            TreeSet<String> names = new TreeSet<>();
            for (ContractEventMapper mapper : mappers) {
                mapper.mappings().classes().forEach(c -> names.add(serializer.typeForClass(c).getName()));
            }
            types = List.copyOf(names);
            payloadTypes = types;
        }
        return types;
    }
}
