package se.barnunga.followup.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.barnunga.followup.domain.Varden.Barn;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.platform.domain.Actor;

/**
 * The commands of the {@link Uppfoljning} aggregate. The first group records what the assignment-service published
 * (sent by the consumer of {@code barnunga.uppdrag.v1}, idempotent, never refused); the second group is the routine's
 * follow-up and closing steps, sent over REST by the social secretary or the responsible performer. Every command
 * carries who sends it and when ({@code tidpunkt}, from the injected clock).
 */
public final class Kommandon {

    private Kommandon() {
    }

    // ---- Facts from the assignment-service ---------------------------------------------------------------------------

    /**
     * The assignment's facts from {@code UppdragSkickat} or {@code InsatsBeviljad}; {@code kand} is when the source
     * event happened, so a late older event never overwrites newer facts.
     */
    public record RegistreraUppdrag(@TargetAggregateIdentifier String uppdragId, String uppdragstyp, Barn barn,
                                    String insatstyp, LocalDate beslutsdatum, List<Mal> mal, String myndighetsenhet,
                                    String socialsekreterare, String utforarenhet, Instant kand, Actor actor) {
    }

    /** The responsible performer appointed ({@code AnsvarigUtförareUtsedd}). */
    public record RegistreraAnsvarigUtforare(@TargetAggregateIdentifier String uppdragId, String utforarenhet,
                                             String ansvarigUtforare, Instant kand, Actor actor) {
    }

    /** The planning meeting with the first follow-up meeting it booked ({@code PlaneringsmöteGenomfört}). */
    public record RegistreraPlaneringsmote(@TargetAggregateIdentifier String uppdragId, LocalDate motesdatum,
                                           LocalDate planeratStartdatum, LocalDate forstaUppfoljningsmote,
                                           String socialsekreterare, String ansvarigUtforare, Instant kand, Actor actor) {
    }

    /** The intervention started ({@code InsatsVerkställd}). */
    public record RegistreraVerkstallighet(@TargetAggregateIdentifier String uppdragId, String uppdragstyp, Barn barn,
                                           String insatstyp, LocalDate beslutsdatum, LocalDate verkstallighetsdatum,
                                           String myndighetsenhet, String socialsekreterare, String utforarenhet,
                                           String ansvarigUtforare, Instant kand, Actor actor) {
    }

    /** The implementation plan established or revised ({@code GenomförandeplanUpprättad}/{@code Reviderad}). */
    public record RegistreraGenomforandeplan(@TargetAggregateIdentifier String uppdragId, int version, LocalDate datum,
                                             boolean revision, Instant kand, Actor actor) {
    }

    /**
     * The social secretary's risk assessment made in the assignment-service ({@code RiskbedömningGjord}): the one risk
     * assessment of the case, which the closing meeting carries.
     */
    public record RegistreraRiskbedomning(@TargetAggregateIdentifier String uppdragId, Riskniva riskniva, boolean kvarstaendeBehov,
                                          LocalDate bedomningsdatum, Instant kand, Actor actor) {
    }

    /** The intervention closed or the decision revoked ({@code InsatsAvslutad}, {@code BeslutÅterkallat}). */
    public record RegistreraInsatsensSlut(@TargetAggregateIdentifier String uppdragId, Avslutsorsak orsak, LocalDate datum,
                                          Instant kand, Actor actor) {
    }

    // ---- The routine's steps -----------------------------------------------------------------------------------------

    /** Either side calls for an extra follow-up meeting, with a reason. */
    public record PakallaUppfoljningsmote(@TargetAggregateIdentifier String uppdragId, String skal, Actor actor, Instant tidpunkt) {
    }

    /** The social secretary books (or re-books) the next follow-up meeting or the closing meeting. */
    public record BokaMote(@TargetAggregateIdentifier String uppdragId, Motesslag slag, Bokning bokning, Actor actor,
                           Instant tidpunkt) {
    }

    /** The social secretary cancels the booked meeting without a new date (a new booking re-books instead). */
    public record AvbokaMote(@TargetAggregateIdentifier String uppdragId, String skal, Actor actor, Instant tidpunkt) {
    }

