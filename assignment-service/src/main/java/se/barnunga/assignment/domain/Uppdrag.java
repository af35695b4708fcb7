package se.barnunga.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Aktivitet;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Datum;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.domain.Utford;
import se.barnunga.platform.time.ClockProducer;

/**
 * One assignment (uppdrag) of the routine, from the social secretary's enquiry to a performing unit, through consent,
 * decision, sending, receipt, planning, start (verkställighet), implementation plan and reports to closure. Every
 * activity is done by the role the routine names: the social secretary of the owning unit (myndighetsenhet), the
 * metodhandledare of the enquired unit (utförarenhet), or the appointed ansvarig utförare. Rules on the content are
 * {@link RuleViolation}s naming the field (422); steps out of order are {@link StateConflict}s (409).
 */
@AggregateRoot
public class Uppdrag {

    /** Business dates are Swedish dates. */
    /** The routine: the start date should be at most 14 days after the decision. */
    static final int START_SENAST_DAGAR_EFTER_BESLUT = 14;
    /**
     * The routine: the first follow-up meeting "senast inom 6–8 veckor efter insatsens verkställighet" – an upper bound.
     * Any day after the planned start is allowed; later than 8 weeks (56 days) needs a stated reason.
     */
    static final int UPPFOLJNING_SENAST_DAGAR = 56;

    @AggregateIdentifier
    private String uppdragId;
    private Uppdragstyp typ;
    private Barn barn;
    private Utredning utredning;
    private String insatstyp;
    private String myndighetsenhet;
    private String socialsekreterare;
    private Uppdragsstatus status;
    private int forfraganNr;
    private String utforarenhet;
    private Set<String> avbojandeEnheter = new HashSet<>();
    private boolean klartecken;
    private Map<String, LocalDate> vardnadshavarSamtycke = new LinkedHashMap<>();
    private Set<String> vardnadshavarVagran = new HashSet<>();
    private LocalDate barnetsSamtycke;
    private boolean beslutat;
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
    private int planVersion;
    private LocalDate planDatum;
    private Set<String> oppnaInvandningar = new HashSet<>();
    private Varden.Tolkbehov tolkbehov;
    private Boolean sipBehov;
    private Set<String> fragor = new HashSet<>();
    private Set<String> obesvaradeFragor = new HashSet<>();
    private Set<String> nyInformation = new HashSet<>();
    private Set<String> invandningar = new HashSet<>();
    private boolean redogorelseLamnad;
    private Riskniva riskniva;
    private boolean kvarstaendeBehov;
    private boolean avslutandeSammanfattning;
    private boolean insatsAvslutad;
    private boolean aterkallat;
    /** The date of the latest withdrawal of consent not yet followed by a re-decision, or {@code null}. */
    private LocalDate samtyckeAterkallatDatum;
    /** The parties (a guardian's personnummer, or "BARNET") who withdrew their consent since the last decision. */
    private Set<String> aterkallandeParter = new HashSet<>();

    protected Uppdrag() {
        // for Axon
    }

    // ---- Förfrågan och klartecken ----------------------------------------------------------------------------------

