package se.barnunga.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.barnunga.assignment.domain.Varden.Aktivitet;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.Onskemal;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Uppdragsinnehall;
import se.barnunga.assignment.domain.Varden.Utredning;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;
import se.barnunga.platform.domain.Actor;

/**
 * Every command of the {@link Uppdrag} aggregate, in the order of the routine. Each carries who issues it
 * ({@link Actor}) and when ({@code tidpunkt}, from the service's clock); the aggregate enforces the role the routine
 * names and the rules of the content.
 */
public final class Kommandon {

    private Kommandon() {
    }

    /** Socialsekreterare: enquiry to a performing unit about an assignment for a child (creates the assignment). */
    public record SkickaForfragan(@TargetAggregateIdentifier String uppdragId, Uppdragstyp typ, Barn barn,
                                  Utredning utredning, String insatstyp, Onskemal onskemal, List<String> behovsomraden,
                                  String behov, String utforarenhet, Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: after a decline or an inability to take on, ask another of the city's own units. */
    public record SkickaNyForfragan(@TargetAggregateIdentifier String uppdragId, String utforarenhet, Onskemal onskemal,
                                    Actor actor, Instant tidpunkt) {
    }

    /** Metodhandledare (or, in her stead, the enhetschef) of the enquired unit: go-ahead (klartecken). */
    public record LamnaKlartecken(@TargetAggregateIdentifier String uppdragId, Actor actor, Instant tidpunkt) {
    }

    /** Metodhandledare (or enhetschef) of the enquired unit: decline, which needs special reasons. */
    public record AvbojForfragan(@TargetAggregateIdentifier String uppdragId, String skal, Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: consent (or refusal) of a guardian or of the child. */
    public record RegistreraSamtycke(@TargetAggregateIdentifier String uppdragId, Samtyckespart part,
                                     Vardnadshavare vardnadshavare, boolean samtycker, LocalDate datum, Actor actor,
                                     Instant tidpunkt) {
    }

    /**
     * Socialsekreterare: decision on intervention, with its documentation (SOSFS 2014:5). Under 11 § LVU it records the
     * LVU care decision it rests on and the committee's decision ({@code lvuVard}, {@code namndbeslut}); otherwise both
     * are {@code null}.
     */
    public record FattaBeslut(@TargetAggregateIdentifier String uppdragId, LocalDate beslutsdatum, Lagrum lagrum,
                              Period period, List<Mal> mal, Beslutsdokumentation dokumentation, LvuVard lvuVard,
                              Namndbeslut namndbeslut, Actor actor, Instant tidpunkt) {
    }

    /**
     * Socialsekreterare: a guardian, the child of 15 or over, or the young person of 18 or over withdrew the consent
     * the decision rested on.
     */
    public record AterkallaSamtycke(@TargetAggregateIdentifier String uppdragId, Samtyckespart part,
                                    Vardnadshavare vardnadshavare, LocalDate datum, Actor actor, Instant tidpunkt) {
    }

    /**
     * Socialsekreterare: after a withdrawal of consent, the decision is re-decided – under 11 § LVU by the committee
     * (same requirements as a decision under 11 § LVU), or with the consent of everyone required given anew.
     * {@code lagrum} may be {@code null}: the current basis (or 11 § LVU for the committee's decision).
     */
    public record OmprovaBeslut(@TargetAggregateIdentifier String uppdragId, Omprovningsgrund grund, LocalDate beslutsdatum,
                                Lagrum lagrum, String skal, Beslutsfattare beslutsfattare, LvuVard lvuVard,
                                Namndbeslut namndbeslut, Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: decision on an investigation assignment, with its detailed questions. */
    public record BeslutaUtredningsuppdrag(@TargetAggregateIdentifier String uppdragId, LocalDate beslutsdatum,
                                           List<String> fragor, boolean kommuniceratMedFamiljen, Actor actor,
                                           Instant tidpunkt) {
    }

    /** Socialsekreterare: send the written assignment to the unit's metodhandledare. */
    public record SkickaUppdrag(@TargetAggregateIdentifier String uppdragId, Uppdragsinnehall innehall, Actor actor,
                                Instant tidpunkt) {
    }

    /** Metodhandledare (or enhetschef): confirm that the assignment was received. */
    public record BekraftaMottagande(@TargetAggregateIdentifier String uppdragId, Actor actor, Instant tidpunkt) {
    }

    /** Metodhandledare (or enhetschef): appoint the responsible performer (ansvarig utförare). */
    public record UtseAnsvarigUtforare(@TargetAggregateIdentifier String uppdragId, String ansvarigUtforare, Actor actor,
                                       Instant tidpunkt) {
    }

    /** Metodhandledare (or enhetschef): the unit cannot take on the assignment, or cannot carry it out in reasonable time. */
    public record RapporteraHinder(@TargetAggregateIdentifier String uppdragId, Hinder hinder, String skal,
                                   boolean enhetschefInformerad, String erbjudetUnderTiden, Actor actor,
                                   Instant tidpunkt) {
    }

    /** Socialsekreterare or ansvarig utförare: the professional pre-meeting (förmöte). */
    public record RegistreraFormote(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                    Set<Deltagare> deltagare, LocalDate planeringsmoteDatum, String planeringsmotePlats,
                                    String tolkOchStod, String barnetsDelaktighet, Motesledning ledning,
                                    Boolean familjenKallad, Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare or ansvarig utförare: the planning meeting with the family. */
    public record RegistreraPlaneringsmote(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                           Set<Deltagare> deltagare, boolean barnetDeltog, String orsakBarnetDeltogEj,
                                           boolean sekretessInformerad, boolean malGenomgangna,
                                           LocalDate planeratStartdatum, String skalForSenStart,
                                           LocalDate forstaUppfoljningsmote, String skalForSenUppfoljning,
                                           Planeringsoverenskommelser overenskommelser, Actor actor, Instant tidpunkt) {
    }

    /** Ansvarig utförare: whether the intervention really started on the agreed date. */
    public record BekraftaStart(@TargetAggregateIdentifier String uppdragId, boolean startade, String orsak, Actor actor,
                                Instant tidpunkt) {
    }

    /** Socialsekreterare: document the date the intervention really started (verkställighet). */
    public record DokumenteraVerkstallighet(@TargetAggregateIdentifier String uppdragId, LocalDate verkstallighetsdatum,
                                            Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare or ansvarig utförare: the intervention was interrupted. */
    public record AvbrytVerkstallighet(@TargetAggregateIdentifier String uppdragId, LocalDate avbrottsdatum,
                                       Avbrottsorsak orsak, String beskrivning, Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare or ansvarig utförare: the interrupted intervention was resumed. */
    public record AterupptaVerkstallighet(@TargetAggregateIdentifier String uppdragId, LocalDate datum, Actor actor,
                                          Instant tidpunkt) {
    }

    /** Socialsekreterare: the individual asks to postpone the start. */
    public record RegistreraUppskov(@TargetAggregateIdentifier String uppdragId, Samtyckespart begartAv,
                                    LocalDate onskatStartdatum, String skal, Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: the decision is revoked (SOSFS 2014:5 4 kap. 17 §: when, reasons, name and title). */
    public record AterkallaBeslut(@TargetAggregateIdentifier String uppdragId, LocalDate datum, String skal,
                                  Beslutsfattare beslutsfattare, Actor actor, Instant tidpunkt) {
    }

    /** Ansvarig utförare: the implementation plan is established with the family. */
    public record UpprattaGenomforandeplan(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                           Set<Deltagare> deltagare, String barnetsDelaktighet,
                                           List<Aktivitet> aktiviteter, String samverkan, String uppfoljningAvPlanen,
                                           String vardnadshavarnasSynpunkter, Actor actor, Instant tidpunkt) {
    }

    /** Ansvarig utförare: the implementation plan is revised. */
    public record ReviderGenomforandeplan(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                          Revideringsanledning anledning, String barnetsDelaktighet,
                                          List<Aktivitet> aktiviteter, String samverkan, String uppfoljningAvPlanen,
                                          String vardnadshavarnasSynpunkter, Actor actor, Instant tidpunkt) {
    }

    /** Ansvarig utförare: copies of the current plan handed to the family members in it. */
    public record LamnaKopiorAvGenomforandeplan(@TargetAggregateIdentifier String uppdragId, Set<Mottagare> mottagare,
                                                LocalDate datum, Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: ask for the missing implementation plan. */
    public record EfterfragaGenomforandeplan(@TargetAggregateIdentifier String uppdragId, Actor actor, Instant tidpunkt) {
    }

    /** Ansvarig utförare: the family's objection to the plan's goals or their order, routed to the social secretary. */
    public record RegistreraInvandning(@TargetAggregateIdentifier String uppdragId, String invandningId, Mottagare fran,
                                       String invandning, Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: what was done about an objection. */
    public record HanteraInvandning(@TargetAggregateIdentifier String uppdragId, String invandningId, String atgard,
                                    Actor actor, Instant tidpunkt) {
    }

    /** Ansvarig utförare: the report (utredningsuppdrag) or closing summary (insats under utredning). */
    public record LamnaRedogorelse(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                   boolean genomgangenMedFamiljen, String familjensSynpunkter, String sammanfattning,
                                   Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: risk assessment before closure. */
    public record GoraRiskbedomning(@TargetAggregateIdentifier String uppdragId, Riskniva riskniva,
                                    boolean kvarstaendeBehov, LocalDate datum, Actor actor, Instant tidpunkt) {
    }

    /** Ansvarig utförare: closing summary per goal, handed to the family. */
    public record LamnaAvslutandeSammanfattning(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                                List<MalUppfyllelse> malUppfyllelse, Set<Mottagare> overlamnadTill,
                                                Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: the intervention is closed. */
    public record AvslutaInsats(@TargetAggregateIdentifier String uppdragId, LocalDate datum, Avslutsskal skal,
                                boolean nyUtredningInleds, String motivering, Actor actor, Instant tidpunkt) {
    }

    /** Ansvarig utförare (or metodhandledare or enhetschef when none was appointed): the assignment is closed. */
    public record AvslutaUppdrag(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                 FysiskaHandlingar fysiskaHandlingar, Actor actor, Instant tidpunkt) {
    }

    /**
     * The performing unit (metodhandledare, enhetschef or the ansvarig utförare) asks the social secretary about an
     * unclear point of the sent assignment ("diskutera eventuella oklarheter i uppdraget").
     */
    public record StallFragaOmUppdraget(@TargetAggregateIdentifier String uppdragId, String fragaId, String fraga,
                                        Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare of the owning unit: answers the performing unit's question. */
    public record BesvaraFragaOmUppdraget(@TargetAggregateIdentifier String uppdragId, String fragaId, String svar,
                                          Actor actor, Instant tidpunkt) {
    }

    /** Socialsekreterare: passes new information to the ansvarig utförare ("Uppdatera ansvarig utförare på eventuell ny information"). */
    public record LamnaNyInformation(@TargetAggregateIdentifier String uppdragId, String informationId, String information,
                                     Actor actor, Instant tidpunkt) {
    }

    /**
     * Socialsekreterare or ansvarig utförare: the child and the guardians were told in good time that the intervention's
     * decision period is ending ("Informera barn och vårdnadshavare i god tid …").
     */
    public record InformeraFamiljenInforAvslut(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                               Set<Mottagare> informerade, Actor actor, Instant tidpunkt) {
    }
}
