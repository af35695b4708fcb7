package se.barnunga.platform.axon;

import java.util.Collection;

/**
 * Implemented by a projection (an event handler bean of a processing group) that can load, in one query, the rows
 * that the events of a batch will touch: during a replay (a rebuild, docs/operations.md) each batch of the processor
 * calls it first, in the batch's transaction, with the batch's sequences (the events' aggregate identifiers), so that
 * its handlers then find their rows in the persistence context instead of reading them one query per event. Never
 * called in live processing. An id without a row is simply not loaded.
 */
public interface BatchPreload {

    void preload(Collection<String> aggregateIdentifiers);
}
