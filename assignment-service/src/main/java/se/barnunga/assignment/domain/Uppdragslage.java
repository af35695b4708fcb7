package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.blank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;

import se.barnunga.assignment.domain.Handelser.AnsvarigUtforareUtsedd;
import se.barnunga.assignment.domain.Handelser.AvslutandeSammanfattningLamnad;
import se.barnunga.assignment.domain.Handelser.BeslutAterkallat;
import se.barnunga.assignment.domain.Handelser.BeslutOmprovat;
import se.barnunga.assignment.domain.Handelser.ForfraganAvbojd;
import se.barnunga.assignment.domain.Handelser.ForfraganSkickad;
import se.barnunga.assignment.domain.Handelser.FragaOmUppdragetBesvarad;
import se.barnunga.assignment.domain.Handelser.FragaOmUppdragetStalld;
import se.barnunga.assignment.domain.Handelser.Genomforandeplan;
import se.barnunga.assignment.domain.Handelser.InsatsAvslutad;
import se.barnunga.assignment.domain.Handelser.InsatsBeviljad;
import se.barnunga.assignment.domain.Handelser.InsatsVerkstalld;
import se.barnunga.assignment.domain.Handelser.InvandningHanterad;
import se.barnunga.assignment.domain.Handelser.InvandningRegistrerad;
import se.barnunga.assignment.domain.Handelser.KlarteckenLamnat;
import se.barnunga.assignment.domain.Handelser.NyInformationLamnad;
import se.barnunga.assignment.domain.Handelser.PlaneringsmoteGenomfort;
import se.barnunga.assignment.domain.Handelser.RedogorelseLamnad;
import se.barnunga.assignment.domain.Handelser.RiskbedomningGjord;
import se.barnunga.assignment.domain.Handelser.SamtyckeAterkallat;
import se.barnunga.assignment.domain.Handelser.SamtyckeRegistrerat;
import se.barnunga.assignment.domain.Handelser.UppdragMottaget;
import se.barnunga.assignment.domain.Handelser.UppdragRegistrerat;
import se.barnunga.assignment.domain.Handelser.UppdragSkickat;
import se.barnunga.assignment.domain.Handelser.UppskovBegart;
import se.barnunga.assignment.domain.Handelser.UtredningsuppdragBeslutat;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAterupptagen;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAvbruten;
import se.barnunga.assignment.domain.Handelser.VerkstallighetHindrad;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Tolkbehov;
import se.barnunga.assignment.domain.Varden.Utredning;

/**
 * What has happened to an {@link Uppdrag} – the facts its decisions read: what was registered (type, child,
 * investigation, units, social secretary), the current enquiry and the units that declined, the go-ahead, the consents
 * ({@link Samtycken}), the decision's date, basis, period and goals, sent and received, the ansvarig utförare, the
 * planning meeting and the agreed start, verkställighet and interruption, the implementation plan ({@link Planlage}),
 * the questions and new information, the report, the risk assessment, the closing summary, a closed intervention and a
 * revoked decision. <b>Uppdrag decides, Uppdragslage remembers</b>: the aggregate reads these facts through the named
 * predicates and accessors here, and they change only in this class's event sourcing handlers.
 *
 * <p>Where the assignment is in the routine ({@link Uppdragsstatus}) and whether its decision is taken are not kept
 * here but in {@link Uppdragsforlopp}; the few predicates that read the status stay in {@link Uppdrag}. The aggregate holds
 * this class as an {@code @AggregateMember}: Axon invokes, per event, the most specific {@code @EventSourcingHandler}
 * of each class – the root (which sets only the aggregate identifier), {@link Uppdragsforlopp} and this one – and none
 * of them reads another's state, so their order does not matter. It holds no reference to the root or to the other
 * member: snapshots serialize the aggregate's fields with Jackson (the platform's snapshot {@code ObjectMapper}, fields
 * only), where a shared or back reference would be duplicated or loop.
 */
final class Uppdragslage {

