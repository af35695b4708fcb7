package se.barnunga.platform.tracing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import se.barnunga.platform.consuming.ContractEventHandler;
import se.barnunga.platform.publishing.ContractEventMapper;
import se.barnunga.platform.publishing.ContractMappings;

/**
 * The beans of the tracing tests: the in-memory exporter (Quarkus adds every {@code SpanExporter} bean to the SDK),
 * the mapper that publishes {@link SparAggregat.SparSparat} and a consumer of its topic that notes the span current
 * while it handles an event. The mapper and the consumer are looked up only under the tracing test's profile, so the
 * other platform tests run without them.
 */
public class SparTestBeans {

    @Singleton
    @Produces
    InMemorySpanExporter spanExporter() {
        return InMemorySpanExporter.create();
    }

    @ApplicationScoped
    @LookupIfProperty(name = "barnunga.test.tracing", stringValue = "true")
    public static class SparMapper implements ContractEventMapper {
        private final ContractMappings mappings = ContractMappings.builder()
                .map(SparAggregat.SparSparat.class, e -> new SparAggregat.SparSkickat(e.id()))
                .build();

        @Override
        public ContractMappings mappings() {
            return mappings;
        }
    }

    @ApplicationScoped
    @LookupIfProperty(name = "barnunga.test.tracing", stringValue = "true")
    public static class SparConsumer implements ContractEventHandler {
        /** Per event subject, the span current while the handler ran. */
        final Map<String, SpanContext> seen = new ConcurrentHashMap<>();

        @Override
        public Set<String> topics() {
            return Set.of(SparAggregat.TOPIC);
        }

        @Override
        public String name() {
            return "spar";
        }

        @Override
        public void handle(CloudEvent event) {
            seen.put(event.getSubject(), Span.current().getSpanContext());
        }

        SpanContext seenFor(String subject) {
            return seen.get(subject);
        }
    }
}
