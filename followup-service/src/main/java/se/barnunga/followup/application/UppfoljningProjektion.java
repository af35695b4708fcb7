package se.barnunga.followup.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;

import se.barnunga.followup.domain.Handelser.AnsvarigUtforareKand;
import se.barnunga.followup.domain.Handelser.AvslutningsmoteGenomfort;
import se.barnunga.followup.domain.Handelser.ForMoteHallet;
import se.barnunga.followup.domain.Handelser.GenomforandeplanKand;
import se.barnunga.followup.domain.Handelser.InsatsensSlutKant;
import se.barnunga.followup.domain.Handelser.PlaneringsmoteKant;
import se.barnunga.followup.domain.Handelser.SynpunktRegistrerad;
import se.barnunga.followup.domain.Handelser.SynpunktsatgardRegistrerad;
import se.barnunga.followup.domain.Handelser.UppdragKant;
import se.barnunga.followup.domain.Handelser.UppfoljningGenomford;
import se.barnunga.followup.domain.Handelser.UppfoljningsmoteAvbokat;
import se.barnunga.followup.domain.Handelser.UppfoljningsmoteBokat;
import se.barnunga.followup.domain.Handelser.UppfoljningsmotePakallat;
import se.barnunga.followup.domain.Handelser.UtforarsammanfattningLamnad;
import se.barnunga.followup.domain.Handelser.VerkstallighetKand;
import se.barnunga.followup.domain.Motesslag;
import se.barnunga.followup.domain.Varden.Malbedomning;
import se.barnunga.platform.domain.PerformedBy;

/**
 * Keeps {@link UppfoljningVy}, {@link MoteVy} and {@link BedomningVy} up to date from the event store (a pooled
 * streaming processor whose token is stored in the same transaction as the rows). Handlers are idempotent (rows are
 * keyed by the intervention, meeting and goal); a reset replays the store into emptied tables.
 */
@ApplicationScoped
@ProcessingGroup("uppfoljning-vy")
public class UppfoljningProjektion {

    @EventHandler
    void on(UppdragKant e, @Timestamp Instant t) {
        UppfoljningVy vy = vy(e.uppdragId(), t);
        vy.uppdragstyp = e.uppdragstyp();
        if (e.barn() != null) {
            vy.barnPseudonym = e.barn().pseudonym();
            vy.barnKon = e.barn().kon();
            vy.barnFodelsear = e.barn().fodelsear();
        }
        vy.insatstyp = e.insatstyp();
        vy.myndighetsenhet = e.myndighetsenhet();
        vy.socialsekreterare = e.socialsekreterare();
        vy.utforarenhet = e.utforarenhet();
    }

    @EventHandler
    void on(AnsvarigUtforareKand e, @Timestamp Instant t) {
        UppfoljningVy vy = vy(e.uppdragId(), t);
        vy.ansvarigUtforare = e.ansvarigUtforare();
        if (vy.utforarenhet == null) {
            vy.utforarenhet = e.utforarenhet();
        }
    }

    @EventHandler
    void on(PlaneringsmoteKant e, @Timestamp Instant t) {
        vy(e.uppdragId(), t);
    }

    @EventHandler
    void on(VerkstallighetKand e, @Timestamp Instant t) {
        vy(e.uppdragId(), t).verkstallighetsdatum = e.verkstallighetsdatum();
    }

    @EventHandler
    void on(GenomforandeplanKand e, @Timestamp Instant t) {
        vy(e.uppdragId(), t).planversion = e.version();
    }

    @EventHandler
    void on(InsatsensSlutKant e, @Timestamp Instant t) {
        UppfoljningVy vy = vy(e.uppdragId(), t);
        vy.slut = e.orsak();
        vy.slutdatum = e.datum();
        MoteVy bokat = vy.bokatMoteId == null ? null : MoteVy.findById(MoteVy.id(vy.uppdragId, vy.bokatMoteId));
        if (bokat != null && e.orsak().stryker(bokat.slag)) {
            bokat.status = MoteVy.Status.STRUKET;
            vy.bokatMoteId = null;
        }
    }

