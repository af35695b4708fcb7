package se.barnunga.platform.operations;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;

/**
 * A projection of the platform's tests. A text with a NUL is stored as it is while {@link #broken} (PostgreSQL
 * rejects it when the persistence context is flushed, a deterministic failure), and without the NUL once "fixed".
 * The text {@code transient} fails with a transient error while {@link #transientFailuresLeft} is above zero.
 */
@ApplicationScoped
@ProcessingGroup(TestProjektion.GROUP)
public class TestProjektion {

    static final String GROUP = "test-vy";
    static volatile boolean broken = true;
    static final AtomicInteger transientFailuresLeft = new AtomicInteger();

    @EventHandler
    void on(TestHandelse e, DomainEventMessage<?> message) throws Exception {
        if (e.text().equals("transient") && transientFailuresLeft.getAndDecrement() > 0) {
            throw new SQLTransientConnectionException("the database is away (test)");
        }
        TestVyRad rad = new TestVyRad();
        rad.eventId = message.getIdentifier();
        rad.aggregatId = message.getAggregateIdentifier();
        rad.text = broken ? e.text() : e.text().replace("\u0000", "");
        rad.persist();
    }
}
