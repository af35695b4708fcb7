package se.barnunga.deadline.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.barnunga.deadline.domain.Kommandon.KontrolleraBevakningar;

/**
 * Raises what is due: reminders, passed watches, and the IVO report requirement of each new quarter. Nothing is held
 * in memory – the due times are in the read model ({@code nasta_kontroll}, from the events) and the aggregate decides,
 * with the injected clock – so a due time that passed while the service was down is raised at the first sweep after
 * it comes back, and a second sweep or a second instance finds nothing more to do (each alert is an event of the
 * case's aggregate, guarded by its state and its optimistic lock). The schedule only triggers the sweep.
 */
@ApplicationScoped
public class Bevakningssvep {

    private static final Logger LOG = Logger.getLogger(Bevakningssvep.class);
    private static final int PER_SVEP = 500;

    @Inject
    CommandGateway commands;
    @Inject
    Clock clock;

    @Scheduled(identity = "bevakning-svep", every = "${barnunga.bevakning.svep-intervall:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void schemalagt() {
        svep();
    }

    /** Checks the cases with something due by now; returns how many were checked. */
    @ActivateRequestContext
    public int svep() {
        Instant nu = clock.instant();
        List<String> arenden = BevakningVy.getEntityManager().createQuery("select distinct b.arendeId from BevakningVy b "
                        + "where b.status = :oppen and b.nastaKontroll <= :nu", String.class)
                .setParameter("oppen", BevakningVy.Status.OPPEN).setParameter("nu", nu).setMaxResults(PER_SVEP).getResultList();
        for (String arendeId : arenden) {
            try {
                commands.sendAndWait(new KontrolleraBevakningar(arendeId, nu));
            } catch (RuntimeException e) {
                // another instance acted at the same moment, or a transient failure: the next sweep tries again
                LOG.warnf("Bevakningskontroll av ärende %s misslyckades: %s", arendeId, e.getClass().getSimpleName());
            }
        }
        return arenden.size();
    }
}
