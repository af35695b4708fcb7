package se.barnunga.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) of a trace where it must cross a boundary the
 * instrumentation does not see: into the metadata of the events a command applies (the event store is the outbox, so
 * the context must wait there until the publisher sends the event), and into and out of the headers of a Kafka record.
 *
 * <p>Always the OpenTelemetry API's own {@link W3CTraceContextPropagator}, never hand-written parsing, and only it:
 * not the configured propagators, whose {@code baggage} would carry whatever a caller put in that HTTP header into the
 * event store and onto Kafka. Without a valid span in the context (tracing off, or no trace) nothing is written.
 */
public final class TraceContext {

    /** The W3C header names, which are also the metadata keys of a stored event. */
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private TraceContext() {
    }

    /** Whether the context has a valid span, i.e. something to carry (false while tracing is off). */
    public static boolean carriesTrace(Context context) {
        return Span.fromContext(context).getSpanContext().isValid();
    }

    /** Adds the context's {@code traceparent} (and {@code tracestate}, if any) to {@code carrier}. */
    public static void inject(Context context, Map<String, ? super String> carrier) {
        if (carriesTrace(context)) {
            W3C.inject(context, carrier, (map, key, value) -> map.put(key, value));
        }
    }

    /** The context stored in an event's metadata, on top of the root context; the root context if there is none. */
    public static Context fromMetadata(Map<String, ?> metadata) {
        if (!metadata.containsKey(TRACEPARENT)) {
            return Context.root();
        }
        return W3C.extract(Context.root(), metadata, MetadataGetter.INSTANCE);
    }

    /** Sets the context's {@code traceparent} (and {@code tracestate}) headers, replacing any of the same name. */
    public static void inject(Context context, Headers headers) {
        if (carriesTrace(context)) {
            W3C.inject(context, headers, (h, key, value) -> {
                h.remove(key);
                h.add(key, value.getBytes(StandardCharsets.UTF_8));
            });
        }
    }

    /** The context of a record's headers, on top of the root context; the root context if there is none. */
    public static Context fromHeaders(Headers headers) {
        return W3C.extract(Context.root(), headers, HeadersGetter.INSTANCE);
    }

    private enum MetadataGetter implements TextMapGetter<Map<String, ?>> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Map<String, ?> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, ?> carrier, String key) {
            Object value = carrier == null ? null : carrier.get(key);
            return value instanceof String s ? s : null;
        }
    }

    private enum HeadersGetter implements TextMapGetter<Headers> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            carrier.forEach(h -> keys.add(h.key()));
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            Header header = carrier == null ? null : carrier.lastHeader(key);
            return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    }
}
