package se.barnunga.deadline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which part of a quarter's IVO report (34 kap. 1–2 §§ SoL 2025:400, old 16 kap. 6 f–g §§ SoL 2001:453) a decision on
 * intervention and its interruptions belong to. Pure: given what is known about the decision, the answer for a quarter
 * depends only on facts dated up to the quarter's last day, so a past quarter's report is reproducible.
 *
 * <p>Three months count as {@link Frist#kalendermanader(int) calendar months} (lag 1930:173: a decision on 30 November
 * is due 28 February and has passed from 1 March). For quarter Q:
 * <ul>
 * <li>{@link Lista#EJ_VERKSTALLDA}: passed by Q's last day, not carried out or closed before Q's first day, and either
 * first passed within Q (then listed even if carried out or closed later in Q, with that date) or still open at Q's
 * end – reported again every quarter until carried out or closed (a declined offer alone does not close it);</li>
 * <li>{@link Lista#VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT}: first passed in an earlier quarter (so reported then)
 * and carried out or closed during Q, with the date and, for a closure, the reason.</li>
 * </ul>
 * An interruption is the same with its own date: due three months after it, resolved when resumed or when the case is
 * closed.
 */
public final class IvoUrval {

    private static final Frist TRE_MANADER = Frist.kalendermanader(3);

    /** What is reported: a decision not carried out, or an interruption not resumed. */
    public enum Slag {
        EJ_VERKSTALLT, AVBROTT
    }

    /** The report's two lists. */
    public enum Lista {
        EJ_VERKSTALLDA, VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT
    }

    /**
     * What the read model knows about one decision.
     *
     * @param avslutsorsak {@code INSATS_AVSLUTAD}, {@code BESLUT_ATERKALLAT} (or {@code UPPDRAG_AVSLUTAT})
     * @param avslutsskal  the reason code of {@code InsatsAvslutad}, e.g. {@code ENSKILD_AVBOJER}
     */
    public record Beslut(LocalDate beslutsdatum, LocalDate verkstallighetsdatum, LocalDate avslutsdatum, String avslutsorsak,
                         String avslutsskal, List<Avbrott> avbrott) {

        public Beslut {
            Objects.requireNonNull(beslutsdatum, "beslutsdatum");
            avbrott = avbrott == null ? List.of() : List.copyOf(avbrott);
        }
    }

    public record Avbrott(LocalDate avbrottsdatum, LocalDate aterupptagenDatum) {
    }

    /**
     * One entry of the report.
     *
     * @param fran                 the decision date ({@code EJ_VERKSTALLT}) or the interruption date ({@code AVBROTT})
     * @param forfallodatum        the last day of the three months
     * @param forstaKvartal        the quarter it first passed in (first reported)
     * @param verkstalldDatum      the date carried out ({@code EJ_VERKSTALLT}) or resumed ({@code AVBROTT}) up to the
     *                             quarter's end, else null
     * @param avslutsdatum         the date closed for another reason up to the quarter's end (when not carried out first)
     * @param avslutsskal          for a closure: the reason ({@code InsatsAvslutad}'s reason or {@code BESLUT_ATERKALLAT})
     */
    public record Post(Slag slag, Lista lista, LocalDate fran, LocalDate forfallodatum, Kvartal forstaKvartal,
                       LocalDate verkstalldDatum, LocalDate avslutsdatum, String avslutsskal) {

        /** Still not carried out (resumed) nor closed at the quarter's end. */
        public boolean oppenVidKvartaletsSlut() {
            return verkstalldDatum == null && avslutsdatum == null;
        }
    }

    private IvoUrval() {
    }

    /** The three months' due date of a decision or interruption on the day. */
    public static LocalDate forfallodatum(LocalDate fran) {
        return TRE_MANADER.forfallodatum(fran, null, null);
    }

    /** The decision's and its interruptions' entries in the quarter's report (none, one or several). */
    public static List<Post> poster(Beslut b, Kvartal q) {
        LocalDate sista = q.sista();
        LocalDate verkstalld = senast(b.verkstallighetsdatum(), sista);
        LocalDate avslutad = senast(b.avslutsdatum(), sista);
        String skal = avslutad == null ? null : b.avslutsskal() != null ? b.avslutsskal() : b.avslutsorsak();
        List<Post> poster = new ArrayList<>();
        post(Slag.EJ_VERKSTALLT, b.beslutsdatum(), verkstalld, avslutad, skal, q).ifPresent(poster::add);
        if (verkstalld != null) {
            for (Avbrott a : b.avbrott()) {
                if (a.avbrottsdatum() == null || a.avbrottsdatum().isAfter(sista) || a.avbrottsdatum().isBefore(verkstalld)) {
                    continue;
                }
                post(Slag.AVBROTT, a.avbrottsdatum(), senast(a.aterupptagenDatum(), sista), avslutad, skal, q).ifPresent(poster::add);
            }
        }
        return poster;
    }

    private static java.util.Optional<Post> post(Slag slag, LocalDate fran, LocalDate klar, LocalDate avslutad, String skal,
                                                 Kvartal q) {
        LocalDate forfaller = forfallodatum(fran);
        LocalDate passerad = forfaller.plusDays(1);
        if (passerad.isAfter(q.sista())) {
            return java.util.Optional.empty(); // not (yet) three months by the quarter's end
        }
        // carried out (resumed) or closed first: that ends it
        boolean klarForst = klar != null && (avslutad == null || !klar.isAfter(avslutad));
        LocalDate slut = klarForst ? klar : avslutad;
        if (slut != null && !slut.isAfter(forfaller)) {
            return java.util.Optional.empty(); // within the three months: never reported
        }
        if (slut != null && slut.isBefore(q.forsta())) {
            return java.util.Optional.empty(); // done before the quarter (reported in that quarter's report)
        }
        Kvartal forsta = Kvartal.av(passerad);
        Lista lista = forsta.equals(q) || slut == null ? Lista.EJ_VERKSTALLDA : Lista.VERKSTALLDA_ELLER_AVSLUTADE_EFTER_RAPPORT;
        return java.util.Optional.of(new Post(slag, lista, fran, forfaller, forsta, klarForst ? klar : null,
                klarForst || slut == null ? null : avslutad, klarForst || slut == null ? null : skal));
    }

    /** The date if on or before the day (a fact dated later is not yet known for the quarter), else null. */
    private static LocalDate senast(LocalDate datum, LocalDate sista) {
        return datum == null || datum.isAfter(sista) ? null : datum;
    }
}
