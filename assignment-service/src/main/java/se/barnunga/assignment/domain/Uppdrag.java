package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.datum;
import static se.barnunga.assignment.domain.Datumregler.inteIFramtiden;
import static se.barnunga.platform.domain.Guards.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;

import se.barnunga.assignment.domain.Handelser.AnsvarigUtforareUtsedd;
import se.barnunga.assignment.domain.Handelser.AvslutandeSammanfattningLamnad;
import se.barnunga.assignment.domain.Handelser.BeslutAterkallat;
import se.barnunga.assignment.domain.Handelser.BeslutOmprovat;
import se.barnunga.assignment.domain.Handelser.FamiljenInformeradInforAvslut;
import se.barnunga.assignment.domain.Handelser.ForfraganAvbojd;
import se.barnunga.assignment.domain.Handelser.ForfraganSkickad;
import se.barnunga.assignment.domain.Handelser.FormoteGenomfort;
import se.barnunga.assignment.domain.Handelser.FragaOmUppdragetBesvarad;
import se.barnunga.assignment.domain.Handelser.FragaOmUppdragetStalld;
import se.barnunga.assignment.domain.Handelser.Genomforandeplan;
import se.barnunga.assignment.domain.Handelser.GenomforandeplanEfterfragad;
import se.barnunga.assignment.domain.Handelser.GenomforandeplanKopiorLamnade;
import se.barnunga.assignment.domain.Handelser.GenomforandeplanReviderad;
import se.barnunga.assignment.domain.Handelser.GenomforandeplanUpprattad;
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
import se.barnunga.assignment.domain.Handelser.StartBekraftad;
import se.barnunga.assignment.domain.Handelser.UppdragAvslutat;
import se.barnunga.assignment.domain.Handelser.UppdragHandelse;
import se.barnunga.assignment.domain.Handelser.UppdragMottaget;
import se.barnunga.assignment.domain.Handelser.UppdragRegistrerat;
import se.barnunga.assignment.domain.Handelser.UppdragSkickat;
import se.barnunga.assignment.domain.Handelser.UppskovBegart;
import se.barnunga.assignment.domain.Handelser.UtredningsuppdragBeslutat;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAterupptagen;
import se.barnunga.assignment.domain.Handelser.VerkstallighetAvbruten;
import se.barnunga.assignment.domain.Handelser.VerkstallighetHindrad;
import se.barnunga.assignment.domain.Kommandon.AterkallaBeslut;
import se.barnunga.assignment.domain.Kommandon.AterkallaSamtycke;
import se.barnunga.assignment.domain.Kommandon.AterupptaVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.AvbojForfragan;
import se.barnunga.assignment.domain.Kommandon.AvbrytVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.AvslutaInsats;
import se.barnunga.assignment.domain.Kommandon.AvslutaUppdrag;
import se.barnunga.assignment.domain.Kommandon.BekraftaMottagande;
import se.barnunga.assignment.domain.Kommandon.BekraftaStart;
import se.barnunga.assignment.domain.Kommandon.BesvaraFragaOmUppdraget;
import se.barnunga.assignment.domain.Kommandon.BeslutaUtredningsuppdrag;
import se.barnunga.assignment.domain.Kommandon.DokumenteraVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.EfterfragaGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.FattaBeslut;
import se.barnunga.assignment.domain.Kommandon.GoraRiskbedomning;
import se.barnunga.assignment.domain.Kommandon.HanteraInvandning;
import se.barnunga.assignment.domain.Kommandon.InformeraFamiljenInforAvslut;
import se.barnunga.assignment.domain.Kommandon.LamnaAvslutandeSammanfattning;
import se.barnunga.assignment.domain.Kommandon.LamnaKlartecken;
import se.barnunga.assignment.domain.Kommandon.LamnaKopiorAvGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.LamnaNyInformation;
import se.barnunga.assignment.domain.Kommandon.LamnaRedogorelse;
import se.barnunga.assignment.domain.Kommandon.OmprovaBeslut;
import se.barnunga.assignment.domain.Kommandon.RapporteraHinder;
import se.barnunga.assignment.domain.Kommandon.RegistreraFormote;
import se.barnunga.assignment.domain.Kommandon.RegistreraInvandning;
import se.barnunga.assignment.domain.Kommandon.RegistreraPlaneringsmote;
import se.barnunga.assignment.domain.Kommandon.RegistreraSamtycke;
import se.barnunga.assignment.domain.Kommandon.RegistreraUppskov;
import se.barnunga.assignment.domain.Kommandon.ReviderGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.SkickaForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaNyForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaUppdrag;
import se.barnunga.assignment.domain.Kommandon.StallFragaOmUppdraget;
import se.barnunga.assignment.domain.Kommandon.UpprattaGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.UtseAnsvarigUtforare;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Tolkbehov;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Behorighet;
import se.barnunga.platform.domain.NotPermitted;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.RuleViolation;
import se.barnunga.platform.domain.StateConflict;
import se.barnunga.platform.domain.PerformedBy;

