package se.barnunga.followup.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.followup.domain.Varden.Barn;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.followup.domain.Varden.Malbedomning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Datum;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.domain.Utford;
import se.barnunga.platform.time.ClockProducer;

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
 * <p>The routine's steps are enforced: {@link RuleViolation} (422) names the field and rule, {@link StateConflict}
 * (409) a step out of order, {@link NotPermitted} (403) the wrong role, unit or person.
 */
@AggregateRoot
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
    // the assignment's facts, and when their newest source event happened
    private Instant uppdragKand;
    private String uppdragstyp;
    private Barn barn;
    private String insatstyp;
    private LocalDate beslutsdatum;
    private List<Mal> mal = List.of();
    private String myndighetsenhet;
    private String socialsekreterare;
    private String utforarenhet;
    private String ansvarigUtforare;
    private Instant ansvarigKand;
    private Instant planeringKand;
    private LocalDate verkstallighetsdatum;
    private Instant verkstallighetKand;
    private int planversion;
    private Avslutsorsak slut;
    private Riskniva riskniva;
    private Instant riskKand;
    private final Set<String> synpunkter = new LinkedHashSet<>();
    // the meetings
    private final Map<String, Mote> moten = new LinkedHashMap<>();
    private String bokat;
    private LocalDate senasteMotesdatum;
    private int uppfoljningar;
    private boolean oppetPakallande;
    private boolean avslutningsmoteHallet;

    /** A meeting as the aggregate needs it. */
    static final class Mote {
        String id;
        Motesslag slag;
        boolean extra;
        int nummer;
        LocalDate datum;
        Bokningskalla kalla;
        boolean sammanfattning;
        boolean formote;
        boolean hallet;
        /** Held, and the outcome was a new investigation or a goal was rated as a negative change. */
        boolean kraverUtredning;
        boolean utredningInledd;
        /** The day the performer's summary was handed in (null: none). */
        LocalDate sammanfattningDag;
        boolean overlamnad;

        Mote() {
            // for snapshots
        }

        /** By value, so that replaying the events can be compared with the working state (Axon's test fixture does). */
        @Override
        public boolean equals(Object o) {
            return o instanceof Mote m && extra == m.extra && nummer == m.nummer && sammanfattning == m.sammanfattning
                    && formote == m.formote && hallet == m.hallet && Objects.equals(id, m.id) && slag == m.slag
                    && Objects.equals(datum, m.datum) && kalla == m.kalla && kraverUtredning == m.kraverUtredning
                    && utredningInledd == m.utredningInledd && Objects.equals(sammanfattningDag, m.sammanfattningDag)
                    && overlamnad == m.overlamnad;
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, slag, extra, nummer, datum, kalla, sammanfattning, formote, hallet, kraverUtredning,
                    utredningInledd, sammanfattningDag, overlamnad);
        }
    }

    protected Uppfoljning() {
        // for Axon
    }

    // ---- Facts from the assignment-service ---------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraUppdrag c) {
        fakta(c.uppdragId(), c.uppdragstyp(), c.barn(), c.insatstyp(), c.beslutsdatum(), c.mal(), c.myndighetsenhet(),
                c.socialsekreterare(), c.utforarenhet(), c.kand(), c.actor());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraVerkstallighet c) {
        boolean ny = uppdragId == null;
        fakta(c.uppdragId(), c.uppdragstyp(), c.barn(), c.insatstyp(), c.beslutsdatum(), null, c.myndighetsenhet(),
                c.socialsekreterare(), c.utforarenhet(), c.kand(), c.actor());
        if (c.ansvarigUtforare() != null && (ansvarigKand == null || c.kand().isAfter(ansvarigKand))) {
            apply(c.actor(), new AnsvarigUtforareKand(c.uppdragId(), c.utforarenhet(), c.ansvarigUtforare(), c.kand()));
        }
        if (c.verkstallighetsdatum() != null && (ny || verkstallighetKand == null || c.kand().isAfter(verkstallighetKand))) {
            apply(c.actor(), new VerkstallighetKand(c.uppdragId(), c.verkstallighetsdatum(), c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraAnsvarigUtforare c) {
        if (uppdragId == null || ansvarigKand == null || c.kand().isAfter(ansvarigKand)) {
            apply(c.actor(), new AnsvarigUtforareKand(c.uppdragId(), c.utforarenhet(), c.ansvarigUtforare(), c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraPlaneringsmote c) {
        boolean ny = uppdragId == null;
        if (!ny && planeringKand != null && !c.kand().isAfter(planeringKand)) {
            return; // a duplicate or an older planning meeting than the one known
        }
        // computed before applying: the state changes as events are applied
        Mote bokatMote = bokat == null ? null : moten.get(bokat);
        boolean inget = moten.isEmpty();
        String id = nyttMoteId();
        LocalDate referens = verkstallighetsdatum != null ? verkstallighetsdatum : c.planeratStartdatum();
        apply(c.actor(), new PlaneringsmoteKant(c.uppdragId(), c.motesdatum(), c.planeratStartdatum(), c.forstaUppfoljningsmote(), c.kand()));
        LocalDate forsta = c.forstaUppfoljningsmote();
        if (forsta == null || slut != null || avslutningsmoteHallet) {
            return;
        }
        boolean ombokning = bokatMote != null && bokatMote.kalla == Bokningskalla.PLANERINGSMOTE;
        if (inget || (ombokning && !forsta.equals(bokatMote.datum))) {
            apply(c.actor(), new UppfoljningsmoteBokat(c.uppdragId(), ombokning ? bokatMote.id : id, Motesslag.UPPFOLJNING, false,
                    forsta, null, null, Set.of(), referens, dagar(referens, forsta), referens == null ? null : inomFonster(referens, forsta),
                    null, ombokning, Bokningskalla.PLANERINGSMOTE, c.socialsekreterare() != null ? c.socialsekreterare() : socialsekreterare,
                    myndighetsenhet, utforarenhet, c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraGenomforandeplan c) {
        if (uppdragId == null || c.version() > planversion) {
            apply(c.actor(), new GenomforandeplanKand(c.uppdragId(), c.version(), c.datum(), c.revision(), c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraRiskbedomning c) {
        if (uppdragId == null || riskKand == null || c.kand().isAfter(riskKand)) {
            apply(c.actor(), new RiskbedomningKand(c.uppdragId(), c.riskniva(), c.kvarstaendeBehov(), c.bedomningsdatum(), c.kand()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegistreraInsatsensSlut c) {
        if (uppdragId == null || slut == null) {
            apply(c.actor(), new InsatsensSlutKant(c.uppdragId(), c.orsak(), c.datum(), c.kand()));
        }
    }

    /** Merges the assignment's facts: the newer source wins field by field; an older one only fills what is unknown. */
    private void fakta(String id, String typ, Barn b, String insats, LocalDate beslut, List<Mal> malen, String myndighet,
                       String ss, String utforare, Instant kand, Actor actor) {
        boolean nyare = uppdragKand == null || kand.isAfter(uppdragKand);
        String nyTyp = valj(nyare, uppdragstyp, typ);
        Barn nyttBarn = valj(nyare, barn, b);
        String nyInsats = valj(nyare, insatstyp, insats);
        LocalDate nyttBeslut = valj(nyare, beslutsdatum, beslut);
        List<Mal> nyaMal = malen == null || malen.isEmpty() ? mal : (nyare || mal.isEmpty() ? List.copyOf(malen) : mal);
        String nyMyndighet = valj(nyare, myndighetsenhet, myndighet);
        String nySs = valj(nyare, socialsekreterare, ss);
        String nyUtforare = valj(nyare, utforarenhet, utforare);
        Instant nyKand = nyare ? kand : uppdragKand;
        // a newer source is recorded even when it changes nothing, so that a late event older than it cannot overwrite
        boolean andrat = uppdragId == null || nyare || !Objects.equals(nyTyp, uppdragstyp) || !Objects.equals(nyttBarn, barn)
                || !Objects.equals(nyInsats, insatstyp) || !Objects.equals(nyttBeslut, beslutsdatum) || !nyaMal.equals(mal)
                || !Objects.equals(nyMyndighet, myndighetsenhet) || !Objects.equals(nySs, socialsekreterare)
                || !Objects.equals(nyUtforare, utforarenhet);
        if (andrat) {
            apply(actor, new UppdragKant(id, nyTyp, nyttBarn, nyInsats, nyttBeslut, nyaMal, nyMyndighet, nySs, nyUtforare, nyKand));
        }
    }

    private static <T> T valj(boolean nyare, T nuvarande, T ny) {
        if (ny == null) {
            return nuvarande;
        }
        return nyare || nuvarande == null ? ny : nuvarande;
    }

    // ---- Påkalla, boka, förmöte --------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(PakallaUppfoljningsmote c) {
        kant();
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att påkalla ett uppföljningsmöte");
        verkstalld();
        inteAvslutad(Motesslag.UPPFOLJNING);
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange varför ett extra uppföljningsmöte behövs.");
        }
        Utford.apply(c.actor(), roll, new UppfoljningsmotePakallat(uppdragId, c.skal(), c.actor().userId(), roll.claim(),
                myndighetsenhet, utforarenhet, c.tidpunkt()));
    }

    @CommandHandler
    public String handle(BokaMote c) {
        kant();
        socialsekreterare(c.actor(), "Att boka uppföljnings- eller avslutningsmöte");
        verkstalld();
        Motesslag slag = c.slag() == null ? Motesslag.UPPFOLJNING : c.slag();
        inteAvslutad(slag);
        LocalDate idag = dag(c.tidpunkt());
        Bokning b = c.bokning();
        bokningen(b, "", idag);
        Mote bokatMote = bokat == null ? null : moten.get(bokat);
        boolean extra = slag == Motesslag.UPPFOLJNING
                && (oppetPakallande || (bokatMote != null && bokatMote.slag == Motesslag.UPPFOLJNING && bokatMote.extra));
        String id = bokatMote != null ? bokatMote.id : nyttMoteId();
        apply(c.actor(), bokning(id, slag, extra, b, referensdatum(), "", bokatMote != null, Bokningskalla.BOKNING, c.tidpunkt()));
        return id;
    }

    @CommandHandler
    public String handle(AvbokaMote c) {
        kant();
        socialsekreterare(c.actor(), "Att avboka ett möte");
        Mote m = bokatMote();
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange varför mötet avbokas.");
        }
        apply(c.actor(), new UppfoljningsmoteAvbokat(uppdragId, m.id, m.extra, c.skal(), c.tidpunkt()));
        return m.id;
    }

    @CommandHandler
    public String handle(HallForMote c) {
        kant();
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Förmötet");
        verkstalld();
        Mote m = bokatMote();
        inteAvslutad(m.slag);
        if (m.formote) {
            throw new StateConflict("FORMOTE_REDAN_HALLET", "Förmötet inför " + m.id + " är redan registrerat.");
        }
        if (c.datum() == null) {
            throw new RuleViolation("datum", "DATUM_KRAVS", "Ange när förmötet hölls.");
        }
        Datum.rimligt("datum", c.datum());
        if (c.datum().isAfter(dag(c.tidpunkt()))) {
            throw new RuleViolation("datum", "DATUM_I_FRAMTIDEN", "Förmötet registreras när det har hållits.");
        }
        if (c.datum().isAfter(m.datum)) {
            throw new RuleViolation("datum", "EFTER_MOTET", "Förmötet hålls före mötet den " + m.datum + ".");
        }
        if (blank(c.planering())) {
            throw new RuleViolation("planering", "PLANERING_KRAVS", "Beskriv hur mötet planerades (barnets delaktighet, vem som leder).");
        }
        Utford.apply(c.actor(), roll, new ForMoteHallet(uppdragId, m.id, c.datum(), c.planering(), c.tidpunkt()));
        return m.id;
    }

    // ---- Utförarens sammanfattning -----------------------------------------------------------------------------------

    @CommandHandler
    public String handle(LamnaUtforarsammanfattning c) {
        kant();
        ansvarigUtforare(c.actor(), "Sammanfattningen inför mötet");
        verkstalld();
        Mote m = bokatMote();
        inteAvslutad(m.slag);
        if (m.sammanfattning) {
            throw new StateConflict("SAMMANFATTNING_REDAN_LAMNAD", "Sammanfattningen inför " + m.id + " är redan lämnad.");
        }
        int genomforda = antal("tillfallenGenomforda", c.tillfallenGenomforda());
        int planerade = antal("tillfallenPlanerade", c.tillfallenPlanerade());
        if (genomforda < planerade && blank(c.avvikelseFranPlanen())) {
            // SOSFS 2014:5 5 kap. 3 §: the circumstances that meant the intervention "helt eller delvis inte har kunnat
            // genomföras som planerat" are documented; fewer sessions held than planned is such a case
            throw new RuleViolation("avvikelseFranPlanen", "AVVIKELSE_FRAN_PLANEN_KRAVS",
                    "Färre tillfällen än planerat: beskriv vad som gjorde att insatsen inte kunde genomföras som planerat.");
        }
        if (c.barnetsDelaktighet() == null) {
            throw new RuleViolation("barnetsDelaktighet", "DELAKTIGHET_KRAVS", "Ange barnets delaktighet.");
        }
        if (c.vardnadshavarnasDelaktighet() == null) {
            throw new RuleViolation("vardnadshavarnasDelaktighet", "DELAKTIGHET_KRAVS", "Ange vårdnadshavarnas delaktighet.");
        }
        malenKanda();
        List<Malarbete> arbete = c.malarbete() == null ? List.of() : c.malarbete();
        Set<String> sedda = new HashSet<>();
        for (int i = 0; i < arbete.size(); i++) {
            Malarbete a = arbete.get(i);
            String falt = "malarbete[" + i + "]";
            mal(falt + ".malId", a == null ? null : a.malId(), sedda);
            if (blank(a.beskrivning())) {
                throw new RuleViolation(falt + ".beskrivning", "BESKRIVNING_KRAVS", "Beskriv hur arbetet med målet har gått.");
            }
        }
        allaMal("malarbete", "MAL_SAKNAS", "Sammanfattningen beskriver inte arbetet med ", sedda);
        apply(c.actor(), new UtforarsammanfattningLamnad(uppdragId, m.id, m.slag, genomforda, planerade, c.barnetsDelaktighet(),
                c.vardnadshavarnasDelaktighet(), List.copyOf(arbete), c.actor().userId(), c.tidpunkt(),
                blank(c.avvikelseFranPlanen()) ? null : c.avvikelseFranPlanen()), Roll.UTFORARE);
        return m.id;
    }

    // ---- Uppföljningsmötet -------------------------------------------------------------------------------------------

    @CommandHandler
    public String handle(RegistreraUppfoljning c) {
        kant();
        socialsekreterare(c.actor(), "Att registrera uppföljningsmötet");
        verkstalld();
        inteAvslutad(Motesslag.UPPFOLJNING);
        Mote m = bokatMote();
        if (m.slag == Motesslag.AVSLUTNING) {
            throw new StateConflict("AVSLUTNINGSMOTE_BOKAT", "Det bokade mötet är avslutningsmötet; registrera det som avslutningsmöte.");
        }
        motesdatum(c.datum(), c.tidpunkt());
        if (c.datum().equals(senasteMotesdatum)) {
            // two follow-up meetings are not held on one day: this is the previous meeting registered again
            throw new StateConflict("MOTE_REDAN_REGISTRERAT", "Ett möte den " + c.datum() + " är redan registrerat som hållet.");
        }
        Set<Deltagare> deltagare = deltagare(c.deltagare());
        boolean barnetDeltog = deltagare.contains(Deltagare.BARNET);
        if (!barnetDeltog && blank(c.skalBarnetDeltogEj())) {
            throw new RuleViolation("skalBarnetDeltogEj", "SKAL_KRAVS", "Barnet deltog inte: ange varför.");
        }
        if (blank(c.barnetsUppfattning())) {
            throw new RuleViolation("barnetsUppfattning", "UPPFATTNING_KRAVS",
                    "Ange hur barnet uppfattar insatsen i förhållande till sina behov och önskemål.");
        }
        boolean familjenDeltog = deltagare.contains(Deltagare.VARDNADSHAVARE) || deltagare.contains(Deltagare.ANNAN_NARSTAENDE);
        if (familjenDeltog && blank(c.familjensUppfattning())) {
            // appendix 2: "Frågar barnet och/eller respektive familjemedlem hur de uppfattar insatsen"; the family
            // "Får möjlighet att berätta mer om hur arbetet med målen går"
            throw new RuleViolation("familjensUppfattning", "UPPFATTNING_KRAVS",
                    "Familjemedlemmar deltog: ange hur de uppfattar insatsen och vad de berättade om arbetet med målen.");
        }
        List<Malbedomning> bedomningar = bedomningar(c.bedomningar());
        boolean ingaAnpassningar = Boolean.TRUE.equals(c.ingaAnpassningarBehovdes());
        if (ingaAnpassningar && !blank(c.anpassningar())) {
            throw new RuleViolation("ingaAnpassningarBehovdes", "ANPASSNINGAR_MOTSAGELSE",
                    "Ange antingen vilka anpassningar som gjorts eller att inga behövdes, inte båda.");
        }
        if (!ingaAnpassningar && blank(c.anpassningar())) {
            // "Uppmärksamma vilka åtgärder som har gjorts för att anpassa insatsen utifrån barnets behov"
            throw new RuleViolation("anpassningar", "ANPASSNINGAR_KRAVS",
                    "Ange vilka åtgärder som gjorts för att anpassa insatsen utifrån barnets behov, eller att inga behövdes "
                            + "(ingaAnpassningarBehovdes).");
        }
        Set<Bedomningsinstrument> instrument = c.bedomningsinstrument() == null ? Set.of() : Set.copyOf(c.bedomningsinstrument());
        if (instrument.contains(Bedomningsinstrument.ANNAT) && blank(c.annatInstrument())) {
            throw new RuleViolation("annatInstrument", "INSTRUMENT_KRAVS", "Ange vilket annat bedömningsinstrument som användes.");
        }
        if (!instrument.contains(Bedomningsinstrument.ANNAT) && !blank(c.annatInstrument())) {
            throw new RuleViolation("annatInstrument", "ENDAST_VID_ANNAT", "Ange annatInstrument bara med bedömningsinstrumentet ANNAT.");
        }
        if (!m.sammanfattning && blank(c.skalUtanSammanfattning())) {
            throw new RuleViolation("skalUtanSammanfattning", "SAMMANFATTNING_SAKNAS",
                    "Ansvarig utförare har inte lämnat sin sammanfattning inför mötet; ange skälet att ändå hålla det.");
        }
        Utfall utfall = c.utfall();
        if (utfall == null) {
            throw new RuleViolation("utfall", "UTFALL_KRAVS", "Ange utfallet: fortsätta, justera, avsluta eller inleda ny utredning.");
        }
        if (c.justering() != null && utfall != Utfall.JUSTERA) {
            throw new RuleViolation("justering", "ENDAST_VID_JUSTERING", "Justering anges bara när insatsen justeras.");
        }
        if (c.utredningsgrund() != null && utfall != Utfall.NY_UTREDNING) {
            throw new RuleViolation("utredningsgrund", "ENDAST_VID_NY_UTREDNING", "Utredningsgrund anges bara när en ny utredning inleds.");
        }
        if (utfall == Utfall.JUSTERA && c.justering() == null) {
            throw new RuleViolation("justering", "JUSTERING_KRAVS", "Ange om intensiteten, innehållet eller båda justeras.");
        }
        if (utfall == Utfall.NY_UTREDNING && c.utredningsgrund() == null) {
            throw new RuleViolation("utredningsgrund", "UTREDNINGSGRUND_KRAVS",
                    "Ange grunden för den nya utredningen: ökad risk, nya behov eller en ansökan.");
        }
        boolean negativ = bedomningar.stream().anyMatch(b -> b.skala() == Bbicskala.NEGATIV_FORANDRING);
        if (negativ && utfall != Utfall.NY_UTREDNING && blank(c.bedomningAvNyaBehov())) {
            // the BBIC scale, "Negativ förändring": "Bedöm om barnet har nya behov som behöver utredas"
            throw new RuleViolation("bedomningAvNyaBehov", "BEDOMNING_AV_NYA_BEHOV_KRAVS",
                    "Ett mål har bedömts som negativ förändring: bedöm om barnet har nya behov som behöver utredas.");
        }
        boolean fortsatter = utfall == Utfall.FORTSATTA || utfall == Utfall.JUSTERA;
        Bokning nasta = c.nastaMote();
        if (fortsatter && nasta == null) {
            throw new RuleViolation("nastaMote", "NASTA_MOTE_KRAVS",
                    "Insatsen fortsätter: boka nästa uppföljningsmöte senast inom 6–8 veckor (senast "
                            + c.datum().plusDays(ATTA_VECKOR) + ").");
        }
        Motesslag nastaSlag = utfall == Utfall.AVSLUTA ? Motesslag.AVSLUTNING : Motesslag.UPPFOLJNING;
        if (nasta != null) {
            bokningen(nasta, "nastaMote.", null);
            if (!nasta.datum().isAfter(c.datum())) {
                throw new RuleViolation("nastaMote.datum", "EFTER_MOTET_KRAVS", "Nästa möte ska vara efter detta möte.");
            }
            if (nastaSlag == Motesslag.UPPFOLJNING && !inomFonster(c.datum(), nasta.datum()) && blank(nasta.skalUtanforFonster())) {
                throw new RuleViolation("nastaMote.datum", "UTANFOR_6_8_VECKOR", "Nästa uppföljningsmöte ska hållas senast inom "
                        + "6–8 veckor efter detta möte, senast " + c.datum().plusDays(ATTA_VECKOR)
                        + ". Ange skälet i nastaMote.skalUtanforFonster för ett senare datum.");
            }
        }
        boolean revideras = utfall == Utfall.JUSTERA || (utfall == Utfall.FORTSATTA && !blank(c.forandringar()))
                || Boolean.TRUE.equals(c.genomforandeplanenRevideras());
        String nastaId = "M" + (moten.size() + 1);
        apply(c.actor(), new UppfoljningGenomford(uppdragId, m.id, m.nummer, m.extra, c.datum(), barn, insatstyp, myndighetsenhet,
                utforarenhet, deltagare, barnetDeltog, barnetDeltog ? null : c.skalBarnetDeltogEj(), c.barnetsUppfattning(),
                blank(c.familjensUppfattning()) ? null : c.familjensUppfattning(), bedomningar,
                blank(c.bedomningAvNyaBehov()) ? null : c.bedomningAvNyaBehov(), ingaAnpassningar ? null : c.anpassningar(),
                ingaAnpassningar, instrument, blank(c.annatInstrument()) ? null : c.annatInstrument(), utfall, c.forandringar(),
                c.justering(), c.utredningsgrund(), revideras, m.sammanfattning, m.sammanfattning ? null : c.skalUtanSammanfattning(),
                nasta == null ? null : nasta.datum(), c.tidpunkt()));
        if (nasta != null) {
            apply(c.actor(), bokning(nastaId, nastaSlag, false, nasta, c.datum(), "nastaMote.", false,
                    Bokningskalla.UPPFOLJNINGSMOTE, c.tidpunkt()));
        }
        return m.id;
    }

    // ---- Avslutningsmötet --------------------------------------------------------------------------------------------

    @CommandHandler
    public String handle(RegistreraAvslutningsmote c) {
        kant();
        socialsekreterare(c.actor(), "Att registrera avslutningsmötet");
        verkstalld();
        inteAvslutad(Motesslag.AVSLUTNING);
        motesdatum(c.datum(), c.tidpunkt());
        Set<Deltagare> deltagare = deltagare(c.deltagare());
        boolean barnetDeltog = deltagare.contains(Deltagare.BARNET);
        if (!barnetDeltog && blank(c.skalBarnetDeltogEj())) {
            throw new RuleViolation("skalBarnetDeltogEj", "SKAL_KRAVS", "Barnet deltog inte: ange varför.");
        }
        if (blank(c.barnetsUpplevelse())) {
            throw new RuleViolation("barnetsUpplevelse", "UPPLEVELSE_KRAVS", "Ange hur barnet har upplevt insatsen.");
        }
        if (blank(c.ovrigasUpplevelse())) {
            throw new RuleViolation("ovrigasUpplevelse", "UPPLEVELSE_KRAVS", "Ange hur övriga som deltagit har upplevt insatsen.");
        }
        List<Malbedomning> bedomningar = bedomningar(c.bedomningar());
        if (riskniva == null) {
            // one risk assessment per case, the assignment's (routine, Avslut: "Gör en riskbedömning", the social secretary)
            throw new RuleViolation("riskbedomning", "RISKBEDOMNING_SAKNAS",
                    "Riskbedömningen görs i uppdraget (POST /api/uppdrag/{id}/riskbedomning) innan avslutningsmötet registreras; "
                            + "ingen riskbedömning har kommit från uppdragstjänsten.");
        }
        if (c.riskbedomning() != null && c.riskbedomning() != riskniva) {
            throw new RuleViolation("riskbedomning", "RISKBEDOMNING_AVVIKER",
                    "Uppdragets riskbedömning är " + riskniva + "; ändra den i uppdraget, eller utelämna riskbedomning här.");
        }
        if (!c.slutsammanfattningPresenterad() && blank(c.skalUtanSlutsammanfattning())) {
            throw new RuleViolation("slutsammanfattningPresenterad", "SLUTSAMMANFATTNING_SAKNAS",
                    "Utförarens avslutande sammanfattning ska presenteras vid mötet; ange annars skälet.");
        }
        Mote bokatMote = bokat == null ? null : moten.get(bokat);
        String id = bokatMote != null ? bokatMote.id : nyttMoteId();
        boolean lamnad = bokatMote != null && bokatMote.slag == Motesslag.AVSLUTNING && bokatMote.sammanfattning;
        apply(c.actor(), new AvslutningsmoteGenomfort(uppdragId, id, c.datum(), barn, insatstyp, myndighetsenhet, utforarenhet,
                deltagare, barnetDeltog, barnetDeltog ? null : c.skalBarnetDeltogEj(), c.barnetsUpplevelse(),
                c.ovrigasUpplevelse(), bedomningar, riskniva, c.slutsammanfattningPresenterad(), lamnad,
                c.slutsammanfattningPresenterad() ? null : c.skalUtanSlutsammanfattning(), c.tidpunkt()));
        return id;
    }

    // ---- Sammanfattningen till familjen, ny utredning, klagomål och synpunkter -------------------------------------------

    @CommandHandler
    public String handle(LamnaSammanfattningTillFamiljen c) {
        kant();
        ansvarigUtforare(c.actor(), "Att lämna sammanfattningen till familjen");
        Mote m;
        if (c.moteId() != null) {
            m = moten.get(c.moteId());
            if (m == null || !m.sammanfattning) {
                throw new RuleViolation("moteId", "INGEN_SAMMANFATTNING", "Det finns ingen sammanfattning inför mötet " + c.moteId() + ".");
            }
        } else {
            m = moten.values().stream().filter(x -> x.sammanfattning && !x.overlamnad)
                    .reduce((a, b) -> b).orElseThrow(() -> new StateConflict("INGEN_SAMMANFATTNING",
                            "Det finns ingen sammanfattning som inte redan har lämnats till familjen."));
        }
        if (m.overlamnad) {
            throw new StateConflict("REDAN_OVERLAMNAD", "Sammanfattningen inför " + m.id + " är redan lämnad till familjen.");
        }
        Set<Familjemedlem> mottagare = c.mottagare() == null ? Set.of() : c.mottagare();
        if (mottagare.isEmpty()) {
            throw new RuleViolation("mottagare", "MOTTAGARE_KRAVS", "Ange vem i familjen som fick sammanfattningen.");
        }
        if (c.datum() == null) {
            throw new RuleViolation("datum", "DATUM_KRAVS", "Ange när sammanfattningen lämnades.");
        }
        Datum.rimligt("datum", c.datum());
        if (c.datum().isAfter(dag(c.tidpunkt()))) {
            throw new RuleViolation("datum", "DATUM_I_FRAMTIDEN", "Registrera överlämnandet när det har skett.");
        }
        if (m.sammanfattningDag != null && c.datum().isBefore(m.sammanfattningDag)) {
            throw new RuleViolation("datum", "FORE_SAMMANFATTNINGEN", "Sammanfattningen lämnades in " + m.sammanfattningDag
                    + " och kan inte ha lämnats till familjen före det.");
        }
        apply(c.actor(), new SammanfattningOverlamnad(uppdragId, m.id, Set.copyOf(mottagare), c.datum(), c.tidpunkt()), Roll.UTFORARE);
        return m.id;
    }

    @CommandHandler
    public String handle(RegistreraUtredningInledd c) {
        kant();
        socialsekreterare(c.actor(), "Att registrera att en ny utredning inletts");
        Mote m;
        if (c.moteId() != null) {
            m = moten.get(c.moteId());
            if (m == null || !m.hallet || m.slag != Motesslag.UPPFOLJNING) {
                throw new RuleViolation("moteId", "OKANT_MOTE", "Mötet " + c.moteId() + " är inte ett hållet uppföljningsmöte.");
            }
            if (!m.kraverUtredning) {
                throw new RuleViolation("moteId", "MOTET_KRAVDE_INGEN_UTREDNING",
                        "Uppföljningsmötet " + m.id + " beslutade ingen ny utredning och bedömde inget mål som negativ förändring.");
            }
        } else {
            m = moten.values().stream().filter(x -> x.kraverUtredning && !x.utredningInledd).reduce((a, b) -> b)
                    .orElseThrow(() -> new StateConflict("INGEN_UTREDNING_AKTUELL", "Inget hållet uppföljningsmöte har "
                            + "beslutat en ny utredning eller bedömt ett mål som negativ förändring utan att utredningen registrerats."));
        }
        if (m.utredningInledd) {
            throw new StateConflict("UTREDNING_REDAN_REGISTRERAD", "Den nya utredningen efter " + m.id + " är redan registrerad.");
        }
        if (c.inledd() == null) {
            throw new RuleViolation("inledd", "DATUM_KRAVS", "Ange när utredningen inleddes.");
        }
        Datum.rimligt("inledd", c.inledd());
        if (c.inledd().isAfter(dag(c.tidpunkt()))) {
            throw new RuleViolation("inledd", "DATUM_I_FRAMTIDEN", "Registrera utredningen när den har inletts.");
        }
        if (c.inledd().isBefore(m.datum)) {
            throw new RuleViolation("inledd", "FORE_MOTET", "Utredningen inleds efter uppföljningsmötet den " + m.datum + ".");
        }
        apply(c.actor(), new UtredningInledd(uppdragId, m.id, c.inledd(), barn, myndighetsenhet, c.actor().userId(), c.tidpunkt()),
                Roll.SOCIALSEKRETERARE);
        return m.id;
    }

    @CommandHandler
    public String handle(RegistreraSynpunkt c) {
        kant();
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera klagomål eller synpunkter");
        if (c.typ() == null) {
            throw new RuleViolation("typ", "TYP_KRAVS", "Ange om det är ett klagomål eller en synpunkt.");
        }
        if (c.franVem() == null) {
            throw new RuleViolation("franVem", "FRAN_VEM_KRAVS", "Ange vem i familjen som framförde det.");
        }
        datumInteIFramtiden("datum", c.datum(), c.tidpunkt(), "Ange när det framfördes.");
        if (blank(c.avser())) {
            throw new RuleViolation("avser", "AVSER_KRAVS", "Beskriv vad klagomålet eller synpunkten gäller.");
        }
        String id = "S" + (synpunkter.size() + 1);
        Utford.apply(c.actor(), roll, new SynpunktRegistrerad(uppdragId, id, c.typ(), c.franVem(), c.datum(), c.avser(),
                blank(c.atgarder()) ? null : c.atgarder(), c.tidpunkt()));
        return id;
    }

    @CommandHandler
    public String handle(RegistreraSynpunktsatgard c) {
        kant();
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera åtgärder");
        if (c.synpunktId() == null || !synpunkter.contains(c.synpunktId())) {
            throw new RuleViolation("synpunktId", "OKAND_SYNPUNKT", "Klagomålet eller synpunkten finns inte i ärendet.");
        }
        datumInteIFramtiden("datum", c.datum(), c.tidpunkt(), "Ange när åtgärden vidtogs.");
        if (blank(c.atgarder())) {
            throw new RuleViolation("atgarder", "ATGARDER_KRAVS", "Beskriv vilka åtgärder som vidtagits.");
        }
        Utford.apply(c.actor(), roll, new SynpunktsatgardRegistrerad(uppdragId, c.synpunktId(), c.datum(), c.atgarder(), c.tidpunkt()));
        return c.synpunktId();
    }

    private static void datumInteIFramtiden(String falt, LocalDate datum, Instant tidpunkt, String saknas) {
        if (datum == null) {
            throw new RuleViolation(falt, "DATUM_KRAVS", saknas);
        }
        Datum.rimligt(falt, datum);
        if (datum.isAfter(dag(tidpunkt))) {
            throw new RuleViolation(falt, "DATUM_I_FRAMTIDEN", "Datumet ligger i framtiden.");
        }
    }

    // ---- Rules shared by the handlers --------------------------------------------------------------------------------

    private void kant() {
        if (myndighetsenhet == null) {
            throw new StateConflict("UPPDRAGET_EJ_KANT", "Uppdragets uppgifter har ännu inte kommit från uppdragstjänsten.");
        }
    }

    private void verkstalld() {
        if (verkstallighetsdatum == null) {
            throw new StateConflict("INSATSEN_EJ_VERKSTALLD", "Insatsen är inte verkställd; uppföljningen räknas från startdatum.");
        }
    }

    /** After the intervention closed only its closing meeting remains; after a revoked decision or the closing meeting nothing. */
    private void inteAvslutad(Motesslag slag) {
        if (avslutningsmoteHallet) {
            throw new StateConflict("AVSLUTNINGSMOTE_GENOMFORT", "Avslutningsmötet är redan hållet.");
        }
        if (slut == Avslutsorsak.BESLUT_ATERKALLAT) {
            throw new StateConflict("BESLUTET_ATERKALLAT", "Beslutet om insatsen är återkallat.");
        }
        if (slut == Avslutsorsak.INSATS_AVSLUTAD && slag == Motesslag.UPPFOLJNING) {
            throw new StateConflict("INSATSEN_AVSLUTAD", "Insatsen är avslutad; bara avslutningsmötet återstår.");
        }
    }

    private Mote bokatMote() {
        if (bokat == null) {
            throw new StateConflict("INGET_BOKAT_MOTE", "Inget möte är bokat.");
        }
        return moten.get(bokat);
    }

    private void socialsekreterare(Actor actor, String aktivitet) {
        actor.require(Roll.SOCIALSEKRETERARE, aktivitet);
        if (!actor.enhet().equals(myndighetsenhet)) {
            throw new NotPermitted(aktivitet + " görs av en socialsekreterare på den enhet som äger ärendet.");
        }
    }

    private void ansvarigUtforare(Actor actor, String aktivitet) {
        actor.require(Roll.UTFORARE, aktivitet);
        if (!actor.enhet().equals(utforarenhet)) {
            throw new NotPermitted(aktivitet + " görs av ansvarig utförare på den utförarenhet som har uppdraget.");
        }
        if (ansvarigUtforare == null) {
            throw new StateConflict("ANSVARIG_UTFORARE_SAKNAS", "Ingen ansvarig utförare är känd för uppdraget.");
        }
        if (!actor.userId().equals(ansvarigUtforare)) {
            throw new NotPermitted(aktivitet + " görs av uppdragets ansvariga utförare.");
        }
    }

    private Roll socialsekreterareEllerAnsvarigUtforare(Actor actor, String aktivitet) {
        if (actor.has(Roll.SOCIALSEKRETERARE) && actor.enhet().equals(myndighetsenhet)) {
            return Roll.SOCIALSEKRETERARE;
        }
        if (actor.has(Roll.UTFORARE)) {
            ansvarigUtforare(actor, aktivitet);
            return Roll.UTFORARE;
        }
        throw new NotPermitted(aktivitet + " görs av ärendets socialsekreterare eller ansvarig utförare.");
    }

    /** A booking's own rules; {@code idag} null for a booking made at a meeting registered afterwards. */
    private void bokningen(Bokning b, String prefix, LocalDate idag) {
        if (b == null || b.datum() == null) {
            throw new RuleViolation(prefix + "datum", "DATUM_KRAVS", "Ange mötets datum.");
        }
        Datum.rimligt(prefix + "datum", b.datum());
        if (idag != null && b.datum().isBefore(idag)) {
            throw new RuleViolation(prefix + "datum", "DATUM_PASSERAT", "Ett möte bokas inte bakåt i tiden.");
        }
        if (blank(b.plats())) {
            throw new RuleViolation(prefix + "plats", "PLATS_KRAVS", "Ange var mötet hålls.");
        }
        Set<Deltagare> inbjudna = b.inbjudna() == null ? Set.of() : b.inbjudna();
        if (!inbjudna.contains(Deltagare.ANSVARIG_UTFORARE)) {
            throw new RuleViolation(prefix + "inbjudna", "ANSVARIG_UTFORARE_BJUDS_IN", "Kalla ansvarig utförare till mötet.");
        }
        if (!inbjudna.contains(Deltagare.BARNET) && !inbjudna.contains(Deltagare.VARDNADSHAVARE)) {
            throw new RuleViolation(prefix + "inbjudna", "FAMILJEN_BJUDS_IN", "Kalla familjen – barnet och vårdnadshavarna – till mötet.");
        }
    }

    /**
     * An ordinary follow-up after the reference date and at the latest 8 weeks after it ("senast inom 6–8 veckor"), or
     * later with a stated reason. Not on or before the reference date: the first meeting follows the start ("efter att
     * insatsen har verkställts"), a next one the previous meeting.
     */
    private void fonster(LocalDate referens, Bokning b, String prefix) {
        boolean forsta = senasteMotesdatum == null;
        if (!b.datum().isAfter(referens)) {
            throw forsta
                    ? new RuleViolation(prefix + "datum", "FORE_START", "Uppföljningsmötet hålls efter insatsens start " + referens + ".")
                    : new RuleViolation(prefix + "datum", "EFTER_MOTET_KRAVS", "Nästa möte ska vara efter föregående möte " + referens + ".");
        }
        if (!inomFonster(referens, b.datum()) && blank(b.skalUtanforFonster())) {
            throw new RuleViolation(prefix + "datum", "UTANFOR_6_8_VECKOR", "Uppföljningsmötet ska hållas senast inom 6–8 veckor efter "
                    + (forsta ? "start" : "föregående möte") + " (" + referens + "), senast " + referens.plusDays(ATTA_VECKOR)
                    + ". Ange skälet i " + prefix + "skalUtanforFonster för ett senare datum.");
        }
    }

    private UppfoljningsmoteBokat bokning(String id, Motesslag slag, boolean extra, Bokning b, LocalDate referens,
                                          String prefix, boolean ombokning, Bokningskalla kalla, Instant tidpunkt) {
        boolean fonsterGaller = slag == Motesslag.UPPFOLJNING && !extra && referens != null;
        if (fonsterGaller && kalla == Bokningskalla.BOKNING) {
            fonster(referens, b, prefix);
        }
        Boolean inom = fonsterGaller ? inomFonster(referens, b.datum()) : null;
        return new UppfoljningsmoteBokat(uppdragId, id, slag, extra, b.datum(), b.klockslag(), b.plats(),
                b.inbjudna() == null ? Set.of() : Set.copyOf(b.inbjudna()), slag == Motesslag.UPPFOLJNING ? referens : null,
                slag == Motesslag.UPPFOLJNING ? dagar(referens, b.datum()) : null, inom,
                Boolean.FALSE.equals(inom) ? b.skalUtanforFonster() : null, ombokning, kalla, socialsekreterare,
                myndighetsenhet, utforarenhet, tidpunkt);
    }

    private void motesdatum(LocalDate datum, Instant tidpunkt) {
        if (datum == null) {
            throw new RuleViolation("datum", "DATUM_KRAVS", "Ange när mötet hölls.");
        }
        Datum.rimligt("datum", datum);
        if (datum.isAfter(dag(tidpunkt))) {
            throw new RuleViolation("datum", "DATUM_I_FRAMTIDEN", "Mötet registreras när det har hållits.");
        }
        if (datum.isBefore(verkstallighetsdatum)) {
            throw new RuleViolation("datum", "FORE_START", "Mötet kan inte ha hållits före insatsens start " + verkstallighetsdatum + ".");
        }
        if (senasteMotesdatum != null && datum.isBefore(senasteMotesdatum)) {
            throw new RuleViolation("datum", "FORE_FOREGAENDE_MOTE", "Mötet kan inte ha hållits före föregående möte " + senasteMotesdatum + ".");
        }
    }

    private static Set<Deltagare> deltagare(Set<Deltagare> deltagare) {
        if (deltagare == null || deltagare.isEmpty()) {
            throw new RuleViolation("deltagare", "DELTAGARE_KRAVS", "Ange vilka som deltog.");
        }
        if (!deltagare.contains(Deltagare.SOCIALSEKRETERARE)) {
            throw new RuleViolation("deltagare", "SOCIALSEKRETERAREN_LEDER", "Socialsekreteraren leder mötet och är med bland deltagarna.");
        }
        Set<Deltagare> kopia = EnumSet.noneOf(Deltagare.class);
        kopia.addAll(deltagare);
        return kopia;
    }

    /** Every goal of the assignment rated once on the BBIC scale, with what changed. */
    private List<Malbedomning> bedomningar(List<Bedomning> givna) {
        malenKanda();
        List<Bedomning> lista = givna == null ? List.of() : givna;
        Map<String, Mal> perId = mal.stream().collect(Collectors.toMap(Mal::malId, x -> x));
        Set<String> sedda = new HashSet<>();
        List<Malbedomning> resultat = new ArrayList<>();
        for (int i = 0; i < lista.size(); i++) {
            Bedomning b = lista.get(i);
            String falt = "bedomningar[" + i + "]";
            String malId = mal(falt + ".malId", b == null ? null : b.malId(), sedda);
            if (b.skala() == null) {
                throw new RuleViolation(falt + ".skala", "SKALA_KRAVS", "Bedöm målet på BBIC:s fyrgradiga skala.");
            }
            if (blank(b.forandring())) {
                throw new RuleViolation(falt + ".forandring", "FORANDRING_KRAVS", "Beskriv vad som har förändrats för målet.");
            }
            resultat.add(new Malbedomning(malId, perId.get(malId).bbicOmrade(), b.skala(), b.forandring(),
                    blank(b.malForKommandePeriod()) ? null : b.malForKommandePeriod()));
        }
        allaMal("bedomningar", "MAL_EJ_BEDOMT", "Varje mål ska bedömas; inte bedömt: ", sedda);
        return List.copyOf(resultat);
    }

    private void malenKanda() {
        if (mal.isEmpty()) {
            throw new StateConflict("MALEN_EJ_KANDA", "Uppdragets mål har ännu inte kommit från uppdragstjänsten.");
        }
    }

    private String mal(String falt, String malId, Set<String> sedda) {
        if (malId == null || mal.stream().noneMatch(x -> x.malId().equals(malId))) {
            throw new RuleViolation(falt, "OKANT_MAL", "Målet finns inte i uppdraget.");
        }
        if (!sedda.add(malId)) {
            throw new RuleViolation(falt, "MAL_DUBBLERAT", "Målet förekommer mer än en gång.");
        }
        return malId;
    }

    private void allaMal(String falt, String regel, String text, Set<String> sedda) {
        List<String> saknas = mal.stream().filter(x -> !sedda.contains(x.malId()))
                .map(x -> x.malId() + " (" + x.bbicOmrade() + ")").toList();
        if (!saknas.isEmpty()) {
            throw new RuleViolation(falt, regel, text + String.join(", ", saknas) + ".");
        }
    }

    private static int antal(String falt, Integer antal) {
        if (antal == null) {
            throw new RuleViolation(falt, "ANTAL_KRAVS", "Ange antalet tillfällen.");
        }
        if (antal < 0) {
            throw new RuleViolation(falt, "NEGATIVT_ANTAL", "Antalet kan inte vara negativt.");
        }
        return antal;
    }

    private LocalDate referensdatum() {
        return senasteMotesdatum != null ? senasteMotesdatum : verkstallighetsdatum;
    }

    private String nyttMoteId() {
        return "M" + (moten.size() + 1);
    }

    /**
     * Whether a date is within the routine's window: after the reference date and at the latest 8 weeks (56 days) after
     * it ("senast inom 6–8 veckor").
     */
    public static boolean inomFonster(LocalDate referens, LocalDate datum) {
        long d = ChronoUnit.DAYS.between(referens, datum);
        return d >= 1 && d <= ATTA_VECKOR;
    }

    private static Integer dagar(LocalDate referens, LocalDate datum) {
        return referens == null ? null : (int) ChronoUnit.DAYS.between(referens, datum);
    }

    private static LocalDate dag(Instant tidpunkt) {
        return LocalDate.ofInstant(tidpunkt, ClockProducer.ZONE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void apply(Actor actor, Object event) {
        Utford.apply(actor, actor.roles().contains(Roll.SOCIALSEKRETERARE) ? Roll.SOCIALSEKRETERARE
                : actor.roles().contains(Roll.UTFORARE) ? Roll.UTFORARE : Roll.SYSTEM, event);
    }

    private static void apply(Actor actor, Object event, Roll roll) {
        Utford.apply(actor, roll, event);
    }

    // ---- State -------------------------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(UppdragKant e) {
        uppdragId = e.uppdragId();
        uppdragKand = e.kand();
        uppdragstyp = e.uppdragstyp();
        barn = e.barn();
        insatstyp = e.insatstyp();
        beslutsdatum = e.beslutsdatum();
        mal = e.mal() == null ? List.of() : e.mal();
        myndighetsenhet = e.myndighetsenhet();
        socialsekreterare = e.socialsekreterare();
        utforarenhet = e.utforarenhet();
    }

    @EventSourcingHandler
    void on(AnsvarigUtforareKand e) {
        uppdragId = e.uppdragId();
        ansvarigUtforare = e.ansvarigUtforare();
        ansvarigKand = e.kand();
        if (utforarenhet == null) {
            utforarenhet = e.utforarenhet();
        }
    }

    @EventSourcingHandler
    void on(PlaneringsmoteKant e) {
        uppdragId = e.uppdragId();
        planeringKand = e.kand();
    }

    @EventSourcingHandler
    void on(VerkstallighetKand e) {
        uppdragId = e.uppdragId();
        verkstallighetsdatum = e.verkstallighetsdatum();
        verkstallighetKand = e.kand();
    }

    @EventSourcingHandler
    void on(GenomforandeplanKand e) {
        uppdragId = e.uppdragId();
        planversion = e.version();
    }

    @EventSourcingHandler
    void on(RiskbedomningKand e) {
        uppdragId = e.uppdragId();
        riskniva = e.riskniva();
        riskKand = e.kand();
    }

    @EventSourcingHandler
    void on(SammanfattningOverlamnad e) {
        moten.get(e.moteId()).overlamnad = true;
    }

    @EventSourcingHandler
    void on(UtredningInledd e) {
        moten.get(e.moteId()).utredningInledd = true;
    }

    @EventSourcingHandler
    void on(SynpunktRegistrerad e) {
        synpunkter.add(e.synpunktId());
    }

    @EventSourcingHandler
    void on(InsatsensSlutKant e) {
        uppdragId = e.uppdragId();
        slut = e.orsak();
        if (bokat != null && e.orsak().stryker(moten.get(bokat).slag)) {
            bokat = null;
        }
    }

    @EventSourcingHandler
    void on(UppfoljningsmotePakallat e) {
        oppetPakallande = true;
    }

    @EventSourcingHandler
    void on(UppfoljningsmoteBokat e) {
        Mote m = moten.get(e.moteId());
        if (m == null) {
            m = new Mote();
            m.id = e.moteId();
            moten.put(m.id, m);
        }
        if (m.slag != e.slag() || m.nummer == 0) {
            m.nummer = e.slag() == Motesslag.UPPFOLJNING ? uppfoljningar + 1 : 0;
        }
        if (m.slag != null && m.slag != e.slag()) {
            m.sammanfattning = false; // a follow-up's summary is not the closing summary of the whole period, nor vice versa
            m.sammanfattningDag = null;
            m.overlamnad = false;
        }
        m.slag = e.slag();
        m.extra = e.extra();
        m.datum = e.datum();
        m.kalla = e.kalla();
        bokat = m.id;
        if (e.extra()) {
            oppetPakallande = false;
        }
    }

    @EventSourcingHandler
    void on(UppfoljningsmoteAvbokat e) {
        bokat = null;
        if (e.extra()) {
            oppetPakallande = true; // the need for the extra meeting remains
        }
    }

    @EventSourcingHandler
    void on(ForMoteHallet e) {
        moten.get(e.moteId()).formote = true;
    }

    @EventSourcingHandler
    void on(UtforarsammanfattningLamnad e) {
        Mote m = moten.get(e.moteId());
        m.sammanfattning = true;
        m.sammanfattningDag = dag(e.lamnad());
    }

    @EventSourcingHandler
    void on(UppfoljningGenomford e) {
        Mote m = moten.get(e.moteId());
        m.hallet = true;
        m.datum = e.datum();
        m.kraverUtredning = e.kraverUtredning();
        bokat = null;
        senasteMotesdatum = e.datum();
        uppfoljningar++;
        oppetPakallande = false;
    }

    @EventSourcingHandler
    void on(AvslutningsmoteGenomfort e) {
        Mote m = moten.computeIfAbsent(e.moteId(), id -> {
            Mote ny = new Mote();
            ny.id = id;
            return ny;
        });
        m.slag = Motesslag.AVSLUTNING;
        m.datum = e.datum();
        m.hallet = true;
        bokat = null;
        senasteMotesdatum = e.datum();
        avslutningsmoteHallet = true;
    }
}
