package se.barnunga.followup.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import se.barnunga.followup.domain.Varden.Barn;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.followup.domain.Varden.Malbedomning;

/**
 * Every internal event of the {@link Uppfoljning} aggregate. They may carry the meetings' free texts and stay in this
 * service's event store; the public events on {@code barnunga.uppfoljning.v1} are derived from the five that share
 * their names, without free text. Who did it is in each event's metadata ({@link se.barnunga.platform.domain.PerformedBy}).
 * Events that become public are self-contained, so the contract mapping needs nothing but the event.
 */
public final class Handelser {

    private Handelser() {
    }

    /**
     * An event of the {@link Uppfoljning} aggregate: the closed set of what its event store holds, for the code that
     * reads it (the case file, the projection) to take instead of {@code Object}.
     */
    public sealed interface UppfoljningHandelse permits
            UppdragKant, AnsvarigUtforareKand, PlaneringsmoteKant, VerkstallighetKand, GenomforandeplanKand,
            RiskbedomningKand, InsatsensSlutKant, UppfoljningsmotePakallat, UppfoljningsmoteBokat,
            UppfoljningsmoteAvbokat, ForMoteHallet, UtforarsammanfattningLamnad, SammanfattningOverlamnad,
            UppfoljningGenomford, UtredningInledd, SynpunktRegistrerad, SynpunktsatgardRegistrerad,
            AvslutningsmoteGenomfort {

        String uppdragId();
    }

    // ---- Facts learned from the assignment-service (internal) --------------------------------------------------------

    /** The assignment's facts, as known from its newest source event ({@code kand}). */
    public record UppdragKant(String uppdragId, String uppdragstyp, Barn barn, String insatstyp, LocalDate beslutsdatum,
                              List<Mal> mal, String myndighetsenhet, String socialsekreterare, String utforarenhet,
                              Instant kand) implements UppfoljningHandelse {
    }

    public record AnsvarigUtforareKand(String uppdragId, String utforarenhet, String ansvarigUtforare, Instant kand)
            implements UppfoljningHandelse {
    }

    public record PlaneringsmoteKant(String uppdragId, LocalDate motesdatum, LocalDate planeratStartdatum,
                                     LocalDate forstaUppfoljningsmote, Instant kand) implements UppfoljningHandelse {
    }

    public record VerkstallighetKand(String uppdragId, LocalDate verkstallighetsdatum, Instant kand)
            implements UppfoljningHandelse {
    }

    public record GenomforandeplanKand(String uppdragId, int version, LocalDate datum, boolean revision, Instant kand)
            implements UppfoljningHandelse {
    }

    /** The assignment's risk assessment ({@code RiskbedömningGjord}); the newest by {@code kand} counts. */
    public record RiskbedomningKand(String uppdragId, Riskniva riskniva, boolean kvarstaendeBehov, LocalDate bedomningsdatum,
                                    Instant kand) implements UppfoljningHandelse {
    }

    public record InsatsensSlutKant(String uppdragId, Avslutsorsak orsak, LocalDate datum, Instant kand)
            implements UppfoljningHandelse {
    }

    // ---- The routine's steps -----------------------------------------------------------------------------------------

    /** Public as {@code UppföljningsmötePåkallat}. */
    public record UppfoljningsmotePakallat(String uppdragId, String skal, String pakallatAv, String roll,
                                           String myndighetsenhet, String utforarenhet, Instant pakallat)
                                                   implements UppfoljningHandelse {
    }

    /**
     * Public as {@code UppföljningsmöteBokat}. {@code inomFonster} is null where the window does not apply (an extra
     * meeting, the closing meeting, or no reference date known).
     */
    public record UppfoljningsmoteBokat(String uppdragId, String moteId, Motesslag slag, boolean extra, LocalDate datum,
                                        LocalTime klockslag, String plats, Set<Deltagare> inbjudna, LocalDate referensdatum,
                                        Integer dagarFranReferens, Boolean inomFonster, String skalUtanforFonster,
                                        boolean ombokning, Bokningskalla kalla, String socialsekreterare,
                                        String myndighetsenhet, String utforarenhet, Instant bokat)
                                                implements UppfoljningHandelse {
    }

    /**
     * Internal: the booked meeting was cancelled without a new date; the intervention has no booked meeting until the
     * next booking. A cancelled extra meeting leaves its call open.
     */
    public record UppfoljningsmoteAvbokat(String uppdragId, String moteId, boolean extra, String skal, Instant avbokat)
            implements UppfoljningHandelse {
    }

    /** Internal: the pre-meeting before a booked meeting. */
    public record ForMoteHallet(String uppdragId, String moteId, LocalDate datum, String planering, Instant registrerat)
            implements UppfoljningHandelse {
    }

