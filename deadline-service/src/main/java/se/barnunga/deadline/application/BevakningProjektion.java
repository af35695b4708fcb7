package se.barnunga.deadline.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import se.barnunga.deadline.domain.Arendeinfo;
import se.barnunga.deadline.domain.Arendelage;
import se.barnunga.deadline.domain.Handelser.ArendelageAndrat;
import se.barnunga.deadline.domain.Handelser.BevakningAvbruten;
import se.barnunga.deadline.domain.Handelser.BevakningPaminnelse;
import se.barnunga.deadline.domain.Handelser.BevakningPasserad;
import se.barnunga.deadline.domain.Handelser.BevakningPasseradAterkallad;
import se.barnunga.deadline.domain.Handelser.BevakningStartad;
import se.barnunga.deadline.domain.Handelser.BevakningUppfylld;
import se.barnunga.deadline.domain.Handelser.IvoRapporteringKravs;
import se.barnunga.deadline.domain.Handelser.LarmKvitterat;
import se.barnunga.deadline.domain.Kvartal;
import se.barnunga.platform.axon.BatchPreload;
import se.barnunga.platform.domain.PerformedBy;
import se.barnunga.platform.time.ClockProducer;

/**
 * Keeps {@link BevakningVy} and {@link ArendeVy} (with its interruptions, plans and meetings) up to date from the event
 * store. Handlers are idempotent (rows keyed by watch and case; child rows replaced whole); a reset replays the store
 * into emptied tables. {@code nasta_kontroll} is when the sweep next has something to raise for an open watch: the
 * reminder, the due time, or (an IVO watch that passed) the start of the next quarter.
 *
 * <p>Rows of a batch are loaded in one query per table ({@link BatchPreload}): the platform calls {@link #preload}
 * with the batch's cases before the first event of a live batch of more than one event (a sweep commits many cases' alerts
 * at once – a query per event was a third of {@code bevakning-vy}'s cost in B5; in a replay it also writes the batch at
 * its commit, in JDBC batches); each table is read when a handler of the batch first needs it. Every write goes through
 * the entities in the persistence context (no bulk update), so a row loaded at the start of a batch is never stale for a
 * later event of it.
 */
@ApplicationScoped
@ProcessingGroup("bevakning-vy")
public class BevakningProjektion implements BatchPreload {

    /** Per transaction (a batch of more than one event): the rows of the batch's cases, see {@link Rader}. */
    private static final Object BATCH_ROWS = new Object();

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transaction;

    /**
     * The rows of one batch's cases, each table read in one query when a handler of the batch first needs it (a
     * sweep's batch of alerts never needs the case rows): every watch row of those cases by watch id, and each case's
     * row by case id (null for a case without one). A watch id embeds its case id (Regelmotor: rule:case[:occurrence])
     * and a watch's row has the case id of its events, so a watch of a loaded case that is not in {@code bevakningar}
     * has no row yet.
     */
    private static final class Rader {
        private final Set<String> arenden;
        private Map<String, BevakningVy> bevakningar;
        private Map<String, ArendeVy> arendeVyer;

        Rader(Collection<String> arendeIds) {
            this.arenden = Set.copyOf(arendeIds);
        }

        Set<String> arenden() {
            return arenden;
        }

        Map<String, BevakningVy> bevakningar() {
            if (bevakningar == null) {
                bevakningar = new HashMap<>();
                if (!arenden.isEmpty()) {
                    BevakningVy.<BevakningVy>list("arendeId in ?1", arenden).forEach(b -> bevakningar.put(b.bevakningId, b));
                }
            }
            return bevakningar;
        }

        Map<String, ArendeVy> arendeVyer() {
            if (arendeVyer == null) {
                arendeVyer = new HashMap<>();
                arenden.forEach(id -> arendeVyer.put(id, null));
                if (!arenden.isEmpty()) {
                    ArendeVy.<ArendeVy>list("arendeId in ?1", arenden).forEach(a -> arendeVyer.put(a.arendeId, a));
                }
            }
            return arendeVyer;
        }

        /** The watches of one case, in the persistence context. */
        List<BevakningVy> bevakningarFor(String arendeId) {
            return bevakningar().values().stream().filter(b -> arendeId.equals(b.arendeId)).toList();
        }
    }

    /** The batch's cases, whose rows are read (one query per table) when a handler first needs them. */
    @Override
    public void preload(Collection<String> arendeIds) {
        transaction.putResource(BATCH_ROWS, new Rader(arendeIds));
    }