    @CommandHandler
    public Uppdrag(SkickaForfragan c) {
        Actor actor = c.actor();
        actor.require(Roll.SOCIALSEKRETERARE, "Att skicka en förfrågan till en utförarenhet");
        if (c.barn() != null && c.barn().alderPa(datum(c.tidpunkt())) >= Lagrum.RUTINEN_UPPHOR_VID_ALDER) {
            throw new RuleViolation("barn.personnummer", "UTANFOR_RUTINENS_MALGRUPP",
                    "Rutinen gäller barn och unga under 21 år (\"unga över 18 år men under 21 år\"); den unge har fyllt 21 år.");
        }
        if (c.typ() != Uppdragstyp.BEVILJAD_INSATS) {
            if (c.utredning() == null) {
                throw new RuleViolation("utredning", "UTREDNING_KRAVS",
                        "Ett uppdrag under pågående utredning behöver utredningens referens, start och planerade slut.");
            }
            if (c.utredning().start() == null) {
                throw new RuleViolation("utredning.start", "DATUM_KRAVS", "Ange utredningens start.");
            }
            if (c.utredning().planeratSlut() == null) {
                throw new RuleViolation("utredning.planeratSlut", "DATUM_KRAVS", "Ange utredningens planerade slut.");
            }
            Datum.rimligt("utredning.start", c.utredning().start());
            Datum.rimligt("utredning.planeratSlut", c.utredning().planeratSlut());
            if (c.utredning().planeratSlut().isBefore(c.utredning().start())) {
                throw new RuleViolation("utredning.planeratSlut", "UTREDNINGSPERIOD_OGILTIG",
                        "Utredningens planerade slut ligger före dess start.");
            }
        }
        if (c.typ() != Uppdragstyp.UTREDNINGSUPPDRAG && blank(c.insatstyp())) {
            throw new RuleViolation("insatstyp", "INSATSTYP_KRAVS", "Förfrågan om en insats anger vilken typ av insats.");
        }
        if (blank(c.utforarenhet())) {
            throw new RuleViolation("utforarenhet", "UTFORARENHET_KRAVS", "Ange vilken utförarenhet som tillfrågas.");
        }
        Utredning utredning = c.typ() == Uppdragstyp.BEVILJAD_INSATS ? null : c.utredning();
        String insatstyp = c.typ() == Uppdragstyp.UTREDNINGSUPPDRAG ? null : c.insatstyp();
        apply(actor, Roll.SOCIALSEKRETERARE, new UppdragRegistrerat(c.uppdragId(), c.typ(), c.barn(), utredning, insatstyp,
                actor.enhet(), actor.userId(), c.tidpunkt()));
        apply(actor, Roll.SOCIALSEKRETERARE, new ForfraganSkickad(c.uppdragId(), 1, c.utforarenhet(), insatstyp, c.onskemal(),
                c.behovsomraden() == null ? List.of() : List.copyOf(c.behovsomraden()), c.behov(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(SkickaNyForfragan c) {
        socialsekreterare(c.actor(), "Att fråga en annan utförarenhet");
        ejAvslutat();
        if (status != Uppdragsstatus.AVBOJT && status != Uppdragsstatus.HINDRAT) {
            throw new StateConflict("FORFRAGAN_PAGAR",
                    "En ny utförarenhet tillfrågas först när den tillfrågade enheten har avböjt eller inte kan ta sig an uppdraget.");
        }
        if (blank(c.utforarenhet())) {
            throw new RuleViolation("utforarenhet", "UTFORARENHET_KRAVS", "Ange vilken utförarenhet som tillfrågas.");
        }
        if (avbojandeEnheter.contains(c.utforarenhet())) {
            throw new RuleViolation("utforarenhet", "ENHETEN_HAR_AVBOJT",
                    "Enheten har redan avböjt eller inte kunnat ta sig an uppdraget; fråga en annan av stadens egna enheter.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new ForfraganSkickad(uppdragId, forfraganNr + 1, c.utforarenhet(), insatstyp,
                c.onskemal(), List.of(), null, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(LamnaKlartecken c) {
        Roll roll = metodhandledare(c.actor(), "Att ge klartecken till förfrågan");
        if (status != Uppdragsstatus.FORFRAGAN) {
            throw new StateConflict("FORFRAGAN_BESVARAD", "Förfrågan är redan besvarad.");
        }
        apply(c.actor(), roll, new KlarteckenLamnat(uppdragId, forfraganNr, utforarenhet, c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvbojForfragan c) {
        Roll roll = metodhandledare(c.actor(), "Att avböja förfrågan");
        if (status != Uppdragsstatus.FORFRAGAN) {
            throw new StateConflict("FORFRAGAN_BESVARAD", "Förfrågan är redan besvarad.");
        }
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SARSKILDA_SKAL_KRAVS",
                    "Utförarenheten behöver särskilda skäl för att inte åta sig uppdraget; ange dem.");
        }
        apply(c.actor(), roll, new ForfraganAvbojd(uppdragId, forfraganNr, utforarenhet, c.skal(), c.tidpunkt()));
    }

    // ---- Samtycke och beslut ------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(RegistreraSamtycke c) {
        socialsekreterare(c.actor(), "Att registrera samtycke");
        ejAvslutat();
        if (typ == Uppdragstyp.UTREDNINGSUPPDRAG) {
            throw new StateConflict("GALLER_INTE_UTREDNINGSUPPDRAG", "Ett utredningsuppdrag beslutas utan samtycke till insats.");
        }
        if (beslutat && samtyckeAterkallatDatum == null) {
            throw new StateConflict("BESLUT_REDAN_FATTAT",
                    "Beslutet är redan fattat; samtycket registreras före beslutet, eller på nytt efter att det återkallats.");
        }
        if (c.part() == null) {
            throw new RuleViolation("part", "PART_KRAVS", "Ange om samtycket gäller en vårdnadshavare eller barnet.");
        }
        if (samtyckeAterkallatDatum != null && c.datum() != null && c.datum().isBefore(samtyckeAterkallatDatum)) {
            throw new RuleViolation("datum", "SAMTYCKE_FORE_ATERKALLANDET",
                    "Ett nytt samtycke efter återkallandet är daterat samma dag eller senare (" + samtyckeAterkallatDatum + ").");
        }
        if (c.part() == Samtyckespart.VARDNADSHAVARE
                && (c.vardnadshavare() == null || blank(c.vardnadshavare().personnummer()) || blank(c.vardnadshavare().namn()))) {
            throw new RuleViolation("vardnadshavare", "VARDNADSHAVARE_KRAVS", "Ange vilken vårdnadshavare som samtycker.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new SamtyckeRegistrerat(uppdragId, c.part(),
                c.part() == Samtyckespart.VARDNADSHAVARE ? c.vardnadshavare() : null, c.samtycker(), c.datum(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(FattaBeslut c) {
        socialsekreterare(c.actor(), "Att fatta beslut om insats");
        ejAvslutat();
        if (typ == Uppdragstyp.UTREDNINGSUPPDRAG) {
            throw new StateConflict("BESLUT_OM_UTREDNINGSUPPDRAG",
                    "Ett utredningsuppdrag har ett beslut om utredningsuppdrag, inte ett beslut om insats.");
        }
        if (beslutat) {
            throw new StateConflict("BESLUT_REDAN_FATTAT", "Beslutet om insats är redan fattat.");
        }
        if (!klartecken) {
            throw new StateConflict("KLARTECKEN_SAKNAS", "Beslut om insats fattas efter klartecken från utförarenheten.");
        }
        LocalDate datum = c.beslutsdatum();
        inteIFramtiden("beslutsdatum", datum, c.tidpunkt());
        if (c.lagrum() == null) {
            throw new RuleViolation("lagrum", "LAGRUM_KRAVS", "Ange beslutets lagrum.");
        }
        lagrumGaller(c.lagrum(), datum);
        if (c.mal() == null || c.mal().isEmpty()) {
            throw new RuleViolation("mal", "MAL_KRAVS", "Beslutet har minst ett mål, kopplat till ett BBIC-behovsområde.");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < c.mal().size(); i++) {
            Mal m = c.mal().get(i);
            if (m == null || blank(m.malId()) || blank(m.beskrivning()) || blank(m.bbicOmrade())) {
                throw new RuleViolation("mal[" + i + "]", "MAL_OFULLSTANDIGT", "Varje mål har en formulering och ett BBIC-behovsområde.");
            }
            if (!ids.add(m.malId())) {
                throw new RuleViolation("mal[" + i + "].malId", "MAL_DUBBLETT", "Målet finns redan i beslutet.");
            }
            Set<String> omraden = new HashSet<>(Set.of(m.bbicOmrade()));
            for (int j = 0; j < m.ytterligareBbicOmraden().size(); j++) {
                String omrade = m.ytterligareBbicOmraden().get(j);
                if (blank(omrade) || !omraden.add(omrade)) {
                    throw new RuleViolation("mal[" + i + "].ytterligareBbicOmraden[" + j + "]", "BBIC_OMRADE_DUBBLETT",
                            "Varje ytterligare behovsområde anges en gång och skiljer sig från målets huvudområde.");
                }
            }
        }
        Period period = c.period();
        if (period != null) {
            Datum.rimligt("period.from", period.from());
            Datum.rimligt("period.tom", period.tom());
        }
        if (typ == Uppdragstyp.INSATS_UNDER_UTREDNING) {
            if (period == null || period.from() == null || period.tom() == null) {
                throw new RuleViolation("period", "TIDSBEGRANSNING_KRAVS",
                        "En insats under pågående utredning beviljas tidsbegränsat: ange beslutsperiodens början och slut.");
            }
            if (!utredning.omfattar(datum)) {
                throw new RuleViolation("beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN",
                        "Insatsen ska beviljas inom utredningens tidsram (" + utredning.start() + "–" + utredning.planeratSlut() + ").");
            }
            if (!period.inom(utredning.start(), utredning.planeratSlut())) {
                throw new RuleViolation("period", "PERIOD_UTANFOR_UTREDNINGSTIDEN",
                        "Beslutsperioden ska ligga inom utredningstiden (" + utredning.start() + "–" + utredning.planeratSlut() + ").");
            }
        }
        if (period != null) {
            if (period.from() == null) {
                throw new RuleViolation("period.from", "PERIOD_OGILTIG", "Ange beslutsperiodens början.");
            }
            if (period.tom() != null && period.tom().isBefore(period.from())) {
                throw new RuleViolation("period.tom", "PERIOD_OGILTIG", "Beslutsperiodens slut ligger före dess början.");
            }
            if (period.from().isBefore(datum)) {
                throw new RuleViolation("period.from", "PERIOD_FORE_BESLUT", "Beslutsperioden kan inte börja före beslutsdatum.");
            }
        }
        beslutsdokumentation(c.dokumentation(), c.lagrum());
        if (c.lagrum().kraverSamtycke()) {
            if (c.lvuVard() != null || c.namndbeslut() != null) {
                throw new RuleViolation(c.lvuVard() != null ? "lvuVard" : "namndbeslut", "GALLER_ENDAST_LVU_11",
                        "Uppgifter om LVU-vård och nämndbeslut hör till ett beslut enligt 11 § LVU.");
            }
            kravSamtycke(datum, null);
        } else {
            lvuGrund(c.lvuVard(), c.namndbeslut(), datum);
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsBeviljad(uppdragId, typ, barn, insatstyp, datum, c.lagrum(), period,
                List.copyOf(c.mal()), utforarenhet, myndighetsenhet, socialsekreterare, c.tidpunkt(), c.dokumentation(),
                c.lvuVard(), c.namndbeslut()));
    }

    /**
     * The legal basis holds for the decision date and for the person's age on it. The routine's scope: "barn under 18
     * år" and "unga över 18 år men under 21 år med stöd av 11 kap. 1 § SoL eller 13 kap. 7 §" – nobody of 21 or over,
     * and the young adults' basis only from the 18th birthday.
     */
    private void lagrumGaller(Lagrum lagrum, LocalDate datum) {
        if (!lagrum.gallerFor(datum)) {
            throw new RuleViolation("lagrum", "LAGRUM_GALLER_INTE_DATUMET", lagrum.varforInteDatumet());
        }
        int alder = barn.alderPa(datum);
        if (alder >= Lagrum.RUTINEN_UPPHOR_VID_ALDER) {
            throw new RuleViolation("beslutsdatum", "UTANFOR_RUTINENS_MALGRUPP",
                    "Rutinen gäller barn och unga under 21 år; den unge har fyllt 21 år på beslutsdagen.");
        }
        if (!lagrum.gallerForAlder(alder)) {
            throw new RuleViolation("lagrum", "LAGRUM_GALLER_INTE_ALDERN",
                    "13 kap. 7 § SoL (3 kap. 6 b § i den äldre lagen) gäller unga som fyllt 18 men inte 21 år på beslutsdagen.");
        }
    }

    /**
     * The decision documentation of SOSFS 2014:5 4 kap. 13–14 § and the routine's preconditions. What the routine and
     * the regulation say "ska" is required: reasons, the decision-maker (except under 11 § LVU, where the committee's
     * decision names it), the decision basis, the purpose; under a consent-based basis what the application concerned
     * and that the goals are agreed with the family; for a granted intervention after the investigation that the
     * assessment of need was communicated.
     */
    private void beslutsdokumentation(Beslutsdokumentation d, Lagrum lagrum) {
        if (d == null || blank(d.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange skälen för beslutet (SOSFS 2014:5 4 kap. 13 §).");
        }
        if (lagrum.kraverSamtycke() || d.beslutsfattare() != null) {
            beslutsfattare("beslutsfattare", d.beslutsfattare());
        }
        if (lagrum.kraverSamtycke() && blank(d.ansokanAvser())) {
            throw new RuleViolation("ansokanAvser", "ANSOKAN_KRAVS",
                    "Ange vad den enskildes ansökan eller begäran avser (SOSFS 2014:5 4 kap. 14 §).");
        }
        if (d.delvisAvslag() != null) {
            if (blank(d.delvisAvslag().vad())) {
                throw new RuleViolation("delvisAvslag.vad", "DELVIS_AVSLAG_OFULLSTANDIGT", "Ange vad som avslogs.");
            }
            if (blank(d.delvisAvslag().skal())) {
                throw new RuleViolation("delvisAvslag.skal", "DELVIS_AVSLAG_OFULLSTANDIGT", "Ange skälen för avslaget.");
            }
        }
        if (blank(d.beslutsunderlag())) {
            throw new RuleViolation("beslutsunderlag", "BESLUTSUNDERLAG_KRAVS",
                    "Det ska alltid finnas ett beslutsunderlag till beslut om insats efter behovsprövning; ange det.");
        }
        if (blank(d.syfte())) {
            throw new RuleViolation("syfte", "SYFTE_KRAVS", "Socialsekreteraren formulerar syfte och mål med insatsen.");
        }
        if (typ == Uppdragstyp.BEVILJAD_INSATS && !Boolean.TRUE.equals(d.behovsbedomningKommunicerad())) {
            throw new RuleViolation("behovsbedomningKommunicerad", "BEHOVSBEDOMNING_EJ_KOMMUNICERAD",
                    "Bedömningen av behov av insats ska ha kommunicerats med barnet och vårdnadshavaren innan utredningen avslutas.");
        }
        if (lagrum.kraverSamtycke() && !Boolean.TRUE.equals(d.malOverenskomnaMedFamiljen())) {
            throw new RuleViolation("malOverenskomnaMedFamiljen", "MAL_EJ_OVERENSKOMNA",
                    "Socialsekreteraren, vårdnadshavare och barnet utifrån ålder och mognad, eller den unge, ska vara överens "
                            + "om vilka mål som ska uppnås för att insatsen ska kunna beviljas.");
        }
    }

    private static void beslutsfattare(String falt, Beslutsfattare b) {
        String saknas = b == null ? falt : b.forstaSaknade(falt);
        if (saknas != null) {
            throw new RuleViolation(saknas, "BESLUTSFATTARE_KRAVS",
                    "Ange vem som fattat beslutet: namn och befattning eller titel (eller nämndens organ) och delegationsnivå.");
        }
    }

    /**
     * 11 § LVU is not a way round consent: "Om vårdnadshavarna, barnet, om hen fyllt 15 år, eller den unge däremot inte
     * samtycker till insatserna får nämnden ta ställning till om insatserna i stället kan ges med stöd av 11 § LVU" –
     * for a child cared for under LVU (the care decision recorded), by the committee or its delegate (the committee's
     * decision recorded, dated the decision date, not taken at the level of the handling social secretary).
     */
    private void lvuGrund(LvuVard lvuVard, Namndbeslut namndbeslut, LocalDate beslutsdatum) {
        if (lvuVard == null) {
            throw new RuleViolation("lvuVard", "LVU_VARD_KRAVS",
                    "Ett beslut enligt 11 § LVU gäller ett barn som vårdas enligt LVU; ange beslutet om vård (referens och datum).");
        }
        if (blank(lvuVard.beslutsreferens())) {
            throw new RuleViolation("lvuVard.beslutsreferens", "LVU_VARD_KRAVS", "Ange referensen till beslutet om vård enligt LVU.");
        }
        if (lvuVard.beslutsdatum() == null) {
            throw new RuleViolation("lvuVard.beslutsdatum", "LVU_VARD_KRAVS", "Ange datum för beslutet om vård enligt LVU.");
        }
        Datum.rimligt("lvuVard.beslutsdatum", lvuVard.beslutsdatum());
        if (lvuVard.beslutsdatum().isAfter(beslutsdatum)) {
            throw new RuleViolation("lvuVard.beslutsdatum", "LVU_VARD_EFTER_BESLUT",
                    "Beslutet om vård enligt LVU ska finnas när beslutet enligt 11 § LVU fattas.");
        }
        if (namndbeslut == null) {
            throw new RuleViolation("namndbeslut", "NAMNDBESLUT_KRAVS",
                    "Nämnden tar ställning till insatser enligt 11 § LVU; ange nämndens beslut (referens, datum, beslutsfattare).");
        }
        if (blank(namndbeslut.referens())) {
            throw new RuleViolation("namndbeslut.referens", "NAMNDBESLUT_KRAVS", "Ange referensen till nämndens beslut.");
        }
        if (namndbeslut.datum() == null) {
            throw new RuleViolation("namndbeslut.datum", "NAMNDBESLUT_KRAVS", "Ange datum för nämndens beslut.");
        }
        if (!namndbeslut.datum().equals(beslutsdatum)) {
            throw new RuleViolation("namndbeslut.datum", "NAMNDBESLUT_DATUM",
                    "Beslutet enligt 11 § LVU är nämndens beslut: dess datum är beslutsdatum " + beslutsdatum + ".");
        }
        beslutsfattare("namndbeslut.beslutsfattare", namndbeslut.beslutsfattare());
        if (!namndbeslut.beslutsfattare().delegationsniva().arNamndensDelegat()) {
            throw new RuleViolation("namndbeslut.beslutsfattare.delegationsniva", "NAMNDEN_BESLUTAR",
                    "Ett beslut enligt 11 § LVU fattas av nämnden eller dess delegat enligt delegationsordningen, inte av handläggaren.");
        }
    }

    /**
     * Every guardian (under 18) and the child from 15 (the young person from 18) consented on or before the decision
     * date – and, when {@code tidigast} is given (a re-decision after a withdrawal), on or after that date.
     */
    private void kravSamtycke(LocalDate beslutsdatum, LocalDate tidigast) {
        int alder = barn.alderPa(beslutsdatum);
        java.util.function.Predicate<LocalDate> giltig = d -> d != null && !d.isAfter(beslutsdatum)
                && (tidigast == null || !d.isBefore(tidigast));
        if (alder < 18) {
            boolean allaSamtycker = !vardnadshavarSamtycke.isEmpty()
                    && vardnadshavarSamtycke.values().stream().allMatch(giltig)
                    && vardnadshavarVagran.isEmpty();
            if (!allaSamtycker) {
                throw new RuleViolation("samtycke", "SAMTYCKE_VARDNADSHAVARE_SAKNAS", tidigast != null
                        ? "Varje vårdnadshavare ska ha samtyckt på nytt efter återkallandet (" + tidigast + ")."
                        : "Varje vårdnadshavare ska ha samtyckt före beslutet; utan samtycke kan nämnden besluta enligt 11 § LVU.");
            }
        }
        if (alder >= 15 && !giltig.test(barnetsSamtycke)) {
            throw new RuleViolation("samtycke", "SAMTYCKE_BARNET_SAKNAS", alder >= 18
                    ? "Den unge ska själv ha samtyckt före beslutet."
                    : "Barnet har fyllt 15 år på beslutsdagen och ska själv ha samtyckt före beslutet.");
        }
    }

    /**
     * A consent the decision rested on is withdrawn (11 kap. 1 § SoL is voluntary): by a guardian whose consent was
     * registered (the child under 18), by the child of 15 or over, or by the young person of 18 or over. Only after a
     * decision under a consent-based basis, before the intervention is closed or the decision revoked. Until the
     * decision is re-decided ({@link OmprovaBeslut}), the intervention cannot go on ({@link #SPARRADE_UTAN_SAMTYCKE}).
     */
    @CommandHandler
    public void handle(AterkallaSamtycke c) {
        socialsekreterare(c.actor(), "Att registrera att samtycket återkallats");
        ejAvslutat();
        insatsKind("Återkallat samtycke");
        if (!beslutat) {
            throw new StateConflict("BESLUT_SAKNAS", "Före beslutet registreras en vägran som samtycke (samtycker = false).");
        }
        ejAvslutadInsats();
        if (!lagrum.kraverSamtycke()) {
            throw new StateConflict("LAGRUM_KRAVER_INTE_SAMTYCKE", "Beslutet enligt 11 § LVU vilar inte på samtycke.");
        }
        if (c.part() == null) {
            throw new RuleViolation("part", "PART_KRAVS", "Ange om det är en vårdnadshavare, barnet eller den unge som återkallat samtycket.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        if (c.datum().isBefore(beslutsdatum)) {
            throw new RuleViolation("datum", "ATERKALLAT_FORE_BESLUT",
                    "Ett samtycke återkallas efter beslutet (" + beslutsdatum + "); före beslutet registreras en vägran.");
        }
        int alder = barn.alderPa(c.datum());
        String part;
        Aterkallare av;
        if (c.part() == Samtyckespart.VARDNADSHAVARE) {
            if (alder >= 18) {
                throw new RuleViolation("part", "VARDNADSHAVARE_EJ_PART", "Den unge har fyllt 18 år; samtycket är hens eget.");
            }
            if (c.vardnadshavare() == null || blank(c.vardnadshavare().personnummer()) || blank(c.vardnadshavare().namn())) {
                throw new RuleViolation("vardnadshavare", "VARDNADSHAVARE_KRAVS", "Ange vilken vårdnadshavare som återkallat samtycket.");
            }
            part = c.vardnadshavare().personnummer();
            if (!vardnadshavarSamtycke.containsKey(part) && !aterkallandeParter.contains(part)) {
                throw new RuleViolation("vardnadshavare", "SAMTYCKE_SAKNAS_FOR_PARTEN",
                        "Vårdnadshavaren har inget registrerat samtycke i ärendet att återkalla.");
            }
            av = Aterkallare.VARDNADSHAVARE;
        } else {
            if (alder < 15) {
                throw new RuleViolation("part", "BARNET_UNDER_15",
                        "Barnet har inte fyllt 15 år; det är vårdnadshavarnas samtycke insatsen vilar på.");
            }
            part = Samtyckespart.BARNET.name();
            av = alder >= 18 ? Aterkallare.DEN_UNGE : Aterkallare.BARNET;
        }
        if (aterkallandeParter.contains(part)) {
            throw new StateConflict("SAMTYCKE_REDAN_ATERKALLAT", "Partens samtycke är redan registrerat som återkallat.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new SamtyckeAterkallat(uppdragId, barn, c.part(), av,
                c.part() == Samtyckespart.VARDNADSHAVARE ? c.vardnadshavare() : null, c.datum(), lagrum, myndighetsenhet,
                socialsekreterare, c.tidpunkt()));
    }

    /**
     * After a withdrawal of consent the decision is re-decided: by the committee under 11 § LVU (the same requirements as
     * a decision under 11 § LVU: {@link #lvuGrund}), or with the consent of everyone whose consent is required given anew,
     * on or after the withdrawal, under a consent-based basis valid for the date and the age. SOSFS 2014:5 4 kap. 13 §: a
     * re-decision is documented with who made it and when, and its reasons.
     */
    @CommandHandler
    public void handle(OmprovaBeslut c) {
        socialsekreterare(c.actor(), "Att ompröva beslutet");
        ejAvslutat();
        insatsKind("Omprövning av beslut");
        ejAvslutadInsats();
        if (samtyckeAterkallatDatum == null) {
            throw new StateConflict("SAMTYCKE_EJ_ATERKALLAT", "Beslutet omprövas här när ett samtycke har återkallats.");
        }
        if (c.grund() == null) {
            throw new RuleViolation("grund", "GRUND_KRAVS", "Ange om beslutet omprövas genom nämndbeslut enligt 11 § LVU eller nytt samtycke.");
        }
        LocalDate datum = c.beslutsdatum();
        inteIFramtiden("beslutsdatum", datum, c.tidpunkt());
        if (datum.isBefore(samtyckeAterkallatDatum)) {
            throw new RuleViolation("beslutsdatum", "OMPROVNING_FORE_ATERKALLANDET",
                    "Omprövningen görs efter att samtycket återkallats (" + samtyckeAterkallatDatum + ").");
        }
        if (period != null && period.tom() != null && datum.isAfter(period.tom())) {
            throw new RuleViolation("beslutsdatum", "BESLUTSPERIODEN_HAR_GATT_UT",
                    "Beslutsperioden slutade " + period.tom() + "; avsluta insatsen och fatta vid behov ett nytt beslut.");
        }
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange skälen för omprövningen (SOSFS 2014:5 4 kap. 13 §).");
        }
        Lagrum nytt;
        if (c.grund() == Omprovningsgrund.NAMNDBESLUT_LVU_11) {
            if (c.lagrum() != null && c.lagrum() != Lagrum.LVU_11) {
                throw new RuleViolation("lagrum", "LAGRUM_MOTSAGER_GRUNDEN", "Nämndens beslut gäller insatser enligt 11 § LVU.");
            }
            nytt = Lagrum.LVU_11;
            lagrumGaller(nytt, datum);
            if (c.beslutsfattare() != null) {
                beslutsfattare("beslutsfattare", c.beslutsfattare());
            }
            lvuGrund(c.lvuVard(), c.namndbeslut(), datum);
        } else {
            nytt = c.lagrum() == null ? lagrum : c.lagrum();
            if (!nytt.kraverSamtycke()) {
                throw new RuleViolation("lagrum", "LAGRUM_MOTSAGER_GRUNDEN", "Vid nytt samtycke ges insatsen med stöd av SoL.");
            }
            if (c.lvuVard() != null || c.namndbeslut() != null) {
                throw new RuleViolation(c.lvuVard() != null ? "lvuVard" : "namndbeslut", "GALLER_ENDAST_LVU_11",
                        "Uppgifter om LVU-vård och nämndbeslut hör till ett beslut enligt 11 § LVU.");
            }
            lagrumGaller(nytt, datum);
            beslutsfattare("beslutsfattare", c.beslutsfattare());
            kravSamtycke(datum, samtyckeAterkallatDatum);
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new BeslutOmprovat(uppdragId, barn, c.grund(), datum, nytt, c.skal(),
                c.beslutsfattare(), c.lvuVard(), c.namndbeslut(), myndighetsenhet, socialsekreterare, c.tidpunkt()));
    }

    /**
     * What cannot be done while a withdrawn consent is not followed by a re-decision: everything that carries the
     * intervention forward (sending, asking another unit, förmöte, planning meeting, start, verkställighet, resumption,
     * postponement, the implementation plan and asking for it). Closure ({@code AvslutaInsats}), revocation, recording an
     * interruption, the risk assessment, summaries, reports and closing the assignment stay possible, as do new consents
     * and the re-decision. "kan insatsen inte fortsätta med stöd av 11 kap. 1 § SoL".
     */
    static final Set<Class<?>> SPARRADE_UTAN_SAMTYCKE = Set.of(SkickaUppdrag.class, SkickaNyForfragan.class,
            RegistreraFormote.class, RegistreraPlaneringsmote.class, BekraftaStart.class, DokumenteraVerkstallighet.class,
            AterupptaVerkstallighet.class, RegistreraUppskov.class, UpprattaGenomforandeplan.class,
            ReviderGenomforandeplan.class, EfterfragaGenomforandeplan.class);

    @CommandHandlerInterceptor
    public Object samtyckeKravs(CommandMessage<?> kommando, InterceptorChain kedja) throws Exception {
        if (samtyckeAterkallatDatum != null && SPARRADE_UTAN_SAMTYCKE.contains(kommando.getPayloadType())) {
            throw new StateConflict("SAMTYCKE_ATERKALLAT",
                    "Samtycket återkallades " + samtyckeAterkallatDatum + ": insatsen kan inte fortsätta med stöd av "
                            + lagrum + " förrän beslutet omprövats; avsluta insatsen, återkalla beslutet eller ompröva det.");
        }
        return kedja.proceed();
    }

    @CommandHandler
    public void handle(BeslutaUtredningsuppdrag c) {
        socialsekreterare(c.actor(), "Att besluta om utredningsuppdrag");
        ejAvslutat();
        if (typ != Uppdragstyp.UTREDNINGSUPPDRAG) {
            throw new StateConflict("GALLER_ENDAST_UTREDNINGSUPPDRAG", "Beslut om utredningsuppdrag gäller bara utredningsuppdrag.");
        }
        if (beslutat) {
            throw new StateConflict("BESLUT_REDAN_FATTAT", "Utredningsuppdraget är redan beslutat.");
        }
        if (!klartecken) {
            throw new StateConflict("KLARTECKEN_SAKNAS", "Utredningsuppdraget beslutas efter klartecken från utförarenheten.");
        }
        inteIFramtiden("beslutsdatum", c.beslutsdatum(), c.tidpunkt());
        if (!utredning.omfattar(c.beslutsdatum())) {
            throw new RuleViolation("beslutsdatum", "BESLUT_UTANFOR_UTREDNINGSTIDEN",
                    "Utredningsuppdraget beslutas inom utredningstiden (" + utredning.start() + "–" + utredning.planeratSlut() + ").");
        }
        if (c.fragor() == null || c.fragor().isEmpty() || c.fragor().stream().anyMatch(Uppdrag::blank)) {
            throw new RuleViolation("fragor", "FRAGOR_KRAVS", "Utredningsuppdraget ska vara tydligt utformat med detaljerade frågor.");
        }
        if (!c.kommuniceratMedFamiljen()) {
            throw new RuleViolation("kommuniceratMedFamiljen", "EJ_KOMMUNICERAT",
                    "Utredningsuppdraget ska vara kommunicerat med vårdnadshavare och barnet om hen fyllt 15 år.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UtredningsuppdragBeslutat(uppdragId, c.beslutsdatum(), List.copyOf(c.fragor()), c.tidpunkt()));
    }

    // ---- Uppdrag skickat och mottaget ---------------------------------------------------------------------------

    @CommandHandler
    public void handle(SkickaUppdrag c) {
        socialsekreterare(c.actor(), "Att skicka uppdraget");
        ejAvslutat();
        if (skickat) {
            throw new StateConflict("UPPDRAG_REDAN_SKICKAT", "Uppdraget är redan skickat.");
        }
        if (!klartecken) {
            throw new StateConflict("KLARTECKEN_SAKNAS", "Uppdraget skickas efter klartecken från utförarenheten.");
        }
        if (!beslutat) {
            throw new StateConflict("BESLUT_SAKNAS", "Uppdraget skickas när beslutet är fattat.");
        }
        if (aterkallat) {
            throw new StateConflict("BESLUT_ATERKALLAT", "Beslutet är återkallat.");
        }
        if (c.innehall() == null) {
            throw new RuleViolation("innehall", "UPPGIFT_SAKNAS", "Uppdragets innehåll saknas.");
        }
        String saknas = c.innehall().forstaSaknade(typ, barn.alderPa(datum(c.tidpunkt())));
        if (saknas != null) {
            throw new RuleViolation(saknas, "UPPGIFT_SAKNAS", "Uppdraget saknar en uppgift som ska finnas med (SOSFS 2014:5): " + saknas + ".");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UppdragSkickat(uppdragId, typ, barn, utforarenhet, myndighetsenhet,
                socialsekreterare, insatstyp, beslutsdatum, List.copyOf(mal), utredning, c.innehall(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(BekraftaMottagande c) {
        Roll roll = metodhandledare(c.actor(), "Att bekräfta att uppdraget är mottaget");
        ejAvslutat();
        if (!skickat) {
            throw new StateConflict("UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        }
        if (mottaget) {
            throw new StateConflict("UPPDRAG_REDAN_MOTTAGET", "Uppdraget är redan bekräftat som mottaget.");
        }
        apply(c.actor(), roll, new UppdragMottaget(uppdragId, utforarenhet, c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(UtseAnsvarigUtforare c) {
        Roll roll = metodhandledare(c.actor(), "Att utse ansvarig utförare");
        ejAvslutat();
        if (!mottaget) {
            throw new StateConflict("UPPDRAG_INTE_MOTTAGET", "Bekräfta först att uppdraget är mottaget.");
        }
        if (blank(c.ansvarigUtforare())) {
            throw new RuleViolation("ansvarigUtforare", "ANSVARIG_UTFORARE_KRAVS", "Ange vem som är ansvarig utförare.");
        }
        if (c.ansvarigUtforare().equals(ansvarigUtforare)) {
            throw new StateConflict("REDAN_ANSVARIG_UTFORARE", "Utföraren är redan ansvarig för uppdraget.");
        }
        apply(c.actor(), roll, new AnsvarigUtforareUtsedd(uppdragId, utforarenhet, c.ansvarigUtforare(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RapporteraHinder c) {
        Roll roll = metodhandledare(c.actor(), "Att rapportera att uppdraget inte kan tas an eller verkställas");
        ejAvslutat();
        ejAvslutadInsats();
        if (!skickat) {
            throw new StateConflict("UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        }
        if (verkstallighetsdatum != null) {
            throw new StateConflict("INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd; rapportera ett avbrott i stället.");
        }
        if (c.hinder() == null) {
            throw new RuleViolation("hinder", "HINDER_KRAVS", "Ange om enheten inte kan ta sig an uppdraget eller inte kan verkställa det inom skälig tid.");
        }
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange skälet, så att socialsekreteraren kan agera.");
        }
        // the enhetschef who reports it herself is informed
        if (roll != Roll.ENHETSCHEF && !c.enhetschefInformerad()) {
            throw new RuleViolation("enhetschefInformerad", "ENHETSCHEF_SKA_INFORMERAS",
                    "Enhetschefen på utförarenheten ska informeras.");
        }
        apply(c.actor(), roll, new VerkstallighetHindrad(uppdragId, utforarenhet, c.hinder(), c.skal(),
                c.erbjudetUnderTiden(), c.actor().userId(), c.tidpunkt()));
    }

    // ---- Förmöte, planeringsmöte, verkställighet ----------------------------------------------------------------

    @CommandHandler
    public void handle(RegistreraFormote c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera förmötet");
        ejAvslutat();
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        if (c.deltagare() == null || c.deltagare().isEmpty()) {
            throw new RuleViolation("deltagare", "DELTAGARE_KRAVS", "Ange vilka som deltog.");
        }
        if (c.planeringsmoteDatum() == null) {
            throw new RuleViolation("planeringsmoteDatum", "PLANERINGSMOTE_DATUM_KRAVS",
                    "Bestäm tid för planeringsmötet utifrån barnets och föräldrarnas behov och önskemål.");
        }
        Datum.rimligt("planeringsmoteDatum", c.planeringsmoteDatum());
        if (c.planeringsmoteDatum().isBefore(c.datum())) {
            throw new RuleViolation("planeringsmoteDatum", "PLANERINGSMOTE_FORE_FORMOTET",
                    "Planeringsmötet hålls på eller efter förmötet.");
        }
        if (blank(c.planeringsmotePlats())) {
            throw new RuleViolation("planeringsmotePlats", "PLANERINGSMOTE_PLATS_KRAVS",
                    "Bestäm plats för planeringsmötet utifrån barnets och föräldrarnas behov och önskemål.");
        }
        if (behoverTolkEllerStod() && blank(c.tolkOchStod())) {
            throw new RuleViolation("tolkOchStod", "TOLK_OCH_STOD_KRAVS",
                    "Uppdraget anger behov av tolk eller annat stöd: beskriv hur det tillgodoses under planeringsmötet.");
        }
        if (c.ledning() == null) {
            throw new RuleViolation("ledning", "LEDNING_KRAVS", "Bestäm hur ansvaret att leda planeringsmötet fördelas.");
        }
        if (blank(c.barnetsDelaktighet())) {
            throw new RuleViolation("barnetsDelaktighet", "BARNETS_DELAKTIGHET_KRAVS",
                    "Beskriv hur barnet ska delta, eller få information och bli delaktigt om det inte deltar.");
        }
        if (!Boolean.TRUE.equals(c.familjenKallad())) {
            throw new RuleViolation("familjenKallad", "FAMILJEN_SKA_KALLAS",
                    "Kalla de berörda familjemedlemmarna till planeringsmötet.");
        }
        apply(c.actor(), roll, new FormoteGenomfort(uppdragId, c.datum(), Set.copyOf(c.deltagare()), c.planeringsmoteDatum(),
                c.planeringsmotePlats(), c.tolkOchStod(), c.barnetsDelaktighet(), c.ledning(), true, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraPlaneringsmote c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera planeringsmötet");
        ejAvslutat();
        insatsKind("Planeringsmöte");
        if (planeringsmote != null) {
            throw new StateConflict("PLANERINGSMOTE_REDAN_REGISTRERAT", "Planeringsmötet är redan registrerat.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        if (c.datum().isBefore(beslutsdatum)) {
            throw new RuleViolation("datum", "MOTE_FORE_BESLUT", "Planeringsmötet hålls efter beslutet om insats.");
        }
        if (c.deltagare() == null || c.deltagare().isEmpty()) {
            throw new RuleViolation("deltagare", "DELTAGARE_KRAVS", "Ange vilka som deltog.");
        }
        if (!c.deltagare().contains(Deltagare.SOCIALSEKRETERARE) || !c.deltagare().contains(Deltagare.ANSVARIG_UTFORARE)) {
            throw new RuleViolation("deltagare", "SOCIALSEKRETERARE_OCH_ANSVARIG_UTFORARE_DELTAR",
                    "Socialsekreteraren (ansvarig för mötet och sammankallande) och ansvarig utförare är närvarande på planeringsmötet.");
        }
        if (!c.barnetDeltog() && blank(c.orsakBarnetDeltogEj())) {
            throw new RuleViolation("orsakBarnetDeltogEj", "ORSAK_KRAVS", "Om barnet inte deltar ska orsaken dokumenteras.");
        }
        if (!c.sekretessInformerad()) {
            throw new RuleViolation("sekretessInformerad", "SEKRETESSINFORMATION_KRAVS",
                    "Barnet och familjen ska informeras om hur sekretessen hanteras.");
        }
        if (!c.malGenomgangna()) {
            throw new RuleViolation("malGenomgangna", "MAL_SKA_GAS_IGENOM", "Uppdragets syfte och mål gås igenom på planeringsmötet.");
        }
        LocalDate start = c.planeratStartdatum();
        if (start == null) {
            throw new RuleViolation("planeratStartdatum", "STARTDATUM_KRAVS", "Bestäm verkställighetsdatum.");
        }
        Datum.rimligt("planeratStartdatum", start);
        Datum.rimligt("forstaUppfoljningsmote", c.forstaUppfoljningsmote());
        if (start.isBefore(c.datum())) {
            throw new RuleViolation("planeratStartdatum", "START_FORE_MOTET", "Insatsen startar på eller efter planeringsmötet.");
        }
        if (start.isAfter(beslutsdatum.plusDays(START_SENAST_DAGAR_EFTER_BESLUT)) && blank(c.skalForSenStart())) {
            throw new RuleViolation("skalForSenStart", "SEN_START_KRAVER_SKAL",
                    "Startdatum senare än 14 dagar efter beslutet (" + beslutsdatum.plusDays(START_SENAST_DAGAR_EFTER_BESLUT)
                            + ") kräver ett angivet skäl.");
        }
        if (period != null && period.tom() != null && start.isAfter(period.tom())) {
            throw new RuleViolation("planeratStartdatum", "START_EFTER_BESLUTSPERIOD", "Startdatum ligger efter beslutsperiodens slut.");
        }
        LocalDate uppfoljning = c.forstaUppfoljningsmote();
        if (uppfoljning == null) {
            throw new RuleViolation("forstaUppfoljningsmote", "UPPFOLJNING_KRAVS",
                    "Boka in ett datum för det första uppföljningsmötet, senast inom 6–8 veckor efter verkställigheten.");
        }
        if (!uppfoljning.isAfter(start)) {
            throw new RuleViolation("forstaUppfoljningsmote", "UPPFOLJNING_FORE_START",
                    "Uppföljningsmötet följer upp insatsen: det ligger efter startdatum " + start + ".");
        }
        boolean senUppfoljning = uppfoljning.isAfter(start.plusDays(UPPFOLJNING_SENAST_DAGAR));
        if (senUppfoljning && blank(c.skalForSenUppfoljning())) {
            throw new RuleViolation("skalForSenUppfoljning", "SEN_UPPFOLJNING_KRAVER_SKAL",
                    "Första uppföljningsmötet bokas senast inom 6–8 veckor efter start (senast "
                            + start.plusDays(UPPFOLJNING_SENAST_DAGAR) + "); ett senare datum kräver ett angivet skäl.");
        }
        Planeringsoverenskommelser o = overenskommelser(c.overenskommelser(), start);
        apply(c.actor(), roll, new PlaneringsmoteGenomfort(uppdragId, c.datum(), Set.copyOf(c.deltagare()), c.barnetDeltog(),
                c.barnetDeltog() ? null : c.orsakBarnetDeltogEj(), true, start, c.skalForSenStart(), uppfoljning,
                senUppfoljning ? c.skalForSenUppfoljning() : null, o, ansvarigUtforare, socialsekreterare, c.tidpunkt()));
    }

    /** The agreements of "Checklista Planeringsmöte" (Bilaga 1): every item required, the first missing one named. */
    private Planeringsoverenskommelser overenskommelser(Planeringsoverenskommelser o, LocalDate start) {
        if (o == null) {
            throw new RuleViolation("overenskommelser", "OVERENSKOMMELSER_KRAVS",
                    "Planeringsmötet dokumenterar punkterna i Checklista Planeringsmöte (bilaga 1).");
        }
        String f = "overenskommelser.";
        if (!Boolean.TRUE.equals(o.syfteForklarat())) {
            throw new RuleViolation(f + "syfteForklarat", "SYFTET_SKA_FORKLARAS",
                    "Gå igenom varför vi är här och gör en tydlig sammanhangsmarkering.");
        }
        if (o.familjenDelarMalen() == null) {
            throw new RuleViolation(f + "familjenDelarMalen", "FAMILJENS_SYN_PA_MALEN_KRAVS",
                    "Stäm av med familjen om de delar synen på målen.");
        }
        if (!o.familjenDelarMalen() && blank(o.familjensSynPaMalen())) {
            throw new RuleViolation(f + "familjensSynPaMalen", "FAMILJENS_SYN_PA_MALEN_KRAVS",
                    "Familjen delar inte synen på målen: dokumentera deras syn.");
        }
        if (o.prioriteradeMal() == null || o.prioriteradeMal().isEmpty()) {
            throw new RuleViolation(f + "prioriteradeMal", "PRIORITERADE_MAL_KRAVS", "Ange vilka av målen som är prioriterade.");
        }
        Set<String> prioriterade = new HashSet<>();
        for (int i = 0; i < o.prioriteradeMal().size(); i++) {
            String malId = o.prioriteradeMal().get(i);
            if (malId == null || mal.stream().noneMatch(m -> m.malId().equals(malId))) {
                throw new RuleViolation(f + "prioriteradeMal[" + i + "]", "OKANT_MAL", "Målet finns inte i beslutet.");
            }
            if (!prioriterade.add(malId)) {
                throw new RuleViolation(f + "prioriteradeMal[" + i + "]", "MAL_DUBBLETT", "Målet är redan angivet.");
            }
        }
        LocalDate avslut = o.beraknatAvslut();
        if (avslut == null) {
            throw new RuleViolation(f + "beraknatAvslut", "BERAKNAT_AVSLUT_KRAVS",
                    "Ange när insatsen beräknas avslutas och/eller omprövas.");
        }
        Datum.rimligt(f + "beraknatAvslut", avslut);
        if (avslut.isBefore(start)) {
            throw new RuleViolation(f + "beraknatAvslut", "BERAKNAT_AVSLUT_FORE_START", "Insatsen avslutas tidigast på startdatum " + start + ".");
        }
        if (period != null && period.tom() != null && avslut.isAfter(period.tom())) {
            throw new RuleViolation(f + "beraknatAvslut", "BERAKNAT_AVSLUT_EFTER_BESLUTSPERIOD",
                    "Beslutet gäller till " + period.tom() + ": insatsen beräknas avslutas eller omprövas senast då.");
        }
        if (!Boolean.TRUE.equals(o.familjenInformeradOmAvslut())) {
            throw new RuleViolation(f + "familjenInformeradOmAvslut", "FAMILJEN_SKA_INFORMERAS_OM_AVSLUT",
                    "Familjen informeras om när insatsen beräknas avslutas och/eller omprövas.");
        }
        if (blank(o.omInsatsenInteFungerar())) {
            throw new RuleViolation(f + "omInsatsenInteFungerar", "OVERENSKOMMELSE_KRAVS",
                    "Diskutera och kom överens om vad som sker om insatsen inte fungerar.");
        }
        if (blank(o.kontaktHur())) {
            throw new RuleViolation(f + "kontaktHur", "KONTAKT_MED_SOCIALSEKRETERAREN_KRAVS",
                    "Kom överens om på vilket sätt barnet och föräldrarna har kontakt med socialsekreteraren under insatsen.");
        }
        if (blank(o.kontaktHurOfta())) {
            throw new RuleViolation(f + "kontaktHurOfta", "KONTAKT_MED_SOCIALSEKRETERAREN_KRAVS",
                    "Kom överens om hur ofta barnet och föräldrarna har kontakt med socialsekreteraren under insatsen.");
        }
        if (!Boolean.TRUE.equals(o.utforarenhetenPresenterad())) {
            throw new RuleViolation(f + "utforarenhetenPresenterad", "UTFORARENHETEN_SKA_PRESENTERAS",
                    "Ansvarig utförare presenterar utförarenheten, att socialsekreteraren följer upp insatsen och att enheten arbetar utifrån givet uppdrag.");
        }
        if (!Boolean.TRUE.equals(o.informationsskyldighetInformerad())) {
            throw new RuleViolation(f + "informationsskyldighetInformerad", "INFORMATIONSSKYLDIGHET_SKA_INFORMERAS",
                    "Familjen informeras om sekretessen men också om utförarens informationsskyldighet.");
        }
        if (!Boolean.TRUE.equals(o.planprocessenBeskriven())) {
            throw new RuleViolation(f + "planprocessenBeskriven", "PLANPROCESSEN_SKA_BESKRIVAS",
                    "Ansvarig utförare beskriver hur upprättandet av genomförandeplanen brukar gå till.");
        }
        if (blank(o.familjensMalResurserOchStyrkor())) {
            throw new RuleViolation(f + "familjensMalResurserOchStyrkor", "FAMILJENS_BERATTELSE_KRAVS",
                    "Familjen får berätta vad de vill uppnå med insatsen och om sina resurser och styrkor: dokumentera det.");
        }
        if (behoverTolkEllerStod() && !Boolean.TRUE.equals(o.tolkOchStodTillgodosett())) {
            throw new RuleViolation(f + "tolkOchStodTillgodosett", "TOLKBEHOV_EJ_TILLGODOSETT",
                    "Uppdraget anger behov av tolk eller annat stöd: det ska vara tillgodosett för att familjen ska kunna vara delaktig.");
        }
        return o;
    }

    /** The written assignment names an interpreter or other communication support. */
    private boolean behoverTolkEllerStod() {
        return tolkbehov != null && (tolkbehov.tolk() || !blank(tolkbehov.kommunikationsstod()));
    }

    @CommandHandler
    public void handle(BekraftaStart c) {
        ansvarigUtforare(c.actor(), "Att bekräfta om insatsen startade");
        ejAvslutat();
        insatsKind("Start");
        if (planeringsmote == null) {
            throw new StateConflict("PLANERINGSMOTE_SAKNAS", "Startdatum bestäms på planeringsmötet.");
        }
        if (verkstallighetsdatum != null) {
            throw new StateConflict("INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd.");
        }
        if (datum(c.tidpunkt()).isBefore(planeratStartdatum)) {
            throw new StateConflict("STARTDATUM_INTE_NATT", "Det avtalade startdatumet " + planeratStartdatum + " har inte kommit.");
        }
        if (!c.startade() && blank(c.orsak())) {
            throw new RuleViolation("orsak", "ORSAK_KRAVS", "Ange varför insatsen inte startade på avtalat datum.");
        }
        apply(c.actor(), Roll.UTFORARE, new StartBekraftad(uppdragId, planeratStartdatum, c.startade(),
                c.startade() ? null : c.orsak(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(DokumenteraVerkstallighet c) {
        socialsekreterare(c.actor(), "Att dokumentera datum för verkställighet");
        ejAvslutat();
        insatsKind("Verkställighet");
        if (verkstallighetsdatum != null) {
            throw new StateConflict("INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd.");
        }
        if (planeringsmote == null) {
            throw new StateConflict("PLANERINGSMOTE_SAKNAS", "Verkställighetsdatum bestäms på planeringsmötet; registrera det först.");
        }
        LocalDate d = c.verkstallighetsdatum();
        if (d == null) {
            throw new RuleViolation("verkstallighetsdatum", "DATUM_KRAVS", "Ange datum då insatsen verkligen startade.");
        }
        if (d.isBefore(beslutsdatum)) {
            throw new RuleViolation("verkstallighetsdatum", "START_FORE_BESLUT", "Insatsen kan inte starta före beslutsdatum " + beslutsdatum + ".");
        }
        inteIFramtiden("verkstallighetsdatum", d, c.tidpunkt());
        if (period != null && period.tom() != null && d.isAfter(period.tom())) {
            throw new RuleViolation("verkstallighetsdatum", "START_EFTER_BESLUTSPERIOD", "Startdatum ligger efter beslutsperiodens slut.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsVerkstalld(uppdragId, typ, barn, insatstyp, beslutsdatum, d, utforarenhet,
                myndighetsenhet, socialsekreterare, ansvarigUtforare, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvbrytVerkstallighet c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera ett avbrott");
        ejAvslutat();
        if (status != Uppdragsstatus.VERKSTALLT) {
            throw new StateConflict(status == Uppdragsstatus.AVBRUTET ? "REDAN_AVBRUTEN" : "INTE_VERKSTALLD",
                    status == Uppdragsstatus.AVBRUTET ? "Insatsen är redan avbruten." : "Insatsen är inte verkställd.");
        }
        if (c.orsak() == null) {
            throw new RuleViolation("orsak", "ORSAK_KRAVS", "Ange orsaken till avbrottet.");
        }
        LocalDate d = c.avbrottsdatum();
        if (d == null || d.isBefore(verkstallighetsdatum)) {
            throw new RuleViolation("avbrottsdatum", "AVBROTT_FORE_START", "Avbrottet kan inte ligga före verkställighetsdatum " + verkstallighetsdatum + ".");
        }
        inteIFramtiden("avbrottsdatum", d, c.tidpunkt());
        apply(c.actor(), roll, new VerkstallighetAvbruten(uppdragId, d, c.orsak(), c.beskrivning(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AterupptaVerkstallighet c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera att insatsen återupptagits");
        ejAvslutat();
        if (status != Uppdragsstatus.AVBRUTET) {
            throw new StateConflict("INTE_AVBRUTEN", "Insatsen är inte avbruten.");
        }
        if (c.datum() == null || c.datum().isBefore(avbrottsdatum)) {
            throw new RuleViolation("datum", "ATERUPPTAGEN_FORE_AVBROTT", "Insatsen kan inte återupptas före avbrottet " + avbrottsdatum + ".");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        apply(c.actor(), roll, new VerkstallighetAterupptagen(uppdragId, avbrottsdatum, c.datum(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraUppskov c) {
        socialsekreterare(c.actor(), "Att registrera den enskildes begäran om uppskov");
        ejAvslutat();
        insatsKind("Uppskov");
        if (!beslutat) {
            throw new StateConflict("BESLUT_SAKNAS", "Uppskov gäller ett fattat beslut.");
        }
        if (verkstallighetsdatum != null) {
            throw new StateConflict("INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd; registrera ett avbrott i stället.");
        }
        if (c.begartAv() == null) {
            throw new RuleViolation("begartAv", "BEGARAN_KRAVS", "Ange vem som begärt uppskov.");
        }
        Datum.rimligt("onskatStartdatum", c.onskatStartdatum());
        if (c.onskatStartdatum() == null || c.onskatStartdatum().isBefore(datum(c.tidpunkt()))) {
            throw new RuleViolation("onskatStartdatum", "ONSKAT_DATUM_PASSERAT", "Det önskade startdatumet ska ligga i framtiden.");
        }
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange den enskildes skäl (redovisas till IVO som skäl för dröjsmål).");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UppskovBegart(uppdragId, c.begartAv(), c.onskatStartdatum(), c.skal(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AterkallaBeslut c) {
        socialsekreterare(c.actor(), "Att återkalla beslutet");
        ejAvslutat();
        insatsKind("Återkallelse av beslut");
        if (!beslutat) {
            throw new StateConflict("BESLUT_SAKNAS", "Det finns inget beslut att återkalla.");
        }
        if (aterkallat || insatsAvslutad) {
            throw new StateConflict("INSATS_AVSLUTAD", "Insatsen är redan avslutad eller beslutet återkallat.");
        }
        if (c.datum() == null || c.datum().isBefore(beslutsdatum)) {
            throw new RuleViolation("datum", "ATERKALLAT_FORE_BESLUT", "Beslutet kan inte återkallas före beslutsdatum " + beslutsdatum + ".");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        if (blank(c.skal())) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange skälet till att beslutet återkallas.");
        }
        beslutsfattare("beslutsfattare", c.beslutsfattare());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new BeslutAterkallat(uppdragId, c.datum(), c.skal(), c.actor().userId(),
                c.tidpunkt(), c.beslutsfattare()));
    }

    // ---- Genomförandeplan ---------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(UpprattaGenomforandeplan c) {
        ansvarigUtforare(c.actor(), "Att upprätta genomförandeplanen");
        ejAvslutat();
        insatsKind("Genomförandeplan");
        ejAvslutadInsats();
        if (planeringsmote == null) {
            throw new StateConflict("PLANERINGSMOTE_SAKNAS", "Genomförandeplanen påbörjas på planeringsmötet.");
        }
        if (planVersion > 0) {
            throw new StateConflict("GENOMFORANDEPLAN_FINNS", "Genomförandeplanen är redan upprättad; revidera den i stället.");
        }
        planInnehall(c.datum(), planeringsmote, c.barnetsDelaktighet(), c.aktiviteter(), c.tidpunkt());
        if (c.deltagare() == null || c.deltagare().isEmpty()) {
            throw new RuleViolation("deltagare", "DELTAGARE_KRAVS", "Ange vilka som deltog när planen upprättades.");
        }
        samverkan(c.samverkan());
        apply(c.actor(), Roll.UTFORARE, new GenomforandeplanUpprattad(uppdragId, 1, c.datum(), Set.copyOf(c.deltagare()),
                c.barnetsDelaktighet(), List.copyOf(c.aktiviteter()), c.samverkan(), c.uppfoljningAvPlanen(),
                c.vardnadshavarnasSynpunkter(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(ReviderGenomforandeplan c) {
        ansvarigUtforare(c.actor(), "Att revidera genomförandeplanen");
        ejAvslutat();
        ejAvslutadInsats();
        if (planVersion == 0) {
            throw new StateConflict("GENOMFORANDEPLAN_SAKNAS", "Det finns ingen genomförandeplan att revidera.");
        }
        if (c.anledning() == null) {
            throw new RuleViolation("anledning", "ANLEDNING_KRAVS", "Ange varför planen revideras.");
        }
        planInnehall(c.datum(), planDatum, c.barnetsDelaktighet(), c.aktiviteter(), c.tidpunkt());
        samverkan(c.samverkan());
        apply(c.actor(), Roll.UTFORARE, new GenomforandeplanReviderad(uppdragId, planVersion + 1, c.datum(), c.anledning(),
                c.barnetsDelaktighet(), List.copyOf(c.aktiviteter()), c.samverkan(), c.uppfoljningAvPlanen(),
                c.vardnadshavarnasSynpunkter(), c.actor().userId(), c.tidpunkt()));
    }

    /**
     * SOSFS 2014:5 (AR to 5 kap. 2 §): the plan shows "hur utföraren i förekommande fall ska samverka med andra
     * huvudmän" – required when the written assignment says a SIP (coordinated individual plan) is needed.
     */
    private void samverkan(String samverkan) {
        if (Boolean.TRUE.equals(sipBehov) && blank(samverkan)) {
            throw new RuleViolation("samverkan", "SAMVERKAN_KRAVS",
                    "Uppdraget anger behov av samordnad individuell plan (SIP): beskriv hur utföraren samverkar med andra huvudmän.");
        }
    }

    private void planInnehall(LocalDate datum, LocalDate tidigast, String barnetsDelaktighet, List<Aktivitet> aktiviteter,
                              Instant tidpunkt) {
        inteIFramtiden("datum", datum, tidpunkt);
        if (datum.isBefore(tidigast)) {
            throw new RuleViolation("datum", "DATUM_FORE_FOREGAENDE", "Planens datum kan inte ligga före " + tidigast + ".");
        }
        if (blank(barnetsDelaktighet)) {
            throw new RuleViolation("barnetsDelaktighet", "BARNETS_DELAKTIGHET_KRAVS",
                    "Beskriv barnets delaktighet och hur barnets synpunkter tagits till vara.");
        }
        if (aktiviteter == null || aktiviteter.isEmpty()) {
            throw new RuleViolation("aktiviteter", "AKTIVITETER_KRAVS", "Planen har minst en aktivitet.");
        }
        Set<String> malIds = new HashSet<>();
        mal.forEach(m -> malIds.add(m.malId()));
        for (int i = 0; i < aktiviteter.size(); i++) {
            Aktivitet a = aktiviteter.get(i);
            if (a == null || blank(a.beskrivning()) || blank(a.ansvarig()) || blank(a.nar()) || blank(a.hur())) {
                throw new RuleViolation("aktiviteter[" + i + "]", "AKTIVITET_OFULLSTANDIG",
                        "Varje aktivitet anger vad, vem som ansvarar, när och hur.");
            }
            if (!malIds.contains(a.malId())) {
                throw new RuleViolation("aktiviteter[" + i + "].malId", "OKANT_MAL", "Aktiviteten hör inte till något av beslutets mål.");
            }
        }
    }

    @CommandHandler
    public void handle(LamnaKopiorAvGenomforandeplan c) {
        ansvarigUtforare(c.actor(), "Att lämna kopior av genomförandeplanen");
        ejAvslutat();
        if (planVersion == 0) {
            throw new StateConflict("GENOMFORANDEPLAN_SAKNAS", "Det finns ingen genomförandeplan.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        familjenFick("mottagare", c.mottagare(), c.datum(), "en kopia av genomförandeplanen");
        apply(c.actor(), Roll.UTFORARE, new GenomforandeplanKopiorLamnade(uppdragId, planVersion, Set.copyOf(c.mottagare()), c.datum(), c.tidpunkt()));
    }

    private void familjenFick(String falt, Set<Mottagare> mottagare, LocalDate datum, String vad) {
        int alder = barn.alderPa(datum);
        if (alder < 18 && (mottagare == null || !mottagare.contains(Mottagare.VARDNADSHAVARE))) {
            throw new RuleViolation(falt, "VARDNADSHAVARE_SKA_FA", "Vårdnadshavarna ska få " + vad + ".");
        }
        if (alder >= 15 && (mottagare == null || !mottagare.contains(Mottagare.BARNET))) {
            throw new RuleViolation(falt, "BARNET_SKA_FA", "Barnet har fyllt 15 år och ska själv få " + vad + ".");
        }
    }

    @CommandHandler
    public void handle(EfterfragaGenomforandeplan c) {
        socialsekreterare(c.actor(), "Att efterfråga genomförandeplanen");
        ejAvslutat();
        ejAvslutadInsats();
        if (planeringsmote == null) {
            throw new StateConflict("PLANERINGSMOTE_SAKNAS", "Genomförandeplanen påbörjas på planeringsmötet.");
        }
        if (planVersion > 0) {
            throw new StateConflict("GENOMFORANDEPLAN_FINNS", "Genomförandeplanen är redan upprättad.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new GenomforandeplanEfterfragad(uppdragId, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraInvandning c) {
        ansvarigUtforare(c.actor(), "Att föra familjens invändningar vidare");
        ejAvslutat();
        if (planeringsmote == null) {
            throw new StateConflict("PLANERINGSMOTE_SAKNAS", "Invändningar mot genomförandeplanen förs vidare efter planeringsmötet.");
        }
        if (c.fran() == null) {
            throw new RuleViolation("fran", "FRAN_KRAVS", "Ange vem i familjen invändningen kommer från.");
        }
        if (blank(c.invandning())) {
            throw new RuleViolation("invandning", "INVANDNING_KRAVS", "Beskriv invändningen.");
        }
        if (invandningar.contains(c.invandningId())) {
            throw new StateConflict("INVANDNING_FINNS", "Invändningen är redan registrerad.");
        }
        apply(c.actor(), Roll.UTFORARE, new InvandningRegistrerad(uppdragId, c.invandningId(), c.fran(), c.invandning(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(HanteraInvandning c) {
        socialsekreterare(c.actor(), "Att stämma av familjens invändning");
        ejAvslutat();
        if (!invandningar.contains(c.invandningId())) {
            throw new RuleViolation("invandningId", "OKAND_INVANDNING", "Invändningen finns inte i uppdraget.");
        }
        if (!oppnaInvandningar.contains(c.invandningId())) {
            throw new StateConflict("INVANDNING_REDAN_HANTERAD", "Invändningen är redan avstämd.");
        }
        if (blank(c.atgard())) {
            throw new RuleViolation("atgard", "ATGARD_KRAVS", "Beskriv hur invändningen stämts av.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InvandningHanterad(uppdragId, c.invandningId(), c.atgard(), c.tidpunkt()));
    }

    // ---- Redogörelse och avslut ---------------------------------------------------------------------------------

    @CommandHandler
    public void handle(LamnaRedogorelse c) {
        ansvarigUtforare(c.actor(), "Att lämna redogörelsen");
        ejAvslutat();
        if (typ == Uppdragstyp.BEVILJAD_INSATS) {
            throw new StateConflict("GALLER_ENDAST_UNDER_UTREDNING",
                    "Redogörelse lämnas för uppdrag under pågående utredning; en beviljad insats avslutas med en avslutande sammanfattning.");
        }
        if (redogorelseLamnad) {
            throw new StateConflict("REDOGORELSE_REDAN_LAMNAD", "Redogörelsen är redan lämnad.");
        }
        if (typ == Uppdragstyp.INSATS_UNDER_UTREDNING && verkstallighetsdatum == null) {
            throw new StateConflict("INTE_VERKSTALLD", "Den avslutande sammanfattningen skrivs när insatsen har genomförts.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        if (!c.genomgangenMedFamiljen()) {
            throw new RuleViolation("genomgangenMedFamiljen", "EJ_GENOMGANGEN_MED_FAMILJEN",
                    "Redogörelsen gås igenom med de berörda i familjen innan den lämnas.");
        }
        if (blank(c.familjensSynpunkter())) {
            throw new RuleViolation("familjensSynpunkter", "FAMILJENS_SYNPUNKTER_KRAVS",
                    "Dokumentera vårdnadshavares och barnets uppfattningar i redogörelsen.");
        }
        if (blank(c.sammanfattning())) {
            throw new RuleViolation("sammanfattning", "SAMMANFATTNING_KRAVS", "Redogörelsen saknar innehåll.");
        }
        Redogorelseslag slag = typ == Uppdragstyp.UTREDNINGSUPPDRAG ? Redogorelseslag.REDOGORELSE : Redogorelseslag.AVSLUTANDE_SAMMANFATTNING;
        apply(c.actor(), Roll.UTFORARE, new RedogorelseLamnad(uppdragId, typ, slag, c.datum(), utredning.planeratSlut(),
                c.datum().isAfter(utredning.planeratSlut()), true, c.familjensSynpunkter(), c.sammanfattning(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(GoraRiskbedomning c) {
        socialsekreterare(c.actor(), "Att göra riskbedömningen inför avslut");
        ejAvslutat();
        ejAvslutadInsats();
        if (verkstallighetsdatum == null) {
            throw new StateConflict("INTE_VERKSTALLD", "Riskbedömningen görs när en verkställd insats ska avslutas.");
        }
        if (c.riskniva() == null) {
            throw new RuleViolation("riskniva", "RISKNIVA_KRAVS", "Ange om risken har minskat, är oförändrad eller har ökat.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new RiskbedomningGjord(uppdragId, c.riskniva(), c.kvarstaendeBehov(), c.datum(),
                c.tidpunkt(), barn, myndighetsenhet, socialsekreterare));
    }

    @CommandHandler
    public void handle(LamnaAvslutandeSammanfattning c) {
        ansvarigUtforare(c.actor(), "Att lämna den avslutande sammanfattningen");
        ejAvslutat();
        if (typ != Uppdragstyp.BEVILJAD_INSATS) {
            throw new StateConflict("GALLER_ENDAST_BEVILJAD_INSATS",
                    "Uppdrag under pågående utredning avslutas med en redogörelse.");
        }
        if (verkstallighetsdatum == null) {
            throw new StateConflict("INTE_VERKSTALLD", "Den avslutande sammanfattningen skrivs när insatsen har genomförts.");
        }
        if (avslutandeSammanfattning) {
            throw new StateConflict("SAMMANFATTNING_REDAN_LAMNAD", "Den avslutande sammanfattningen är redan lämnad.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        List<MalUppfyllelse> bedomningar = c.malUppfyllelse() == null ? List.of() : c.malUppfyllelse();
        Set<String> bedomda = new HashSet<>();
        for (int i = 0; i < bedomningar.size(); i++) {
            MalUppfyllelse b = bedomningar.get(i);
            if (b == null || b.bedomning() == null || blank(b.sammanfattning())) {
                throw new RuleViolation("malUppfyllelse[" + i + "]", "BEDOMNING_OFULLSTANDIG",
                        "Varje mål bedöms på BBIC-skalan med en sammanfattning.");
            }
            if (mal.stream().noneMatch(m -> m.malId().equals(b.malId()))) {
                throw new RuleViolation("malUppfyllelse[" + i + "].malId", "OKANT_MAL", "Målet finns inte i beslutet.");
            }
            if (!bedomda.add(b.malId())) {
                throw new RuleViolation("malUppfyllelse[" + i + "].malId", "MAL_DUBBLETT", "Målet är redan bedömt.");
            }
        }
        for (Mal m : mal) {
            if (!bedomda.contains(m.malId())) {
                throw new RuleViolation("malUppfyllelse", "MAL_SAKNAR_BEDOMNING",
                        "Sammanfattningen beskriver hur och i vilken utsträckning varje mål i uppdraget har uppfyllts.");
            }
        }
        familjenFick("overlamnadTill", c.overlamnadTill(), c.datum(), "den avslutande sammanfattningen");
        apply(c.actor(), Roll.UTFORARE, new AvslutandeSammanfattningLamnad(uppdragId, c.datum(), List.copyOf(bedomningar),
                Set.copyOf(c.overlamnadTill()), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvslutaInsats c) {
        socialsekreterare(c.actor(), "Att avsluta insatsen");
        ejAvslutat();
        insatsKind("Avslut av insats");
        if (!beslutat) {
            throw new StateConflict("BESLUT_SAKNAS", "Det finns ingen beviljad insats att avsluta.");
        }
        ejAvslutadInsats();
        if (c.skal() == null) {
            throw new RuleViolation("skal", "SKAL_KRAVS", "Ange skälet till att insatsen avslutas.");
        }
        if (c.datum() == null || c.datum().isBefore(verkstallighetsdatum != null ? verkstallighetsdatum : beslutsdatum)) {
            throw new RuleViolation("datum", "AVSLUT_FORE_START", "Insatsen kan inte avslutas före beslut eller start.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        if (verkstallighetsdatum != null && riskniva == null) {
            throw new StateConflict("RISKBEDOMNING_SAKNAS",
                    "Gör en riskbedömning innan en verkställd insats avslutas (BBIC: Stöd för bedömning av risk).");
        }
        boolean nyUtredning = c.nyUtredningInleds() || c.skal() == Avslutsskal.NY_UTREDNING;
        if (riskniva != null && riskniva != Riskniva.MINSKAD && kvarstaendeBehov && !nyUtredning) {
            throw new RuleViolation("nyUtredningInleds", "NY_UTREDNING_KRAVS",
                    "Risken är " + (riskniva == Riskniva.OKAD ? "ökad" : "oförändrad")
                            + " och barnet har kvarstående behov: insatsen avslutas och en ny utredning inleds enligt SoL.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsAvslutad(uppdragId, c.datum(), c.skal(), riskniva, nyUtredning,
                c.motivering(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvslutaUppdrag c) {
        Actor actor = c.actor();
        Roll roll;
        if (ansvarigUtforare != null) {
            ansvarigUtforare(actor, "Att avsluta uppdraget");
            roll = Roll.UTFORARE;
        } else {
            roll = metodhandledare(actor, "Att avsluta uppdraget");
        }
        ejAvslutat();
        if (!mottaget) {
            throw new StateConflict("UPPDRAG_INTE_MOTTAGET", "Uppdraget är inte mottaget.");
        }
        if (typ == Uppdragstyp.UTREDNINGSUPPDRAG) {
            if (!redogorelseLamnad) {
                throw new StateConflict("REDOGORELSE_SAKNAS", "Utredningsuppdraget avslutas när redogörelsen är lämnad.");
            }
        } else {
            if (!insatsAvslutad && !aterkallat) {
                throw new StateConflict("INSATS_EJ_AVSLUTAD", "Socialsekreteraren avslutar insatsen innan uppdraget avslutas.");
            }
            if (insatsAvslutad && verkstallighetsdatum != null) {
                if (typ == Uppdragstyp.BEVILJAD_INSATS && !avslutandeSammanfattning) {
                    throw new StateConflict("AVSLUTANDE_SAMMANFATTNING_SAKNAS",
                            "Lämna den avslutande sammanfattningen innan uppdraget avslutas.");
                }
                if (typ == Uppdragstyp.INSATS_UNDER_UTREDNING && !redogorelseLamnad) {
                    throw new StateConflict("REDOGORELSE_SAKNAS", "Lämna den avslutande sammanfattningen innan uppdraget avslutas.");
                }
            }
        }
        if (c.fysiskaHandlingar() == null) {
            throw new RuleViolation("fysiskaHandlingar", "FYSISKA_HANDLINGAR_KRAVS",
                    "Ange att fysiska handlingar har överlämnats till socialsekreteraren, eller att inga finns.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        apply(actor, roll, new UppdragAvslutat(uppdragId, utforarenhet, c.datum(), c.fysiskaHandlingar(), actor.userId(), c.tidpunkt()));
    }

    // ---- Frågor om uppdraget, ny information, familjen informerad inför avslut ---------------------------------

    @CommandHandler
    public void handle(StallFragaOmUppdraget c) {
        Roll roll = utforarenheten(c.actor(), "Att ställa en fråga om uppdraget");
        ejAvslutat();
        if (!skickat) {
            throw new StateConflict("UPPDRAG_INTE_SKICKAT", "Frågor om uppdraget ställs när uppdraget är skickat.");
        }
        if (blank(c.fraga())) {
            throw new RuleViolation("fraga", "FRAGA_KRAVS", "Beskriv vad i uppdraget som är oklart.");
        }
        if (fragor.contains(c.fragaId())) {
            throw new StateConflict("FRAGA_FINNS", "Frågan är redan ställd.");
        }
        apply(c.actor(), roll, new FragaOmUppdragetStalld(uppdragId, c.fragaId(), c.fraga(), utforarenhet, c.actor().userId(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(BesvaraFragaOmUppdraget c) {
        socialsekreterare(c.actor(), "Att besvara utförarenhetens fråga");
        ejAvslutat();
        if (!fragor.contains(c.fragaId())) {
            throw new RuleViolation("fragaId", "OKAND_FRAGA", "Frågan finns inte i uppdraget.");
        }
        if (!obesvaradeFragor.contains(c.fragaId())) {
            throw new StateConflict("FRAGA_REDAN_BESVARAD", "Frågan är redan besvarad.");
        }
        if (blank(c.svar())) {
            throw new RuleViolation("svar", "SVAR_KRAVS", "Ange svaret på frågan.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new FragaOmUppdragetBesvarad(uppdragId, c.fragaId(), c.svar(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(LamnaNyInformation c) {
        socialsekreterare(c.actor(), "Att uppdatera ansvarig utförare på ny information");
        ejAvslutat();
        if (ansvarigUtforare == null) {
            throw new StateConflict("ANSVARIG_UTFORARE_SAKNAS", "Metodhandledaren har inte utsett någon ansvarig utförare.");
        }
        if (blank(c.information())) {
            throw new RuleViolation("information", "INFORMATION_KRAVS", "Beskriv den nya informationen.");
        }
        if (nyInformation.contains(c.informationId())) {
            throw new StateConflict("INFORMATION_FINNS", "Informationen är redan lämnad.");
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new NyInformationLamnad(uppdragId, c.informationId(), c.information(),
                ansvarigUtforare, c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(InformeraFamiljenInforAvslut c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera att familjen informerats inför avslut");
        ejAvslutat();
        insatsKind("Information inför avslut");
        ejAvslutadInsats();
        if (verkstallighetsdatum == null) {
            throw new StateConflict("INTE_VERKSTALLD", "Familjen informeras inför avslut av en insats som har startat.");
        }
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        if (c.datum().isBefore(verkstallighetsdatum)) {
            throw new RuleViolation("datum", "DATUM_FORE_START", "Datumet ligger före insatsens start " + verkstallighetsdatum + ".");
        }
        if (c.informerade() == null || !c.informerade().contains(Mottagare.BARNET)) {
            throw new RuleViolation("informerade", "BARNET_SKA_INFORMERAS",
                    "Informera barnet (utifrån ålder och mognad) i god tid inför att beslutsperioden går ut.");
        }
        if (barn.alderPa(c.datum()) < 18 && !c.informerade().contains(Mottagare.VARDNADSHAVARE)) {
            throw new RuleViolation("informerade", "VARDNADSHAVARE_SKA_INFORMERAS",
                    "Informera vårdnadshavarna i god tid inför att beslutsperioden går ut.");
        }
        apply(c.actor(), roll, new FamiljenInformeradInforAvslut(uppdragId, c.datum(), Set.copyOf(c.informerade()),
                c.actor().userId(), c.tidpunkt()));
    }

    // ---- Rules shared by the handlers ---------------------------------------------------------------------------

    private void socialsekreterare(Actor actor, String aktivitet) {
        actor.require(Roll.SOCIALSEKRETERARE, aktivitet);
        if (!actor.enhet().equals(myndighetsenhet)) {
            throw new NotPermitted(aktivitet + " görs av en socialsekreterare på den enhet som äger ärendet.");
        }
    }

    /**
     * The uppdragsmottagare of the enquired unit: "Vanligtvis metodhandledare, annars enhetschef, på utförarenheten"
     * (footnote 1; definitions: "metodhandledare eller vid dennes frånvaro närmaste chef"). Returns the role she acted
     * in, kept in the event's metadata, so the case shows an enhetschef acting in the metodhandledare's stead.
     */
    private Roll metodhandledare(Actor actor, String aktivitet) {
        if (!actor.has(Roll.METODHANDLEDARE) && !actor.has(Roll.ENHETSCHEF)) {
            throw new NotPermitted(aktivitet + " görs av rollen " + Roll.METODHANDLEDARE.claim() + " (annars "
                    + Roll.ENHETSCHEF.claim() + ") på utförarenheten");
        }
        if (!actor.enhet().equals(utforarenhet)) {
            throw new NotPermitted(aktivitet + " görs av metodhandledaren (annars enhetschefen) på den tillfrågade utförarenheten.");
        }
        return actor.has(Roll.METODHANDLEDARE) ? Roll.METODHANDLEDARE : Roll.ENHETSCHEF;
    }

    /** The performing unit: its metodhandledare or enhetschef, or the case's ansvarig utförare. */
    private Roll utforarenheten(Actor actor, String aktivitet) {
        if ((actor.has(Roll.METODHANDLEDARE) || actor.has(Roll.ENHETSCHEF)) && actor.enhet().equals(utforarenhet)) {
            return actor.has(Roll.METODHANDLEDARE) ? Roll.METODHANDLEDARE : Roll.ENHETSCHEF;
        }
        if (actor.has(Roll.UTFORARE)) {
            ansvarigUtforare(actor, aktivitet);
            return Roll.UTFORARE;
        }
        throw new NotPermitted(aktivitet + " görs av utförarenhetens metodhandledare, enhetschef eller ansvarig utförare.");
    }

    private void ansvarigUtforare(Actor actor, String aktivitet) {
        actor.require(Roll.UTFORARE, aktivitet);
        if (!actor.enhet().equals(utforarenhet)) {
            throw new NotPermitted(aktivitet + " görs av ansvarig utförare på den utförarenhet som har uppdraget.");
        }
        if (ansvarigUtforare == null) {
            throw new StateConflict("ANSVARIG_UTFORARE_SAKNAS", "Metodhandledaren har inte utsett någon ansvarig utförare.");
        }
        if (!actor.userId().equals(ansvarigUtforare)) {
            throw new NotPermitted(aktivitet + " görs av uppdragets ansvariga utförare.");
        }
    }

    /** Activities both roles may record (förmöte, planeringsmöte, avbrott): the role the actor acted in. */
    private Roll socialsekreterareEllerAnsvarigUtforare(Actor actor, String aktivitet) {
        if (actor.has(Roll.SOCIALSEKRETERARE) && actor.enhet().equals(myndighetsenhet)) {
            if (ansvarigUtforare == null) {
                throw new StateConflict("ANSVARIG_UTFORARE_SAKNAS", "Metodhandledaren har inte utsett någon ansvarig utförare.");
            }
            return Roll.SOCIALSEKRETERARE;
        }
        if (actor.has(Roll.UTFORARE)) {
            ansvarigUtforare(actor, aktivitet);
            return Roll.UTFORARE;
        }
        throw new NotPermitted(aktivitet + " görs av ärendets socialsekreterare eller ansvarig utförare.");
    }

    private void insatsKind(String aktivitet) {
        if (typ == Uppdragstyp.UTREDNINGSUPPDRAG) {
            throw new StateConflict("GALLER_INTE_UTREDNINGSUPPDRAG", aktivitet + " gäller insatser, inte utredningsuppdrag.");
        }
        if (aterkallat) {
            throw new StateConflict("BESLUT_ATERKALLAT", "Beslutet är återkallat.");
        }
    }

    private void ejAvslutat() {
        if (status == Uppdragsstatus.AVSLUTAT) {
            throw new StateConflict("UPPDRAG_AVSLUTAT", "Uppdraget är avslutat.");
        }
    }

    private void ejAvslutadInsats() {
        if (insatsAvslutad || aterkallat) {
            throw new StateConflict("INSATS_AVSLUTAD", "Insatsen är avslutad.");
        }
    }

    private static void inteIFramtiden(String falt, LocalDate datum, Instant nu) {
        if (datum == null) {
            throw new RuleViolation(falt, "DATUM_KRAVS", "Ange datum.");
        }
        Datum.rimligt(falt, datum);
        if (datum.isAfter(datum(nu))) {
            throw new RuleViolation(falt, "DATUM_I_FRAMTIDEN", "Datumet ligger i framtiden; registrera det som har hänt.");
        }
    }


    private static LocalDate datum(Instant tidpunkt) {
        return LocalDate.ofInstant(tidpunkt, ClockProducer.ZONE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static void apply(Actor actor, Roll roll, Object event) {
        Utford.apply(actor, roll, event);
    }

    // ---- State ---------------------------------------------------------------------------------------------------
    // The status follows the transition shared with the read model and the case file, Uppdragsstatus.efter, applied
    // with the state before the event.

    @EventSourcingHandler
    void on(UppdragRegistrerat e) {
        uppdragId = e.uppdragId();
        typ = e.typ();
        barn = e.barn();
        utredning = e.utredning();
        insatstyp = e.insatstyp();
        myndighetsenhet = e.myndighetsenhet();
        socialsekreterare = e.socialsekreterare();
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

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
        planVersion = 0;
        planDatum = null;
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(KlarteckenLamnat e) {
        klartecken = true;
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(ForfraganAvbojd e) {
        avbojandeEnheter.add(e.utforarenhet());
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(SamtyckeRegistrerat e) {
        if (e.part() == Samtyckespart.BARNET) {
            barnetsSamtycke = e.samtycker() ? e.datum() : null;
            return;
        }
        String id = e.vardnadshavare().personnummer();
        if (e.samtycker()) {
            vardnadshavarSamtycke.put(id, e.datum());
            vardnadshavarVagran.remove(id);
        } else {
            vardnadshavarSamtycke.remove(id);
            vardnadshavarVagran.add(id);
        }
    }

    @EventSourcingHandler
    void on(SamtyckeAterkallat e) {
        if (e.part() == Samtyckespart.BARNET) {
            barnetsSamtycke = null;
            aterkallandeParter.add(Samtyckespart.BARNET.name());
        } else {
            vardnadshavarSamtycke.remove(e.vardnadshavare().personnummer());
            aterkallandeParter.add(e.vardnadshavare().personnummer());
        }
        if (samtyckeAterkallatDatum == null || e.datum().isAfter(samtyckeAterkallatDatum)) {
            samtyckeAterkallatDatum = e.datum();
        }
    }

    @EventSourcingHandler
    void on(BeslutOmprovat e) {
        lagrum = e.lagrum();
        samtyckeAterkallatDatum = null;
        aterkallandeParter.clear();
    }

    @EventSourcingHandler
    void on(InsatsBeviljad e) {
        status = Uppdragsstatus.efter(status, beslutat, e);
        beslutat = true;
        beslutsdatum = e.beslutsdatum();
        lagrum = e.lagrum();
        period = e.period();
        mal = new ArrayList<>(e.mal());
    }

    @EventSourcingHandler
    void on(UtredningsuppdragBeslutat e) {
        status = Uppdragsstatus.efter(status, beslutat, e);
        beslutat = true;
        beslutsdatum = e.beslutsdatum();
    }

    @EventSourcingHandler
    void on(UppdragSkickat e) {
        skickat = true;
        tolkbehov = e.innehall() == null ? null : e.innehall().tolkbehov();
        sipBehov = e.innehall() == null ? null : e.innehall().sipBehov();
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(UppdragMottaget e) {
        mottaget = true;
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(AnsvarigUtforareUtsedd e) {
        ansvarigUtforare = e.ansvarigUtforare();
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(VerkstallighetHindrad e) {
        if (e.hinder() == Hinder.KAN_INTE_TA_SIG_AN) {
            avbojandeEnheter.add(e.utforarenhet());
        }
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(PlaneringsmoteGenomfort e) {
        planeringsmote = e.datum();
        planeratStartdatum = e.planeratStartdatum();
        status = Uppdragsstatus.efter(status, beslutat, e);
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
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(VerkstallighetAvbruten e) {
        avbrottsdatum = e.avbrottsdatum();
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(VerkstallighetAterupptagen e) {
        avbrottsdatum = null;
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(BeslutAterkallat e) {
        aterkallat = true;
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(GenomforandeplanUpprattad e) {
        planVersion = e.version();
        planDatum = e.datum();
    }

    @EventSourcingHandler
    void on(GenomforandeplanReviderad e) {
        planVersion = e.version();
        planDatum = e.datum();
    }

    @EventSourcingHandler
    void on(InvandningRegistrerad e) {
        invandningar.add(e.invandningId());
        oppnaInvandningar.add(e.invandningId());
    }

    @EventSourcingHandler
    void on(InvandningHanterad e) {
        oppnaInvandningar.remove(e.invandningId());
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
        status = Uppdragsstatus.efter(status, beslutat, e);
    }

    @EventSourcingHandler
    void on(UppdragAvslutat e) {
        status = Uppdragsstatus.efter(status, beslutat, e);
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
