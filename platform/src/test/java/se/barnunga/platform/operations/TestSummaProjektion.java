package se.barnunga.platform.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * A projection of the platform's tests that the operators' rebuild is tried on: per aggregate the number and sum of
 * its amounts and the latest text, kept with plain SQL in the processor's transaction; its reset handler clears its
 * one table, as the services' projections do.
 */
@ApplicationScoped
@ProcessingGroup(TestSummaProjektion.GROUP)
public class TestSummaProjektion {

    static final String GROUP = "test-summa";

    @Inject
    EntityManager em;

    @EventHandler
    void on(TestBelopp e, DomainEventMessage<?> message) {
        em.createNativeQuery("INSERT INTO test_summa (aggregat_id, antal, summa, senaste_text) VALUES (?1, 1, ?2, ?3)"
                        + " ON CONFLICT (aggregat_id) DO UPDATE SET antal = test_summa.antal + 1,"
                        + " summa = test_summa.summa + EXCLUDED.summa, senaste_text = EXCLUDED.senaste_text")
                .setParameter(1, message.getAggregateIdentifier()).setParameter(2, e.belopp()).setParameter(3, e.text())
                .executeUpdate();
    }

    @ResetHandler
    void reset() {
        em.createNativeQuery("DELETE FROM test_summa").executeUpdate();
    }
}
