package se.barnunga.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import se.barnunga.testing.PostgresKafkaTestResource;
import se.barnunga.testing.TopicReader;

/**
 * The propagation pieces on a real event store and a real broker, tracing on: a command's span is the parent of the
 * context stored in its event's metadata; the publisher's {@code publish} span is that context's child and its own
 * context is the {@code traceparent} header of the Kafka record; the consumer handles the record in a {@code process}
 * span whose parent is the publish span, current while the handler runs.
 */
@QuarkusTest
@TestProfile(TracingPropagationTest.TracingOn.class)
@QuarkusTestResource(value = PostgresKafkaTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class TracingPropagationTest {

    /** The SDK on, the test's mapper and consumer looked up, spans exported at once. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "50ms",
                    "barnunga.test.tracing", "true");
        }
    }

    @Inject
    CommandGateway commands;
    @Inject
    EventStore eventStore;
    @Inject
    OpenTelemetry openTelemetry;
    @Inject
    InMemorySpanExporter exporter;
    @Inject
    SparTestBeans.SparConsumer consumer;

    @Test
    void one_trace_from_the_command_through_the_stored_event_and_the_kafka_record_to_the_consumer() {
        String id = UUID.randomUUID().toString();
        Span request = openTelemetry.getTracer("test").spanBuilder("test request").setSpanKind(SpanKind.SERVER).startSpan();
        try (Scope scope = request.makeCurrent()) {
            commands.sendAndWait(new SparAggregat.SparaSpar(id, null));
        } finally {
            request.end();
        }
        String trace = request.getSpanContext().getTraceId();

        SpanData command = awaitSpan(s -> s.getName().equals("command SparaSpar") && s.getTraceId().equals(trace));
        assertThat(command.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(command.getAttributes().get(CommandTracing.COMMAND)).isEqualTo("SparaSpar");
        SpanData append = awaitSpan(s -> s.getName().equals("event store append") && s.getTraceId().equals(trace));
        assertThat(append.getParentSpanId()).isEqualTo(command.getSpanId());

        // the stored event carries the command span's context
        DomainEventMessage<?> stored = eventStore.readEvents(id).next();
        SpanContext storedContext = Span.fromContext(TraceContext.fromMetadata(stored.getMetaData())).getSpanContext();
        assertThat(storedContext.getTraceId()).isEqualTo(trace);
        assertThat(storedContext.getSpanId()).isEqualTo(command.getSpanId());

        // the publish span is its child, and its context is on the record beside the CloudEvents headers
        SpanData publish = awaitSpan(s -> s.getName().equals("publish " + SparAggregat.TOPIC) && s.getTraceId().equals(trace));
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getParentSpanId()).isEqualTo(command.getSpanId());
        assertThat(publish.getAttributes().get(Tracing.EVENT_TYPE)).isEqualTo("SparSkickat");
        ConsumerRecord<String, byte[]> record;
        try (TopicReader reader = TopicReader.fromBeginning(SparAggregat.TOPIC)) {
            record = reader.await(1, TopicReader.withKey(id), Duration.ofSeconds(30)).get(0);
        }
        assertThat(header(record, "ce_type")).isEqualTo("SparSkickat");
        assertThat(header(record, "traceparent")).isEqualTo("00-" + trace + "-" + publish.getSpanId() + "-01");

        // the consumer's span is the publish span's child, current while the handler ran
        SpanData process = awaitSpan(s -> s.getName().equals("process " + SparAggregat.TOPIC) && s.getTraceId().equals(trace));
        assertThat(process.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(process.getParentSpanId()).isEqualTo(publish.getSpanId());
        assertThat(process.getAttributes().get(Tracing.CONSUMER_GROUP)).isEqualTo("platform-test.spar");
        assertThat(consumer.seenFor(id)).isNotNull();
        assertThat(consumer.seenFor(id).getSpanId()).isEqualTo(process.getSpanId());
    }

    @Test
    void a_failed_command_is_marked_with_its_exception_class_never_its_message() {
        String message = "a message that must not reach the span 4711"; // Axon logs it at WARN: no personal data here
        Span request = openTelemetry.getTracer("test").spanBuilder("test request").startSpan();
        try (Scope scope = request.makeCurrent()) {
            assertThatThrownBy(() -> commands.sendAndWait(new SparAggregat.SparaSpar(UUID.randomUUID().toString(), message)))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            request.end();
        }
        String trace = request.getSpanContext().getTraceId();

        SpanData command = awaitSpan(s -> s.getName().equals("command SparaSpar") && s.getTraceId().equals(trace));
        assertThat(command.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(command.getStatus().getDescription()).isEqualTo("IllegalStateException");
        assertThat(command.getAttributes().get(Tracing.ERROR_TYPE)).isEqualTo(IllegalStateException.class.getName());
        assertThat(command.getEvents()).isEmpty();
        assertThat(command.getAttributes().asMap().values()).noneMatch(v -> String.valueOf(v).contains("4711"));
    }

    private SpanData awaitSpan(java.util.function.Predicate<SpanData> match) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> exporter.getFinishedSpanItems().stream().filter(match).findFirst(), Optional::isPresent).get();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name))
                .map(h -> new String(h.value(), StandardCharsets.UTF_8)).orElse(null);
    }
}