/**
 * One assignment (uppdrag) of the routine, from the social secretary's enquiry to a performing unit, through consent,
 * decision, sending, receipt, planning, start (verkställighet), implementation plan and reports to closure. Every
 * activity is done by the role the routine names ({@link Behorighet}): the social secretary of the owning unit
 * (myndighetsenhet), the metodhandledare of the enquired unit (utförarenhet), or the appointed ansvarig utförare – 403,
 * {@link NotPermitted}. Steps out of order are {@link StateConflict}s (409); rules on the content are
 * {@link RuleViolation}s naming the field (422), kept as pure functions beside the values ({@link Forfraganregler},
 * {@link Beslutsregler}, {@link Samtycken}, {@link Planeringsregler}, {@link Planregler}, {@link Avslutsregler}). A
 * handler lists its preconditions in that order – who, then the state, then the content – and applies its event.
 *
 * <p><b>Status and facts.</b> {@link #status()} says where the assignment is in the routine, and moves only by the
 * transition the list projection and the case file share ({@link Uppdragsstatus#efter}, folded by
 * {@link Uppdragsforlopp}); a guard reads it where the routine branches on the position (an enquiry awaiting its answer,
 * a declined or hindered enquiry, an intervention under way or interrupted, a closed assignment). The other fields are
 * facts – what has happened (a go-ahead to the current enquiry, a decision, sent, received, started, a plan, a report)
 * – which the status cannot answer, because it moves on and branches ({@code HINDRAT}, {@code AVBOJT}). Guards read
 * both through named predicates ({@link #harBeslut()}, {@link #arSkickat()}, {@code arVerkstalld()} …), not through
 * the raw flags.
 */
@AggregateRoot
// revision 2 (issue 18): the state's shape changed (Samtycken, Planlage, Uppdragsforlopp); snapshots of the unrevised
// shape lack it, so they are ignored (Axon's RevisionSnapshotFilter) and the assignment is rebuilt from its events
@Revision("2")
public class Uppdrag {

    @AggregateIdentifier
    private String uppdragId;
    private Uppdragstyp typ;
    private Barn barn;
    private Utredning utredning;
    private String insatstyp;
    private String myndighetsenhet;
    private String socialsekreterare;
    @AggregateMember
    private final Uppdragsforlopp forlopp = new Uppdragsforlopp();
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

    protected Uppdrag() {
        // for Axon
    }

    // ---- Förfrågan och klartecken ----------------------------------------------------------------------------------

