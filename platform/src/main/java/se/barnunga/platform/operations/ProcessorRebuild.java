package se.barnunga.platform.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NotFoundException;

import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import se.barnunga.platform.axon.AxonRuntime;
import se.barnunga.platform.axon.ProcessorPositions;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.publishing.ContractEventPublisher;

/**
 * Rebuilds a projection (docs/operations.md, "Rebuilding a read model"): its event processor on this instance is shut
 * down, its tokens are reset to the tail of the event store with Axon's {@code resetTokens} – which, in the same
 * transaction, calls the projection's {@code @ResetHandler} (clearing its tables) and turns every segment's token into
 * a replay token – and the processor is started again. It then replays the whole store in its normal batches, through
 * the same parking interceptor as always: an event that fails is retried, parked and shown as the processor's failing
 * state and parked events, never skipped silently.
 *
 * <p>The contract publisher is never rebuilt (it would send the whole history to Kafka again), nor a processor whose
 * handlers do not support a reset (Axon's {@code supportsReset}). Progress is read from the token store (so it holds
 * over all instances); the rate and the estimate of the time left are known on the instance that started the rebuild,
 * sampled every second until the replay has reached the position the tokens had at the reset.
 */
@Singleton
public class ProcessorRebuild {

    private static final Logger LOG = Logger.getLogger(ProcessorRebuild.class);

    @Inject
    AxonRuntime axon;
    @Inject
    ProcessorPositions positions;
    @Inject
    ProcessingStatus status;

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private ScheduledExecutorService sampler;

    /** A rebuild started on this instance. */
    static final class Run {
        final Instant startedAt;
        final String startedBy;
        final long startPosition;
        final long replayEnd;
        volatile long position;
        volatile Instant finishedAt;

        Run(Instant startedAt, String startedBy, long startPosition, long replayEnd) {
            this.startedAt = startedAt;
            this.startedBy = startedBy;
            this.startPosition = startPosition;
            this.replayEnd = replayEnd;
            this.position = startPosition;
        }
    }

    /** A rebuild as started: when, by whom, and the position the replay runs to (the store's head at the reset). */
    public record Started(String processor, Instant startedAt, String startedBy, long replayEnd) {
    }

    /**
     * Where a processor's replay stands. {@code eventsPerSecond} and {@code secondsLeft} are null when the rebuild was
     * not started on this instance (or not yet measurable); {@code finishedAt} is when this instance saw the replay
     * reach {@code replayEnd} (within a second). {@code position} is the lowest position of the processor's segments,
     * live when this instance holds them all (the token store lags behind for idle segments), else as stored.
     */
    public record Progress(long position, boolean replaying, Long replayEnd, Instant startedAt, String startedBy,
                           Instant finishedAt, Double eventsPerSecond, Long secondsLeft) {
    }

    /**
     * Rebuilds the projection of the named processing group.
     *
     * @throws NotFoundException when this service has no processing group or consumer group of that name
     * @throws StateConflict     for the contract publisher, a consumer group, a processor that does not support a
     *                           reset, or when another instance holds a segment of the processor
     */
    public Started rebuild(String name, String by) throws Exception {
        StreamingEventProcessor processor = rebuildable(name);
        synchronized (processor) {
            long head = positions.head();
            LOG.infof("Processor %s: rebuild requested by %s; shutting down, resetting to the tail (head at %d)", name, by, head);
            processor.shutDown();
            try {
                // in a transaction of its own, committed before the processor starts again, even if the caller has one
                QuarkusTransaction.requiringNew().run(() -> processor.resetTokens(ProcessorRebuild::tail));
            } catch (UnableToClaimTokenException e) {
                LOG.warnf("Processor %s: rebuild refused, a segment is claimed by another instance", name);
                throw new StateConflict("SEGMENTS_CLAIMED", "Processorn " + name + " körs även i en annan instans som håller"
                        + " ett segment: stäng av den där (eller vänta tills dess anspråk löpt ut) och försök igen.");
            } catch (RuntimeException e) {
                LOG.errorf("Processor %s: rebuild failed at the reset (%s); nothing was changed, the processor goes on from"
                        + " where it was", name, e.getClass().getName());
                throw e;
            } finally {
                processor.start();
            }
            ProcessorPositions.Tokens tokens = positions.tokens(name);
            Run run = new Run(Instant.now(), by, tokens.position(), Math.max(head, tokens.replayEnd()));
            runs.put(name, run);
            startSampler();
            LOG.infof("Processor %s: rebuild started from position %d, replaying to %d", name, run.startPosition, run.replayEnd);
            return new Started(name, run.startedAt, by, run.replayEnd);
        }
    }

