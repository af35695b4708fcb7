package se.barnunga.platform.axon;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;

import io.opentelemetry.context.Context;
import se.barnunga.platform.tracing.TraceContext;

/**
 * The correlation data Axon copies into the messages a handler creates: Axon's default ({@link MessageOriginProvider}:
 * {@code correlationId} and {@code traceId}) while a <em>command</em> is handled, so every event an aggregate applies
 * names the command it came from, as before – and nothing while an event processor handles a stored event.
 *
 * <p>Why: Axon registers the same providers on every event processor, and builds a result message per handled event,
 * which asks them for correlation data; {@link MessageOriginProvider} then reads the event's metadata, so the metadata
 * of every event was deserialized by every processor (about a fifth of the publisher's CPU per event, and as much in
 * each projection, in the profiles of docs/performance-analysis.md) for nothing: the services' event handlers – the
 * projections and the contract publisher – create no messages (they dispatch no command and publish no Axon event),
 * and nothing reads these keys. A handler that reads who did the event ({@code PerformedBy.av}) still reads the metadata
 * itself.
 *
 * <p>While a command is handled it also adds the W3C trace context of the current span ({@code traceparent}, and
 * {@code tracestate} if any: the command's span, see {@code CommandTracing}), so the events keep the trace until the
 * publisher sends them to Kafka, later and in another thread ({@code ContractEventPublisher}). Nothing is added while
 * tracing is off (no valid span).
 */
final class CommandCorrelation implements CorrelationDataProvider {

    private final MessageOriginProvider origin = new MessageOriginProvider();

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (message instanceof EventMessage<?>) {
            return Map.of();
        }
        Map<String, ?> correlation = origin.correlationDataFor(message);
        Context context = Context.current();
        if (!TraceContext.carriesTrace(context)) {
            // tracing off (or no trace): no copy of the map on every command
            return correlation;
        }
        Map<String, Object> data = new HashMap<>(correlation);
        TraceContext.inject(context, data);
        return data;
    }
}
