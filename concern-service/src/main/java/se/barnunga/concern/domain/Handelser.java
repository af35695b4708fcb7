package se.barnunga.concern.domain;

import java.time.Instant;
import java.util.List;

import se.barnunga.concern.domain.Varden.Barnuppgift;
import se.barnunga.concern.domain.Varden.Frister;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;
import se.barnunga.concern.domain.Varden.Uppgiftslamnare;

/**
 * The internal events of a concern, in the event store. They hold personal data and free text; the public contract
 * (barnunga.oro.v1) is mapped from them without either.
 */
public final class Handelser {

    private Handelser() {
    }

    /** A concern came in and was routed. */
    public record OroLamnad(String oroId, String anmalanId, List<String> lankadeOroIds, Barnuppgift barn, String uppdragId,
                            Relation relation, boolean akut, Form form, boolean omValdEllerOvergrepp,
                            Informering informering, boolean arbetsledareKonsulterad, String beskrivning,
                            Uppgiftslamnare uppgiftslamnare, Instant inkom, Mottagare mottagare,
                            Dirigeringsgrund dirigering, Instant kvitteraSenast, Frister frister) {
    }

    /** A deviation from the routine was recorded. */
    public record AvvikelseRegistrerad(String oroId, String avvikelseId, Avvikelsetyp typ, String enhet, Instant registrerad) {
    }

    /** The reporter confirmed the oral report in writing. */
    public record OroBekraftadSkriftligt(String oroId, String text, Instant bekraftad, boolean inomFrist) {
    }

    /** The current recipient acknowledged receipt. */
    public record OroMottagen(String oroId, Mottagare mottagare, String mottagetAv, Instant mottagen) {
    }

    /** The concern moved to another recipient, by a recipient or by escalation. */
    public record OroVidarebefordrad(String oroId, Mottagare fran, Mottagare till, Vidarebefordringsorsak orsak, String skal,
                                     Instant vidarebefordrad, Instant kvitteraSenast) {
    }

    /** The protection assessment was made. */
    public record SkyddsbedomningGjord(String oroId, Skyddsbedomning bedomning, boolean sammaDag, Instant registrerad) {
    }

    /** Feedback was given to the professional reporter. */
    public record AterkopplingLamnad(String oroId, Aterkopplingsbesked besked, Instant lamnad) {
    }

    /** The preliminary assessment was closed. */
    public record ForhandsbedomningAvslutad(String oroId, Forhandsbeslut beslut, String skal, String synnerligaSkal,
                                            Instant avslutad, int dagarSedanInkom, boolean inomFrist) {
    }
}
