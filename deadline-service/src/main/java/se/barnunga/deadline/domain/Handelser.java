package se.barnunga.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The events of a watched case. The watch events are published on {@code barnunga.bevakning.v1}; the facts, the case
 * state and acknowledgements stay in the service.
 */
public final class Handelser {

    private Handelser() {
    }

    /**
     * An event of the {@link Bevakningsarende} aggregate (all the events here are its): the closed set of what its event
     * store holds, for the code that reads it to take instead of {@code Object}.
     */
    public sealed interface BevakningHandelse permits
            FaktumRegistrerat, ArendelageAndrat, BevakningStartad, BevakningPaminnelse, BevakningPasserad,
            BevakningUppfylld, BevakningAvbruten, IvoRapporteringKravs, BevakningPasseradAterkallad,
            IvoRapporteringAterkallad, LarmKvitterat {

        String arendeId();
    }

    /** A fact was recorded (the first time its id was seen). */
    public record FaktumRegistrerat(String arendeId, Arendetyp arendetyp, Faktum faktum) implements BevakningHandelse {
    }

    /** What the case's facts say changed (read models: lists, IVO report, indicators). */
    public record ArendelageAndrat(String arendeId, Arendetyp arendetyp, Arendelage lage) implements BevakningHandelse {
    }

    /**
     * A watch started, or (andrad) an open watch's due date moved, or a closed watch re-opened by a newer start event, or
     * by a fact arriving late that ends it otherwise (then closed again at once with the end the facts say).
     */
    public record BevakningStartad(String arendeId, Arendetyp arendetyp, String bevakningId, String regelId, int regelversion,
                                   String kalla, boolean ivo, String forekomst, String startHandelseId, LocalDate startdatum,
                                   LocalDate forfallodatum, Instant forfaller, Instant paminnelse, boolean andrad,
                                   Arendeinfo arende, Instant tidpunkt) implements BevakningHandelse {
    }

    public record BevakningPaminnelse(String arendeId, Arendetyp arendetyp, String bevakningId, String regelId,
                                      LocalDate forfallodatum, Instant forfaller, Arendeinfo arende, Instant tidpunkt)
                                              implements BevakningHandelse {
    }

    public record BevakningPasserad(String arendeId, Arendetyp arendetyp, String bevakningId, String regelId,
                                    LocalDate forfallodatum, Instant forfaller, Arendeinfo arende, Instant tidpunkt)
                                            implements BevakningHandelse {
    }

    public record BevakningUppfylld(String arendeId, Arendetyp arendetyp, String bevakningId, String regelId,
                                    LocalDate forfallodatum, LocalDate uppfylldDatum, boolean inomFrist, String handelseId,
                                    Arendeinfo arende, Instant tidpunkt) implements BevakningHandelse {
    }

    public record BevakningAvbruten(String arendeId, Arendetyp arendetyp, String bevakningId, String regelId, String orsak,
                                    LocalDate avbrutenDatum, String handelseId, Arendeinfo arende, Instant tidpunkt)
                                            implements BevakningHandelse {
    }

    /**
     * The watch's decision or interruption is to be in the quarter's IVO report: {@code kvartal} is the quarter current
     * when it was raised, {@code forstaKvartal} the first quarter whose report must include it (the quarter the three
     * months passed in; earlier than {@code kvartal} when the decision was registered late). For a case learned of only
     * after it ended late, raised once with {@code kvartal} the quarter it ended in. Null
     * {@code forstaKvartal} on events stored before the field existed.
     */
    public record IvoRapporteringKravs(String arendeId, String bevakningId, String regelId, String forekomst,
                                       LocalDate forfallodatum, String kvartal, boolean forstaGangen, Arendeinfo arende,
                                       Instant tidpunkt, String forstaKvartal) implements BevakningHandelse {
    }

    /**
     * A watch that passed turned out not to have passed: met or cancelled by a fact dated on or before its due date that
     * arrived after the alert ({@code UPPFYLLD_INOM_FRIST}, {@code AVBRUTEN_INOM_FRIST}), or its due date moved beyond
     * now ({@code FORFALLODATUM_ANDRAT}). The alert is withdrawn: nothing is left to acknowledge. {@code datum}: the date
     * met or cancelled, or the new due date.
     */
    public record BevakningPasseradAterkallad(String arendeId, Arendetyp arendetyp, String bevakningId, String regelId,
                                              LocalDate forfallodatum, String orsak, LocalDate datum, Arendeinfo arende,
                                              Instant tidpunkt) implements BevakningHandelse {
    }

    /**
     * The IVO requirement of a watch withdrawn with its passing ({@link BevakningPasseradAterkallad}): the case is in no
     * quarter's report from {@code forstaKvartal} to {@code senasteKvartal} (the quarters required so far).
     */
    public record IvoRapporteringAterkallad(String arendeId, String bevakningId, String regelId, String forekomst,
                                            LocalDate forfallodatum, String forstaKvartal, String senasteKvartal, String orsak,
                                            Arendeinfo arende, Instant tidpunkt) implements BevakningHandelse {
    }

    /** Someone acknowledged the watch's latest alert ({@code larm}: the alert's type); who is in the metadata. */
    public record LarmKvitterat(String arendeId, String bevakningId, String larm, String kommentar, Instant tidpunkt)
            implements BevakningHandelse {
    }
}
