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

    /** The responsible performer's summary before the booked meeting (for a closing meeting: of the whole period). */
    public record LamnaUtforarsammanfattning(@TargetAggregateIdentifier String uppdragId, Integer tillfallenGenomforda,
                                             Integer tillfallenPlanerade, Delaktighet barnetsDelaktighet,
                                             Delaktighet vardnadshavarnasDelaktighet, List<Malarbete> malarbete,
                                             Actor actor, Instant tidpunkt) {
    }

    /** The booked follow-up meeting was held (appendix 2). */
    public record RegistreraUppfoljning(@TargetAggregateIdentifier String uppdragId, LocalDate datum, Set<Deltagare> deltagare,
                                        String skalBarnetDeltogEj, String barnetsUppfattning, List<Bedomning> bedomningar,
                                        String anpassningar, Utfall utfall, String forandringar, Justering justering,
                                        Utredningsgrund utredningsgrund, Boolean genomforandeplanenRevideras,
                                        Bokning nastaMote, String skalUtanSammanfattning, Actor actor, Instant tidpunkt) {
    }

    /** The closing meeting was held (appendix 3). */
    public record RegistreraAvslutningsmote(@TargetAggregateIdentifier String uppdragId, LocalDate datum,
                                            Set<Deltagare> deltagare, String skalBarnetDeltogEj, String barnetsUpplevelse,
                                            String ovrigasUpplevelse, List<Bedomning> bedomningar, Riskniva riskbedomning,
                                            boolean slutsammanfattningPresenterad, String skalUtanSlutsammanfattning,
                                            Actor actor, Instant tidpunkt) {
    }
}