    /** A sweep commits many cases' alerts in one transaction, a consumer batch many cases' facts. */
    @Override
    public boolean preloadsLiveBatches() {
        return true;
    }

    /** This batch's rows when the platform preloaded them (a batch of more than one event), else null. */
    private Rader rader() {
        return (Rader) transaction.getResource(BATCH_ROWS);
    }

    /** The watch's row: from the batch's rows when its case was loaded (null: none yet), else by id. */
    private BevakningVy bevakning(String arendeId, String bevakningId) {
        Rader r = rader();
        if (r != null && r.arenden().contains(arendeId)) {
            return r.bevakningar().get(bevakningId);
        }
        return BevakningVy.findById(bevakningId);
    }

    /** The case's row: from the batch's rows when loaded (null: none yet), else by id. */
    private ArendeVy arendeVy(String arendeId) {
        Rader r = rader();
        if (r != null && r.arendeVyer().containsKey(arendeId)) {
            return r.arendeVyer().get(arendeId);
        }
        return ArendeVy.findById(arendeId);
    }

    /** Every watch row of the case, in the persistence context. */
    private List<BevakningVy> bevakningar(String arendeId) {
        Rader r = rader();
        if (r != null && r.arenden().contains(arendeId)) {
            return r.bevakningarFor(arendeId);
        }
        return BevakningVy.list("arendeId", arendeId);
    }

    @EventHandler
    void on(ArendelageAndrat e, org.axonframework.eventhandling.EventMessage<?> m) {
        Instant t = m.getTimestamp();
        ArendeVy vy = arendeVy(e.arendeId());
        boolean nytt = vy == null;
        if (nytt) {
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
        if (nytt) {
            vy.persist();
            Rader r = rader();
            if (r != null && r.arendeVyer().containsKey(vy.arendeId)) {
                r.arendeVyer().put(vy.arendeId, vy);
            }
        }

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
        // who the case's watches are about and whose they are follows the case (through the entities, never a bulk
        // update: a watch row already in the persistence context would otherwise be written back stale)
        for (BevakningVy b : bevakningar(id)) {
            info(b, info);
        }
    }

    @EventHandler
    void on(BevakningStartad e, org.axonframework.eventhandling.EventMessage<?> m) {
        BevakningVy vy = bevakning(e.arendeId(), e.bevakningId());
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
        if (ny) {
            vy.persist();
            Rader r = rader();
            if (r != null && r.arenden().contains(e.arendeId())) {
                r.bevakningar().put(vy.bevakningId, vy);
            }
        }
    }

    @EventHandler
    void on(BevakningPaminnelse e) {
        BevakningVy vy = bevakning(e.arendeId(), e.bevakningId());
        vy.paminnelseSkickad = e.tidpunkt();
        vy.larm++;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(BevakningPasserad e) {
        BevakningVy vy = bevakning(e.arendeId(), e.bevakningId());
        vy.passerad = e.tidpunkt();
        vy.larm++;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(IvoRapporteringKravs e) {
        BevakningVy vy = bevakning(e.arendeId(), e.bevakningId());
        vy.ivoKvartal = e.kvartal();
        vy.larm++;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    /** The passing withdrawn (met or cancelled in time after all, or moved): not passed, no IVO quarter, nothing to acknowledge. */
    @EventHandler
    void on(BevakningPasseradAterkallad e) {
        BevakningVy vy = bevakning(e.arendeId(), e.bevakningId());
        vy.passerad = null;
        vy.ivoKvartal = null;
        vy.kvitterade = vy.larm;
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(BevakningUppfylld e) {
        BevakningVy vy = bevakning(e.arendeId(), e.bevakningId());
        vy.status = BevakningVy.Status.UPPFYLLD;
        vy.uppfylldDatum = e.uppfylldDatum();
        vy.inomFrist = e.inomFrist();
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(BevakningAvbruten e) {
        BevakningVy vy = bevakning(e.arendeId(), e.bevakningId());
        vy.status = BevakningVy.Status.AVBRUTEN;
        vy.avbrutenOrsak = e.orsak();
        vy.avbrutenDatum = e.avbrutenDatum();
        vy.senastAndrad = e.tidpunkt();
        kontroll(vy);
    }

    @EventHandler
    void on(LarmKvitterat e, org.axonframework.eventhandling.EventMessage<?> m) {
        BevakningVy vy = bevakning(e.arendeId(), e.bevakningId());
        vy.kvitterade = vy.larm;
        vy.kvitteradAv = PerformedBy.of(m).userId();
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