    /** The optional pre-meeting between the social secretary and the performer, before the booked meeting. */
    public record HallForMote(@TargetAggregateIdentifier String uppdragId, LocalDate datum, String planering, Actor actor,
                              Instant tidpunkt) {
    }

    /**
     * The responsible performer's summary before the booked meeting (for a closing meeting: of the whole period).
     * {@code avvikelseFranPlanen}: the circumstances that meant the intervention could not be carried out wholly as
     * planned (SOSFS 2014:5 5 kap. 3 §), required when fewer sessions were held than planned.
     */
    public record LamnaUtforarsammanfattning(@TargetAggregateIdentifier String uppdragId, Integer tillfallenGenomforda,
                                             Integer tillfallenPlanerade, Delaktighet barnetsDelaktighet,
                                             Delaktighet vardnadshavarnasDelaktighet, List<Malarbete> malarbete,
                                             String avvikelseFranPlanen, Actor actor, Instant tidpunkt) {
    }

    /**
     * The responsible performer records to whom in the family the summary before a meeting was handed (appendix 2:
     * "Lämna sammanfattningen till familjen och till socialsekreteraren"; the social secretary has it in the record).
     * {@code moteId} null: the latest meeting with a summary not yet handed over.
     */
    public record LamnaSammanfattningTillFamiljen(@TargetAggregateIdentifier String uppdragId, String moteId,
                                                  Set<Familjemedlem> mottagare, LocalDate datum, Actor actor, Instant tidpunkt) {
    }

    /** The booked follow-up meeting was held (appendix 2). */
    public record RegistreraUppfoljning(@TargetAggregateIdentifier String uppdragId, LocalDate datum, Set<Deltagare> deltagare,
                                        String skalBarnetDeltogEj, String barnetsUppfattning, String familjensUppfattning,
                                        List<Bedomning> bedomningar, String bedomningAvNyaBehov, String anpassningar,
                                        Boolean ingaAnpassningarBehovdes, Set<Bedomningsinstrument> bedomningsinstrument,
                                        String annatInstrument, Utfall utfall, String forandringar, Justering justering,
                                        Utredningsgrund utredningsgrund, Boolean genomforandeplanenRevideras,
                                        Bokning nastaMote, String skalUtanSammanfattning, Actor actor, Instant tidpunkt) {
    }

    /**
     * The social secretary records that a new investigation under SoL was opened after a follow-up that decided one or
     * rated a goal as a negative change. {@code moteId} null: the latest such meeting without a recorded investigation.
     */
    public record RegistreraUtredningInledd(@TargetAggregateIdentifier String uppdragId, String moteId, LocalDate inledd,
                                            Actor actor, Instant tidpunkt) {
    }

    /**
     * A complaint or view from the family on how the intervention is carried out, with the measures taken if already
     * known (SOSFS 2014:5, 4 kap. 22 § and 5 kap. 4 §), recorded by the social secretary or the responsible performer.
     */
    public record RegistreraSynpunkt(@TargetAggregateIdentifier String uppdragId, Synpunktstyp typ, Familjemedlem franVem,
                                     LocalDate datum, String avser, String atgarder, Actor actor, Instant tidpunkt) {
    }

    /** A measure taken on a recorded complaint or view, added later. */
    public record RegistreraSynpunktsatgard(@TargetAggregateIdentifier String uppdragId, String synpunktId, LocalDate datum,
                                            String atgarder, Actor actor, Instant tidpunkt) {
    }

    /**
     * The closing meeting was held (appendix 3). The risk assessment is the assignment's ({@link RegistreraRiskbedomning});
     * {@code riskbedomning} is optional and, when given, must be the same.
     */
    public record RegistreraAvslutningsmote(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                            Set<Deltagare> deltagare, String skalBarnetDeltogEj, String barnetsUpplevelse,
                                            String ovrigasUpplevelse, List<Bedomning> bedomningar, Riskniva riskbedomning,
                                            boolean slutsammanfattningPresenterad, String skalUtanSlutsammanfattning,
                                            Actor actor, Instant tidpunkt) {
    }
}
