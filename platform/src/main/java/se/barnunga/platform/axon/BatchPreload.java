package se.barnunga.platform.axon;

import java.util.Collection;

/**
 * Implemented by a projection (an event handler bean of a processing group) that can load, in one query, the rows
 * that the events of a batch will touch: during a replay (a rebuild, docs/operations.md) each batch of the processor
 * calls it first, in the batch's transaction, with the batch's sequences (the events' aggregate identifiers), so that
 * its handlers then find their rows in the persistence context instead of reading them one query per event; live, a
 * batch of more than one event does so too if the projection says so ({@link #preloadsLiveBatches}). An id without a
 * row is simply not loaded. The platform reads only the events' aggregate identifiers for it, never a payload: a
 * projection must not read the other events of its batch itself, or an event that cannot be deserialized fails (and is
 * parked) at another event's handler.
 *
 * <p>Implementing it also opts the processing group in to batch writes: during a replay (and in the live batches it
 * preloads) its persistence context is flushed once, at the batch's commit, in JDBC batches ({@code barnunga.axon.replay-jdbc-batch-size})
 * instead of after every event (see {@code ParkingInterceptor}). So a projection implements it only if its handlers
 * work through the persistence context alone – entities found by id and changed – and never rely on an earlier event's
 * change being in the database already (plain JDBC, or native SQL on the rows its entities write).
 */
public interface BatchPreload {

    void preload(Collection<String> aggregateIdentifiers);

    /**
     * Whether a live batch of more than one event is preloaded too – and, like a replay's, written once at its commit in
     * JDBC batches: worth it where live batches hold many aggregates' events (a sweep's alerts), not where they hold one
     * command's events of one aggregate (a query either way).
     */
    default boolean preloadsLiveBatches() {
        return false;
    }
}
