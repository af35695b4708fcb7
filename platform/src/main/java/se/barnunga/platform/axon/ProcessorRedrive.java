package se.barnunga.platform.axon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;

import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.jboss.logging.Logger;

import se.barnunga.platform.operations.ParkedEvents;

/**
 * Re-drives a parked sequence of an event processor after a fix: under the advisory lock of (processor, sequence) and
 * in one JTA transaction, reads each parked event back from the event store by its global index, in order, and hands
 * it to the processing group's {@code EventHandlerInvoker} (the same handlers the processor runs, bypassing the
 * parking interceptor) in one unit of work, flushing after each; then marks the rows REDRIVEN. If anything fails, all
 * of it is rolled back, and the rows stay PARKED with one attempt more.
 */
@Singleton
public class ProcessorRedrive {

    private static final Logger LOG = Logger.getLogger(ProcessorRedrive.class);

    @Inject
    AxonRuntime axon;
    @Inject
    ParkedEvents parked;
    @Inject
    TransactionManager jta;

    private final PersistenceContextFlush flush = new PersistenceContextFlush();

    /** Whether this service runs an event processor of that name. */
    public boolean knows(String processor) {
        return processor(processor) != null;
    }

    /**
     * @return the number of events re-driven (0 if the sequence no longer has parked events)
     * @throws StillFailing when a handler still fails
     */
    public int redrive(String processor, String sequenceId, String by) throws Exception {
        AbstractEventProcessor target = processor(processor);
        if (target == null) {
            throw new IllegalArgumentException("no event processor " + processor);
        }
        List<UUID> ids = new ArrayList<>();
        jta.begin();
        try {
            parked.lockSequence(processor, sequenceId);
            List<ParkedEvents.Row> rows = parked.parkedSequence(processor, sequenceId);
            rows.forEach(r -> ids.add(r.id()));
            if (!rows.isEmpty()) {
                List<EventMessage<?>> events = new ArrayList<>();
                for (ParkedEvents.Row row : rows) {
                    events.add(read(row));
                }
                BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(events);
                unitOfWork.attachTransaction(axon.configuration().getComponent(org.axonframework.common.transaction.TransactionManager.class));
                ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                    target.eventHandlerInvoker().handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
                    flush.run();
                    return null;
                }, RollbackConfigurationType.ANY_THROWABLE);
                if (result.isExceptional()) {
                    throw new StillFailing(result.exceptionResult());
                }
                parked.markRedriven(ids, by);
            }
            if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                throw new StillFailing(new IllegalStateException("the transaction was marked for rollback"));
            }
            jta.commit();
            LOG.infof("Processor %s: %d parked event(s) of a sequence re-driven", processor, ids.size());
            return ids.size();
        } catch (Exception e) {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                jta.rollback();
            }
            StillFailing failure = e instanceof StillFailing s ? s : new StillFailing(e);
            if (!ids.isEmpty()) {
                parked.failedAgain(ids, failure.getCause());
            }
            LOG.warnf("Processor %s: re-drive of a parked sequence failed (%s); it stays parked", processor,
                    failure.getCause().getClass().getName());
            throw failure;
        }
    }

    private TrackedEventMessage<?> read(ParkedEvents.Row row) {
        if (row.globalIndex() == null) {
            throw new IllegalStateException("parked event " + row.eventId() + " has no global index");
        }
        long index = row.globalIndex();
        try (Stream<? extends TrackedEventMessage<?>> events = axon.storageEngine()
                .readEvents(GapAwareTrackingToken.newInstance(index - 1, Collections.emptySortedSet()), false)) {
            TrackedEventMessage<?> event = events.limit(1).findFirst()
                    .filter(e -> e.trackingToken().position().orElse(-1) == index)
                    .orElseThrow(() -> new IllegalStateException("event " + row.eventId() + " not found at global index " + index));
            if (!event.getIdentifier().equals(row.eventId())) {
                throw new IllegalStateException("the event at global index " + index + " is not " + row.eventId());
            }
            return event;
        }
    }

    private AbstractEventProcessor processor(String name) {
        EventProcessor p = axon.configuration().eventProcessingConfiguration().eventProcessors().get(name);
        return p instanceof AbstractEventProcessor a ? a : null;
    }

    /** The re-driven events still fail; the cause is the handler's (or the transaction's) failure. */
    public static class StillFailing extends Exception {
        public StillFailing(Throwable cause) {
            super("still failing", cause);
        }
    }
}
