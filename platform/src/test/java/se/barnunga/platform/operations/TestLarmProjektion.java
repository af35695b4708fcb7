package se.barnunga.platform.operations;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import se.barnunga.platform.axon.BatchPreload;

/**
 * A projection of the platform's tests that preloads its live batches too ({@link BatchPreload#preloadsLiveBatches}),
 * as the deadline-service's {@code bevakning-vy} does: a live batch of more than one event is preloaded and written at
 * its commit. It counts the preloads, so a test sees which way a batch went.
 */
@ApplicationScoped
@ProcessingGroup(TestLarmProjektion.GROUP)
public class TestLarmProjektion implements BatchPreload {

    static final String GROUP = "test-larm";
    static final AtomicInteger preloads = new AtomicInteger();

    @EventHandler
    void on(TestLarm e, DomainEventMessage<?> message) {
        TestRad.rakna(TestLarmRad.<TestLarmRad>findById(message.getAggregateIdentifier()), TestLarmRad::new,
                message.getAggregateIdentifier(), e.belopp(), e.text());
    }

    @Override
    public void preload(Collection<String> aggregateIdentifiers) {
        preloads.incrementAndGet();
        TestLarmRad.list("aggregatId in ?1", aggregateIdentifiers);
    }

    @Override
    public boolean preloadsLiveBatches() {
        return true;
    }

    @ResetHandler
    void reset() {
        TestLarmRad.deleteAll();
    }
}
