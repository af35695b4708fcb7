package se.barnunga.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;

/**
 * The correlation data of the platform's Axon configuration, through Axon's own interceptor and unit of work: a command
 * still stamps the events it causes with its origin; a stored event handled by a processor has its metadata left
 * unread (it was deserialized per event and processor for nothing before).
 */
class CommandCorrelationTest {

    private static <T extends Message<?>> CorrelationDataInterceptor<T> interceptor() {
        return new CorrelationDataInterceptor<>(List.of(new CommandCorrelation()));
    }

    @Test
    void events_applied_while_a_command_is_handled_name_the_command() throws Exception {
        GenericCommandMessage<String> command = new GenericCommandMessage<>("kommando");
        DefaultUnitOfWork<GenericCommandMessage<String>> uow = DefaultUnitOfWork.startAndGet(command);

        ResultMessage<?> result = uow.executeWithResult(() -> CommandCorrelationTest.<GenericCommandMessage<String>>interceptor().handle(uow, () -> GenericEventMessage.asEventMessage("handelse")));

        EventMessage<?> applied = (EventMessage<?>) result.getPayload();
        assertThat(applied.getMetaData())
                .containsEntry("correlationId", command.getIdentifier())
                .containsEntry("traceId", command.getIdentifier());
    }

    @Test
    void an_event_handled_by_a_processor_has_its_metadata_left_unread() throws Exception {
        AtomicInteger metadataReads = new AtomicInteger();
        EventMessage<String> stored = new GenericEventMessage<>("lagrad", MetaData.with("utfordAv", "handlaggare-1")) {
            @Override
            public MetaData getMetaData() {
                metadataReads.incrementAndGet();
                return super.getMetaData();
            }
        };
        DefaultUnitOfWork<EventMessage<String>> uow = DefaultUnitOfWork.startAndGet(stored);

        // as a processor does per event: the handler runs, and Axon wraps its outcome in a result message
        ResultMessage<?> result = uow.executeWithResult(() -> CommandCorrelationTest.<EventMessage<String>>interceptor().handle(uow, () -> "klar"));

        assertThat(result.getPayload()).isEqualTo("klar");
        assertThat(result.getMetaData()).isEmpty();
        assertThat(metadataReads).hasValue(0);
    }

    @Test
    void events_applied_while_a_command_is_handled_in_a_span_carry_its_w3c_context() throws Exception {
        Span span = SdkTracerProvider.builder().build().get("test").spanBuilder("command").startSpan();
        GenericCommandMessage<String> command = new GenericCommandMessage<>("kommando");
        DefaultUnitOfWork<GenericCommandMessage<String>> uow = DefaultUnitOfWork.startAndGet(command);

        ResultMessage<?> result;
        try (Scope scope = span.makeCurrent()) {
            result = uow.executeWithResult(() -> CommandCorrelationTest.<GenericCommandMessage<String>>interceptor().handle(uow, () -> GenericEventMessage.asEventMessage("handelse")));
        } finally {
            span.end();
        }

        EventMessage<?> applied = (EventMessage<?>) result.getPayload();
        assertThat(applied.getMetaData())
                .containsEntry("traceparent", "00-" + span.getSpanContext().getTraceId() + "-" + span.getSpanContext().getSpanId() + "-01")
                .containsEntry("correlationId", command.getIdentifier())
                .doesNotContainKey("tracestate");
    }

    @Test
    void without_a_span_no_trace_context_is_stored() throws Exception {
        GenericCommandMessage<String> command = new GenericCommandMessage<>("kommando");
        DefaultUnitOfWork<GenericCommandMessage<String>> uow = DefaultUnitOfWork.startAndGet(command);

        ResultMessage<?> result = uow.executeWithResult(() -> CommandCorrelationTest.<GenericCommandMessage<String>>interceptor().handle(uow, () -> GenericEventMessage.asEventMessage("handelse")));

        assertThat(((EventMessage<?>) result.getPayload()).getMetaData()).containsOnlyKeys("correlationId", "traceId");
    }
}
