package se.barnunga.deadline.application;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;

import se.barnunga.deadline.domain.Arendeinfo;
import se.barnunga.deadline.domain.Arendelage;
import se.barnunga.deadline.domain.Handelser.*;
import se.barnunga.deadline.domain.Kvartal;
import se.barnunga.platform.domain.Utford;
import se.barnunga.platform.time.ClockProducer;

/**
 * Keeps {@link BevakningVy} and {@link ArendeVy} (with its interruptions, plans and meetings) up to date from the event
 * store. Handlers are idempotent (rows keyed by watch and case; child rows replaced whole); a reset replays the store
 * into emptied tables. {@code nasta_kontroll} is when the sweep next has something to raise for an open watch: the
 * reminder, the due time, or (an IVO watch that passed) the start of the next quarter.
 */
@ApplicationScoped
@ProcessingGroup("bevakning-vy")
public class BevakningProjektion {

    @Inject
    EntityManager em;

    @EventHandler
    void on(ArendelageAndrat e, org.axonframework.eventhandling.EventMessage<?> m) {
        Instant t = m.getTimestamp();
        ArendeVy vy = ArendeVy.findById(e.arendeId());
        if (vy == null) {
            vy = new ArendeVy();
            vy.arendeId = e.arendeId();
        }
        Arendelage l = e.lage();
        Arendeinfo info = Arendeinfo.av(l);
        vy.arendetyp = e.arendetyp().name();
        vy.uppdragstyp = l.varde("uppdragstyp");
        vy.barnPseudonym = info.barnPseudonym();
        vy.barnKon = info.barnKon();
        vy.barnFodelsear = info.barnFodelsear();
        vy.insatstyp = info.insatstyp();
        vy.lagrum = info.lagrum();
        vy.beslutsdatum = info.beslutsdatum();
        vy.periodTom = l.datum("periodTom");
        vy.myndighetsenhet = info.myndighetsenhet();
        vy.utforarenhet = info.utforarenhet();
        vy.socialsekreterare = info.socialsekreterare();
        vy.verkstallighetsdatum = l.verkstallighetsdatum();
        vy.avslutsdatum = l.avslutsdatum();
        vy.avslutsorsak = l.avslutsorsak();
        vy.avslutsskal = l.avslutsskal();
        vy.avslutningsmote = l.avslutningsmote();
        vy.inkom = l.inkom();
        vy.skyddsbedomd = l.skyddsbedomd();
        vy.skyddsbedomningSammaDag = l.skyddsbedomningSammaDag();
        vy.forhandsbedomd = l.forhandsbedomd();
        vy.forhandsbedomningInomFrist = l.forhandsbedomningInomFrist();
        vy.forhandsbeslut = l.forhandsbeslut();
        vy.barnetKomTillTals = l.barnetKomTillTals();
        vy.skalBarnetInteHortDokumenterat = l.skalBarnetInteHortDokumenterat();
        vy.sipBehov = l.varde("sipBehov") == null ? null : Boolean.valueOf(l.varde("sipBehov"));
        vy.sipFinns = l.varde("sipFinns") == null ? null : Boolean.valueOf(l.varde("sipFinns"));
        vy.senastAndrad = t;
        vy.persist();

        String id = e.arendeId();
        em.createNativeQuery("DELETE FROM avbrott_vy WHERE arende_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM plan_vy WHERE arende_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM uppfoljningsmote_vy WHERE arende_id = ?1").setParameter(1, id).executeUpdate();
        for (Arendelage.Avbrott a : l.avbrott()) {
            em.createNativeQuery("INSERT INTO avbrott_vy (arende_id, avbrottsdatum, orsak, aterupptagen_datum) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, a.avbrottsdatum()).setParameter(3, a.orsak())
                    .setParameter(4, a.aterupptagenDatum()).executeUpdate();
        }
        for (Arendelage.Plan p : l.planer()) {
            em.createNativeQuery("INSERT INTO plan_vy (arende_id, version, datum, i_samrad) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, p.version()).setParameter(3, p.datum()).setParameter(4, p.iSamrad())
                    .executeUpdate();
        }
        for (Arendelage.Mote mote : l.moten()) {
            em.createNativeQuery("INSERT INTO uppfoljningsmote_vy (arende_id, mote_id, datum, barnet_deltog, revideras, utfall) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, id).setParameter(2, mote.moteId()).setParameter(3, mote.datum())
                    .setParameter(4, mote.barnetDeltog()).setParameter(5, mote.revideras()).setParameter(6, mote.utfall())
                    .executeUpdate();
        }
        // who the case's watches are about and whose they are follows the case
        BevakningVy.update("barnPseudonym = ?1, barnKon = ?2, barnFodelsear = ?3, myndighetsenhet = ?4, utforarenhet = ?5, "
                        + "socialsekreterare = ?6 where arendeId = ?7", info.barnPseudonym(), info.barnKon(), info.barnFodelsear(),
                info.myndighetsenhet(), info.utforarenhet(), info.socialsekreterare(), id);
    }

    @EventHandler
    void on(BevakningStartad e, org.axonframework.eventhandling.EventMessage<?> m) {
        BevakningVy vy = BevakningVy.findById(e.bevakningId());
        boolean ny = vy == null;
        if (ny) {
            vy = new BevakningVy();
            vy.bevakningId = e.bevakningId();
            vy.startad = e.tidpunkt();
        }
        vy.arendeId = e.arendeId();
        vy.arendetyp = e.arendetyp().name();
        vy.regelId = e.regelId();
        vy.regelversion = e.regelversion();
        vy.ivo = e.ivo();
        vy.forekomst = e.forekomst() == null || e.forekomst().isEmpty() ? null : e.forekomst();
        info(vy, e.arende());
        vy.startdatum = e.startdatum();
        vy.forfallodatum = e.forfallodatum();
        vy.forfaller = e.forfaller();
        vy.paminnelse = e.paminnelse();
        vy.status = BevakningVy.Status.OPPEN;
        if (vy.passerad != null && e.forfaller().isAfter(e.tidpunkt())) {
            vy.passerad = null; // moved beyond now: not passed under the new due date
        }
        if (vy.paminnelseSkickad != null && (e.paminnelse() == null || e.paminnelse().isAfter(e.tidpunkt()))) {
            vy.paminnelseSkickad = null;
        }
        vy.uppfylldDatum = null;
        vy.inomFrist = null;
        vy.avbrutenOrsak = null;
        vy.avbrutenDatum = null;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
        vy.persist();
    }

    @EventHandler
    void on(BevakningPaminnelse e) {
        BevakningVy vy = BevakningVy.findById(e.bevakningId());
        vy.paminnelseSkickad = e.tidpunkt();
        vy.larm++;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(BevakningPasserad e) {
        BevakningVy vy = BevakningVy.findById(e.bevakningId());
        vy.passerad = e.tidpunkt();
        vy.larm++;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(IvoRapporteringKravs e) {
        BevakningVy vy = BevakningVy.findById(e.bevakningId());
        vy.ivoKvartal = e.kvartal();
        vy.larm++;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    /** The passing withdrawn (met or cancelled in time after all, or moved): not passed, no IVO quarter, nothing to acknowledge. */
    @EventHandler
    void on(BevakningPasseradAterkallad e) {
        BevakningVy vy = BevakningVy.findById(e.bevakningId());
        vy.passerad = null;
        vy.ivoKvartal = null;
        vy.kvitterade = vy.larm;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(BevakningUppfylld e) {
        BevakningVy vy = BevakningVy.findById(e.bevakningId());
        vy.status = BevakningVy.Status.UPPFYLLD;
        vy.uppfylldDatum = e.uppfylldDatum();
        vy.inomFrist = e.inomFrist();
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(BevakningAvbruten e) {
        BevakningVy vy = BevakningVy.findById(e.bevakningId());
        vy.status = BevakningVy.Status.AVBRUTEN;
        vy.avbrutenOrsak = e.orsak();
        vy.avbrutenDatum = e.avbrutenDatum();
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(LarmKvitterat e, org.axonframework.eventhandling.EventMessage<?> m) {
        BevakningVy vy = BevakningVy.findById(e.bevakningId());
        vy.kvitterade = vy.larm;
        vy.kvitteradAv = Utford.av(m).userId();
        vy.kvitterad = e.tidpunkt();
        vy.senastAndrad = e.tidpunkt();
    }

    private static void info(BevakningVy vy, Arendeinfo i) {
        vy.barnPseudonym = i.barnPseudonym();
        vy.barnKon = i.barnKon();
        vy.barnFodelsear = i.barnFodelsear();
        vy.myndighetsenhet = i.myndighetsenhet();
        vy.utforarenhet = i.utforarenhet();
        vy.socialsekreterare = i.socialsekreterare();
    }

    /** When the sweep next has something to raise for the watch (as {@code Bevakningsarende} decides it). */
    static void kontroll(BevakningVy vy) {
        if (vy.status != BevakningVy.Status.OPPEN) {
            vy.nastaKontroll = null;
        } else if (vy.passerad == null) {
            vy.nastaKontroll = vy.paminnelseSkickad == null && vy.paminnelse != null && vy.paminnelse.isBefore(vy.forfaller)
                    ? vy.paminnelse : vy.forfaller;
        } else if (vy.ivo) {
            Kvartal senast = vy.ivoKvartal == null ? Kvartal.av(LocalDate.ofInstant(vy.passerad, ClockProducer.ZONE))
                    : Kvartal.tolka(vy.ivoKvartal).orElseThrow();
            vy.nastaKontroll = senast.nasta().forsta().atStartOfDay(ClockProducer.ZONE).toInstant();
        } else {
            vy.nastaKontroll = null;
        }
    }

    @ResetHandler
    void reset() {
        BevakningVy.deleteAll();
        ArendeVy.deleteAll();
        em.createNativeQuery("DELETE FROM avbrott_vy").executeUpdate();
        em.createNativeQuery("DELETE FROM plan_vy").executeUpdate();
        em.createNativeQuery("DELETE FROM uppfoljningsmote_vy").executeUpdate();
    }
}
