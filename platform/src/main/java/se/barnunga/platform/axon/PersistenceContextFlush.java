package se.barnunga.platform.axon;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;

/**
 * Flushes the Hibernate persistence context of the current JTA transaction, so that a projection's database failure
 * surfaces at the event that caused it instead of at the batch's commit. A service without entities (Hibernate ORM
 * deactivated) has nothing to flush. During a replay the flush is deferred to the batch's commit instead, with the
 * statements sent in JDBC batches ({@link #batchStatements(int)}).
 */
final class PersistenceContextFlush implements Runnable {

    private static final Logger LOG = Logger.getLogger(PersistenceContextFlush.class);

    private volatile Boolean available;

    @Override
    public void run() {
        if (available == null) {
            available = detect();
        }
        if (available) {
            try (InstanceHandle<Session> session = Arc.container().instance(Session.class)) {
                session.get().flush();
            }
        }
    }

    /**
     * Has the current transaction's session send its inserts, updates and deletes {@code size} at a time (Hibernate's
     * session-level JDBC batch size, for this transaction only; live processing keeps the configured default).
     */
    void batchStatements(int size) {
        if (available == null) {
            available = detect();
        }
        if (available) {
            try (InstanceHandle<Session> session = Arc.container().instance(Session.class)) {
                session.get().setJdbcBatchSize(size);
            }
        }
    }

    private static boolean detect() {
        try (InstanceHandle<SessionFactory> factory = Arc.container().instance(SessionFactory.class)) {
            boolean active = factory.isAvailable() && factory.get().isOpen();
            LOG.debugf("Hibernate ORM %s: projections are flushed per event", active ? "active" : "inactive");
            return active;
        } catch (RuntimeException e) {
            LOG.debugf("Hibernate ORM not active (%s): nothing to flush per event", e.getClass().getSimpleName());
            return false;
        }
    }
}