    @EventHandler
    void on(UppfoljningsmotePakallat e, @Timestamp Instant t) {
        vy(e.uppdragId(), t).pakallat = true;
    }

    @EventHandler
    void on(UppfoljningsmoteBokat e, @Timestamp Instant t) {
        UppfoljningVy vy = vy(e.uppdragId(), t);
        MoteVy m = MoteVy.findById(MoteVy.id(e.uppdragId(), e.moteId()));
        if (m == null) {
            m = new MoteVy();
            m.id = MoteVy.id(e.uppdragId(), e.moteId());
            m.uppdragId = e.uppdragId();
            m.moteId = e.moteId();
            m.nummer = e.slag() == Motesslag.UPPFOLJNING ? vy.antalUppfoljningar + 1 : 0;
        } else if (m.slag != e.slag()) {
            m.nummer = e.slag() == Motesslag.UPPFOLJNING ? vy.antalUppfoljningar + 1 : 0;
        }
        m.slag = e.slag();
        m.extra = e.extra();
        m.datum = e.datum();
        m.klockslag = e.klockslag();
        m.status = MoteVy.Status.BOKAT;
        m.inomFonster = e.inomFonster();
        m.kalla = e.kalla();
        m.bokat = e.bokat();
        m.persist();
        vy.bokatMoteId = e.moteId();
        if (e.extra()) {
            vy.pakallat = false;
        }
    }

    @EventHandler
    void on(UppfoljningsmoteAvbokat e, @Timestamp Instant t) {
        UppfoljningVy vy = vy(e.uppdragId(), t);
        mote(e.uppdragId(), e.moteId()).status = MoteVy.Status.STRUKET;
        vy.bokatMoteId = null;
        if (e.extra()) {
            vy.pakallat = true;
        }
    }

    @EventHandler
    void on(ForMoteHallet e, @Timestamp Instant t) {
        vy(e.uppdragId(), t);
        mote(e.uppdragId(), e.moteId()).formote = true;
    }

    @EventHandler
    void on(UtforarsammanfattningLamnad e, @Timestamp Instant t) {
        vy(e.uppdragId(), t);
        mote(e.uppdragId(), e.moteId()).sammanfattning = true;
    }

    @EventHandler
    void on(UppfoljningGenomford e, @Timestamp Instant t) {
        UppfoljningVy vy = vy(e.uppdragId(), t);
        MoteVy m = mote(e.uppdragId(), e.moteId());
        if (m.status != MoteVy.Status.GENOMFORT) {
            vy.antalUppfoljningar++;
        }
        m.status = MoteVy.Status.GENOMFORT;
        m.datum = e.datum();
        m.barnetDeltog = e.barnetDeltog();
        m.utfall = e.utfall();
        vy.senasteMotesdatum = e.datum();
        vy.senasteUtfall = e.utfall();
        vy.bokatMoteId = null;
        vy.pakallat = false;
        bedomningar(e.uppdragId(), e.moteId(), Motesslag.UPPFOLJNING, e.datum(), e.bedomningar());
    }

    @EventHandler
    void on(AvslutningsmoteGenomfort e, @Timestamp Instant t) {
        UppfoljningVy vy = vy(e.uppdragId(), t);
        MoteVy m = MoteVy.findById(MoteVy.id(e.uppdragId(), e.moteId()));
        if (m == null) {
            m = new MoteVy();
            m.id = MoteVy.id(e.uppdragId(), e.moteId());
            m.uppdragId = e.uppdragId();
            m.moteId = e.moteId();
            m.kalla = se.barnunga.followup.domain.Bokningskalla.BOKNING;
            m.bokat = e.registrerat();
        }
        m.slag = Motesslag.AVSLUTNING;
        m.extra = false;
        m.nummer = 0;
        m.inomFonster = null;
        m.status = MoteVy.Status.GENOMFORT;
        m.datum = e.datum();
        m.barnetDeltog = e.barnetDeltog();
        m.persist();
        vy.avslutningsmote = e.datum();
        vy.senasteMotesdatum = e.datum();
        vy.bokatMoteId = null;
        vy.pakallat = false;
        bedomningar(e.uppdragId(), e.moteId(), Motesslag.AVSLUTNING, e.datum(), e.bedomningar());
    }