    @CommandHandler
    public Uppdrag(SkickaForfragan c) {
        Actor actor = c.actor();
        actor.require(Roll.SOCIALSEKRETERARE, "Att skicka en förfrågan till en utförarenhet");
        Forfraganregler.forfragan(c);
        Utredning utredning = c.typ() == Uppdragstyp.BEVILJAD_INSATS ? null : c.utredning();
        String insatstyp = c.typ() == Uppdragstyp.UTREDNINGSUPPDRAG ? null : c.insatstyp();
        apply(actor, Roll.SOCIALSEKRETERARE, new UppdragRegistrerat(c.uppdragId(), c.typ(), c.barn(), utredning, insatstyp,
                actor.enhet(), actor.userId(), c.tidpunkt()));
        apply(actor, Roll.SOCIALSEKRETERARE, new ForfraganSkickad(c.uppdragId(), 1, c.utforarenhet(), insatstyp, c.onskemal(),
                c.behovsomraden() == null ? List.of() : List.copyOf(c.behovsomraden()), c.behov(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(SkickaNyForfragan c) {
        behorighet().socialsekreterare(c.actor(), "Att fråga en annan utförarenhet");
        ejAvslutat();
        state(arAvbojtEllerHindrat(), "FORFRAGAN_PAGAR",
                "En ny utförarenhet tillfrågas först när den tillfrågade enheten har avböjt eller inte kan ta sig an uppdraget.");
        Forfraganregler.nyForfragan(c, avbojandeEnheter);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new ForfraganSkickad(uppdragId, forfraganNr + 1, c.utforarenhet(), insatstyp,
                c.onskemal(), List.of(), null, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(LamnaKlartecken c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att ge klartecken till förfrågan");
        state(vantarPaSvar(), "FORFRAGAN_BESVARAD", "Förfrågan är redan besvarad.");
        apply(c.actor(), roll, new KlarteckenLamnat(uppdragId, forfraganNr, utforarenhet, c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvbojForfragan c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att avböja förfrågan");
        state(vantarPaSvar(), "FORFRAGAN_BESVARAD", "Förfrågan är redan besvarad.");
        Forfraganregler.avbojande(c);
        apply(c.actor(), roll, new ForfraganAvbojd(uppdragId, forfraganNr, utforarenhet, c.skal(), c.tidpunkt()));
    }

    // ---- Samtycke och beslut ------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(RegistreraSamtycke c) {
        behorighet().socialsekreterare(c.actor(), "Att registrera samtycke");
        ejAvslutat();
        state(typ != Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_INTE_UTREDNINGSUPPDRAG",
                "Ett utredningsuppdrag beslutas utan samtycke till insats.");
        state(!harBeslut() || samtycken.arAterkallat(), "BESLUT_REDAN_FATTAT",
                "Beslutet är redan fattat; samtycket registreras före beslutet, eller på nytt efter att det återkallats.");
        samtycken.registrering(c);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new SamtyckeRegistrerat(uppdragId, c.part(),
                c.part() == Samtyckespart.VARDNADSHAVARE ? c.vardnadshavare() : null, c.samtycker(), c.datum(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(FattaBeslut c) {
        behorighet().socialsekreterare(c.actor(), "Att fatta beslut om insats");
        ejAvslutat();
        state(typ != Uppdragstyp.UTREDNINGSUPPDRAG, "BESLUT_OM_UTREDNINGSUPPDRAG",
                "Ett utredningsuppdrag har ett beslut om utredningsuppdrag, inte ett beslut om insats.");
        state(!harBeslut(), "BESLUT_REDAN_FATTAT", "Beslutet om insats är redan fattat.");
        state(harKlartecken(), "KLARTECKEN_SAKNAS", "Beslut om insats fattas efter klartecken från utförarenheten.");
        Beslutsregler.beslut(c, typ, barn, utredning);
        if (c.lagrum().kraverSamtycke()) {
            samtycken.kravAlla(barn.alderPa(c.beslutsdatum()), c.beslutsdatum(), null);
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsBeviljad(uppdragId, typ, barn, insatstyp, c.beslutsdatum(),
                c.lagrum(), c.period(), List.copyOf(c.mal()), utforarenhet, myndighetsenhet, socialsekreterare, c.tidpunkt(),
                c.dokumentation(), c.lvuVard(), c.namndbeslut()));
    }

    /**
     * A consent the decision rested on is withdrawn (11 kap. 1 § SoL is voluntary), after a decision under a
     * consent-based basis and before the intervention is closed or the decision revoked ({@link Samtycken#aterkallande}).
     * Until the decision is re-decided ({@link OmprovaBeslut}), the intervention cannot go on
     * ({@link #SPARRADE_UTAN_SAMTYCKE}).
     */
    @CommandHandler
    public void handle(AterkallaSamtycke c) {
        behorighet().socialsekreterare(c.actor(), "Att registrera att samtycket återkallats");
        ejAvslutat();
        insatsKind("Återkallat samtycke");
        state(harBeslut(), "BESLUT_SAKNAS", "Före beslutet registreras en vägran som samtycke (samtycker = false).");
        ejAvslutadInsats();
        state(lagrum.kraverSamtycke(), "LAGRUM_KRAVER_INTE_SAMTYCKE", "Beslutet enligt 11 § LVU vilar inte på samtycke.");
        Aterkallare av = samtycken.aterkallande(c, barn, beslutsdatum);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new SamtyckeAterkallat(uppdragId, barn, c.part(), av,
                c.part() == Samtyckespart.VARDNADSHAVARE ? c.vardnadshavare() : null, c.datum(), lagrum, myndighetsenhet,
                socialsekreterare, c.tidpunkt()));
    }

    /**
     * After a withdrawal of consent the decision is re-decided ({@link Beslutsregler#omprovning}): by the committee
     * under 11 § LVU, or with the consent of everyone whose consent is required given anew, on or after the withdrawal.
     */
    @CommandHandler
    public void handle(OmprovaBeslut c) {
        behorighet().socialsekreterare(c.actor(), "Att ompröva beslutet");
        ejAvslutat();
        insatsKind("Omprövning av beslut");
        ejAvslutadInsats();
        state(samtycken.arAterkallat(), "SAMTYCKE_EJ_ATERKALLAT", "Beslutet omprövas här när ett samtycke har återkallats.");
        Lagrum nytt = Beslutsregler.omprovning(c, barn, lagrum, periodensSlut(), samtycken.aterkallatDatum());
        if (c.grund() != Omprovningsgrund.NAMNDBESLUT_LVU_11) {
            samtycken.kravAlla(barn.alderPa(c.beslutsdatum()), c.beslutsdatum(), samtycken.aterkallatDatum());
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new BeslutOmprovat(uppdragId, barn, c.grund(), c.beslutsdatum(), nytt,
                c.skal(), c.beslutsfattare(), c.lvuVard(), c.namndbeslut(), myndighetsenhet, socialsekreterare, c.tidpunkt()));
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
        state(!samtycken.arAterkallat() || !SPARRADE_UTAN_SAMTYCKE.contains(kommando.getPayloadType()), "SAMTYCKE_ATERKALLAT",
                "Samtycket återkallades " + samtycken.aterkallatDatum() + ": insatsen kan inte fortsätta med stöd av " + lagrum
                        + " förrän beslutet omprövats; avsluta insatsen, återkalla beslutet eller ompröva det.");
        return kedja.proceed();
    }

    @CommandHandler
    public void handle(BeslutaUtredningsuppdrag c) {
        behorighet().socialsekreterare(c.actor(), "Att besluta om utredningsuppdrag");
        ejAvslutat();
        state(typ == Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_ENDAST_UTREDNINGSUPPDRAG",
                "Beslut om utredningsuppdrag gäller bara utredningsuppdrag.");
        state(!harBeslut(), "BESLUT_REDAN_FATTAT", "Utredningsuppdraget är redan beslutat.");
        state(harKlartecken(), "KLARTECKEN_SAKNAS", "Utredningsuppdraget beslutas efter klartecken från utförarenheten.");
        Beslutsregler.utredningsuppdrag(c, utredning);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UtredningsuppdragBeslutat(uppdragId, c.beslutsdatum(),
                List.copyOf(c.fragor()), c.tidpunkt()));
    }

    // ---- Uppdrag skickat och mottaget ---------------------------------------------------------------------------

    @CommandHandler
    public void handle(SkickaUppdrag c) {
        behorighet().socialsekreterare(c.actor(), "Att skicka uppdraget");
        ejAvslutat();
        state(!arSkickat(), "UPPDRAG_REDAN_SKICKAT", "Uppdraget är redan skickat.");
        state(harKlartecken(), "KLARTECKEN_SAKNAS", "Uppdraget skickas efter klartecken från utförarenheten.");
        state(harBeslut(), "BESLUT_SAKNAS", "Uppdraget skickas när beslutet är fattat.");
        state(!arBeslutetAterkallat(), "BESLUT_ATERKALLAT", "Beslutet är återkallat.");
        Forfraganregler.innehall(c, typ, barn);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UppdragSkickat(uppdragId, typ, barn, utforarenhet, myndighetsenhet,
                socialsekreterare, insatstyp, beslutsdatum, List.copyOf(mal), utredning, c.innehall(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(BekraftaMottagande c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att bekräfta att uppdraget är mottaget");
        ejAvslutat();
        state(arSkickat(), "UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        state(!arMottaget(), "UPPDRAG_REDAN_MOTTAGET", "Uppdraget är redan bekräftat som mottaget.");
        apply(c.actor(), roll, new UppdragMottaget(uppdragId, utforarenhet, c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(UtseAnsvarigUtforare c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att utse ansvarig utförare");
        ejAvslutat();
        state(arMottaget(), "UPPDRAG_INTE_MOTTAGET", "Bekräfta först att uppdraget är mottaget.");
        rule(!blank(c.ansvarigUtforare()), "ansvarigUtforare", "ANSVARIG_UTFORARE_KRAVS", "Ange vem som är ansvarig utförare.");
        state(!c.ansvarigUtforare().equals(ansvarigUtforare), "REDAN_ANSVARIG_UTFORARE", "Utföraren är redan ansvarig för uppdraget.");
        apply(c.actor(), roll, new AnsvarigUtforareUtsedd(uppdragId, utforarenhet, c.ansvarigUtforare(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RapporteraHinder c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att rapportera att uppdraget inte kan tas an eller verkställas");
        ejAvslutat();
        ejAvslutadInsats();
        state(arSkickat(), "UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        state(!arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd; rapportera ett avbrott i stället.");
        rule(c.hinder() != null, "hinder", "HINDER_KRAVS",
                "Ange om enheten inte kan ta sig an uppdraget eller inte kan verkställa det inom skälig tid.");
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange skälet, så att socialsekreteraren kan agera.");
        // the enhetschef who reports it herself is informed
        rule(roll == Roll.ENHETSCHEF || c.enhetschefInformerad(), "enhetschefInformerad", "ENHETSCHEF_SKA_INFORMERAS",
                "Enhetschefen på utförarenheten ska informeras.");
        apply(c.actor(), roll, new VerkstallighetHindrad(uppdragId, utforarenhet, c.hinder(), c.skal(),
                c.erbjudetUnderTiden(), c.actor().userId(), c.tidpunkt()));
    }

    // ---- Förmöte, planeringsmöte, verkställighet ----------------------------------------------------------------

    @CommandHandler
    public void handle(RegistreraFormote c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera förmötet");
        ejAvslutat();
        Planeringsregler.formote(c, behoverTolkEllerStod());
        apply(c.actor(), roll, new FormoteGenomfort(uppdragId, c.datum(), Set.copyOf(c.deltagare()), c.planeringsmoteDatum(),
                c.planeringsmotePlats(), c.tolkOchStod(), c.barnetsDelaktighet(), c.ledning(), true, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraPlaneringsmote c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera planeringsmötet");
        ejAvslutat();
        insatsKind("Planeringsmöte");
        state(!harPlaneringsmote(), "PLANERINGSMOTE_REDAN_REGISTRERAT", "Planeringsmötet är redan registrerat.");
        Planeringsregler.planeringsmote(c, beslutsdatum, periodensSlut(), mal, behoverTolkEllerStod());
        boolean senUppfoljning = Planeringsregler.senUppfoljning(c);
        apply(c.actor(), roll, new PlaneringsmoteGenomfort(uppdragId, c.datum(), Set.copyOf(c.deltagare()), c.barnetDeltog(),
                c.barnetDeltog() ? null : c.orsakBarnetDeltogEj(), true, c.planeratStartdatum(), c.skalForSenStart(),
                c.forstaUppfoljningsmote(), senUppfoljning ? c.skalForSenUppfoljning() : null, c.overenskommelser(),
                ansvarigUtforare, socialsekreterare, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(BekraftaStart c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att bekräfta om insatsen startade");
        ejAvslutat();
        insatsKind("Start");
        state(harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Startdatum bestäms på planeringsmötet.");
        state(!arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd.");
        state(!datum(c.tidpunkt()).isBefore(planeratStartdatum), "STARTDATUM_INTE_NATT",
                "Det avtalade startdatumet " + planeratStartdatum + " har inte kommit.");
        rule(c.startade() || !blank(c.orsak()), "orsak", "ORSAK_KRAVS", "Ange varför insatsen inte startade på avtalat datum.");
        apply(c.actor(), roll, new StartBekraftad(uppdragId, planeratStartdatum, c.startade(), c.startade() ? null : c.orsak(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(DokumenteraVerkstallighet c) {
        behorighet().socialsekreterare(c.actor(), "Att dokumentera datum för verkställighet");
        ejAvslutat();
        insatsKind("Verkställighet");
        state(!arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd.");
        state(harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Verkställighetsdatum bestäms på planeringsmötet; registrera det först.");
        Planeringsregler.verkstallighet(c, beslutsdatum, periodensSlut());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsVerkstalld(uppdragId, typ, barn, insatstyp, beslutsdatum,
                c.verkstallighetsdatum(), utforarenhet, myndighetsenhet, socialsekreterare, ansvarigUtforare, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvbrytVerkstallighet c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera ett avbrott");
        ejAvslutat();
        state(pagar(), arAvbruten() ? "REDAN_AVBRUTEN" : "INTE_VERKSTALLD",
                arAvbruten() ? "Insatsen är redan avbruten." : "Insatsen är inte verkställd.");
        Planeringsregler.avbrott(c, verkstallighetsdatum);
        apply(c.actor(), roll, new VerkstallighetAvbruten(uppdragId, c.avbrottsdatum(), c.orsak(), c.beskrivning(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AterupptaVerkstallighet c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera att insatsen återupptagits");
        ejAvslutat();
        state(arAvbruten(), "INTE_AVBRUTEN", "Insatsen är inte avbruten.");
        Planeringsregler.aterupptagande(c, avbrottsdatum);
        apply(c.actor(), roll, new VerkstallighetAterupptagen(uppdragId, avbrottsdatum, c.datum(), c.actor().userId(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraUppskov c) {
        behorighet().socialsekreterare(c.actor(), "Att registrera den enskildes begäran om uppskov");
        ejAvslutat();
        insatsKind("Uppskov");
        state(harBeslut(), "BESLUT_SAKNAS", "Uppskov gäller ett fattat beslut.");
        state(!arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd; registrera ett avbrott i stället.");
        Planeringsregler.uppskov(c);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UppskovBegart(uppdragId, c.begartAv(), c.onskatStartdatum(), c.skal(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AterkallaBeslut c) {
        behorighet().socialsekreterare(c.actor(), "Att återkalla beslutet");
        ejAvslutat();
        insatsKind("Återkallelse av beslut");
        state(harBeslut(), "BESLUT_SAKNAS", "Det finns inget beslut att återkalla.");
        state(!arBeslutetAterkallat() && !arInsatsenAvslutad(), "INSATS_AVSLUTAD",
                "Insatsen är redan avslutad eller beslutet återkallat.");
        Beslutsregler.aterkallelse(c, beslutsdatum);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new BeslutAterkallat(uppdragId, c.datum(), c.skal(), c.actor().userId(),
                c.tidpunkt(), c.beslutsfattare()));
    }

    // ---- Genomförandeplan ---------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(UpprattaGenomforandeplan c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att upprätta genomförandeplanen");
        ejAvslutat();
        insatsKind("Genomförandeplan");
        ejAvslutadInsats();
        state(harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Genomförandeplanen påbörjas på planeringsmötet.");
        state(!harPlan(), "GENOMFORANDEPLAN_FINNS", "Genomförandeplanen är redan upprättad; revidera den i stället.");
        Planregler.upprattande(c, planeringsmote, mal, sipBehov);
        apply(c.actor(), roll, new GenomforandeplanUpprattad(uppdragId, 1, c.datum(), Set.copyOf(c.deltagare()),
                c.barnetsDelaktighet(), List.copyOf(c.aktiviteter()), c.samverkan(), c.uppfoljningAvPlanen(),
                c.vardnadshavarnasSynpunkter(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(ReviderGenomforandeplan c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att revidera genomförandeplanen");
        ejAvslutat();
        ejAvslutadInsats();
        state(harPlan(), "GENOMFORANDEPLAN_SAKNAS", "Det finns ingen genomförandeplan att revidera.");
        Planregler.revidering(c, plan.datum(), mal, sipBehov);
        apply(c.actor(), roll, new GenomforandeplanReviderad(uppdragId, plan.version() + 1, c.datum(), c.anledning(),
                c.barnetsDelaktighet(), List.copyOf(c.aktiviteter()), c.samverkan(), c.uppfoljningAvPlanen(),
                c.vardnadshavarnasSynpunkter(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(LamnaKopiorAvGenomforandeplan c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att lämna kopior av genomförandeplanen");
        ejAvslutat();
        state(harPlan(), "GENOMFORANDEPLAN_SAKNAS", "Det finns ingen genomförandeplan.");
        Planregler.kopior(c, barn);
        apply(c.actor(), roll, new GenomforandeplanKopiorLamnade(uppdragId, plan.version(), Set.copyOf(c.mottagare()), c.datum(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(EfterfragaGenomforandeplan c) {
        behorighet().socialsekreterare(c.actor(), "Att efterfråga genomförandeplanen");
        ejAvslutat();
        ejAvslutadInsats();
        state(harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Genomförandeplanen påbörjas på planeringsmötet.");
        state(!harPlan(), "GENOMFORANDEPLAN_FINNS", "Genomförandeplanen är redan upprättad.");
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new GenomforandeplanEfterfragad(uppdragId, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraInvandning c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att föra familjens invändningar vidare");
        ejAvslutat();
        state(harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Invändningar mot genomförandeplanen förs vidare efter planeringsmötet.");
        rule(c.fran() != null, "fran", "FRAN_KRAVS", "Ange vem i familjen invändningen kommer från.");
        rule(!blank(c.invandning()), "invandning", "INVANDNING_KRAVS", "Beskriv invändningen.");
        state(!plan.harInvandning(c.invandningId()), "INVANDNING_FINNS", "Invändningen är redan registrerad.");
        apply(c.actor(), roll, new InvandningRegistrerad(uppdragId, c.invandningId(), c.fran(), c.invandning(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(HanteraInvandning c) {
        behorighet().socialsekreterare(c.actor(), "Att stämma av familjens invändning");
        ejAvslutat();
        rule(plan.harInvandning(c.invandningId()), "invandningId", "OKAND_INVANDNING", "Invändningen finns inte i uppdraget.");
        state(plan.arOppen(c.invandningId()), "INVANDNING_REDAN_HANTERAD", "Invändningen är redan avstämd.");
        rule(!blank(c.atgard()), "atgard", "ATGARD_KRAVS", "Beskriv hur invändningen stämts av.");
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InvandningHanterad(uppdragId, c.invandningId(), c.atgard(), c.tidpunkt()));
    }

    // ---- Redogörelse och avslut ---------------------------------------------------------------------------------

    @CommandHandler
    public void handle(LamnaRedogorelse c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att lämna redogörelsen");
        ejAvslutat();
        state(typ != Uppdragstyp.BEVILJAD_INSATS, "GALLER_ENDAST_UNDER_UTREDNING", "Redogörelse lämnas för uppdrag under "
                + "pågående utredning; en beviljad insats avslutas med en avslutande sammanfattning.");
        state(!harRedogorelse(), "REDOGORELSE_REDAN_LAMNAD", "Redogörelsen är redan lämnad.");
        state(typ != Uppdragstyp.INSATS_UNDER_UTREDNING || arVerkstalld(), "INTE_VERKSTALLD",
                "Den avslutande sammanfattningen skrivs när insatsen har genomförts.");
        Avslutsregler.redogorelse(c);
        Redogorelseslag slag = typ == Uppdragstyp.UTREDNINGSUPPDRAG ? Redogorelseslag.REDOGORELSE
                : Redogorelseslag.AVSLUTANDE_SAMMANFATTNING;
        apply(c.actor(), roll, new RedogorelseLamnad(uppdragId, typ, slag, c.datum(), utredning.planeratSlut(),
                c.datum().isAfter(utredning.planeratSlut()), true, c.familjensSynpunkter(), c.sammanfattning(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(GoraRiskbedomning c) {
        behorighet().socialsekreterare(c.actor(), "Att göra riskbedömningen inför avslut");
        ejAvslutat();
        ejAvslutadInsats();
        state(arVerkstalld(), "INTE_VERKSTALLD", "Riskbedömningen görs när en verkställd insats ska avslutas.");
        rule(c.riskniva() != null, "riskniva", "RISKNIVA_KRAVS", "Ange om risken har minskat, är oförändrad eller har ökat.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new RiskbedomningGjord(uppdragId, c.riskniva(), c.kvarstaendeBehov(),
                c.datum(), c.tidpunkt(), barn, myndighetsenhet, socialsekreterare));
    }

    @CommandHandler
    public void handle(LamnaAvslutandeSammanfattning c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att lämna den avslutande sammanfattningen");
        ejAvslutat();
        state(typ == Uppdragstyp.BEVILJAD_INSATS, "GALLER_ENDAST_BEVILJAD_INSATS",
                "Uppdrag under pågående utredning avslutas med en redogörelse.");
        state(arVerkstalld(), "INTE_VERKSTALLD", "Den avslutande sammanfattningen skrivs när insatsen har genomförts.");
        state(!harAvslutandeSammanfattning(), "SAMMANFATTNING_REDAN_LAMNAD", "Den avslutande sammanfattningen är redan lämnad.");
        List<MalUppfyllelse> bedomningar = Avslutsregler.avslutandeSammanfattning(c, mal, barn);
        apply(c.actor(), roll, new AvslutandeSammanfattningLamnad(uppdragId, c.datum(), List.copyOf(bedomningar),
                Set.copyOf(c.overlamnadTill()), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvslutaInsats c) {
        behorighet().socialsekreterare(c.actor(), "Att avsluta insatsen");
        ejAvslutat();
        insatsKind("Avslut av insats");
        state(harBeslut(), "BESLUT_SAKNAS", "Det finns ingen beviljad insats att avsluta.");
        ejAvslutadInsats();
        Avslutsregler.avslut(c, arVerkstalld() ? verkstallighetsdatum : beslutsdatum);
        state(!arVerkstalld() || harRiskbedomning(), "RISKBEDOMNING_SAKNAS",
                "Gör en riskbedömning innan en verkställd insats avslutas (BBIC: Stöd för bedömning av risk).");
        boolean nyUtredning = Avslutsregler.nyUtredning(c, riskniva, kvarstaendeBehov);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsAvslutad(uppdragId, c.datum(), c.skal(), riskniva, nyUtredning,
                c.motivering(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvslutaUppdrag c) {
        Roll roll = harAnsvarigUtforare() ? behorighet().ansvarigUtforare(c.actor(), "Att avsluta uppdraget")
                : behorighet().metodhandledare(c.actor(), "Att avsluta uppdraget");
        ejAvslutat();
        state(arMottaget(), "UPPDRAG_INTE_MOTTAGET", "Uppdraget är inte mottaget.");
        if (typ == Uppdragstyp.UTREDNINGSUPPDRAG) {
            state(harRedogorelse(), "REDOGORELSE_SAKNAS", "Utredningsuppdraget avslutas när redogörelsen är lämnad.");
        } else {
            state(arInsatsenAvslutad() || arBeslutetAterkallat(), "INSATS_EJ_AVSLUTAD",
                    "Socialsekreteraren avslutar insatsen innan uppdraget avslutas.");
            boolean genomford = arInsatsenAvslutad() && arVerkstalld();
            state(!genomford || typ != Uppdragstyp.BEVILJAD_INSATS || harAvslutandeSammanfattning(),
                    "AVSLUTANDE_SAMMANFATTNING_SAKNAS", "Lämna den avslutande sammanfattningen innan uppdraget avslutas.");
            state(!genomford || typ != Uppdragstyp.INSATS_UNDER_UTREDNING || harRedogorelse(), "REDOGORELSE_SAKNAS",
                    "Lämna den avslutande sammanfattningen innan uppdraget avslutas.");
        }
        rule(c.fysiskaHandlingar() != null, "fysiskaHandlingar", "FYSISKA_HANDLINGAR_KRAVS",
                "Ange att fysiska handlingar har överlämnats till socialsekreteraren, eller att inga finns.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        apply(c.actor(), roll, new UppdragAvslutat(uppdragId, utforarenhet, c.datum(), c.fysiskaHandlingar(),
                c.actor().userId(), c.tidpunkt()));
    }

    // ---- Frågor om uppdraget, ny information, familjen informerad inför avslut ---------------------------------

    @CommandHandler
    public void handle(StallFragaOmUppdraget c) {
        Roll roll = behorighet().utforarenheten(c.actor(), "Att ställa en fråga om uppdraget");
        ejAvslutat();
        state(arSkickat(), "UPPDRAG_INTE_SKICKAT", "Frågor om uppdraget ställs när uppdraget är skickat.");
        rule(!blank(c.fraga()), "fraga", "FRAGA_KRAVS", "Beskriv vad i uppdraget som är oklart.");
        state(!fragor.contains(c.fragaId()), "FRAGA_FINNS", "Frågan är redan ställd.");
        apply(c.actor(), roll, new FragaOmUppdragetStalld(uppdragId, c.fragaId(), c.fraga(), utforarenhet, c.actor().userId(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(BesvaraFragaOmUppdraget c) {
        behorighet().socialsekreterare(c.actor(), "Att besvara utförarenhetens fråga");
        ejAvslutat();
        rule(fragor.contains(c.fragaId()), "fragaId", "OKAND_FRAGA", "Frågan finns inte i uppdraget.");
        state(obesvaradeFragor.contains(c.fragaId()), "FRAGA_REDAN_BESVARAD", "Frågan är redan besvarad.");
        rule(!blank(c.svar()), "svar", "SVAR_KRAVS", "Ange svaret på frågan.");
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new FragaOmUppdragetBesvarad(uppdragId, c.fragaId(), c.svar(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(LamnaNyInformation c) {
        behorighet().socialsekreterare(c.actor(), "Att uppdatera ansvarig utförare på ny information");
        ejAvslutat();
        ansvarigUtforareUtsedd();
        rule(!blank(c.information()), "information", "INFORMATION_KRAVS", "Beskriv den nya informationen.");
        state(!nyInformation.contains(c.informationId()), "INFORMATION_FINNS", "Informationen är redan lämnad.");
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new NyInformationLamnad(uppdragId, c.informationId(), c.information(),
                ansvarigUtforare, c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(InformeraFamiljenInforAvslut c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera att familjen informerats inför avslut");
        ejAvslutat();
        insatsKind("Information inför avslut");
        ejAvslutadInsats();
        state(arVerkstalld(), "INTE_VERKSTALLD", "Familjen informeras inför avslut av en insats som har startat.");
        Avslutsregler.familjenInformerad(c, verkstallighetsdatum, barn);
        apply(c.actor(), roll, new FamiljenInformeradInforAvslut(uppdragId, c.datum(), Set.copyOf(c.informerade()),
                c.actor().userId(), c.tidpunkt()));
    }

    // ---- Who may, and the preconditions shared by the handlers --------------------------------------------------

    private Behorighet behorighet() {
        return new Behorighet(myndighetsenhet, utforarenhet, ansvarigUtforare);
    }

    /** Steps both may record (förmöte, planeringsmöte, avbrott …); the social secretary's too need an ansvarig utförare. */
    private Roll socialsekreterareEllerAnsvarigUtforare(Actor actor, String aktivitet) {
        Roll roll = behorighet().socialsekreterareEllerAnsvarigUtforare(actor, aktivitet);
        ansvarigUtforareUtsedd();
        return roll;
    }

    private void ansvarigUtforareUtsedd() {
        state(harAnsvarigUtforare(), Behorighet.ANSVARIG_UTFORARE_SAKNAS,
                "Metodhandledaren har inte utsett någon ansvarig utförare.");
    }

    private void insatsKind(String aktivitet) {
        state(typ != Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_INTE_UTREDNINGSUPPDRAG",
                aktivitet + " gäller insatser, inte utredningsuppdrag.");
        state(!arBeslutetAterkallat(), "BESLUT_ATERKALLAT", "Beslutet är återkallat.");
    }

    private void ejAvslutat() {
        state(!arAvslutat(), "UPPDRAG_AVSLUTAT", "Uppdraget är avslutat.");
    }

    private void ejAvslutadInsats() {
        state(!arInsatsenAvslutad() && !arBeslutetAterkallat(), "INSATS_AVSLUTAD", "Insatsen är avslutad.");
    }

    private static void apply(Actor actor, Roll roll, UppdragHandelse event) {
        PerformedBy.apply(actor, roll, event);
    }

    // ---- State: where the assignment is, and what has happened ----------------------------------------------------

    Uppdragsstatus status() {
        return forlopp.status();
    }

    private boolean vantarPaSvar() {
        return status() == Uppdragsstatus.FORFRAGAN;
    }

    /** The enquired unit declined, or cannot take the assignment on: another unit may be asked. */
    private boolean arAvbojtEllerHindrat() {
        return status() == Uppdragsstatus.AVBOJT || status() == Uppdragsstatus.HINDRAT;
    }

    private boolean pagar() {
        return status() == Uppdragsstatus.VERKSTALLT;
    }

    private boolean arAvbruten() {
        return status() == Uppdragsstatus.AVBRUTET;
    }

    private boolean arAvslutat() {
        return status() == Uppdragsstatus.AVSLUTAT;
    }

    /** The current enquiry's unit gave its go-ahead. */
    private boolean harKlartecken() {
        return klartecken;
    }

    boolean harBeslut() {
        return forlopp.beslutat();
    }

    boolean arSkickat() {
        return skickat;
    }

    private boolean arMottaget() {
        return mottaget;
    }

    private boolean harAnsvarigUtforare() {
        return ansvarigUtforare != null;
    }

    private boolean harPlaneringsmote() {
        return planeringsmote != null;
    }

    private boolean arVerkstalld() {
        return verkstallighetsdatum != null;
    }

    private boolean harPlan() {
        return plan.finns();
    }

    private boolean harRiskbedomning() {
        return riskniva != null;
    }

    private boolean harRedogorelse() {
        return redogorelseLamnad;
    }

    private boolean harAvslutandeSammanfattning() {
        return avslutandeSammanfattning;
    }

    private boolean arInsatsenAvslutad() {
        return insatsAvslutad;
    }

    private boolean arBeslutetAterkallat() {
        return aterkallat;
    }

    /** The last day of the decision period, {@code null} while none is decided or it is open. */
    private LocalDate periodensSlut() {
        return period == null ? null : period.tom();
    }

    /** The written assignment names an interpreter or other communication support. */
    private boolean behoverTolkEllerStod() {
        return tolkbehov != null && (tolkbehov.tolk() || !blank(tolkbehov.kommunikationsstod()));
    }

    // ---- Event sourcing (the status and the decision: Uppdragsforlopp) ------------------------------------------

    @EventSourcingHandler
    void on(UppdragRegistrerat e) {
        uppdragId = e.uppdragId();
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
