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
 * A projection of the platform's tests written as the services' are – Panache entities, a row found by id and changed
 * per event – whose replay preloads each batch's rows ({@link BatchPreload}) and is flushed at the batch's commit; it
 * counts the preloads, so a test sees which way a batch went.
 */
@ApplicationScoped
@ProcessingGroup(TestSaldoProjektion.GROUP)
public class TestSaldoProjektion implements BatchPreload {

    static final String GROUP = "test-saldo";
    static final AtomicInteger preloads = new AtomicInteger();

    @EventHandler
    void on(TestSaldo e, DomainEventMessage<?> message) {
        TestRad.rakna(TestSaldoRad.<TestSaldoRad>findById(message.getAggregateIdentifier()), TestSaldoRad::new,
                message.getAggregateIdentifier(), e.belopp(), e.text());
    }

    @Override
    public void preload(Collection<String> aggregateIdentifiers) {
        preloads.incrementAndGet();
        TestSaldoRad.list("aggregatId in ?1", aggregateIdentifiers);
    }

    @ResetHandler
    void reset() {
        TestSaldoRad.deleteAll();
    }
}
