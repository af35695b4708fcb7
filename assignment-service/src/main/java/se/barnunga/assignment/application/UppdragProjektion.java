package se.barnunga.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import se.barnunga.assignment.domain.UppdragMottaget;
import se.barnunga.assignment.domain.UppdragRegistrerat;
import se.barnunga.assignment.domain.UppdragSkickat;
import se.barnunga.assignment.domain.Uppdragsstatus;

/**
 * Keeps {@link UppdragVy} up to date from the event store (a pooled streaming processor; its token is stored in the
 * same transaction as the rows). Handlers are idempotent, and a reset replays the store into an emptied table.
 */
@ApplicationScoped
@ProcessingGroup("uppdrag-vy")
public class UppdragProjektion {

    @EventHandler
    void on(UppdragRegistrerat event) {
        UppdragVy vy = UppdragVy.findById(event.uppdragId());
        if (vy == null) {
            vy = new UppdragVy();
            vy.uppdragId = event.uppdragId();
        }
        vy.typ = event.typ();
        vy.status = Uppdragsstatus.REGISTRERAT;
        vy.barnPersonnummer = event.barn().personnummer();
        vy.barnFornamn = event.barn().fornamn();
        vy.barnEfternamn = event.barn().efternamn();
        vy.utforarenhet = event.utforarenhet();
        vy.myndighetsenhet = event.myndighetsenhet();
        vy.socialsekreterare = event.socialsekreterare();
        vy.registrerat = event.registrerat();
        vy.persistAndFlush();
    }

    @EventHandler
    void on(UppdragSkickat event) {
        UppdragVy vy = UppdragVy.findById(event.uppdragId());
        vy.status = Uppdragsstatus.SKICKAT;
        vy.skickat = event.skickat();
    }

    @EventHandler
    void on(UppdragMottaget event) {
        UppdragVy vy = UppdragVy.findById(event.uppdragId());
        vy.status = Uppdragsstatus.MOTTAGET;
        vy.mottaget = event.mottaget();
    }

    @ResetHandler
    void reset() {
        UppdragVy.deleteAll();
    }
}
