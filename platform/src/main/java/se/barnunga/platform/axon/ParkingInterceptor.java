package se.barnunga.platform.axon;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jboss.logging.Logger;

import se.barnunga.platform.operations.Failures;
import se.barnunga.platform.operations.ParkedEvents;
import se.barnunga.platform.operations.ProcessingSettings;
import se.barnunga.platform.operations.ProcessingStatus;

/**
 * The failure policy of one event processor (processing group): an event that its handlers cannot handle never stops
 * the processor, and no later event of the same sequence overtakes it (docs/operations.md, "Event processors and
 * consumers that fail"). Runs around each event of a batch, in the batch's JTA transaction:
 * <ol>
 * <li>An event whose sequence (aggregate identifier, the processors' sequencing policy) has a parked event in this
 * processing group is not handled: it is parked behind, in the batch's transaction, so the row is atomic with the
 * token. Before that, the advisory lock of (group, sequence) is taken and the sequence re-checked, so a concurrent
 * re-drive either finished first (the event is then handled normally) or waits for this batch.</li>
 * <li>Otherwise the handlers run and the persistence context is flushed, so a database failure surfaces at this
 * event and not at commit, after the handler returned.</li>
 * <li>A failure is classified ({@link Failures}). A transient one is rethrown: the processor retries the batch with
 * back-off for as long as it takes, and the failing state shows in health and metrics. A deterministic one counts
 * attempts per event id (in memory: a restart only grants a few more attempts); below {@code max-attempts} it is
 * rethrown; at the last attempt the event is parked in a NEW transaction (the batch's is doomed), logged (ids, type,
 * group, error class – never the payload nor the message) and counted, and the error rethrown once more: the retried
 * batch then finds it parked (step 1).</li>
 * </ol>
 *
 * <p>Why not Axon's own sequenced dead-letter queue ({@code DeadLetteringEventHandlerInvoker}): it enqueues a failed
 * event in the same unit of work, i.e. the batch's JTA transaction. A Hibernate failure marks that transaction
 * rollback-only (PostgreSQL also aborts the transaction after any failed statement), and without a flush per event the
 * failure only surfaces at commit, after the invoker returned: the dead letter is rolled back with the batch and the
 * batch is retried for ever, exactly the defect this class fixes.
 *
 * <p>Retries (Axon 4.13 {@code Coordinator}): a failed batch aborts the segment's work package; the coordinator
 * releases the segment's claim with a release deadline of 1, 2, 4, 8 … (at most 60) seconds, reset by the segment's
 * next successful batch, and re-claims it in its next claim round (every 5 s) after the deadline; the new work package
 * starts again from the stored token, so the whole batch really is re-run. Observed: about 5 s between attempts, a
 * deterministic failure parked after about 20 s with the default 5 attempts – no tuning needed. Transient failures are
 * retried at most a minute apart for as long as they last.
 */