    @EventHandler
    void on(SynpunktRegistrerad e, @Timestamp Instant t, @MetaDataValue(PerformedBy.USER_ID) String av,
            @MetaDataValue(PerformedBy.ROLE) String roll) {
        vy(e.uppdragId(), t);
        String id = SynpunktVy.id(e.uppdragId(), e.synpunktId());
        SynpunktVy sp = SynpunktVy.findById(id);
        if (sp == null) {
            sp = new SynpunktVy();
            sp.id = id;
        }
        sp.uppdragId = e.uppdragId();
        sp.synpunktId = e.synpunktId();
        sp.typ = e.typ();
        sp.franVem = e.franVem();
        sp.datum = e.datum();
        sp.avser = e.avser();
        sp.atgarder = e.atgarder();
        sp.registreradAv = av;
        sp.roll = roll;
        sp.registrerat = e.registrerat();
        sp.persist();
    }

    @EventHandler
    void on(SynpunktsatgardRegistrerad e, @Timestamp Instant t, @SequenceNumber long sekvens,
            @MetaDataValue(PerformedBy.USER_ID) String av, @MetaDataValue(PerformedBy.ROLE) String roll) {
        vy(e.uppdragId(), t);
        // keyed by the event's sequence number: a replay writes the same row again
        String id = SynpunktVy.id(e.uppdragId(), e.synpunktId()) + "/" + sekvens;
        SynpunktsatgardVy a = SynpunktsatgardVy.findById(id);
        if (a == null) {
            a = new SynpunktsatgardVy();
            a.id = id;
        }
        a.synpunkt = SynpunktVy.id(e.uppdragId(), e.synpunktId());
        a.nummer = (int) sekvens;
        a.datum = e.datum();
        a.atgarder = e.atgarder();
        a.registreradAv = av;
        a.roll = roll;
        a.registrerat = e.registrerat();
        a.persist();
    }

    private static void bedomningar(String uppdragId, String moteId, Motesslag slag, java.time.LocalDate datum,
                                    java.util.List<Malbedomning> bedomningar) {
        for (Malbedomning b : bedomningar) {
            String id = MoteVy.id(uppdragId, moteId) + "/" + b.malId();
            BedomningVy vy = BedomningVy.findById(id);
            if (vy == null) {
                vy = new BedomningVy();
                vy.id = id;
            }
            vy.uppdragId = uppdragId;
            vy.moteId = moteId;
            vy.slag = slag;
            vy.datum = datum;
            vy.malId = b.malId();
            vy.bbicOmrade = b.bbicOmrade();
            vy.skala = b.skala();
            vy.persist();
        }
    }

    /** The intervention's row; the first event of an aggregate may be any of the facts, so it is created on demand. */
    private static UppfoljningVy vy(String uppdragId, Instant t) {
        UppfoljningVy vy = UppfoljningVy.findById(uppdragId);
        if (vy == null) {
            vy = new UppfoljningVy();
            vy.uppdragId = uppdragId;
            vy.senastAndrad = t;
            vy.persist();
        }
        vy.senastAndrad = t;
        return vy;
    }

    private static MoteVy mote(String uppdragId, String moteId) {
        return MoteVy.findById(MoteVy.id(uppdragId, moteId));
    }

    @ResetHandler
    void reset() {
        SynpunktsatgardVy.deleteAll();
        SynpunktVy.deleteAll();
        BedomningVy.deleteAll();
        MoteVy.deleteAll();
        UppfoljningVy.deleteAll();
    }
}
