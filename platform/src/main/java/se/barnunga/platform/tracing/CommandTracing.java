package se.barnunga.platform.tracing;

import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * The spans of handling a command, on the command bus (Axon's {@code SimpleCommandBus} handles a command in the
 * sender's thread, so the parent is the sender's current span: the REST request, a consumer's {@code process} span,
 * a scheduled job):
 * <ul>
 * <li>{@code command <Name>} from the start of handling to the end of the command's unit of work – loading the
 * aggregate, the handler, the append and the commit; current while the handler runs, so the events it applies carry
 * its context in their metadata ({@code CommandCorrelation}) and the publisher continues the trace from it later;</li>
 * <li>{@code event store append}, its child: the unit of work's prepare-commit phase, in which Axon's event store
 * appends the applied events (registered before the handler runs, so it starts before the store's own callback).</li>
 * </ul>
 * Axon's own tracing module ({@code axon-tracing-opentelemetry}) is not used: see docs/architecture.md, "Tracing".
 */
public final class CommandTracing implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final AttributeKey<String> COMMAND = AttributeKey.stringKey("barnunga.command");

    private final Tracing tracing;

    public CommandTracing(Tracing tracing) {
        this.tracing = tracing;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!tracing.enabled()) {
            return chain.proceed();
        }
        String name = simpleName(unitOfWork.getMessage().getCommandName());
        Span command = tracing.tracer().spanBuilder("command " + name)
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute(COMMAND, name)
                .startSpan();
        Context context = Context.current().with(command);
        Ending commandEnd = new Ending(command);
        Span[] append = new Span[1];
        unitOfWork.onPrepareCommit(u -> append[0] = tracing.tracer().spanBuilder("event store append")
                .setParent(context)
                .setSpanKind(SpanKind.INTERNAL)
                .startSpan());
        unitOfWork.onCommit(u -> {
            if (append[0] != null) {
                append[0].end();
            }
        });
        unitOfWork.onRollback(u -> {
            Throwable cause = u.getExecutionResult() != null ? u.getExecutionResult().getExceptionResult() : null;
            if (append[0] != null) {
                if (cause != null) {
                    Tracing.failed(append[0], cause);
                }
                append[0].end();
            }
            commandEnd.fail(cause);
        });
        unitOfWork.onCleanup(u -> commandEnd.end());
        try (Scope scope = context.makeCurrent()) {
            return chain.proceed();
        } catch (Exception | Error e) {
            commandEnd.fail(e);
            throw e;
        }
    }

    /** {@code LamnaOro} of {@code se.barnunga.concern.domain.Kommandon$LamnaOro}: a class name, no data. */
    static String simpleName(String commandName) {
        String name = commandName.substring(commandName.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    /** Ends a span once, marked failed by the first failure seen. */
    private static final class Ending {
        private final Span span;
        private final AtomicBoolean failed = new AtomicBoolean();
        private final AtomicBoolean ended = new AtomicBoolean();

        Ending(Span span) {
            this.span = span;
        }

        void fail(Throwable cause) {
            if (cause != null && failed.compareAndSet(false, true)) {
                Tracing.failed(span, cause);
            }
        }

        void end() {
            if (ended.compareAndSet(false, true)) {
                span.end();
            }
        }
    }
}
