package se.barnunga.assignment.application;

import java.time.Instant;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Uppdragsstatus;
import se.barnunga.platform.axon.BatchPreload;

/**
 * Keeps {@link UppdragVy} up to date from the event store (a pooled streaming processor; its token is stored in the
 * same transaction as the rows). Handlers are idempotent, and a reset replays the store into an emptied table. The
 * status follows the aggregate's transitions, {@link Uppdragsstatus#efter}. In a replay each batch's rows are loaded
 * in one query first ({@link BatchPreload}) and written at the batch's commit; live, the processor flushes per event.
 */
@ApplicationScoped
@ProcessingGroup("uppdrag-vy")
public class UppdragProjektion implements BatchPreload {

    /** The rows of a replay's batch into the persistence context, where {@code findById} below finds them. */
    @Override
    public void preload(Collection<String> uppdragIds) {
        UppdragVy.list("uppdragId in ?1", uppdragIds);
    }

    @EventHandler
    void on(UppdragRegistrerat e) {
        UppdragVy vy = UppdragVy.findById(e.uppdragId());
        if (vy == null) {
            vy = new UppdragVy();
            vy.uppdragId = e.uppdragId();
        }
        vy.typ = e.typ();
        vy.status = status(vy, e);
        vy.barnPersonnummer = e.barn().personnummer();
        vy.barnFornamn = e.barn().fornamn();
        vy.barnEfternamn = e.barn().efternamn();
        vy.barnKon = e.barn().kon();
        vy.barnFodelsedatum = e.barn().fodelsedatum();
        vy.insatstyp = e.insatstyp();
        vy.myndighetsenhet = e.myndighetsenhet();
        vy.socialsekreterare = e.socialsekreterare();
        vy.registrerat = e.registrerat();
        vy.senastAndrad = e.registrerat();
        vy.persist(); // flushed by the processor: per event live, at the batch's commit in a replay
    }

    @EventHandler
    void on(ForfraganSkickad e, @Timestamp Instant t) {
        UppdragVy vy = vy(e.uppdragId(), e, t);
        vy.utforarenhet = e.utforarenhet();
        vy.identifieradForEnhet = false;
        vy.ansvarigUtforare = null;
        vy.skickat = null;
        vy.mottaget = null;
    }

    @EventHandler
    void on(KlarteckenLamnat e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    @EventHandler
    void on(ForfraganAvbojd e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    @EventHandler
    void on(InsatsBeviljad e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t).beslutsdatum = e.beslutsdatum();
    }

    @EventHandler
    void on(UtredningsuppdragBeslutat e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t).beslutsdatum = e.beslutsdatum();
    }

    @EventHandler
    void on(UppdragSkickat e, @Timestamp Instant t) {
        UppdragVy vy = vy(e.uppdragId(), e, t);
        vy.skickat = e.skickat();
        vy.identifieradForEnhet = true;
    }

    @EventHandler
    void on(UppdragMottaget e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t).mottaget = e.mottaget();
    }

    @EventHandler
    void on(AnsvarigUtforareUtsedd e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t).ansvarigUtforare = e.ansvarigUtforare();
    }

    @EventHandler
    void on(VerkstallighetHindrad e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    @EventHandler
    void on(PlaneringsmoteGenomfort e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    @EventHandler
    void on(InsatsVerkstalld e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t).verkstallighetsdatum = e.verkstallighetsdatum();
    }

    @EventHandler
    void on(VerkstallighetAvbruten e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    @EventHandler
    void on(VerkstallighetAterupptagen e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    @EventHandler
    void on(BeslutAterkallat e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    @EventHandler
    void on(InsatsAvslutad e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    @EventHandler
    void on(UppdragAvslutat e, @Timestamp Instant t) {
        vy(e.uppdragId(), e, t);
    }

    /** The row after the event: its status moved on by the shared transition, marked as changed at the event's time. */
    private static UppdragVy vy(String uppdragId, Object e, Instant t) {
        UppdragVy vy = UppdragVy.findById(uppdragId);
        vy.status = status(vy, e);
        vy.senastAndrad = t;
        return vy;
    }

    /** The row's status after the event; a decision date means the decision was taken. */
    private static Uppdragsstatus status(UppdragVy vy, Object e) {
        return Uppdragsstatus.efter(vy.status, vy.beslutsdatum != null, e);
    }

    @ResetHandler
    void reset() {
        UppdragVy.deleteAll();
    }
}
