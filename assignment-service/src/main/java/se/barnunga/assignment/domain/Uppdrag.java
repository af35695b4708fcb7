package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.state;

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
 * decision, sending, receipt, planning, start (verkställighet), implementation plan and reports to closure.
 *
 * <p><b>Uppdrag holds the state and applies; the phase classes decide.</b> Each command handler hands the command and a
 * read-only view of the state ({@link Uppdragstillstand}) to a pure decider of its phase of the routine –
 * {@link Forfragningssteg}, {@link Beslutssteg}, {@link Mottagningssteg}, {@link Planeringssteg}, {@link Plansteg},
 * {@link Avslutssteg}, {@link Fragesteg} – and applies the event it returns, with the role the actor acted in as
 * metadata ({@link Avgorande}, {@link PerformedBy}). A decider lists its preconditions in the routine's order – who
 * ({@link Behorighet}: the social secretary of the owning unit, the metodhandledare of the enquired unit, or the
 * appointed ansvarig utförare – 403, {@link NotPermitted}), then the state (steps out of order are
 * {@link StateConflict}s, 409), then the content ({@link RuleViolation}s naming the field, 422, kept as pure functions
 * beside the values: {@link Forfraganregler}, {@link Beslutsregler}, {@link Samtycken}, {@link Planeringsregler},
 * {@link Planregler}, {@link Avslutsregler}) – and changes nothing: the first failing rule is the answer. The first
 * enquiry, which creates the assignment, is decided here in the constructor, and the interceptor
 * {@link #samtyckeKravs} stops the steps that carry an intervention forward while a withdrawn consent awaits its
 * re-decision.
 *
 * <p><b>Status and facts.</b> {@link Uppdragsforlopp} says where the assignment is in the routine, and moves only by the
 * transition the list projection and the case file share ({@link Uppdragsstatus#efter}, folded by
 * {@link Uppdragsforlopp}); a guard reads it where the routine branches on the position (an enquiry awaiting its answer,
 * a declined or hindered enquiry, an intervention under way or interrupted, a closed assignment). The facts – what has
 * happened (a go-ahead to the current enquiry, a decision, sent, received, started, a plan, a report) – are kept by
 * {@link Uppdragslage}, because the status cannot answer them: it moves on and branches ({@code HINDRAT},
 * {@code AVBOJT}). The status and the facts are {@code @AggregateMember}s changed only by their own event sourcing
 * handlers (the root's sets only the identifier); guards read them through named predicates – the status ones there
 * ({@link Uppdragsforlopp#harBeslut()}, {@link Uppdragsforlopp#vantarPaSvar()} …), the facts there
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

    // ---- Förfrågan och klartecken (Forfragningssteg) ----------------------------------------------------------------

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
        apply(c.actor(), Forfragningssteg.nyForfragan(c, tillstand()));
    }

    @CommandHandler
    public void handle(LamnaKlartecken c) {
        apply(c.actor(), Forfragningssteg.klartecken(c, tillstand()));
    }

    @CommandHandler
    public void handle(AvbojForfragan c) {
        apply(c.actor(), Forfragningssteg.avbojande(c, tillstand()));
    }

    // ---- Samtycke och beslut (Beslutssteg) --------------------------------------------------------------------------

    @CommandHandler
    public void handle(RegistreraSamtycke c) {
        apply(c.actor(), Beslutssteg.samtycke(c, tillstand()));
    }

    @CommandHandler
    public void handle(FattaBeslut c) {
        apply(c.actor(), Beslutssteg.beslut(c, tillstand()));
    }

    @CommandHandler
    public void handle(AterkallaSamtycke c) {
        apply(c.actor(), Beslutssteg.aterkallatSamtycke(c, tillstand()));
    }

    @CommandHandler
    public void handle(OmprovaBeslut c) {
        apply(c.actor(), Beslutssteg.omprovning(c, tillstand()));
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
        apply(c.actor(), Beslutssteg.utredningsuppdrag(c, tillstand()));
    }

    // ---- Uppdrag skickat och mottaget (Mottagningssteg) -------------------------------------------------------------

    @CommandHandler
    public void handle(SkickaUppdrag c) {
        apply(c.actor(), Mottagningssteg.skicka(c, tillstand()));
    }

    @CommandHandler
    public void handle(BekraftaMottagande c) {
        apply(c.actor(), Mottagningssteg.mottagande(c, tillstand()));
    }

    @CommandHandler
    public void handle(UtseAnsvarigUtforare c) {
        apply(c.actor(), Mottagningssteg.ansvarigUtforare(c, tillstand()));
    }

    @CommandHandler
    public void handle(RapporteraHinder c) {
        apply(c.actor(), Mottagningssteg.hinder(c, tillstand()));
    }

    // ---- Förmöte, planeringsmöte, verkställighet (Planeringssteg) ---------------------------------------------------

    @CommandHandler
    public void handle(RegistreraFormote c) {
        apply(c.actor(), Planeringssteg.formote(c, tillstand()));
    }

    @CommandHandler
    public void handle(RegistreraPlaneringsmote c) {
        apply(c.actor(), Planeringssteg.planeringsmote(c, tillstand()));
    }

    @CommandHandler
    public void handle(BekraftaStart c) {
        apply(c.actor(), Planeringssteg.start(c, tillstand()));
    }

    @CommandHandler
    public void handle(DokumenteraVerkstallighet c) {
        apply(c.actor(), Planeringssteg.verkstallighet(c, tillstand()));
    }

    @CommandHandler
    public void handle(AvbrytVerkstallighet c) {
        apply(c.actor(), Planeringssteg.avbrott(c, tillstand()));
    }

    @CommandHandler
    public void handle(AterupptaVerkstallighet c) {
        apply(c.actor(), Planeringssteg.aterupptagande(c, tillstand()));
    }

    @CommandHandler
    public void handle(RegistreraUppskov c) {
        apply(c.actor(), Planeringssteg.uppskov(c, tillstand()));
    }

    @CommandHandler
    public void handle(AterkallaBeslut c) {
        apply(c.actor(), Planeringssteg.aterkallelse(c, tillstand()));
    }

    // ---- Genomförandeplan (Plansteg) --------------------------------------------------------------------------------

    @CommandHandler
    public void handle(UpprattaGenomforandeplan c) {
        apply(c.actor(), Plansteg.upprattande(c, tillstand()));
    }

    @CommandHandler
    public void handle(ReviderGenomforandeplan c) {
        apply(c.actor(), Plansteg.revidering(c, tillstand()));
    }

    @CommandHandler
    public void handle(LamnaKopiorAvGenomforandeplan c) {
        apply(c.actor(), Plansteg.kopior(c, tillstand()));
    }

    @CommandHandler
    public void handle(EfterfragaGenomforandeplan c) {
        apply(c.actor(), Plansteg.efterfragan(c, tillstand()));
    }

    @CommandHandler
    public void handle(RegistreraInvandning c) {
        apply(c.actor(), Plansteg.invandning(c, tillstand()));
    }

    @CommandHandler
    public void handle(HanteraInvandning c) {
        apply(c.actor(), Plansteg.hanteradInvandning(c, tillstand()));
    }

    // ---- Redogörelse och avslut (Avslutssteg) -----------------------------------------------------------------------

    @CommandHandler
    public void handle(LamnaRedogorelse c) {
        apply(c.actor(), Avslutssteg.redogorelse(c, tillstand()));
    }

    @CommandHandler
    public void handle(GoraRiskbedomning c) {
        apply(c.actor(), Avslutssteg.riskbedomning(c, tillstand()));
    }

    @CommandHandler
    public void handle(LamnaAvslutandeSammanfattning c) {
        apply(c.actor(), Avslutssteg.avslutandeSammanfattning(c, tillstand()));
    }

    @CommandHandler
    public void handle(AvslutaInsats c) {
        apply(c.actor(), Avslutssteg.avslutaInsats(c, tillstand()));
    }

    @CommandHandler
    public void handle(AvslutaUppdrag c) {
        apply(c.actor(), Avslutssteg.avslutaUppdrag(c, tillstand()));
    }

    // ---- Frågor om uppdraget, ny information, familjen informerad inför avslut (Fragesteg) --------------------------

    @CommandHandler
    public void handle(StallFragaOmUppdraget c) {
        apply(c.actor(), Fragesteg.fraga(c, tillstand()));
    }

    @CommandHandler
    public void handle(BesvaraFragaOmUppdraget c) {
        apply(c.actor(), Fragesteg.svar(c, tillstand()));
    }

    @CommandHandler
    public void handle(LamnaNyInformation c) {
        apply(c.actor(), Fragesteg.nyInformation(c, tillstand()));
    }

    @CommandHandler
    public void handle(InformeraFamiljenInforAvslut c) {
        apply(c.actor(), Fragesteg.familjenInformerad(c, tillstand()));
    }

    // ---- The state the deciders read, and applying what they decide ---------------------------------------------

    private Uppdragstillstand tillstand() {
        return new Uppdragstillstand(uppdragId, forlopp, lage);
    }

    private static void apply(Actor actor, Avgorande avgorande) {
        apply(actor, avgorande.roll(), avgorande.handelse());
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