    private Uppdragstyp typ;
    private Barn barn;
    private Utredning utredning;
    private String insatstyp;
    private String myndighetsenhet;
    private String socialsekreterare;
    private int forfraganNr;
    private String utforarenhet;
    private Set<String> avbojandeEnheter = new HashSet<>();
    private boolean klartecken;
    private Samtycken samtycken = Samtycken.INGA;
    private LocalDate beslutsdatum;
    private Lagrum lagrum;
    private Period period;
    private List<Mal> mal = new ArrayList<>();
    private boolean skickat;
    private boolean mottaget;
    private String ansvarigUtforare;
    private LocalDate planeringsmote;
    private LocalDate planeratStartdatum;
    private LocalDate verkstallighetsdatum;
    private LocalDate avbrottsdatum;
    private Planlage plan = Planlage.INGEN;
    private Tolkbehov tolkbehov;
    private Boolean sipBehov;
    private Set<String> fragor = new HashSet<>();
    private Set<String> obesvaradeFragor = new HashSet<>();
    private Set<String> nyInformation = new HashSet<>();
    private boolean redogorelseLamnad;
    private Riskniva riskniva;
    private boolean kvarstaendeBehov;
    private boolean avslutandeSammanfattning;
    private boolean insatsAvslutad;
    private boolean aterkallat;

    // ---- Named predicates: what has happened ------------------------------------------------------------------------

    /** The current enquiry's unit gave its go-ahead. */
    boolean harKlartecken() {
        return klartecken;
    }

    boolean arSkickat() {
        return skickat;
    }

    boolean arMottaget() {
        return mottaget;
    }

    boolean harAnsvarigUtforare() {
        return ansvarigUtforare != null;
    }

    boolean harPlaneringsmote() {
        return planeringsmote != null;
    }

    boolean arVerkstalld() {
        return verkstallighetsdatum != null;
    }

    boolean harPlan() {
        return plan.finns();
    }

    boolean harRiskbedomning() {
        return riskniva != null;
    }

    boolean harRedogorelse() {
        return redogorelseLamnad;
    }

    boolean harAvslutandeSammanfattning() {
        return avslutandeSammanfattning;
    }

    boolean arInsatsenAvslutad() {
        return insatsAvslutad;
    }

    boolean arBeslutetAterkallat() {
        return aterkallat;
    }

    /** The question is asked in the assignment. */
    boolean harFraga(String fragaId) {
        return fragor.contains(fragaId);
    }

    /** The question is asked and not yet answered. */
    boolean arObesvarad(String fragaId) {
        return obesvaradeFragor.contains(fragaId);
    }

    /** The new information is given to the ansvarig utförare. */
    boolean harNyInformation(String informationId) {
        return nyInformation.contains(informationId);
    }

    /** The last day of the decision period, {@code null} while none is decided or it is open. */
    LocalDate periodensSlut() {
        return period == null ? null : period.tom();
    }

    /** The written assignment names an interpreter or other communication support. */
    boolean behoverTolkEllerStod() {
        return tolkbehov != null && (tolkbehov.tolk() || !blank(tolkbehov.kommunikationsstod()));
    }

    // ---- The values the decisions read or publish -------------------------------------------------------------------

    Uppdragstyp typ() {
        return typ;
    }

    Barn barn() {
        return barn;
    }

    Utredning utredning() {
        return utredning;
    }

    String insatstyp() {
        return insatstyp;
    }

    String myndighetsenhet() {
        return myndighetsenhet;
    }

    String socialsekreterare() {
        return socialsekreterare;
    }

    int forfraganNr() {
        return forfraganNr;
    }

    String utforarenhet() {
        return utforarenhet;
    }

    /** The units that declined, or cannot take the assignment on (read-only). */
    Set<String> avbojandeEnheter() {
        return Collections.unmodifiableSet(avbojandeEnheter);
    }

    Samtycken samtycken() {
        return samtycken;
    }

    LocalDate beslutsdatum() {
        return beslutsdatum;
    }

    Lagrum lagrum() {
        return lagrum;
    }

    /** The decision's goals (read-only). */
    List<Mal> mal() {
        return Collections.unmodifiableList(mal);
    }

    String ansvarigUtforare() {
        return ansvarigUtforare;
    }

    LocalDate planeringsmote() {
        return planeringsmote;
    }

    LocalDate planeratStartdatum() {
        return planeratStartdatum;
    }

    LocalDate verkstallighetsdatum() {
        return verkstallighetsdatum;
    }

    LocalDate avbrottsdatum() {
        return avbrottsdatum;
    }

    Planlage plan() {
        return plan;
    }

    Boolean sipBehov() {
        return sipBehov;
    }

    Riskniva riskniva() {
        return riskniva;
    }

    boolean kvarstaendeBehov() {
        return kvarstaendeBehov;
    }

