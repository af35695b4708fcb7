package se.barnunga.platform.axon;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.jboss.logging.Logger;

/**
 * Axon's embedded event store, telling the streaming processors of new events the moment the transaction that appended
 * them commits, instead of leaving them to find out by polling.
 * <p>
 * Axon 4.13's pooled streaming coordinator asks its stream for an availability callback; the embedded store offers
 * none, so an idle coordinator polls every 500 ms (on average 250 ms per processor hop, paid by the publisher and again
 * by each projection downstream). Here every stream accepts the callback, and it is called after the JTA commit (a
 * {@link Synchronization}; when the events were appended in a transaction Axon owned, that commit is already done at
 * Axon's after-commit). The embedded store's own producer is woken at the same moment, since Axon wakes it at its
 * unit of work's commit, which in a joined JTA transaction comes before the data is visible. A woken stream waits a
 * bounded {@link #FETCH_WAIT_MILLIS} for that producer to read the new events. Without commits the coordinator sleeps
 * for the token claim interval instead of 500 ms: events appended by another instance of the service are seen by then.
 */
final class CommitWakingEventStore extends EmbeddedEventStore {

    private static final Logger LOG = Logger.getLogger(CommitWakingEventStore.class);
    /** How long a woken stream waits for the store's producer to fetch the committed events (normally a few ms). */
    static final int FETCH_WAIT_MILLIS = 200;

    private final TransactionManager jta;
    private final Set<WakingStream> streams = ConcurrentHashMap.newKeySet();
    /** Transactions that appended events and have a wake-up registered for their completion. */
    private final Set<Transaction> awaitingCommit = ConcurrentHashMap.newKeySet();

    CommitWakingEventStore(Builder builder, TransactionManager jta) {
        super(builder);
        this.jta = jta;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        try {
            Transaction transaction = jta.getTransaction();
            if (transaction != null && transaction.getStatus() == Status.STATUS_ACTIVE) {
                // one wake-up per transaction, however many units of work appended in it (a consumer's batch)
                if (awaitingCommit.add(transaction)) {
                    registerWakeUp(transaction);
                }
                return;
            }
        } catch (Exception e) {
            // not fatal: the processors still find the events by the token claim interval
            LOG.warn("could not register the commit wake-up of the event processors; waking them now", e);
        }
        committed();
    }

    private void registerWakeUp(Transaction transaction) throws Exception {
        try {
            transaction.registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing before: only a commit makes events visible
                }

                @Override
                public void afterCompletion(int status) {
                    awaitingCommit.remove(transaction);
                    if (status == Status.STATUS_COMMITTED) {
                        committed();
                    }
                }
            });
        } catch (Exception e) {
            awaitingCommit.remove(transaction);
            throw e;
        }
    }

    private void committed() {
        super.afterCommit(List.of());
        streams.forEach(WakingStream::wake);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WakingStream(super.openStream(trackingToken));
    }

    /** A stream that accepts the coordinator's availability callback and calls it after a commit of events. */
    private final class WakingStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private volatile Runnable callback;
        private volatile boolean woken;

        WakingStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        void wake() {
            woken = true;
            Runnable c = callback;
            if (c != null) {
                c.run();
            }
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            streams.add(this);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
            if (woken) {
                woken = false;
                try {
                    return delegate.hasNextAvailable(FETCH_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return delegate.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            streams.remove(this);
            callback = null;
            delegate.close();
        }
    }
}
