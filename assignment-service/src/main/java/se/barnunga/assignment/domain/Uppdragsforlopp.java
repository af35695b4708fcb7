package se.barnunga.assignment.domain;

import org.axonframework.eventsourcing.EventSourcingHandler;

import se.barnunga.assignment.domain.Handelser.InsatsBeviljad;
import se.barnunga.assignment.domain.Handelser.UppdragHandelse;
import se.barnunga.assignment.domain.Handelser.UtredningsuppdragBeslutat;

/**
 * Where an {@link Uppdrag} is ({@link Uppdragsstatus}) and whether its decision is taken: the two inputs of the shared
 * transition {@link Uppdragsstatus#efter}, folded over every event by one handler. The aggregate holds it as an
 * {@code @AggregateMember}: Axon invokes, per event, the most specific {@code @EventSourcingHandler} of each class, so
 * this catch-all handler sees every event beside the root's and {@link Uppdragslage}'s handlers for it (those change
 * neither value, so the order does not matter). The facts – what has happened – are {@link Uppdragslage}'s.
 */
final class Uppdragsforlopp {

    private Uppdragsstatus status;
    private boolean beslutat;

    @EventSourcingHandler
    void on(UppdragHandelse e) {
        // the transition reads the state before the event
        status = Uppdragsstatus.efter(status, beslutat, e);
        beslutat = beslutat || e instanceof InsatsBeviljad || e instanceof UtredningsuppdragBeslutat;
    }

    Uppdragsstatus status() {
        return status;
    }

    /** An enquiry awaits its answer. */
    boolean vantarPaSvar() {
        return status == Uppdragsstatus.FORFRAGAN;
    }

    /** The enquired unit declined, or cannot take the assignment on: another unit may be asked. */
    boolean arAvbojtEllerHindrat() {
        return status == Uppdragsstatus.AVBOJT || status == Uppdragsstatus.HINDRAT;
    }

    /** The intervention is under way. */
    boolean pagar() {
        return status == Uppdragsstatus.VERKSTALLT;
    }

    boolean arAvbruten() {
        return status == Uppdragsstatus.AVBRUTET;
    }

    boolean arAvslutat() {
        return status == Uppdragsstatus.AVSLUTAT;
    }

    /** The decision on intervention, or on the investigation assignment, is taken. */
    boolean harBeslut() {
        return beslutat;
    }
}
