package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.datum;
import static se.barnunga.assignment.domain.Datumregler.inteIFramtiden;
import static se.barnunga.platform.domain.Guards.*;

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

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
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
 * <p><b>Status and facts.</b> {@link Uppdragsforlopp} says where the assignment is in the routine, and moves only by the
 * transition the list projection and the case file share ({@link Uppdragsstatus#efter}, folded by
 * {@link Uppdragsforlopp}); a guard reads it where the routine branches on the position (an enquiry awaiting its answer,
 * a declined or hindered enquiry, an intervention under way or interrupted, a closed assignment). The facts – what has
 * happened (a go-ahead to the current enquiry, a decision, sent, received, started, a plan, a report) – are kept by
 * {@link Uppdragslage}, because the status cannot answer them: it moves on and branches ({@code HINDRAT},
 * {@code AVBOJT}). Uppdrag decides, Uppdragslage remembers: the status and the facts are {@code @AggregateMember}s
 * changed only by their own event sourcing handlers (the root's sets only the identifier); guards read them through
 * named predicates –
 * the status ones there ({@link Uppdragsforlopp#harBeslut()}, {@link Uppdragsforlopp#vantarPaSvar()} …), the facts there
 * ({@link Uppdragslage#arSkickat()}, {@link Uppdragslage#arVerkstalld()} …) – not through raw fields.
 */
@AggregateRoot
// revision 3 (issue 18): the state's shape changed again – the facts moved into the member Uppdragslage (revision 2:
// Samtycken, Planlage, Uppdragsforlopp); snapshots of an older shape are ignored (Axon's RevisionSnapshotFilter) and
// the assignment is rebuilt from its events
@Revision("3")
public class Uppdrag {

    @AggregateIdentifier
    private String uppdragId;
    @AggregateMember
    private final Uppdragsforlopp forlopp = new Uppdragsforlopp();
    @AggregateMember
    private final Uppdragslage lage = new Uppdragslage();

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
        state(forlopp.arAvbojtEllerHindrat(), "FORFRAGAN_PAGAR",
                "En ny utförarenhet tillfrågas först när den tillfrågade enheten har avböjt eller inte kan ta sig an uppdraget.");
        Forfraganregler.nyForfragan(c, lage.avbojandeEnheter());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new ForfraganSkickad(uppdragId, lage.forfraganNr() + 1, c.utforarenhet(),
                lage.insatstyp(), c.onskemal(), List.of(), null, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(LamnaKlartecken c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att ge klartecken till förfrågan");
        state(forlopp.vantarPaSvar(), "FORFRAGAN_BESVARAD", "Förfrågan är redan besvarad.");
        apply(c.actor(), roll, new KlarteckenLamnat(uppdragId, lage.forfraganNr(), lage.utforarenhet(), c.actor().userId(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvbojForfragan c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att avböja förfrågan");
        state(forlopp.vantarPaSvar(), "FORFRAGAN_BESVARAD", "Förfrågan är redan besvarad.");
        Forfraganregler.avbojande(c);
        apply(c.actor(), roll, new ForfraganAvbojd(uppdragId, lage.forfraganNr(), lage.utforarenhet(), c.skal(), c.tidpunkt()));
    }

    // ---- Samtycke och beslut ------------------------------------------------------------------------------------

    @CommandHandler
    public void handle(RegistreraSamtycke c) {
        behorighet().socialsekreterare(c.actor(), "Att registrera samtycke");
        ejAvslutat();
        state(lage.typ() != Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_INTE_UTREDNINGSUPPDRAG",
                "Ett utredningsuppdrag beslutas utan samtycke till insats.");
        state(!forlopp.harBeslut() || lage.samtycken().arAterkallat(), "BESLUT_REDAN_FATTAT",
                "Beslutet är redan fattat; samtycket registreras före beslutet, eller på nytt efter att det återkallats.");
        lage.samtycken().registrering(c);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new SamtyckeRegistrerat(uppdragId, c.part(),
                c.part() == Samtyckespart.VARDNADSHAVARE ? c.vardnadshavare() : null, c.samtycker(), c.datum(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(FattaBeslut c) {
        behorighet().socialsekreterare(c.actor(), "Att fatta beslut om insats");
        ejAvslutat();
        state(lage.typ() != Uppdragstyp.UTREDNINGSUPPDRAG, "BESLUT_OM_UTREDNINGSUPPDRAG",
                "Ett utredningsuppdrag har ett beslut om utredningsuppdrag, inte ett beslut om insats.");
        state(!forlopp.harBeslut(), "BESLUT_REDAN_FATTAT", "Beslutet om insats är redan fattat.");
        state(lage.harKlartecken(), "KLARTECKEN_SAKNAS", "Beslut om insats fattas efter klartecken från utförarenheten.");
        Beslutsregler.beslut(c, lage.typ(), lage.barn(), lage.utredning());
        if (c.lagrum().kraverSamtycke()) {
            lage.samtycken().kravAlla(lage.barn().alderPa(c.beslutsdatum()), c.beslutsdatum(), null);
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsBeviljad(uppdragId, lage.typ(), lage.barn(), lage.insatstyp(),
                c.beslutsdatum(), c.lagrum(), c.period(), List.copyOf(c.mal()), lage.utforarenhet(), lage.myndighetsenhet(),
                lage.socialsekreterare(), c.tidpunkt(), c.dokumentation(), c.lvuVard(), c.namndbeslut()));
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
        state(forlopp.harBeslut(), "BESLUT_SAKNAS", "Före beslutet registreras en vägran som samtycke (samtycker = false).");
        ejAvslutadInsats();
        state(lage.lagrum().kraverSamtycke(), "LAGRUM_KRAVER_INTE_SAMTYCKE", "Beslutet enligt 11 § LVU vilar inte på samtycke.");
        Aterkallare av = lage.samtycken().aterkallande(c, lage.barn(), lage.beslutsdatum());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new SamtyckeAterkallat(uppdragId, lage.barn(), c.part(), av,
                c.part() == Samtyckespart.VARDNADSHAVARE ? c.vardnadshavare() : null, c.datum(), lage.lagrum(),
                lage.myndighetsenhet(), lage.socialsekreterare(), c.tidpunkt()));
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
        Samtycken samtycken = lage.samtycken();
        state(samtycken.arAterkallat(), "SAMTYCKE_EJ_ATERKALLAT", "Beslutet omprövas här när ett samtycke har återkallats.");
        Lagrum nytt = Beslutsregler.omprovning(c, lage.barn(), lage.lagrum(), lage.periodensSlut(), samtycken.aterkallatDatum());
        if (c.grund() != Omprovningsgrund.NAMNDBESLUT_LVU_11) {
            samtycken.kravAlla(lage.barn().alderPa(c.beslutsdatum()), c.beslutsdatum(), samtycken.aterkallatDatum());
        }
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new BeslutOmprovat(uppdragId, lage.barn(), c.grund(), c.beslutsdatum(), nytt,
                c.skal(), c.beslutsfattare(), c.lvuVard(), c.namndbeslut(), lage.myndighetsenhet(), lage.socialsekreterare(),
                c.tidpunkt()));
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
        Samtycken samtycken = lage.samtycken();
        state(!samtycken.arAterkallat() || !SPARRADE_UTAN_SAMTYCKE.contains(kommando.getPayloadType()), "SAMTYCKE_ATERKALLAT",
                "Samtycket återkallades " + samtycken.aterkallatDatum() + ": insatsen kan inte fortsätta med stöd av "
                        + lage.lagrum() + " förrän beslutet omprövats; avsluta insatsen, återkalla beslutet eller ompröva det.");
        return kedja.proceed();
    }

    @CommandHandler
    public void handle(BeslutaUtredningsuppdrag c) {
        behorighet().socialsekreterare(c.actor(), "Att besluta om utredningsuppdrag");
        ejAvslutat();
        state(lage.typ() == Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_ENDAST_UTREDNINGSUPPDRAG",
                "Beslut om utredningsuppdrag gäller bara utredningsuppdrag.");
        state(!forlopp.harBeslut(), "BESLUT_REDAN_FATTAT", "Utredningsuppdraget är redan beslutat.");
        state(lage.harKlartecken(), "KLARTECKEN_SAKNAS", "Utredningsuppdraget beslutas efter klartecken från utförarenheten.");
        Beslutsregler.utredningsuppdrag(c, lage.utredning());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UtredningsuppdragBeslutat(uppdragId, c.beslutsdatum(),
                List.copyOf(c.fragor()), c.tidpunkt()));
    }

    // ---- Uppdrag skickat och mottaget ---------------------------------------------------------------------------

    @CommandHandler
    public void handle(SkickaUppdrag c) {
        behorighet().socialsekreterare(c.actor(), "Att skicka uppdraget");
        ejAvslutat();
        state(!lage.arSkickat(), "UPPDRAG_REDAN_SKICKAT", "Uppdraget är redan skickat.");
        state(lage.harKlartecken(), "KLARTECKEN_SAKNAS", "Uppdraget skickas efter klartecken från utförarenheten.");
        state(forlopp.harBeslut(), "BESLUT_SAKNAS", "Uppdraget skickas när beslutet är fattat.");
        state(!lage.arBeslutetAterkallat(), "BESLUT_ATERKALLAT", "Beslutet är återkallat.");
        Forfraganregler.innehall(c, lage.typ(), lage.barn());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UppdragSkickat(uppdragId, lage.typ(), lage.barn(), lage.utforarenhet(),
                lage.myndighetsenhet(), lage.socialsekreterare(), lage.insatstyp(), lage.beslutsdatum(), List.copyOf(lage.mal()),
                lage.utredning(), c.innehall(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(BekraftaMottagande c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att bekräfta att uppdraget är mottaget");
        ejAvslutat();
        state(lage.arSkickat(), "UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        state(!lage.arMottaget(), "UPPDRAG_REDAN_MOTTAGET", "Uppdraget är redan bekräftat som mottaget.");
        apply(c.actor(), roll, new UppdragMottaget(uppdragId, lage.utforarenhet(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(UtseAnsvarigUtforare c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att utse ansvarig utförare");
        ejAvslutat();
        state(lage.arMottaget(), "UPPDRAG_INTE_MOTTAGET", "Bekräfta först att uppdraget är mottaget.");
        rule(!blank(c.ansvarigUtforare()), "ansvarigUtforare", "ANSVARIG_UTFORARE_KRAVS", "Ange vem som är ansvarig utförare.");
        state(!c.ansvarigUtforare().equals(lage.ansvarigUtforare()), "REDAN_ANSVARIG_UTFORARE",
                "Utföraren är redan ansvarig för uppdraget.");
        apply(c.actor(), roll, new AnsvarigUtforareUtsedd(uppdragId, lage.utforarenhet(), c.ansvarigUtforare(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RapporteraHinder c) {
        Roll roll = behorighet().metodhandledare(c.actor(), "Att rapportera att uppdraget inte kan tas an eller verkställas");
        ejAvslutat();
        ejAvslutadInsats();
        state(lage.arSkickat(), "UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        state(!lage.arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd; rapportera ett avbrott i stället.");
        rule(c.hinder() != null, "hinder", "HINDER_KRAVS",
                "Ange om enheten inte kan ta sig an uppdraget eller inte kan verkställa det inom skälig tid.");
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange skälet, så att socialsekreteraren kan agera.");
        // the enhetschef who reports it herself is informed
        rule(roll == Roll.ENHETSCHEF || c.enhetschefInformerad(), "enhetschefInformerad", "ENHETSCHEF_SKA_INFORMERAS",
                "Enhetschefen på utförarenheten ska informeras.");
        apply(c.actor(), roll, new VerkstallighetHindrad(uppdragId, lage.utforarenhet(), c.hinder(), c.skal(),
                c.erbjudetUnderTiden(), c.actor().userId(), c.tidpunkt()));
    }

    // ---- Förmöte, planeringsmöte, verkställighet ----------------------------------------------------------------

    @CommandHandler
    public void handle(RegistreraFormote c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera förmötet");
        ejAvslutat();
        Planeringsregler.formote(c, lage.behoverTolkEllerStod());
        apply(c.actor(), roll, new FormoteGenomfort(uppdragId, c.datum(), Set.copyOf(c.deltagare()), c.planeringsmoteDatum(),
                c.planeringsmotePlats(), c.tolkOchStod(), c.barnetsDelaktighet(), c.ledning(), true, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraPlaneringsmote c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera planeringsmötet");
        ejAvslutat();
        insatsKind("Planeringsmöte");
        state(!lage.harPlaneringsmote(), "PLANERINGSMOTE_REDAN_REGISTRERAT", "Planeringsmötet är redan registrerat.");
        Planeringsregler.planeringsmote(c, lage.beslutsdatum(), lage.periodensSlut(), lage.mal(), lage.behoverTolkEllerStod());
        boolean senUppfoljning = Planeringsregler.senUppfoljning(c);
        apply(c.actor(), roll, new PlaneringsmoteGenomfort(uppdragId, c.datum(), Set.copyOf(c.deltagare()), c.barnetDeltog(),
                c.barnetDeltog() ? null : c.orsakBarnetDeltogEj(), true, c.planeratStartdatum(), c.skalForSenStart(),
                c.forstaUppfoljningsmote(), senUppfoljning ? c.skalForSenUppfoljning() : null, c.overenskommelser(),
                lage.ansvarigUtforare(), lage.socialsekreterare(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(BekraftaStart c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att bekräfta om insatsen startade");
        ejAvslutat();
        insatsKind("Start");
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Startdatum bestäms på planeringsmötet.");
        state(!lage.arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd.");
        state(!datum(c.tidpunkt()).isBefore(lage.planeratStartdatum()), "STARTDATUM_INTE_NATT",
                "Det avtalade startdatumet " + lage.planeratStartdatum() + " har inte kommit.");
        rule(c.startade() || !blank(c.orsak()), "orsak", "ORSAK_KRAVS", "Ange varför insatsen inte startade på avtalat datum.");
        apply(c.actor(), roll, new StartBekraftad(uppdragId, lage.planeratStartdatum(), c.startade(),
                c.startade() ? null : c.orsak(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(DokumenteraVerkstallighet c) {
        behorighet().socialsekreterare(c.actor(), "Att dokumentera datum för verkställighet");
        ejAvslutat();
        insatsKind("Verkställighet");
        state(!lage.arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd.");
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS",
                "Verkställighetsdatum bestäms på planeringsmötet; registrera det först.");
        Planeringsregler.verkstallighet(c, lage.beslutsdatum(), lage.periodensSlut());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsVerkstalld(uppdragId, lage.typ(), lage.barn(), lage.insatstyp(),
                lage.beslutsdatum(), c.verkstallighetsdatum(), lage.utforarenhet(), lage.myndighetsenhet(),
                lage.socialsekreterare(), lage.ansvarigUtforare(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvbrytVerkstallighet c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera ett avbrott");
        ejAvslutat();
        state(forlopp.pagar(), forlopp.arAvbruten() ? "REDAN_AVBRUTEN" : "INTE_VERKSTALLD",
                forlopp.arAvbruten() ? "Insatsen är redan avbruten." : "Insatsen är inte verkställd.");
        Planeringsregler.avbrott(c, lage.verkstallighetsdatum());
        apply(c.actor(), roll, new VerkstallighetAvbruten(uppdragId, c.avbrottsdatum(), c.orsak(), c.beskrivning(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AterupptaVerkstallighet c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera att insatsen återupptagits");
        ejAvslutat();
        state(forlopp.arAvbruten(), "INTE_AVBRUTEN", "Insatsen är inte avbruten.");
        Planeringsregler.aterupptagande(c, lage.avbrottsdatum());
        apply(c.actor(), roll, new VerkstallighetAterupptagen(uppdragId, lage.avbrottsdatum(), c.datum(), c.actor().userId(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraUppskov c) {
        behorighet().socialsekreterare(c.actor(), "Att registrera den enskildes begäran om uppskov");
        ejAvslutat();
        insatsKind("Uppskov");
        state(forlopp.harBeslut(), "BESLUT_SAKNAS", "Uppskov gäller ett fattat beslut.");
        state(!lage.arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd; registrera ett avbrott i stället.");
        Planeringsregler.uppskov(c);
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new UppskovBegart(uppdragId, c.begartAv(), c.onskatStartdatum(), c.skal(),
                c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AterkallaBeslut c) {
        behorighet().socialsekreterare(c.actor(), "Att återkalla beslutet");
        ejAvslutat();
        insatsKind("Återkallelse av beslut");
        state(forlopp.harBeslut(), "BESLUT_SAKNAS", "Det finns inget beslut att återkalla.");
        state(!lage.arBeslutetAterkallat() && !lage.arInsatsenAvslutad(), "INSATS_AVSLUTAD",
                "Insatsen är redan avslutad eller beslutet återkallat.");
        Beslutsregler.aterkallelse(c, lage.beslutsdatum());
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
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Genomförandeplanen påbörjas på planeringsmötet.");
        state(!lage.harPlan(), "GENOMFORANDEPLAN_FINNS", "Genomförandeplanen är redan upprättad; revidera den i stället.");
        Planregler.upprattande(c, lage.planeringsmote(), lage.mal(), lage.sipBehov());
        apply(c.actor(), roll, new GenomforandeplanUpprattad(uppdragId, 1, c.datum(), Set.copyOf(c.deltagare()),
                c.barnetsDelaktighet(), List.copyOf(c.aktiviteter()), c.samverkan(), c.uppfoljningAvPlanen(),
                c.vardnadshavarnasSynpunkter(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(ReviderGenomforandeplan c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att revidera genomförandeplanen");
        ejAvslutat();
        ejAvslutadInsats();
        state(lage.harPlan(), "GENOMFORANDEPLAN_SAKNAS", "Det finns ingen genomförandeplan att revidera.");
        Planregler.revidering(c, lage.plan().datum(), lage.mal(), lage.sipBehov());
        apply(c.actor(), roll, new GenomforandeplanReviderad(uppdragId, lage.plan().version() + 1, c.datum(), c.anledning(),
                c.barnetsDelaktighet(), List.copyOf(c.aktiviteter()), c.samverkan(), c.uppfoljningAvPlanen(),
                c.vardnadshavarnasSynpunkter(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(LamnaKopiorAvGenomforandeplan c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att lämna kopior av genomförandeplanen");
        ejAvslutat();
        state(lage.harPlan(), "GENOMFORANDEPLAN_SAKNAS", "Det finns ingen genomförandeplan.");
        Planregler.kopior(c, lage.barn());
        apply(c.actor(), roll, new GenomforandeplanKopiorLamnade(uppdragId, lage.plan().version(), Set.copyOf(c.mottagare()),
                c.datum(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(EfterfragaGenomforandeplan c) {
        behorighet().socialsekreterare(c.actor(), "Att efterfråga genomförandeplanen");
        ejAvslutat();
        ejAvslutadInsats();
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS", "Genomförandeplanen påbörjas på planeringsmötet.");
        state(!lage.harPlan(), "GENOMFORANDEPLAN_FINNS", "Genomförandeplanen är redan upprättad.");
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new GenomforandeplanEfterfragad(uppdragId, c.tidpunkt()));
    }

    @CommandHandler
    public void handle(RegistreraInvandning c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att föra familjens invändningar vidare");
        ejAvslutat();
        state(lage.harPlaneringsmote(), "PLANERINGSMOTE_SAKNAS",
                "Invändningar mot genomförandeplanen förs vidare efter planeringsmötet.");
        rule(c.fran() != null, "fran", "FRAN_KRAVS", "Ange vem i familjen invändningen kommer från.");
        rule(!blank(c.invandning()), "invandning", "INVANDNING_KRAVS", "Beskriv invändningen.");
        state(!lage.plan().harInvandning(c.invandningId()), "INVANDNING_FINNS", "Invändningen är redan registrerad.");
        apply(c.actor(), roll, new InvandningRegistrerad(uppdragId, c.invandningId(), c.fran(), c.invandning(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(HanteraInvandning c) {
        behorighet().socialsekreterare(c.actor(), "Att stämma av familjens invändning");
        ejAvslutat();
        rule(lage.plan().harInvandning(c.invandningId()), "invandningId", "OKAND_INVANDNING",
                "Invändningen finns inte i uppdraget.");
        state(lage.plan().arOppen(c.invandningId()), "INVANDNING_REDAN_HANTERAD", "Invändningen är redan avstämd.");
        rule(!blank(c.atgard()), "atgard", "ATGARD_KRAVS", "Beskriv hur invändningen stämts av.");
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InvandningHanterad(uppdragId, c.invandningId(), c.atgard(), c.tidpunkt()));
    }

    // ---- Redogörelse och avslut ---------------------------------------------------------------------------------

    @CommandHandler
    public void handle(LamnaRedogorelse c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att lämna redogörelsen");
        ejAvslutat();
        state(lage.typ() != Uppdragstyp.BEVILJAD_INSATS, "GALLER_ENDAST_UNDER_UTREDNING", "Redogörelse lämnas för uppdrag under "
                + "pågående utredning; en beviljad insats avslutas med en avslutande sammanfattning.");
        state(!lage.harRedogorelse(), "REDOGORELSE_REDAN_LAMNAD", "Redogörelsen är redan lämnad.");
        state(lage.typ() != Uppdragstyp.INSATS_UNDER_UTREDNING || lage.arVerkstalld(), "INTE_VERKSTALLD",
                "Den avslutande sammanfattningen skrivs när insatsen har genomförts.");
        Avslutsregler.redogorelse(c);
        Redogorelseslag slag = lage.typ() == Uppdragstyp.UTREDNINGSUPPDRAG ? Redogorelseslag.REDOGORELSE
                : Redogorelseslag.AVSLUTANDE_SAMMANFATTNING;
        apply(c.actor(), roll, new RedogorelseLamnad(uppdragId, lage.typ(), slag, c.datum(), lage.utredning().planeratSlut(),
                c.datum().isAfter(lage.utredning().planeratSlut()), true, c.familjensSynpunkter(), c.sammanfattning(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(GoraRiskbedomning c) {
        behorighet().socialsekreterare(c.actor(), "Att göra riskbedömningen inför avslut");
        ejAvslutat();
        ejAvslutadInsats();
        state(lage.arVerkstalld(), "INTE_VERKSTALLD", "Riskbedömningen görs när en verkställd insats ska avslutas.");
        rule(c.riskniva() != null, "riskniva", "RISKNIVA_KRAVS", "Ange om risken har minskat, är oförändrad eller har ökat.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new RiskbedomningGjord(uppdragId, c.riskniva(), c.kvarstaendeBehov(),
                c.datum(), c.tidpunkt(), lage.barn(), lage.myndighetsenhet(), lage.socialsekreterare()));
    }

    @CommandHandler
    public void handle(LamnaAvslutandeSammanfattning c) {
        Roll roll = behorighet().ansvarigUtforare(c.actor(), "Att lämna den avslutande sammanfattningen");
        ejAvslutat();
        state(lage.typ() == Uppdragstyp.BEVILJAD_INSATS, "GALLER_ENDAST_BEVILJAD_INSATS",
                "Uppdrag under pågående utredning avslutas med en redogörelse.");
        state(lage.arVerkstalld(), "INTE_VERKSTALLD", "Den avslutande sammanfattningen skrivs när insatsen har genomförts.");
        state(!lage.harAvslutandeSammanfattning(), "SAMMANFATTNING_REDAN_LAMNAD",
                "Den avslutande sammanfattningen är redan lämnad.");
        List<MalUppfyllelse> bedomningar = Avslutsregler.avslutandeSammanfattning(c, lage.mal(), lage.barn());
        apply(c.actor(), roll, new AvslutandeSammanfattningLamnad(uppdragId, c.datum(), List.copyOf(bedomningar),
                Set.copyOf(c.overlamnadTill()), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvslutaInsats c) {
        behorighet().socialsekreterare(c.actor(), "Att avsluta insatsen");
        ejAvslutat();
        insatsKind("Avslut av insats");
        state(forlopp.harBeslut(), "BESLUT_SAKNAS", "Det finns ingen beviljad insats att avsluta.");
        ejAvslutadInsats();
        Avslutsregler.avslut(c, lage.arVerkstalld() ? lage.verkstallighetsdatum() : lage.beslutsdatum());
        state(!lage.arVerkstalld() || lage.harRiskbedomning(), "RISKBEDOMNING_SAKNAS",
                "Gör en riskbedömning innan en verkställd insats avslutas (BBIC: Stöd för bedömning av risk).");
        boolean nyUtredning = Avslutsregler.nyUtredning(c, lage.riskniva(), lage.kvarstaendeBehov());
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new InsatsAvslutad(uppdragId, c.datum(), c.skal(), lage.riskniva(), nyUtredning,
                c.motivering(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(AvslutaUppdrag c) {
        Roll roll = lage.harAnsvarigUtforare() ? behorighet().ansvarigUtforare(c.actor(), "Att avsluta uppdraget")
                : behorighet().metodhandledare(c.actor(), "Att avsluta uppdraget");
        ejAvslutat();
        state(lage.arMottaget(), "UPPDRAG_INTE_MOTTAGET", "Uppdraget är inte mottaget.");
        if (lage.typ() == Uppdragstyp.UTREDNINGSUPPDRAG) {
            state(lage.harRedogorelse(), "REDOGORELSE_SAKNAS", "Utredningsuppdraget avslutas när redogörelsen är lämnad.");
        } else {
            state(lage.arInsatsenAvslutad() || lage.arBeslutetAterkallat(), "INSATS_EJ_AVSLUTAD",
                    "Socialsekreteraren avslutar insatsen innan uppdraget avslutas.");
            boolean genomford = lage.arInsatsenAvslutad() && lage.arVerkstalld();
            state(!genomford || lage.typ() != Uppdragstyp.BEVILJAD_INSATS || lage.harAvslutandeSammanfattning(),
                    "AVSLUTANDE_SAMMANFATTNING_SAKNAS", "Lämna den avslutande sammanfattningen innan uppdraget avslutas.");
            state(!genomford || lage.typ() != Uppdragstyp.INSATS_UNDER_UTREDNING || lage.harRedogorelse(), "REDOGORELSE_SAKNAS",
                    "Lämna den avslutande sammanfattningen innan uppdraget avslutas.");
        }
        rule(c.fysiskaHandlingar() != null, "fysiskaHandlingar", "FYSISKA_HANDLINGAR_KRAVS",
                "Ange att fysiska handlingar har överlämnats till socialsekreteraren, eller att inga finns.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        apply(c.actor(), roll, new UppdragAvslutat(uppdragId, lage.utforarenhet(), c.datum(), c.fysiskaHandlingar(),
                c.actor().userId(), c.tidpunkt()));
    }

    // ---- Frågor om uppdraget, ny information, familjen informerad inför avslut ---------------------------------

    @CommandHandler
    public void handle(StallFragaOmUppdraget c) {
        Roll roll = behorighet().utforarenheten(c.actor(), "Att ställa en fråga om uppdraget");
        ejAvslutat();
        state(lage.arSkickat(), "UPPDRAG_INTE_SKICKAT", "Frågor om uppdraget ställs när uppdraget är skickat.");
        rule(!blank(c.fraga()), "fraga", "FRAGA_KRAVS", "Beskriv vad i uppdraget som är oklart.");
        state(!lage.harFraga(c.fragaId()), "FRAGA_FINNS", "Frågan är redan ställd.");
        apply(c.actor(), roll, new FragaOmUppdragetStalld(uppdragId, c.fragaId(), c.fraga(), lage.utforarenhet(),
                c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(BesvaraFragaOmUppdraget c) {
        behorighet().socialsekreterare(c.actor(), "Att besvara utförarenhetens fråga");
        ejAvslutat();
        rule(lage.harFraga(c.fragaId()), "fragaId", "OKAND_FRAGA", "Frågan finns inte i uppdraget.");
        state(lage.arObesvarad(c.fragaId()), "FRAGA_REDAN_BESVARAD", "Frågan är redan besvarad.");
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
        state(!lage.harNyInformation(c.informationId()), "INFORMATION_FINNS", "Informationen är redan lämnad.");
        apply(c.actor(), Roll.SOCIALSEKRETERARE, new NyInformationLamnad(uppdragId, c.informationId(), c.information(),
                lage.ansvarigUtforare(), c.actor().userId(), c.tidpunkt()));
    }

    @CommandHandler
    public void handle(InformeraFamiljenInforAvslut c) {
        Roll roll = socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera att familjen informerats inför avslut");
        ejAvslutat();
        insatsKind("Information inför avslut");
        ejAvslutadInsats();
        state(lage.arVerkstalld(), "INTE_VERKSTALLD", "Familjen informeras inför avslut av en insats som har startat.");
        Avslutsregler.familjenInformerad(c, lage.verkstallighetsdatum(), lage.barn());
        apply(c.actor(), roll, new FamiljenInformeradInforAvslut(uppdragId, c.datum(), Set.copyOf(c.informerade()),
                c.actor().userId(), c.tidpunkt()));
    }

    // ---- Who may, and the preconditions shared by the handlers --------------------------------------------------

    private Behorighet behorighet() {
        return new Behorighet(lage.myndighetsenhet(), lage.utforarenhet(), lage.ansvarigUtforare());
    }

    /** Steps both may record (förmöte, planeringsmöte, avbrott …); the social secretary's too need an ansvarig utförare. */
    private Roll socialsekreterareEllerAnsvarigUtforare(Actor actor, String aktivitet) {
        Roll roll = behorighet().socialsekreterareEllerAnsvarigUtforare(actor, aktivitet);
        ansvarigUtforareUtsedd();
        return roll;
    }

    private void ansvarigUtforareUtsedd() {
        state(lage.harAnsvarigUtforare(), Behorighet.ANSVARIG_UTFORARE_SAKNAS,
                "Metodhandledaren har inte utsett någon ansvarig utförare.");
    }

    private void insatsKind(String aktivitet) {
        state(lage.typ() != Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_INTE_UTREDNINGSUPPDRAG",
                aktivitet + " gäller insatser, inte utredningsuppdrag.");
        state(!lage.arBeslutetAterkallat(), "BESLUT_ATERKALLAT", "Beslutet är återkallat.");
    }

    private void ejAvslutat() {
        state(!forlopp.arAvslutat(), "UPPDRAG_AVSLUTAT", "Uppdraget är avslutat.");
    }

    private void ejAvslutadInsats() {
        state(!lage.arInsatsenAvslutad() && !lage.arBeslutetAterkallat(), "INSATS_AVSLUTAD", "Insatsen är avslutad.");
    }

    private static void apply(Actor actor, Roll roll, UppdragHandelse event) {
        PerformedBy.apply(actor, roll, event);
    }

    // ---- Event sourcing (the facts: Uppdragslage; the status and the decision: Uppdragsforlopp) -------------------

    @EventSourcingHandler
    void on(UppdragRegistrerat e) {
        uppdragId = e.uppdragId();
    }
}
