package se.barnunga.concern.domain;

import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import se.barnunga.concern.domain.Varden.AnsvarigSocialsekreterare;
import se.barnunga.concern.domain.Varden.Barnuppgift;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.concern.domain.Varden.Ororegler;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;
import se.barnunga.concern.domain.Varden.Uppgiftslamnare;
import se.barnunga.platform.domain.Actor;

/** The commands on a concern. Each carries who issues it ({@link Actor}) and when. */
public final class Kommandon {

    private Kommandon() {
    }

    /**
     * Submit a concern about one child (one report about several children gives one command per child, sharing
     * {@code anmalanId}). Never refused for what the routine forbids or requires: deviations are recorded.
     *
     * @param ansvarig           the child's responsible social secretary if one is known, else {@code null}
     * @param ansvarigFranvarande whether that secretary is registered as absent today
     */
    public record LamnaOro(String oroId, String anmalanId, List<String> lankadeOroIds, Barnuppgift barn, String uppdragId,
                           Relation relation, boolean akut, Form form, boolean omValdEllerOvergrepp,
                           List<Overgreppstyp> misstanktOvergrepp, Informering informering,
                           boolean arbetsledareKonsulterad, String beskrivning, Uppgiftslamnare uppgiftslamnare,
                           AnsvarigSocialsekreterare ansvarig, boolean ansvarigFranvarande, Ororegler regler, Actor actor,
                           Instant inkom) {
    }

    /** The reporter confirms an oral report in writing. */
    public record BekraftaSkriftligt(@TargetAggregateIdentifier String oroId, String text, Actor actor, Instant tidpunkt) {
    }

    /** The current recipient acknowledges receipt. */
    public record TaEmotOro(@TargetAggregateIdentifier String oroId, Actor actor, Instant tidpunkt) {
    }

    /** The current recipient forwards the concern to another recipient. */
    public record VidarebefordraOro(@TargetAggregateIdentifier String oroId, Mottagare till, String skal, Ororegler regler,
                                    Actor actor, Instant tidpunkt) {
    }

    /** The current recipient records the protection assessment. */
    public record GorSkyddsbedomning(@TargetAggregateIdentifier String oroId, Skyddsbedomning bedomning, Actor actor,
                                     Instant tidpunkt) {
    }

    /** The current recipient gives feedback to the professional reporter. */
    public record LamnaAterkoppling(@TargetAggregateIdentifier String oroId, Aterkopplingsbesked besked, Actor actor,
                                    Instant tidpunkt) {
    }

    /** The current recipient decides, for special reasons, not to give the professional reporter feedback. */
    public record AvstaFranAterkoppling(@TargetAggregateIdentifier String oroId, String sarskildaSkal, Actor actor,
                                        Instant tidpunkt) {
    }

    /**
     * The current recipient closes the preliminary assessment.
     *
     * @param barnetKomTillTals  whether the child was given the opportunity to express its views (required)
     * @param skalBarnetInteHort why not, required when the child was not heard
     */
    public record AvslutaForhandsbedomning(@TargetAggregateIdentifier String oroId, Forhandsbeslut beslut, String skal,
                                           String synnerligaSkal, Boolean barnetKomTillTals, String skalBarnetInteHort,
                                           Actor actor, Instant tidpunkt) {
    }

    /**
     * The service checks the concern's deadlines at {@code nu}: escalates an unacknowledged concern to the reception
     * unit and records the deviations whose deadline has passed. Does nothing when nothing is due.
     */
    public record KontrolleraFrister(@TargetAggregateIdentifier String oroId, Ororegler regler, Actor actor, Instant nu) {
    }
}
