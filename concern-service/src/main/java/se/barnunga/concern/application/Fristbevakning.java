package se.barnunga.concern.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import se.barnunga.concern.domain.Kommandon.KontrolleraFrister;
import se.barnunga.concern.domain.Varden.Ororegler;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Acts on passed deadlines: escalates unacknowledged concerns to the reception unit and records the deviations of
 * missed deadlines. Nothing is held in memory: the candidates come from the read model (whose due times come from the
 * events), and the aggregate decides – so a deadline that passed while the service was down is acted on at the next
 * sweep, a second sweep or a second instance finds nothing more to do, and the clock is the injected one.
 */
@ApplicationScoped
public class Fristbevakning {

    private static final Logger LOG = Logger.getLogger(Fristbevakning.class);
    private static final Actor TJANSTEN = Actor.of("concern-service", "SYSTEM", Roll.SYSTEM);
    private static final int PER_SVEP = 500;

    @Inject
    OroFragor fragor;
    @Inject
    CommandGateway commands;
    @Inject
    Ororegler regler;
    @Inject
    Clock clock;

    @Scheduled(identity = "oro-fristkontroll", every = "${barnunga.oro.fristkontroll-intervall:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void schemalagt() {
        svep();
    }

    /** Checks every concern with a passed deadline; returns how many were checked. */
    @ActivateRequestContext
    public int svep() {
        Instant nu = clock.instant();
        List<String> kandidater = fragor.fristKandidater(nu, PER_SVEP);
        for (String oroId : kandidater) {
            try {
                commands.sendAndWait(new KontrolleraFrister(oroId, regler, TJANSTEN, nu));
            } catch (RuntimeException e) {
                // another instance acted at the same moment, or a transient failure: the next sweep tries again
                LOG.warnf("Fristkontroll av oro %s misslyckades: %s", oroId, e.getClass().getSimpleName());
            }
        }
        return kandidater.size();
    }
}
