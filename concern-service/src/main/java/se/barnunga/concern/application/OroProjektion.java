package se.barnunga.concern.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;

import se.barnunga.concern.domain.Handelser.AterkopplingAvstadd;
import se.barnunga.concern.domain.Handelser.AterkopplingLamnad;
import se.barnunga.concern.domain.Handelser.AvvikelseRegistrerad;
import se.barnunga.concern.domain.Handelser.ForhandsbedomningAvslutad;
import se.barnunga.concern.domain.Handelser.OroBekraftadSkriftligt;
import se.barnunga.concern.domain.Handelser.OroLamnad;
import se.barnunga.concern.domain.Handelser.OroMottagen;
import se.barnunga.concern.domain.Handelser.OroVidarebefordrad;
import se.barnunga.concern.domain.Handelser.SkyddsbedomningGjord;

/**
 * Keeps {@link OroVy} and the deviation register ({@link Avvikelse}) up to date from the event store (a pooled
 * streaming processor whose token is stored in the same transaction as the rows). Handlers are idempotent; a reset
 * replays the store into emptied tables.
 */
@ApplicationScoped
@ProcessingGroup("oro-vy")
public class OroProjektion {

    @EventHandler
    void on(OroLamnad e) {
        OroVy vy = OroVy.findById(e.oroId());
        if (vy == null) {
            vy = new OroVy();
            vy.oroId = e.oroId();
        }
        vy.anmalanId = e.anmalanId();
        vy.barnPseudonym = e.barn().pseudonym();
        vy.barnPersonnummer = e.barn().personnummer();
        vy.barnNamn = e.barn().namn();
        vy.barnFodelsedatum = e.barn().fodelsedatum();
        vy.uppdragId = e.uppdragId();
        vy.akut = e.akut();
        vy.form = e.form();
        vy.omValdEllerOvergrepp = e.omValdEllerOvergrepp();
        vy.uppgiftslamnare = e.uppgiftslamnare().userId();
        vy.uppgiftslamnareEnhet = e.uppgiftslamnare().enhet();
        vy.inkom = e.inkom();
        vy.mottagartyp = e.mottagare().typ();
        vy.mottagarenhet = e.mottagare().enhet();
        vy.mottagareSocialsekreterare = e.mottagare().socialsekreterare();
        vy.mottagareSedan = e.inkom();
        vy.kvitteraSenast = e.kvitteraSenast();
        vy.skyddsbedomningSenast = e.frister().skyddsbedomningSenast();
        vy.skriftligSenast = e.frister().skriftligBekraftelseSenast();
        vy.aterkopplingSenast = e.frister().aterkopplingSenast();
        vy.forhandsbedomningSenast = e.frister().forhandsbedomningSenast();
        vy.avvikelser = "";
        vy.senastAndrad = e.inkom();
        vy.persist();
    }

    @EventHandler
    void on(AvvikelseRegistrerad e, @Timestamp Instant t) {
        OroVy vy = vy(e.oroId(), t);
        if (!vy.harAvvikelse(e.typ().name())) {
            vy.avvikelser = vy.avvikelser.isEmpty() ? e.typ().name() : vy.avvikelser + "," + e.typ().name();
        }
        Avvikelse a = Avvikelse.findById(e.avvikelseId());
        if (a == null) {
            a = new Avvikelse();
            a.avvikelseId = e.avvikelseId();
        }
        a.oroId = e.oroId();
        a.typ = e.typ();
        a.enhet = e.enhet();
        a.registrerad = e.registrerad();
        a.akut = vy.akut;
        a.mottagartyp = vy.mottagartyp;
        a.persist();
    }

    @EventHandler
    void on(OroBekraftadSkriftligt e, @Timestamp Instant t) {
        vy(e.oroId(), t).skriftligtBekraftad = e.bekraftad();
    }

    @EventHandler
    void on(OroMottagen e, @Timestamp Instant t) {
        vy(e.oroId(), t).mottagen = e.mottagen();
    }

    @EventHandler
    void on(OroVidarebefordrad e, @Timestamp Instant t) {
        OroVy vy = vy(e.oroId(), t);
        vy.mottagartyp = e.till().typ();
        vy.mottagarenhet = e.till().enhet();
        vy.mottagareSocialsekreterare = e.till().socialsekreterare();
        vy.mottagareSedan = e.vidarebefordrad();
        vy.kvitteraSenast = e.kvitteraSenast();
        vy.mottagen = null;
        vy.eskalerad = vy.eskalerad || e.orsak() == se.barnunga.concern.domain.Vidarebefordringsorsak.ESKALERING;
    }

    @EventHandler
    void on(SkyddsbedomningGjord e, @Timestamp Instant t) {
        OroVy vy = vy(e.oroId(), t);
        vy.skyddsbedomd = e.bedomning().bedomd();
        vy.omedelbartSkyddsbehov = e.bedomning().omedelbartSkyddsbehov();
    }

    @EventHandler
    void on(AterkopplingLamnad e, @Timestamp Instant t) {
        OroVy vy = vy(e.oroId(), t);
        if (vy.aterkopplingLamnad == null) {
            vy.aterkopplingLamnad = e.lamnad();
        }
    }

    @EventHandler
    void on(AterkopplingAvstadd e, @Timestamp Instant t) {
        vy(e.oroId(), t).aterkopplingAvstadd = e.beslutad();
    }

    @EventHandler
    void on(ForhandsbedomningAvslutad e, @Timestamp Instant t) {
        OroVy vy = vy(e.oroId(), t);
        vy.forhandsbedomd = e.avslutad();
        vy.forhandsbeslut = e.beslut();
    }

    private static OroVy vy(String oroId, Instant t) {
        OroVy vy = OroVy.findById(oroId);
        vy.senastAndrad = t;
        return vy;
    }

    @ResetHandler
    void reset() {
        Avvikelse.deleteAll();
        OroVy.deleteAll();
    }
}
