package se.barnunga.platform.axon;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
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
 * event and not at commit, after the handler returned. A projection that implements {@link BatchPreload} first loads
 * the rows of a replay's batch (and, if it opts in, of a live batch of more than one event) in one query, by the
 * events' aggregate identifiers, never their payloads. Such a batch (a replay's, or a live one it preloads) is also
 * written once, at the batch's commit, in JDBC batches
 * ({@code barnunga.axon.replay-jdbc-batch-size}); a batch that fails then is rolled back as a whole (failing state
 * shown, as below) and retried, and from then on this segment's batches flush per event again until one of them has
 * committed past the failed batch's last event – so the event that fails is met flushing per event, and retried and
 * parked exactly as in live processing.</li>
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
    private final PersistenceContextFlush flush;
    private final int replayJdbcBatchSize;
    private final List<BatchPreload> preloads;
    /** Those of {@link #preloads} that also preload a live batch of more than one event. */
    private final List<BatchPreload> livePreloads;
    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
    /**
     * Per segment ({@code segment-<id>}) whose batch was rolled back: the last position of that batch. The segment's
     * batches flush per event until one of them has committed at or past it – a smaller batch committed before the
     * failing event does not count – so the failing event itself is always met flushing per event.
     */
    private final Map<String, Long> flushEachEventUpTo = new ConcurrentHashMap<>();

    /**
     * @param replayJdbcBatchSize statements per JDBC batch when a preloaded batch (a replay's, or a live one of a
     *                            projection that opts in) is flushed once at its commit; 0: every batch flushes per event
     * @param preloads            the group's handlers that load a batch's rows in one query during a replay (and, if
     *                           they say so, in a live batch of more than one event)
     */
    ParkingInterceptor(String group, ParkedEvents parked, ProcessingStatus status, ProcessingSettings settings,
                       PersistenceContextFlush flush, int replayJdbcBatchSize, List<BatchPreload> preloads) {
        this.group = group;
        this.parked = parked;
        this.status = status;
        this.settings = settings;
        this.flush = flush;
        this.replayJdbcBatchSize = replayJdbcBatchSize;
        this.preloads = List.copyOf(preloads);
        this.livePreloads = preloads.stream().filter(BatchPreload::preloadsLiveBatches).toList();
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
            if (!batch.flushAtCommit) {
                flush.run();
            }
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
            long first = position(unitOfWork.getMessage());
            List<?> messages = root instanceof BatchingUnitOfWork<?> batching ? batching.getMessages() : List.of();
            long last = messages.isEmpty() ? first : position(messages.get(messages.size() - 1));
            Long failedUpTo = flushEachEventUpTo.get(unit);
            List<BatchPreload> batchPreloads = ReplayToken.isReplay(unitOfWork.getMessage()) ? preloads
                    : messages.size() > 1 ? livePreloads : List.of();
            boolean flushAtCommit = replayJdbcBatchSize > 0 && !batchPreloads.isEmpty() && (failedUpTo == null || first > failedUpTo);
            Batch batch = new Batch(() -> {
                try {
                    return parked.parkedSequences(group);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("could not read the parked sequences", e);
                }
            }, flushAtCommit);
            root.afterCommit(u -> {
                if (failedUpTo != null && !batch.flushAtCommit && last >= failedUpTo) {
                    flushEachEventUpTo.remove(unit, failedUpTo);
                }
                status.succeeded(group, unit);
            });
            root.onRollback(u -> {
                flushEachEventUpTo.merge(unit, last, Math::max);
                status.failed(group, ProcessingStatus.Kind.PROCESSOR, unit, rollbackCause(u, batch));
            });
            if (flushAtCommit) {
                flush.batchStatements(replayJdbcBatchSize);
            }
            preload(messages, batchPreloads);
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

    /**
     * The rows of the batch's sequences, loaded by the projection in one query (the events' handlers then find them).
     * Only the events' aggregate identifiers are read, never a payload: an event that cannot be deserialized fails at
     * its own handler and is parked there, never at another event's (docs/operations.md).
     */
    private static void preload(List<?> messages, List<BatchPreload> preloads) {
        if (preloads.isEmpty()) {
            return;
        }
        Set<String> sequences = new LinkedHashSet<>();
        for (Object message : messages) {
            if (message instanceof EventMessage<?> event) {
                sequences.add(sequenceOf(event));
            }
        }
        for (BatchPreload preload : preloads) {
            preload.preload(sequences);
        }
    }

    /** The event's position in the store (its global index), -1 if it has none. */
    private static long position(Object message) {
        Long index = message instanceof EventMessage<?> event ? globalIndex(event) : null;
        return index == null ? -1 : index;
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
        /** A preloaded batch (a replay's, or a live one of a projection that opts in): flushed once, at its commit, in JDBC batches. */
        final boolean flushAtCommit;
        volatile Exception error;

        Batch(Supplier<Set<String>> parkedSequences, boolean flushAtCommit) {
            this.parkedSequences = new Lazy<>(parkedSequences);
            this.flushAtCommit = flushAtCommit;
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