    /** Public as {@code UtförarsammanfattningLämnad}. */
    public record UtforarsammanfattningLamnad(String uppdragId, String moteId, Motesslag slag, int tillfallenGenomforda,
                                              int tillfallenPlanerade, Delaktighet barnetsDelaktighet,
                                              Delaktighet vardnadshavarnasDelaktighet, List<Malarbete> malarbete,
                                              String ansvarigUtforare, Instant lamnad, String avvikelseFranPlanen)
                                                      implements UppfoljningHandelse {

        /** As stored before {@code avvikelseFranPlanen} existed (it reads as null). */
        public UtforarsammanfattningLamnad(String uppdragId, String moteId, Motesslag slag, int tillfallenGenomforda,
                                           int tillfallenPlanerade, Delaktighet barnetsDelaktighet,
                                           Delaktighet vardnadshavarnasDelaktighet, List<Malarbete> malarbete,
                                           String ansvarigUtforare, Instant lamnad) {
            this(uppdragId, moteId, slag, tillfallenGenomforda, tillfallenPlanerade, barnetsDelaktighet,
                    vardnadshavarnasDelaktighet, malarbete, ansvarigUtforare, lamnad, null);
        }
    }

    /**
     * Internal: the responsible performer handed the summary before a meeting to the family (the social secretary has
     * it in the record).
     */
    public record SammanfattningOverlamnad(String uppdragId, String moteId, Set<Familjemedlem> mottagare, LocalDate datum,
                                           Instant registrerat) implements UppfoljningHandelse {
    }

    /**
     * Public as {@code UppföljningGenomförd}. Fields added later ({@code familjensUppfattning}, {@code bedomningAvNyaBehov},
     * {@code ingaAnpassningarBehovdes}, {@code bedomningsinstrument}, {@code annatInstrument}) are null or false in
     * events stored before them.
     */
    public record UppfoljningGenomford(String uppdragId, String moteId, int nummer, boolean extra, LocalDate datum,
                                       Barn barn, String insatstyp, String myndighetsenhet, String utforarenhet,
                                       Set<Deltagare> deltagare, boolean barnetDeltog, String skalBarnetDeltogEj,
                                       String barnetsUppfattning, String familjensUppfattning,
                                       List<Malbedomning> bedomningar, String bedomningAvNyaBehov, String anpassningar,
                                       boolean ingaAnpassningarBehovdes, Set<Bedomningsinstrument> bedomningsinstrument,
                                       String annatInstrument, Utfall utfall, String forandringar, Justering justering,
                                       Utredningsgrund utredningsgrund, boolean genomforandeplanenRevideras,
                                       boolean sammanfattningFanns, String skalUtanSammanfattning,
                                       LocalDate nastaMotesdatum, Instant registrerat) implements UppfoljningHandelse {

        /** Whether the meeting calls for a new investigation: the outcome says so, or a goal changed for the worse. */
        public boolean kraverUtredning() {
            return utfall == Utfall.NY_UTREDNING
                    || (bedomningar != null && bedomningar.stream().anyMatch(b -> b.skala() == Bbicskala.NEGATIV_FORANDRING));
        }
    }

    /**
     * Public as {@code UtredningInledd}: a new investigation under SoL was opened after the follow-up {@code moteId}.
     * {@code socialsekreterare} is who recorded it.
     */
    public record UtredningInledd(String uppdragId, String moteId, LocalDate inledd, Barn barn, String myndighetsenhet,
                                  String socialsekreterare, Instant registrerat) implements UppfoljningHandelse {
    }

    /**
     * Internal: a complaint or view from the family on how the intervention is carried out (free text; never public).
     * {@code atgarder} null when the measures are added later.
     */
    public record SynpunktRegistrerad(String uppdragId, String synpunktId, Synpunktstyp typ, Familjemedlem franVem,
                                      LocalDate datum, String avser, String atgarder, Instant registrerat)
                                              implements UppfoljningHandelse {
    }

    /** Internal: a measure taken on a complaint or view. */
    public record SynpunktsatgardRegistrerad(String uppdragId, String synpunktId, LocalDate datum, String atgarder,
                                             Instant registrerat) implements UppfoljningHandelse {
    }

    /** Public as {@code AvslutningsmöteGenomfört}; {@code riskbedomning} is the assignment's risk assessment. */
    public record AvslutningsmoteGenomfort(String uppdragId, String moteId, LocalDate datum, Barn barn, String insatstyp,
                                           String myndighetsenhet, String utforarenhet, Set<Deltagare> deltagare,
                                           boolean barnetDeltog, String skalBarnetDeltogEj, String barnetsUpplevelse,
                                           String ovrigasUpplevelse, List<Malbedomning> bedomningar,
                                           Riskniva riskbedomning, boolean slutsammanfattningPresenterad,
                                           boolean slutsammanfattningLamnad, String skalUtanSlutsammanfattning,
                                           Instant registrerat) implements UppfoljningHandelse {
    }
}