final class ParkingInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final Logger LOG = Logger.getLogger(ParkingInterceptor.class);
    private static final String BATCH = ParkingInterceptor.class.getName() + ".batch";

    private final String group;
    private final ParkedEvents parked;
    private final ProcessingStatus status;
    private final ProcessingSettings settings;
    private final Runnable flush;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

    ParkingInterceptor(String group, ParkedEvents parked, ProcessingStatus status, ProcessingSettings settings, Runnable flush) {
        this.group = group;
        this.parked = parked;
        this.status = status;
        this.settings = settings;
        this.flush = flush;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        Batch batch = batch(unitOfWork);
        String sequence = sequenceOf(event);
        if (batch.parkedSequences.get().contains(sequence) && parked.lockSequence(group, sequence)) {
            boolean parkedNow = parked.park(new ParkedEvents.Parking(ProcessingStatus.Kind.PROCESSOR, group, event.getIdentifier(),
                    event.getPayloadType().getName(), sequence, globalIndex(event), null, null, null, null, null, null,
                    false, null, 0));
            if (parkedNow) {
                status.parked(group, ProcessingStatus.Kind.PROCESSOR);
                LOG.warnf("Processor %s: event %s (%s) parked behind an earlier event of its sequence", group,
                        event.getIdentifier(), event.getPayloadType().getSimpleName());
            } else {
                LOG.debugf("Processor %s: event %s is parked, skipped", group, event.getIdentifier());
            }
            return null;
        }
        try {
            Object result = chain.proceed();
            flush.run();
            if (!attempts.isEmpty()) {
                attempts.remove(event.getIdentifier());
            }
            return result;
        } catch (Exception e) {
            batch.error = e;
            if (Failures.isTransient(e)) {
                LOG.warnf("Processor %s: transient failure at event %s (%s); the batch will be retried", group,
                        event.getIdentifier(), e.getClass().getName());
                throw e;
            }
            int attempt = attempts.merge(event.getIdentifier(), 1, Integer::sum);
            if (attempt < settings.maxAttempts()) {
                LOG.warnf("Processor %s: attempt %d of %d at event %s (%s) failed (%s)", group, attempt, settings.maxAttempts(),
                        event.getIdentifier(), event.getPayloadType().getSimpleName(), e.getClass().getName());
                throw e;
            }
            parked.parkInNewTransaction(new ParkedEvents.Parking(ProcessingStatus.Kind.PROCESSOR, group, event.getIdentifier(),
                    event.getPayloadType().getName(), sequence, globalIndex(event), null, null, null, null, null, null,
                    true, e, attempt));
            attempts.remove(event.getIdentifier());
            status.parked(group, ProcessingStatus.Kind.PROCESSOR);
            LOG.errorf("Processor %s: event %s (%s, global index %s) PARKED after %d attempts (%s); later events of its"
                            + " sequence are parked behind it until an operator re-drives or discards it (docs/operations.md)",
                    group, event.getIdentifier(), event.getPayloadType().getSimpleName(), globalIndex(event), attempt,
                    e.getClass().getName());
            throw e;
        }
    }

    /** Per batch: the parked sequences (read once, in the batch's transaction) and the outcome hooks. */
    private Batch batch(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        UnitOfWork<?> root = unitOfWork.root();
        return root.getOrComputeResource(BATCH + "." + group, key -> {
            Object segment = root.resources().get("Processor[" + group + "]/SegmentId");
            String unit = "segment-" + (segment == null ? "?" : segment);
            Batch batch = new Batch(() -> {
                try {
                    return parked.parkedSequences(group);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("could not read the parked sequences", e);
                }
            });
            root.afterCommit(u -> status.succeeded(group, unit));
            root.onRollback(u -> status.failed(group, ProcessingStatus.Kind.PROCESSOR, unit, rollbackCause(u, batch)));
            return batch;
        });
    }

    /** The handler's failure, else the one that rolled the batch back at commit (e.g. the publisher's broker acks). */
    private static Throwable rollbackCause(UnitOfWork<?> unitOfWork, Batch batch) {
        if (batch.error != null) {
            return batch.error;
        }
        try {
            if (unitOfWork.getExecutionResult() != null && unitOfWork.getExecutionResult().isExceptionResult()) {
                return unitOfWork.getExecutionResult().getExceptionResult();
            }
        } catch (RuntimeException e) {
            // no execution result to read: fall through
        }
        return new IllegalStateException("the batch was rolled back");
    }

    static String sequenceOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                ? domain.getAggregateIdentifier()
                : event.getIdentifier();
    }

    private static Long globalIndex(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            return tracked.trackingToken().position().stream().boxed().findFirst().orElse(null);
        }
        return null;
    }

    private static final class Batch {
        final Lazy<Set<String>> parkedSequences;
        volatile Exception error;

        Batch(Supplier<Set<String>> parkedSequences) {
            this.parkedSequences = new Lazy<>(parkedSequences);
        }
    }

    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }
    }
}
