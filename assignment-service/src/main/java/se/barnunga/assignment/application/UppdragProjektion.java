package se.barnunga.assignment.application;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

import se.barnunga.assignment.domain.Handelser.AnsvarigUtforareUtsedd;
import se.barnunga.assignment.domain.Handelser.BeslutAterkallat;
import se.barnunga.assignment.domain.Handelser.ForfraganAvbojd;
import se.barnunga.assignment.domain.Handelser.ForfraganSkickad;
import se.barnunga.assignment.domain.Handelser.InsatsAvslutad;
import se.barnunga.assignment.domain.Handelser.InsatsBeviljad;
import se.barnunga.assignment.domain.Handelser.InsatsVerkstalld;
import se.barnunga.assignment.domain.Handelser.KlarteckenLamnat;
import se.barnunga.assignment.domain.Handelser.PlaneringsmoteGenomfort;
import se.barnunga.assignment.domain.Handelser.UppdragAvslutat;
import se.barnunga.assignment.domain.Handelser.UppdragHandelse;
import se.barnunga.assignment.domain.Handelser.UppdragMottaget;
import se.barnunga.assignment.domain.Handelser.UppdragRegistrerat;
import se.barnunga.assignment.domain.Handelser.UppdragSkickat;
import se.barnunga.assignment.domain.Handelser.UtredningsuppdragBeslutat;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAterupptagen;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAvbruten;
import se.barnunga.assignment.domain.Handelser.VerkstallighetHindrad;
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

    /** Per transaction (a replay's batch): the batch's rows by id, null for an id that has no row yet. */
    private static final Object BATCH_ROWS = new Object();

    @Inject
    TransactionSynchronizationRegistry transaction;

    /**
     * The rows of a replay's batch into the persistence context in one query, remembered for the batch's transaction with
     * the ids that have no row yet – so that a new case's {@code UppdragRegistrerat} needs no query either.
     */
    @Override
    public void preload(Collection<String> uppdragIds) {
        Map<String, UppdragVy> rows = new HashMap<>();
        uppdragIds.forEach(id -> rows.put(id, null));
        UppdragVy.<UppdragVy>list("uppdragId in ?1", uppdragIds).forEach(vy -> rows.put(vy.uppdragId, vy));
        transaction.putResource(BATCH_ROWS, rows);
    }

    /** The case's row: from the batch's preloaded rows in a replay (null if it has none yet), else by id. */
    private UppdragVy rad(String uppdragId) {
        @SuppressWarnings("unchecked")
        Map<String, UppdragVy> rows = (Map<String, UppdragVy>) transaction.getResource(BATCH_ROWS);
        return rows != null && rows.containsKey(uppdragId) ? rows.get(uppdragId) : UppdragVy.findById(uppdragId);
    }

    /** A new row, also remembered among the batch's rows in a replay. */
    private void ny(UppdragVy vy) {
        vy.persist(); // flushed by the processor: per event live, at the batch's commit in a replay
        @SuppressWarnings("unchecked")
        Map<String, UppdragVy> rows = (Map<String, UppdragVy>) transaction.getResource(BATCH_ROWS);
        if (rows != null) {
            rows.put(vy.uppdragId, vy);
        }
    }

    @EventHandler
    void on(UppdragRegistrerat e) {
        UppdragVy vy = rad(e.uppdragId());
        boolean ny = vy == null;
        if (ny) {
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
        if (ny) {
            ny(vy);
        }
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
    private UppdragVy vy(String uppdragId, UppdragHandelse e, Instant t) {
        UppdragVy vy = rad(uppdragId);
        vy.status = status(vy, e);
        vy.senastAndrad = t;
        return vy;
    }

    /** The row's status after the event; a decision date means the decision was taken. */
    private static Uppdragsstatus status(UppdragVy vy, UppdragHandelse e) {
        return Uppdragsstatus.efter(vy.status, vy.beslutsdatum != null, e);
    }

    @ResetHandler
    void reset() {
        UppdragVy.deleteAll();
    }
}
