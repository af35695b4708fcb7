package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.Bokningsregler.dagar;
import static se.barnunga.followup.domain.Bokningsregler.inomFonster;
import static se.barnunga.followup.domain.Motesregler.dag;
import static se.barnunga.platform.domain.Guards.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.followup.domain.Motesregler.Protokoll;
import se.barnunga.followup.domain.Varden.Barn;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Behorighet;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.domain.PerformedBy;

/**
 * The follow-up record of one intervention (Uppföljning), keyed by the assignment id: the meetings at the latest every 6–8 weeks from
 * the start, the performer's summaries, every goal rated on the BBIC four-step scale, the outcome, and the closing
 * meeting (the routine's appendices 2 and 3).
 *
 * <p>The assignment's facts (goals, child pseudonym, units, start date, planning meeting, closure) arrive as events from
 * the assignment-service, possibly late, twice, or out of order. Those commands create the record if missing, are
 * never refused, and change nothing when they bring nothing newer: a fact is taken from the newest source event (by the
 * time the source event happened, which is recorded even when the facts are unchanged), so a duplicate changes nothing
 * and a late older event can only fill what is still unknown.
 *
 * <p>State is facts only, with no status field: what has happened ({@link Uppdragsfakta#arKant}, {@link Uppdragsfakta#arVerkstalld},
 * {@link Uppdragsfakta#arAterkallat}, {@link Uppdragsfakta#arInsatsenAvslutad}, and of the meetings – which is booked, which held, whether the
 * closing meeting was – in {@link Moten}) is kept, and where the follow-up stands is read through these named
 * predicates, never through a second copy of the same fact. The routine's steps are enforced, role and unit first,
 * then the order of the steps, then the command's content ({@link Motesregler}, {@link Bokningsregler}):
 * {@link RuleViolation} (422) names the field and rule, {@link StateConflict} (409) a step out of order,
 * {@link NotPermitted} (403) the wrong role, unit or person ({@link Behorighet}).
 */
@AggregateRoot
// revision 2: the meetings are held in a value object (Moten); snapshots of before lack it, so they are ignored
// (Axon's RevisionSnapshotFilter) and the record is rebuilt from its events
@Revision("2")
public class Uppfoljning {

    /**
     * The routine: "Kalla … till uppföljningsmöte senast inom 6–8 veckor efter att insatsen har verkställts" and "Fastställ
     * datum … för nästa uppföljningsmöte senast inom 6 – 8 veckor" – an upper bound. A meeting any day after the start
     * (or the previous meeting) up to 8 weeks is within the window; only a later one needs a reason. Six weeks is when
     * the meeting is due (the deadline-service reminds then).
     */
    public static final int SEX_VECKOR = 42;
    /** The last day of the window: 8 weeks after the start or the previous meeting. */
    public static final int ATTA_VECKOR = 56;

    @AggregateIdentifier
    private String uppdragId;
    private final Uppdragsfakta fakta = new Uppdragsfakta();
    private final Moten moten = new Moten();
    private final Set<String> synpunkter = new LinkedHashSet<>();

    protected Uppfoljning() {
        // for Axon
    }

