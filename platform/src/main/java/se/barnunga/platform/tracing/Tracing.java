package se.barnunga.platform.tracing;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.cloudevents.CloudEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * The platform's own spans, where no library instruments the path of a case (docs/architecture.md, "Tracing"):
 * handling a command and appending its events ({@link CommandTracing}), sending a contract event to Kafka (a
 * {@code publish} span whose parent is the context stored with the event, its W3C context in the record's headers),
 * and handling a consumed record (a {@code process} span whose parent is the publish span of the other service).
 *
 * <p>Off – nothing read, nothing written, no span – while the OpenTelemetry SDK is disabled
 * ({@code quarkus.otel.sdk.disabled}, the platform's default). Names and attributes are technical only: command and
 * event type names, topics, ids (UUIDs), never a payload; a failure is recorded as its exception class, never its
 * message ({@link #failed}).
 */
@Singleton
public class Tracing {

    static final String INSTRUMENTATION = "se.barnunga.platform";
    static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    static final AttributeKey<String> CONSUMER_GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    static final AttributeKey<String> EVENT_SUBJECT = AttributeKey.stringKey("cloudevents.event_subject");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    @Inject
    OpenTelemetry openTelemetry;
    @Inject
    @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false")
    boolean sdkDisabled;

    private volatile Tracer tracer;

    /** Whether spans are made and contexts carried: the OpenTelemetry SDK is enabled. */
    public boolean enabled() {
        return !sdkDisabled;
    }

    Tracer tracer() {
        Tracer t = tracer;
        if (t == null) {
            t = openTelemetry.getTracer(INSTRUMENTATION);
            tracer = t;
        }
        return t;
    }

    /**
     * Starts the span of sending one contract event, child of {@code parent} (the context stored with the event), and
     * puts its W3C context into the record's headers beside the CloudEvents ones. The caller ends it.
     */
    public Span startPublish(Context parent, ProducerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        Span span = tracer().spanBuilder("publish " + record.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION_TYPE, "send")
                .setAttribute(OPERATION_NAME, "publish")
                .setAttribute(MESSAGE_ID, event.getId())
                .setAttribute(MESSAGE_KEY, record.key())
                .setAttribute(EVENT_ID, event.getId())
                .setAttribute(EVENT_TYPE, event.getType())
                .setAttribute(EVENT_SUBJECT, event.getSubject())
                .startSpan();
        TraceContext.inject(parent.with(span), record.headers());
        return span;
    }

    /** Work that may throw, run inside a span. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Runs a consumer's handling of one record in a {@code process} span whose parent is the context in the record's
     * headers (the publish span of the service that sent it; a new trace if there is none), current while the handler
     * runs, so the commands it sends and the events they apply belong to the same trace.
     */
    public void consume(String group, ConsumerRecord<String, byte[]> record, CloudEvent event, Work work) throws Exception {
        if (!enabled()) {
            work.run();
            return;
        }
        Context parent = TraceContext.fromHeaders(record.headers());
        Span span = tracer().spanBuilder("process " + record.topic())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute(MESSAGING_SYSTEM, "kafka")
                .setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION_TYPE, "process")
                .setAttribute(OPERATION_NAME, "process")
                .setAttribute(CONSUMER_GROUP, group)
                .setAttribute(PARTITION, Integer.toString(record.partition()))
                .setAttribute(OFFSET, record.offset())
                .setAttribute(MESSAGE_ID, event.getId())
                .setAttribute(EVENT_ID, event.getId())
                .setAttribute(EVENT_TYPE, event.getType())
                .setAttribute(EVENT_SUBJECT, event.getSubject())
                .startSpan();
        try (Scope scope = parent.with(span).makeCurrent()) {
            work.run();
        } catch (Exception | Error e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Marks a span failed with the exception's class only: messages may quote values (a database's detail, a rule's
     * text), and span events with messages would carry them to the trace backend.
     */
    static void failed(Span span, Throwable e) {
        span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
        span.setAttribute(ERROR_TYPE, e.getClass().getName());
    }

    /** As {@link #failed(Span, Throwable)}, for the publisher's use. */
    public void fail(Span span, Throwable e) {
        failed(span, e);
    }
}