    /** The replay state of a processing group; empty for a name that is not an event processor of this service. */
    public Optional<Progress> progress(String name) throws Exception {
        if (processor(name) == null) {
            return Optional.empty();
        }
        ProcessorPositions.Tokens tokens = positions.tokens(name);
        long position = Math.max(tokens.position(), livePosition(name, tokens.segments()));
        Run run = runs.get(name);
        if (run == null) {
            return Optional.of(new Progress(position, tokens.replaying(), tokens.replayEnd() < 0 ? null : tokens.replayEnd(), null, null,
                    null, null, null));
        }
        sample(name, run, tokens);
        Instant until = run.finishedAt == null ? Instant.now() : run.finishedAt;
        double seconds = Duration.between(run.startedAt, until).toMillis() / 1000.0;
        long done = run.position - run.startPosition;
        Double rate = seconds > 0 && done > 0 ? done / seconds : null;
        Long left = run.finishedAt != null ? Long.valueOf(0)
                : rate == null ? null : (long) Math.ceil(Math.max(0, run.replayEnd - run.position) / rate);
        return Optional.of(new Progress(position, run.finishedAt == null, run.replayEnd, run.startedAt, run.startedBy,
                run.finishedAt, rate == null ? null : Math.round(rate * 10) / 10.0, left));
    }

    private StreamingEventProcessor rebuildable(String name) {
        EventProcessor processor = processor(name);
        if (processor == null) {
            if (status.group(name).isPresent()) {
                throw new StateConflict("NOT_A_PROJECTION", name + " är en konsumentgrupp, ingen projektion: den byggs inte om.");
            }
            throw new NotFoundException("no processor " + name);
        }
        if (ContractEventPublisher.PROCESSING_GROUP.equals(name)) {
            throw new StateConflict("PUBLISHER_NOT_REBUILDABLE", "Kontraktspubliceringen byggs aldrig om: den skulle skicka"
                    + " hela historiken till Kafka igen.");
        }
        if (!(processor instanceof StreamingEventProcessor streaming) || !streaming.supportsReset()) {
            throw new StateConflict("NOT_REBUILDABLE", "Processorn " + name + " kan inte byggas om (dess hanterare tillåter"
                    + " ingen återställning).");
        }
        return streaming;
    }

    private EventProcessor processor(String name) {
        return axon.configuration().eventProcessingConfiguration().eventProcessors().get(name);
    }

    private static org.axonframework.eventhandling.TrackingToken tail(StreamableMessageSource<TrackedEventMessage<?>> source) {
        return source.createTailToken();
    }

    private synchronized void startSampler() {
        if (sampler == null) {
            sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "processor-rebuild-progress");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleWithFixedDelay(this::sampleAll, 1, 1, TimeUnit.SECONDS);
        }
    }

    private void sampleAll() {
        runs.forEach((name, run) -> {
            if (run.finishedAt == null) {
                try {
                    sample(name, run, positions.tokens(name));
                } catch (Exception e) {
                    LOG.debugf("Processor %s: rebuild progress not readable (%s)", name, e.getClass().getSimpleName());
                }
            }
        });
    }

    private void sample(String name, Run run, ProcessorPositions.Tokens tokens) {
        if (run.finishedAt != null) {
            return;
        }
        long position = Math.max(tokens.position(), livePosition(name, tokens.segments()));
        run.position = Math.max(run.position, position);
        if (position >= run.replayEnd && (!tokens.replaying() || livePosition(name, tokens.segments()) >= run.replayEnd)) {
            synchronized (run) {
                if (run.finishedAt == null) {
                    run.finishedAt = Instant.now();
                    run.position = Math.max(run.position, run.replayEnd);
                    double seconds = Math.max(0.001, Duration.between(run.startedAt, run.finishedAt).toMillis() / 1000.0);
                    long events = run.replayEnd - run.startPosition;
                    LOG.infof("Processor %s: rebuild done, %d positions replayed in %.1f s (%.0f events/s)", name, events,
                            seconds, events / seconds);
                }
            }
        }
    }

    /**
     * The lowest position this instance's segments of the processor have reached, live (Axon's processing status; the
     * token store lags behind it for idle segments by up to the claim extension threshold); -1 unless this instance
     * holds every segment.
     */
    private long livePosition(String name, int segments) {
        if (!(processor(name) instanceof StreamingEventProcessor streaming)) {
            return -1;
        }
        Map<Integer, EventTrackerStatus> live = streaming.processingStatus();
        if (segments == 0 || live.size() != segments) {
            return -1;
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus s : live.values()) {
            if (s.isErrorState()) {
                return -1;
            }
            lowest = Math.min(lowest, s.getCurrentPosition().orElse(-1));
        }
        return lowest;
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (sampler != null) {
                sampler.shutdownNow();
            }
        }
    }
}
