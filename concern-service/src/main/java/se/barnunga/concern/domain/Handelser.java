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

    /**
     * An event of the {@link Oro} aggregate: the closed set of what its event store holds, for the code that reads it
     * to take instead of {@code Object}.
     */
    public sealed interface OroHandelse permits
            OroLamnad, AvvikelseRegistrerad, OroBekraftadSkriftligt, OroMottagen, OroVidarebefordrad,
            SkyddsbedomningGjord, AterkopplingLamnad, ForhandsbedomningAvslutad, AterkopplingAvstadd {

        String oroId();
    }

    /**
     * A concern came in and was routed.
     *
     * @param omValdEllerOvergrepp the checklist's exception: violence or other abuse by a parent or other close person
     * @param misstanktOvergrepp   the body text's exception: suspected physical, psychological or sexual abuse, by
     *                             anyone; {@code null} on events from before it could be given (read as none)
     */
    public record OroLamnad(String oroId, String anmalanId, List<String> lankadeOroIds, Barnuppgift barn, String uppdragId,
                            Relation relation, boolean akut, Form form, boolean omValdEllerOvergrepp,
                            List<Overgreppstyp> misstanktOvergrepp, Informering informering, boolean arbetsledareKonsulterad, String beskrivning,
                            Uppgiftslamnare uppgiftslamnare, Instant inkom, Mottagare mottagare,
                            Dirigeringsgrund dirigering, Instant kvitteraSenast, Frister frister) implements OroHandelse {
    }

    /**
     * A deviation from the routine was recorded.
     *
     * @param falt the request field it is about, as a JSON path (e.g. {@code familjemedlemmar[1].informerad}), for the
     *             submitting client's warning; {@code null} when it is about no field (a missed deadline), and on
     *             events from before it existed
     */
    public record AvvikelseRegistrerad(String oroId, String avvikelseId, Avvikelsetyp typ, String enhet, Instant registrerad,
                                       String falt) implements OroHandelse {
    }

    /** The reporter confirmed the oral report in writing. */
    public record OroBekraftadSkriftligt(String oroId, String text, Instant bekraftad, boolean inomFrist)
            implements OroHandelse {
    }

    /** The current recipient acknowledged receipt. */
    public record OroMottagen(String oroId, Mottagare mottagare, String mottagetAv, Instant mottagen)
            implements OroHandelse {
    }

    /** The concern moved to another recipient, by a recipient or by escalation. */
    public record OroVidarebefordrad(String oroId, Mottagare fran, Mottagare till, Vidarebefordringsorsak orsak, String skal,
                                     Instant vidarebefordrad, Instant kvitteraSenast) implements OroHandelse {
    }

    /** The protection assessment was made. */
    public record SkyddsbedomningGjord(String oroId, Skyddsbedomning bedomning, boolean sammaDag, Instant registrerad)
            implements OroHandelse {
    }

    /** Feedback was given to the professional reporter. */
    public record AterkopplingLamnad(String oroId, Aterkopplingsbesked besked, Instant lamnad) implements OroHandelse {
    }

    /**
     * The preliminary assessment was closed.
     *
     * @param barnetKomTillTals  whether the child was given the opportunity to express its views (11 kap. 10 § SoL);
     *                           {@code null} on events from before it was recorded
     * @param skalBarnetInteHort why the child was not heard, when it was not
     */
    public record ForhandsbedomningAvslutad(String oroId, Forhandsbeslut beslut, String skal, String synnerligaSkal,
                                            Instant avslutad, int dagarSedanInkom, boolean inomFrist,
                                            Boolean barnetKomTillTals, String skalBarnetInteHort) implements OroHandelse {
    }

    /**
     * The recipient decided, for special reasons (19 kap. 6 § SoL: "om det inte finns särskilda skäl mot det"), not to
     * give the professional reporter feedback; the feedback obligation ends.
     */
    public record AterkopplingAvstadd(String oroId, String sarskildaSkal, Instant beslutad) implements OroHandelse {
    }
}
