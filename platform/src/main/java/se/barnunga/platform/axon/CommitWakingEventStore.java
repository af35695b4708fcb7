package se.barnunga.platform.axon;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.monitoring.MessageMonitor;
import org.jboss.logging.Logger;

/**
 * Axon's embedded event store, telling the streaming processors of new events the moment the store has them, instead
 * of leaving them to find out by polling.
 * <p>
 * Axon 4.13's pooled streaming coordinator asks its stream for an availability callback; the embedded store offers
 * none, so an idle coordinator polls every 500 ms (on average 250 ms per processor hop, paid by the publisher and again
 * by each projection downstream). Here every stream accepts the callback, and two things make it precise:
 * <ol>
 * <li>The store's producer (the one thread that reads new events from the database into the cache the processors'
 * streams read from) is woken after the JTA commit of a transaction that appended events (a {@link Synchronization};
 * when Axon owned the transaction, that commit is already done at Axon's after-commit). Axon itself wakes it at its
 * unit of work's commit, which in a joined JTA transaction comes before the data is visible, so the producer would read
 * nothing and sleep for its fetch delay.</li>
 * <li>The callbacks are called by the producer itself, right after it has put an event into the cache (the storage
 * engine's tailing read, {@code readEvents(token, true)}, is observed: Axon's producer links the event into the cache
 * and signals its readers within the action it passes to the stream, so once that action has returned, the event is
 * visible to every stream). A woken coordinator therefore finds the event with a non-blocking {@code hasNextAvailable()}
 * – it never waits, and it is never woken before the event is there. Events that another instance of the service
 * committed wake the processors as soon as the producer's own polling finds them.</li>
 * </ol>
 * Without events the coordinator sleeps for the token claim interval instead of 500 ms.
 */
final class CommitWakingEventStore extends EmbeddedEventStore {

    private static final Logger LOG = Logger.getLogger(CommitWakingEventStore.class);

    private final TransactionManager jta;
    /** The availability callbacks of the open streams (their coordinators' "schedule a coordination task now"). */
    private final Set<Runnable> callbacks;
    /** Transactions that appended events and have a wake-up registered for their completion. */
    private final Set<Transaction> awaitingCommit = ConcurrentHashMap.newKeySet();

    private CommitWakingEventStore(Builder builder, Set<Runnable> callbacks, TransactionManager jta) {
        super(builder);
        this.callbacks = callbacks;
        this.jta = jta;
    }

    /** The store over {@code engine}; {@code monitor} as Axon's {@code Configurer.configureEmbeddedEventStore} gives. */
    static CommitWakingEventStore create(EventStorageEngine engine, MessageMonitor<? super EventMessage<?>> monitor,
                                         TransactionManager jta) {
        Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
        Builder builder = EmbeddedEventStore.builder()
                .storageEngine(new TailingReadObserver(engine, () -> callbacks.forEach(CommitWakingEventStore::run)))
                .messageMonitor(monitor);
        return new CommitWakingEventStore(builder, callbacks, jta);
    }

    private static void run(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            // the producer thread must go on filling the cache; the coordinator still looks by its claim interval
            LOG.warn("an event processor's availability callback failed", e);
        }
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
            // not fatal: the producer still finds the events by its fetch delay, the processors by their claim interval
            LOG.warn("could not register the commit wake-up of the event store; waking it now", e);
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

    /** Wakes the producer: it reads the committed events and then wakes the streams (TailingReadObserver). */
    private void committed() {
        super.afterCommit(List.of());
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new CallbackStream(super.openStream(trackingToken));
    }

    /** A stream that accepts the coordinator's availability callback; the producer calls it (TailingReadObserver). */
    private final class CallbackStream implements TrackingEventStream {

        private final TrackingEventStream delegate;
        private volatile Runnable callback;

        CallbackStream(TrackingEventStream delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable previous = this.callback;
            if (previous != null) {
                callbacks.remove(previous);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public boolean hasNextAvailable() {
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
            Runnable c = callback;
            if (c != null) {
                callbacks.remove(c);
            }
            callback = null;
            delegate.close();
        }
    }

    /**
     * The storage engine as the store sees it: every call goes to the real engine; the tailing read that only the
     * store's producer makes ({@code readEvents(token, mayBlock = true)}; the streams' own reads behind the cache pass
     * {@code false}) calls {@code afterEach} after each event has been handed to the producer, i.e. once it is in the
     * cache.
     */
    static final class TailingReadObserver implements EventStorageEngine {

        private final EventStorageEngine engine;
        private final Runnable afterEach;

        TailingReadObserver(EventStorageEngine engine, Runnable afterEach) {
            this.engine = engine;
            this.afterEach = afterEach;
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
            if (!mayBlock) {
                return events;
            }
            return StreamSupport.stream(new AfterEach<>(events.spliterator(), afterEach), false).onClose(events::close);
        }

        @Override
        public void appendEvents(EventMessage<?>... events) {
            engine.appendEvents(events);
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            engine.appendEvents(events);
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            engine.storeSnapshot(snapshot);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier) {
            return engine.readEvents(aggregateIdentifier);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return engine.readSnapshot(aggregateIdentifier);
        }

        @Override
        public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            return engine.lastSequenceNumberFor(aggregateIdentifier);
        }

        @Override
        public TrackingToken createTailToken() {
            return engine.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return engine.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return engine.createTokenAt(dateTime);
        }
    }

    /**
     * A spliterator that runs {@code afterEach} once the consumer of an element has returned. Written by hand: the
     * stream API has no "after the terminal operation's action" hook ({@code peek} runs before it).
     */
    private static final class AfterEach<T> implements Spliterator<T> {

        private final Spliterator<T> delegate;
        private final Runnable afterEach;

        AfterEach(Spliterator<T> delegate, Runnable afterEach) {
            this.delegate = delegate;
            this.afterEach = afterEach;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            return delegate.tryAdvance(element -> {
                action.accept(element);
                afterEach.run();
            });
        }

        @Override
        public void forEachRemaining(Consumer<? super T> action) {
            delegate.forEachRemaining(element -> {
                action.accept(element);
                afterEach.run();
            });
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return delegate.estimateSize();
        }

        @Override
        public int characteristics() {
            return delegate.characteristics() & ~(SIZED | SUBSIZED);
        }
    }
}