    // ---- Facts from the assignment-service ---------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraUppdrag c) {
        uppdrag(fakta.sammanfogat(c.uppdragId(), c.uppdragstyp(), c.barn(), c.insatstyp(), c.beslutsdatum(), c.mal(),
                c.myndighetsenhet(), c.socialsekreterare(), c.utforarenhet(), c.kand(), arNy()), c.actor());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraVerkstallighet c) {
        boolean ny = arNy();
        uppdrag(fakta.sammanfogat(c.uppdragId(), c.uppdragstyp(), c.barn(), c.insatstyp(), c.beslutsdatum(), null,
                c.myndighetsenhet(), c.socialsekreterare(), c.utforarenhet(), c.kand(), ny), c.actor());
        if (c.ansvarigUtforare() != null && fakta.nyAnsvarig(c.kand())) {
            apply(c.actor(), new AnsvarigUtforareKand(c.uppdragId(), c.utforarenhet(), c.ansvarigUtforare(), c.kand()));
        }
        if (c.verkstallighetsdatum() != null && (ny || fakta.nyVerkstallighet(c.kand()))) {
            apply(c.actor(), new VerkstallighetKand(c.uppdragId(), c.verkstallighetsdatum(), c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraAnsvarigUtforare c) {
        if (arNy() || fakta.nyAnsvarig(c.kand())) {
            apply(c.actor(), new AnsvarigUtforareKand(c.uppdragId(), c.utforarenhet(), c.ansvarigUtforare(), c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraPlaneringsmote c) {
        if (!arNy() && !fakta.nyPlanering(c.kand())) {
            return; // a duplicate or an older planning meeting than the one known
        }
        apply(c.actor(), new PlaneringsmoteKant(c.uppdragId(), c.motesdatum(), c.planeratStartdatum(), c.forstaUppfoljningsmote(),
                c.kand()));
        LocalDate forsta = c.forstaUppfoljningsmote();
        if (forsta == null || fakta.slut != null || moten.avslutningsmoteHallet()) {
            return;
        }
        // the first follow-up: booked when there is no meeting yet, re-booked when the planning meeting moved its date
        Mote bokat = moten.bokat();
        boolean ombokning = bokat != null && bokat.kalla == Bokningskalla.PLANERINGSMOTE;
        if (moten.inga() || (ombokning && !forsta.equals(bokat.datum))) {
            LocalDate referens = fakta.verkstallighetsdatum != null ? fakta.verkstallighetsdatum : c.planeratStartdatum();
            apply(c.actor(), new UppfoljningsmoteBokat(c.uppdragId(), ombokning ? bokat.id : moten.nyttId(), Motesslag.UPPFOLJNING,
                    false, forsta, null, null, Set.of(), referens, dagar(referens, forsta),
                    referens == null ? null : inomFonster(referens, forsta), null, ombokning, Bokningskalla.PLANERINGSMOTE,
                    c.socialsekreterare() != null ? c.socialsekreterare() : fakta.socialsekreterare, fakta.myndighetsenhet,
                    fakta.utforarenhet, c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraGenomforandeplan c) {
        if (arNy() || c.version() > fakta.planversion) {
            apply(c.actor(), new GenomforandeplanKand(c.uppdragId(), c.version(), c.datum(), c.revision(), c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraRiskbedomning c) {
        if (arNy() || fakta.nyRisk(c.kand())) {
            apply(c.actor(), new RiskbedomningKand(c.uppdragId(), c.riskniva(), c.kvarstaendeBehov(), c.bedomningsdatum(), c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraInsatsensSlut c) {
        if (arNy() || fakta.slut == null) {
            apply(c.actor(), new InsatsensSlutKant(c.uppdragId(), c.orsak(), c.datum(), c.kand()));
        }
    }

    /** The assignment's facts, when a source event brought something (see {@link Uppdragsfakta#sammanfogat}). */
    private static void uppdrag(UppdragKant e, Actor actor) {
        if (e != null) {
            apply(actor, e);
        }
    }

    // ---- Påkalla, boka, förmöte --------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(PakallaUppfoljningsmote c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att påkalla ett uppföljningsmöte");
        verkstalld();
        inteAvslutad(Motesslag.UPPFOLJNING);
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange varför ett extra uppföljningsmöte behövs.");
        apply(c.actor(), roll, new UppfoljningsmotePakallat(uppdragId, c.skal(), c.actor().userId(), roll.claim(),
                fakta.myndighetsenhet, fakta.utforarenhet, c.tidpunkt()));
    }

    @CommandHandler
    public String handle(BokaMote c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterare(c.actor(), "Att boka uppföljnings- eller avslutningsmöte");
        verkstalld();
        Motesslag slag = c.slag() == null ? Motesslag.UPPFOLJNING : c.slag();
        inteAvslutad(slag);
        Bokningsregler.bokningen(c.bokning(), "", dag(c.tidpunkt()));
        Mote bokat = moten.bokat();
        boolean extra = moten.extra(slag);
        LocalDate referens = moten.referensdatum(fakta.verkstallighetsdatum);
        if (fonsterGaller(slag, extra, referens)) {
            Bokningsregler.fonster(referens, c.bokning(), "", moten.forstaMotet());
        }
        String id = bokat != null ? bokat.id : moten.nyttId();
        apply(c.actor(), roll, bokning(id, slag, extra, c.bokning(), referens, bokat != null, Bokningskalla.BOKNING, c.tidpunkt()));
        return id;
    }

    @CommandHandler
    public String handle(AvbokaMote c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterare(c.actor(), "Att avboka ett möte");
        Mote m = bokatMote();
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange varför mötet avbokas.");
        apply(c.actor(), roll, new UppfoljningsmoteAvbokat(uppdragId, m.id, m.extra, c.skal(), c.tidpunkt()));
        return m.id;
    }

    @CommandHandler
    public String handle(HallForMote c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterareEllerAnsvarigUtforare(c.actor(), "Förmötet");
        verkstalld();
        Mote m = bokatMote();
        inteAvslutad(m.slag);
        state(!m.formote, "FORMOTE_REDAN_HALLET", "Förmötet inför " + m.id + " är redan registrerat.");
        Motesregler.formote(c, m.datum);
        apply(c.actor(), roll, new ForMoteHallet(uppdragId, m.id, c.datum(), c.planering(), c.tidpunkt()));
        return m.id;
    }

    // ---- Utförarens sammanfattning -----------------------------------------------------------------------------------

    @CommandHandler
    public String handle(LamnaUtforarsammanfattning c) {
        kant();
        Roll roll = fakta.behorighet().ansvarigUtforare(c.actor(), "Sammanfattningen inför mötet");
        verkstalld();
        Mote m = bokatMote();
        inteAvslutad(m.slag);
        state(!m.sammanfattning, "SAMMANFATTNING_REDAN_LAMNAD", "Sammanfattningen inför " + m.id + " är redan lämnad.");
        Motesregler.sammanfattning(c, fakta.mal);
        apply(c.actor(), roll, new UtforarsammanfattningLamnad(uppdragId, m.id, m.slag, c.tillfallenGenomforda(),
                c.tillfallenPlanerade(), c.barnetsDelaktighet(), c.vardnadshavarnasDelaktighet(),
                c.malarbete() == null ? List.of() : List.copyOf(c.malarbete()), c.actor().userId(), c.tidpunkt(),
                ifylld(c.avvikelseFranPlanen())));
        return m.id;
    }

    // ---- Uppföljningsmötet och avslutningsmötet ----------------------------------------------------------------------

    @CommandHandler
    public String handle(RegistreraUppfoljning c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterare(c.actor(), "Att registrera uppföljningsmötet");
        verkstalld();
        inteAvslutad(Motesslag.UPPFOLJNING);
        Mote m = bokatMote();
        state(m.slag != Motesslag.AVSLUTNING, "AVSLUTNINGSMOTE_BOKAT",
                "Det bokade mötet är avslutningsmötet; registrera det som avslutningsmöte.");
        Motesregler.motesdatum(c.datum(), c.tidpunkt(), fakta.verkstallighetsdatum, moten.senasteMotesdatum());
        // two follow-up meetings are not held on one day: this is the previous meeting registered again
        state(!c.datum().equals(moten.senasteMotesdatum()), "MOTE_REDAN_REGISTRERAT",
                "Ett möte den " + c.datum() + " är redan registrerat som hållet.");
        Protokoll p = Motesregler.uppfoljning(c, fakta.mal, m.sammanfattning);
        boolean inga = Boolean.TRUE.equals(c.ingaAnpassningarBehovdes());
        Bokning nasta = c.nastaMote();
        String nastaId = moten.nyttId();
        apply(c.actor(), roll, new UppfoljningGenomford(uppdragId, m.id, m.nummer, m.extra, c.datum(), fakta.barn, fakta.insatstyp,
                fakta.myndighetsenhet, fakta.utforarenhet, p.deltagare(), p.barnetDeltog(), p.barnetDeltog() ? null : c.skalBarnetDeltogEj(),
                c.barnetsUppfattning(), ifylld(c.familjensUppfattning()), p.bedomningar(), ifylld(c.bedomningAvNyaBehov()),
                inga ? null : c.anpassningar(), inga, p.instrument(), ifylld(c.annatInstrument()), c.utfall(), c.forandringar(),
                c.justering(), c.utredningsgrund(), Motesregler.revideras(c), m.sammanfattning,
                m.sammanfattning ? null : c.skalUtanSammanfattning(), nasta == null ? null : nasta.datum(), c.tidpunkt()));
        if (nasta != null) {
            apply(c.actor(), roll, bokning(nastaId, Motesregler.nastaSlag(c.utfall()), false, nasta, c.datum(), false,
                    Bokningskalla.UPPFOLJNINGSMOTE, c.tidpunkt()));
        }
        return m.id;
    }

    @CommandHandler
    public String handle(RegistreraAvslutningsmote c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterare(c.actor(), "Att registrera avslutningsmötet");
        verkstalld();
        inteAvslutad(Motesslag.AVSLUTNING);
        Motesregler.motesdatum(c.datum(), c.tidpunkt(), fakta.verkstallighetsdatum, moten.senasteMotesdatum());
        Protokoll p = Motesregler.avslutning(c, fakta.mal, fakta.riskniva);
        Mote bokat = moten.bokat();
        String id = bokat != null ? bokat.id : moten.nyttId();
        boolean lamnad = bokat != null && bokat.slag == Motesslag.AVSLUTNING && bokat.sammanfattning;
        apply(c.actor(), roll, new AvslutningsmoteGenomfort(uppdragId, id, c.datum(), fakta.barn, fakta.insatstyp, fakta.myndighetsenhet,
                fakta.utforarenhet, p.deltagare(), p.barnetDeltog(), p.barnetDeltog() ? null : c.skalBarnetDeltogEj(),
                c.barnetsUpplevelse(), c.ovrigasUpplevelse(), p.bedomningar(), fakta.riskniva, c.slutsammanfattningPresenterad(),
                lamnad, c.slutsammanfattningPresenterad() ? null : c.skalUtanSlutsammanfattning(), c.tidpunkt()));
        return id;
    }

    // ---- Sammanfattningen till familjen, ny utredning, klagomål och synpunkter -------------------------------------------

    @CommandHandler
    public String handle(LamnaSammanfattningTillFamiljen c) {
        kant();
        Roll roll = fakta.behorighet().ansvarigUtforare(c.actor(), "Att lämna sammanfattningen till familjen");
        Mote m = moten.sammanfattningsmote(c.moteId());
        state(!m.overlamnad, "REDAN_OVERLAMNAD", "Sammanfattningen inför " + m.id + " är redan lämnad till familjen.");
        Motesregler.overlamning(c, m.sammanfattningDag);
        apply(c.actor(), roll, new SammanfattningOverlamnad(uppdragId, m.id, Set.copyOf(c.mottagare()), c.datum(), c.tidpunkt()));
        return m.id;
    }

    @CommandHandler
    public String handle(RegistreraUtredningInledd c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterare(c.actor(), "Att registrera att en ny utredning inletts");
        Mote m = moten.utredningsmote(c.moteId());
        state(!m.utredningInledd, "UTREDNING_REDAN_REGISTRERAD", "Den nya utredningen efter " + m.id + " är redan registrerad.");
        Motesregler.utredning(c, m.datum);
        apply(c.actor(), roll, new UtredningInledd(uppdragId, m.id, c.inledd(), fakta.barn, fakta.myndighetsenhet, c.actor().userId(),
                c.tidpunkt()));
        return m.id;
    }

    @CommandHandler
    public String handle(RegistreraSynpunkt c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera klagomål eller synpunkter");
        rule(c.typ() != null, "typ", "TYP_KRAVS", "Ange om det är ett klagomål eller en synpunkt.");
        rule(c.franVem() != null, "franVem", "FRAN_VEM_KRAVS", "Ange vem i familjen som framförde det.");
        Motesregler.gjort("datum", c.datum(), c.tidpunkt(), "Ange när det framfördes.", "Datumet ligger i framtiden.");
        rule(!blank(c.avser()), "avser", "AVSER_KRAVS", "Beskriv vad klagomålet eller synpunkten gäller.");
        String id = "S" + (synpunkter.size() + 1);
        apply(c.actor(), roll, new SynpunktRegistrerad(uppdragId, id, c.typ(), c.franVem(), c.datum(), c.avser(),
                ifylld(c.atgarder()), c.tidpunkt()));
        return id;
    }

    @CommandHandler
    public String handle(RegistreraSynpunktsatgard c) {
        kant();
        Roll roll = fakta.behorighet().socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera åtgärder");
        rule(c.synpunktId() != null && synpunkter.contains(c.synpunktId()), "synpunktId", "OKAND_SYNPUNKT",
                "Klagomålet eller synpunkten finns inte i ärendet.");
        Motesregler.gjort("datum", c.datum(), c.tidpunkt(), "Ange när åtgärden vidtogs.", "Datumet ligger i framtiden.");
        rule(!blank(c.atgarder()), "atgarder", "ATGARDER_KRAVS", "Beskriv vilka åtgärder som vidtagits.");
        apply(c.actor(), roll, new SynpunktsatgardRegistrerad(uppdragId, c.synpunktId(), c.datum(), c.atgarder(), c.tidpunkt()));
        return c.synpunktId();
    }

    // ---- State predicates and the rules shared by the handlers ---------------------------------------------------------

    /** Nothing is recorded yet: a fact from the assignment-service creates the record. */
    private boolean arNy() {
        return uppdragId == null;
    }

    private void kant() {
        state(fakta.arKant(), "UPPDRAGET_EJ_KANT", "Uppdragets uppgifter har ännu inte kommit från uppdragstjänsten.");
    }

    private void verkstalld() {
        state(fakta.arVerkstalld(), "INSATSEN_EJ_VERKSTALLD", "Insatsen är inte verkställd; uppföljningen räknas från startdatum.");
    }

    /** After the intervention closed only its closing meeting remains; after a revoked decision or the closing meeting nothing. */
    private void inteAvslutad(Motesslag slag) {
        state(!moten.avslutningsmoteHallet(), "AVSLUTNINGSMOTE_GENOMFORT", "Avslutningsmötet är redan hållet.");
        state(!fakta.arAterkallat(), "BESLUTET_ATERKALLAT", "Beslutet om insatsen är återkallat.");
        state(!fakta.arInsatsenAvslutad() || slag != Motesslag.UPPFOLJNING, "INSATSEN_AVSLUTAD",
                "Insatsen är avslutad; bara avslutningsmötet återstår.");
    }

    private Mote bokatMote() {
        state(moten.harBokat(), "INGET_BOKAT_MOTE", "Inget möte är bokat.");
        return moten.bokat();
    }

    /** The routine's window applies to an ordinary follow-up meeting once its reference date is known. */
    private static boolean fonsterGaller(Motesslag slag, boolean extra, LocalDate referens) {
        return slag == Motesslag.UPPFOLJNING && !extra && referens != null;
    }

    private UppfoljningsmoteBokat bokning(String id, Motesslag slag, boolean extra, Bokning b, LocalDate referens,
                                          boolean ombokning, Bokningskalla kalla, Instant tidpunkt) {
        boolean uppfoljning = slag == Motesslag.UPPFOLJNING;
        Boolean inom = fonsterGaller(slag, extra, referens) ? inomFonster(referens, b.datum()) : null;
        return new UppfoljningsmoteBokat(uppdragId, id, slag, extra, b.datum(), b.klockslag(), b.plats(),
                b.inbjudna() == null ? Set.of() : Set.copyOf(b.inbjudna()), uppfoljning ? referens : null,
                uppfoljning ? dagar(referens, b.datum()) : null, inom, Boolean.FALSE.equals(inom) ? b.skalUtanforFonster() : null,
                ombokning, kalla, fakta.socialsekreterare, fakta.myndighetsenhet, fakta.utforarenhet, tidpunkt);
    }

    /** A free text as recorded: null when left blank. */
    private static String ifylld(String text) {
        return blank(text) ? null : text;
    }

    /** A fact from the assignment-service, done in the role the system actor has. */
    private static void apply(Actor actor, UppfoljningHandelse event) {
        apply(actor, actor.has(Roll.SOCIALSEKRETERARE) ? Roll.SOCIALSEKRETERARE
                : actor.has(Roll.UTFORARE) ? Roll.UTFORARE : Roll.SYSTEM, event);
    }

    private static void apply(Actor actor, Roll roll, UppfoljningHandelse event) {
        PerformedBy.apply(actor, roll, event);
    }

    // ---- State -------------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(UppdragKant e) {
        uppdragId = e.uppdragId();
        fakta.on(e);
    }

    @EventSourcingHandler
    void on(AnsvarigUtforareKand e) {
        uppdragId = e.uppdragId();
        fakta.on(e);
    }

    @EventSourcingHandler
    void on(PlaneringsmoteKant e) {
        uppdragId = e.uppdragId();
        fakta.on(e);
    }

    @EventSourcingHandler
    void on(VerkstallighetKand e) {
        uppdragId = e.uppdragId();
        fakta.on(e);
    }

    @EventSourcingHandler
    void on(GenomforandeplanKand e) {
        uppdragId = e.uppdragId();
        fakta.on(e);
    }

    @EventSourcingHandler
    void on(RiskbedomningKand e) {
        uppdragId = e.uppdragId();
        fakta.on(e);
    }

    @EventSourcingHandler
    void on(InsatsensSlutKant e) {
        uppdragId = e.uppdragId();
        fakta.on(e);
        moten.slut(e.orsak());
    }

    @EventSourcingHandler
    void on(SynpunktRegistrerad e) {
        synpunkter.add(e.synpunktId());
    }

    // the meetings

    @EventSourcingHandler
    void on(UppfoljningsmotePakallat e) {
        moten.pakallat();
    }

    @EventSourcingHandler
    void on(UppfoljningsmoteBokat e) {
        moten.on(e);
    }

    @EventSourcingHandler
    void on(UppfoljningsmoteAvbokat e) {
        moten.on(e);
    }

    @EventSourcingHandler
    void on(ForMoteHallet e) {
        moten.on(e);
    }

    @EventSourcingHandler
    void on(UtforarsammanfattningLamnad e) {
        moten.on(e);
    }

    @EventSourcingHandler
    void on(SammanfattningOverlamnad e) {
        moten.on(e);
    }

    @EventSourcingHandler
    void on(UppfoljningGenomford e) {
        moten.on(e);
    }

    @EventSourcingHandler
    void on(UtredningInledd e) {
        moten.on(e);
    }

    @EventSourcingHandler
    void on(AvslutningsmoteGenomfort e) {
        moten.on(e);
    }
}