    // ---- Event sourcing ---------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(UppdragRegistrerat e) {
        typ = e.typ();
        barn = e.barn();
        utredning = e.utredning();
        insatstyp = e.insatstyp();
        myndighetsenhet = e.myndighetsenhet();
        socialsekreterare = e.socialsekreterare();
    }

    /** A new enquiry starts the performing side afresh. */
    @EventSourcingHandler
    void on(ForfraganSkickad e) {
        forfraganNr = e.forfraganNr();
        utforarenhet = e.utforarenhet();
        klartecken = false;
        skickat = false;
        mottaget = false;
        ansvarigUtforare = null;
        planeringsmote = null;
        planeratStartdatum = null;
        plan = plan.efterNyForfragan();
    }

    @EventSourcingHandler
    void on(KlarteckenLamnat e) {
        klartecken = true;
    }

    @EventSourcingHandler
    void on(ForfraganAvbojd e) {
        avbojandeEnheter.add(e.utforarenhet());
    }

    @EventSourcingHandler
    void on(SamtyckeRegistrerat e) {
        samtycken = samtycken.efter(e);
    }

    @EventSourcingHandler
    void on(SamtyckeAterkallat e) {
        samtycken = samtycken.efter(e);
    }

    @EventSourcingHandler
    void on(BeslutOmprovat e) {
        lagrum = e.lagrum();
        samtycken = samtycken.efterOmprovning();
    }

    @EventSourcingHandler
    void on(InsatsBeviljad e) {
        beslutsdatum = e.beslutsdatum();
        lagrum = e.lagrum();
        period = e.period();
        mal = new ArrayList<>(e.mal());
    }

    @EventSourcingHandler
    void on(UtredningsuppdragBeslutat e) {
        beslutsdatum = e.beslutsdatum();
    }

    @EventSourcingHandler
    void on(UppdragSkickat e) {
        skickat = true;
        tolkbehov = e.innehall() == null ? null : e.innehall().tolkbehov();
        sipBehov = e.innehall() == null ? null : e.innehall().sipBehov();
    }

    @EventSourcingHandler
    void on(UppdragMottaget e) {
        mottaget = true;
    }

    @EventSourcingHandler
    void on(AnsvarigUtforareUtsedd e) {
        ansvarigUtforare = e.ansvarigUtforare();
    }

    @EventSourcingHandler
    void on(VerkstallighetHindrad e) {
        if (e.hinder() == Hinder.KAN_INTE_TA_SIG_AN) {
            avbojandeEnheter.add(e.utforarenhet());
        }
    }

    @EventSourcingHandler
    void on(PlaneringsmoteGenomfort e) {
        planeringsmote = e.datum();
        planeratStartdatum = e.planeratStartdatum();
    }

    @EventSourcingHandler
    void on(UppskovBegart e) {
        if (planeratStartdatum != null) {
            planeratStartdatum = e.onskatStartdatum();
        }
    }

    @EventSourcingHandler
    void on(InsatsVerkstalld e) {
        verkstallighetsdatum = e.verkstallighetsdatum();
    }

    @EventSourcingHandler
    void on(VerkstallighetAvbruten e) {
        avbrottsdatum = e.avbrottsdatum();
    }

    @EventSourcingHandler
    void on(VerkstallighetAterupptagen e) {
        avbrottsdatum = null;
    }

    @EventSourcingHandler
    void on(BeslutAterkallat e) {
        aterkallat = true;
    }

    /** Established or revised: the current version. */
    @EventSourcingHandler
    void on(Genomforandeplan e) {
        plan = plan.efter(e);
    }

    @EventSourcingHandler
    void on(InvandningRegistrerad e) {
        plan = plan.efter(e);
    }

    @EventSourcingHandler
    void on(InvandningHanterad e) {
        plan = plan.efter(e);
    }

    @EventSourcingHandler
    void on(RedogorelseLamnad e) {
        redogorelseLamnad = true;
    }

    @EventSourcingHandler
    void on(RiskbedomningGjord e) {
        riskniva = e.riskniva();
        kvarstaendeBehov = e.kvarstaendeBehov();
    }

    @EventSourcingHandler
    void on(AvslutandeSammanfattningLamnad e) {
        avslutandeSammanfattning = true;
    }

    @EventSourcingHandler
    void on(InsatsAvslutad e) {
        insatsAvslutad = true;
    }

    @EventSourcingHandler
    void on(FragaOmUppdragetStalld e) {
        fragor.add(e.fragaId());
        obesvaradeFragor.add(e.fragaId());
    }

    @EventSourcingHandler
    void on(FragaOmUppdragetBesvarad e) {
        obesvaradeFragor.remove(e.fragaId());
    }

    @EventSourcingHandler
    void on(NyInformationLamnad e) {
        nyInformation.add(e.informationId());
    }
}
