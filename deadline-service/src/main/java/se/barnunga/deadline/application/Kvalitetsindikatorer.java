package se.barnunga.deadline.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import se.barnunga.platform.time.ClockProducer;

/**
 * The quality indicators of the municipality's follow-up plan, per unit and period, by sex – aggregated in the database
 * from the case read model ({@code arende_vy}, {@code plan_vy}, {@code uppfoljningsmote_vy}), never loading cases.
 * The unit of a case is its {@code myndighetsenhet} (for a concern: the receiving unit); the sex is the child's
 * ({@code MAN}, {@code KVINNA}, {@code OKANT} when not known). Both are the case's as now known. "Interventions" are
 * assignments of type {@code BEVILJAD_INSATS} or {@code INSATS_UNDER_UTREDNING}.
 * <ol>
 * <li><b>B.4.1 – current implementation plan</b>, measured on each 1 April and 1 November within the period: of the
 * interventions ongoing on the measuring date (started, {@code verkstallighetsdatum} ≤ the date, and not ended,
 * {@code avslutsdatum} null or after the date; an interruption does not end it), the share with a current plan. A plan
 * is current on the date when a plan version dated on or before the date exists, and no follow-up meeting held on or
 * before the date that required the plan to be revised ({@code revideras}) lies after the newest such version (a
 * revision on the meeting's own day counts as made).</li>
 * <li><b>D.3.1 – days from decision to start</b>: interventions started ({@code verkstallighetsdatum}) within the
 * period: number, mean and median of the days from {@code beslutsdatum} to {@code verkstallighetsdatum}.</li>
 * <li><b>D.1.1 – protection assessment the same day</b>: concerns received ({@code inkom}, Stockholm date) within the
 * period: the share assessed the day they came in, as the concern-service judged it; a concern not yet assessed counts
 * as not the same day.</li>
 * <li><b>H.3.1 – preliminary assessment within 14 days</b>: preliminary assessments closed ({@code forhandsbedomd},
 * Stockholm date) within the period: the share closed within 14 days of the concern coming in.</li>
 * <li><b>Child's participation</b>: follow-up meetings held within the period: the share where the child took
 * part.</li>
 * </ol>
 * Shares are in percent with one decimal (null when there is nothing to divide by); days with one decimal.
 */
@ApplicationScoped
public class Kvalitetsindikatorer {

    public static final String GENOMFORANDEPLAN = "B.4.1";
    public static final String TID_TILL_START = "D.3.1";
    public static final String SKYDDSBEDOMNING = "D.1.1";
    public static final String FORHANDSBEDOMNING = "H.3.1";
    public static final String BARNETS_DELTAGANDE = "UPPFOLJNING_BARNET_DELTOG";

    /** The sexes always reported; {@link #OKANT} is added when some child's sex is not known. */
    static final List<String> KON = List.of("MAN", "KVINNA");
    static final String OKANT = "OKANT";

    private static final String ENHET = "coalesce(a.myndighetsenhet, '')";
    private static final String KONET = "case when a.barn_kon in ('MAN', 'KVINNA') then a.barn_kon else 'OKANT' end";
    private static final String INSATS = "a.arendetyp = 'UPPDRAG' and a.uppdragstyp in ('BEVILJAD_INSATS', 'INSATS_UNDER_UTREDNING')";

    @Inject
    EntityManager em;

    /**
     * What the indicators cover.
     *
     * @param enhet only cases of this unit ({@code myndighetsenhet}); null for every unit
     * @param fran  first day of the period
     * @param till  last day of the period
     */
    public record Urval(String enhet, LocalDate fran, LocalDate till) {
    }

    /** A share: of {@code namnare} cases, {@code taljare} meet the indicator; {@code kon} null for both sexes. */
    public record Andel(String kon, long taljare, long namnare, BigDecimal andel) {
    }

    /** A share indicator, in all and by sex. */
    public record Andelsindikator(String indikator, Andel totalt, List<Andel> perKon) {
    }

    /** The plan indicator on one measuring date. */
    public record Planmatning(LocalDate matdatum, Andel totalt, List<Andel> perKon) {
    }

    /** The plan indicator (B.4.1): one measurement per 1 April and 1 November within the period. */
    public record Planindikator(String indikator, List<Planmatning> matningar) {
    }

    /** Days from decision to start of {@code antal} interventions; {@code kon} null for both sexes. */
    public record Dagar(String kon, long antal, BigDecimal medel, BigDecimal median) {
    }

    /** The days indicator, in all and by sex. */
    public record Dagarsindikator(String indikator, Dagar totalt, List<Dagar> perKon) {
    }

    /** Every indicator for one unit ({@code enhet} null in a unit's entry: cases whose unit is not known). */
    public record Indikatorer(String enhet, Planindikator genomforandeplan, Dagarsindikator tidFranBeslutTillStart,
                              Andelsindikator skyddsbedomningSammaDag, Andelsindikator forhandsbedomningInomFrist,
                              Andelsindikator barnetDeltogIUppfoljning) {
    }

    /** The indicators of a period: in all (every unit covered) and per unit, by unit code. */
    public record Rapport(Urval urval, List<LocalDate> matdatum, Indikatorer totalt, List<Indikatorer> perEnhet) {
    }

    /** One cell of the aggregation: a unit ({@code ""} unknown) or null for all; a sex or null for both. */
    private record Cell(String enhet, String kon) {
    }

    public Rapport rapport(Urval urval) {
        Instant fom = urval.fran().atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant tom = urval.till().plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
        String filter = urval.enhet() == null ? "" : " and a.myndighetsenhet = :enhet";

        Map<LocalDate, Map<Cell, long[]>> plan = planer(urval, filter);
        Map<Cell, Object[]> dagar = dagar(("select " + ENHET + " e, " + KONET + " k, a.verkstallighetsdatum - a.beslutsdatum dagar"
                + " from arende_vy a where " + INSATS + " and a.beslutsdatum is not null"
                + " and a.verkstallighetsdatum >= :fran and a.verkstallighetsdatum <= :till" + filter),
                parametrar(urval, "fran", urval.fran(), "till", urval.till()));
        Map<Cell, long[]> skydd = andelar("select " + ENHET + " e, " + KONET + " k, a.skyddsbedomning_samma_dag is true i"
                        + " from arende_vy a where a.arendetyp = 'ORO' and a.inkom >= :fom and a.inkom < :tom" + filter,
                parametrar(urval, "fom", fom, "tom", tom));
        Map<Cell, long[]> forhand = andelar("select " + ENHET + " e, " + KONET + " k, a.forhandsbedomning_inom_frist is true i"
                        + " from arende_vy a where a.arendetyp = 'ORO' and a.forhandsbedomd >= :fom and a.forhandsbedomd < :tom" + filter,
                parametrar(urval, "fom", fom, "tom", tom));
        Map<Cell, long[]> deltog = andelar("select " + ENHET + " e, " + KONET + " k, m.barnet_deltog i"
                        + " from uppfoljningsmote_vy m join arende_vy a on a.arende_id = m.arende_id"
                        + " where m.datum >= :fran and m.datum <= :till" + filter,
                parametrar(urval, "fran", urval.fran(), "till", urval.till()));

        List<LocalDate> matdatum = matdatum(urval.fran(), urval.till());
        TreeSet<String> enheter = new TreeSet<>();
        if (urval.enhet() != null) {
            enheter.add(urval.enhet());
        }
        plan.values().forEach(m -> enheter.addAll(enheterI(m.keySet())));
        List.of(dagar.keySet(), skydd.keySet(), forhand.keySet(), deltog.keySet()).forEach(k -> enheter.addAll(enheterI(k)));

        List<Indikatorer> perEnhet = new ArrayList<>();
        for (String enhet : enheter) {
            perEnhet.add(indikatorer(enhet, matdatum, plan, dagar, skydd, forhand, deltog));
        }
        return new Rapport(urval, matdatum, indikatorer(null, matdatum, plan, dagar, skydd, forhand, deltog), perEnhet);
    }

    /** Every 1 April and 1 November from {@code fran} to {@code till}. */
    static List<LocalDate> matdatum(LocalDate fran, LocalDate till) {
        List<LocalDate> datum = new ArrayList<>();
        for (int ar = fran.getYear(); ar <= till.getYear(); ar++) {
            for (LocalDate d : List.of(LocalDate.of(ar, Month.APRIL, 1), LocalDate.of(ar, Month.NOVEMBER, 1))) {
                if (!d.isBefore(fran) && !d.isAfter(till)) {
                    datum.add(d);
                }
            }
        }
        return datum;
    }

    private static Indikatorer indikatorer(String enhet, List<LocalDate> matdatum, Map<LocalDate, Map<Cell, long[]>> plan,
                                           Map<Cell, Object[]> dagar, Map<Cell, long[]> skydd, Map<Cell, long[]> forhand,
                                           Map<Cell, long[]> deltog) {
        List<Planmatning> matningar = new ArrayList<>();
        for (LocalDate d : matdatum) {
            Map<Cell, long[]> celler = plan.getOrDefault(d, Map.of());
            matningar.add(new Planmatning(d, andel(celler, enhet, null), perKon(celler, enhet)));
        }
        List<Dagar> dagarPerKon = new ArrayList<>();
        for (String kon : KON) {
            dagarPerKon.add(dagar(dagar, enhet, kon));
        }
        if (dagar.containsKey(new Cell(enhet, OKANT))) {
            dagarPerKon.add(dagar(dagar, enhet, OKANT));
        }
        return new Indikatorer(enhet == null || enhet.isEmpty() ? null : enhet,
                new Planindikator(GENOMFORANDEPLAN, matningar),
                new Dagarsindikator(TID_TILL_START, dagar(dagar, enhet, null), dagarPerKon),
                andelsindikator(SKYDDSBEDOMNING, skydd, enhet),
                andelsindikator(FORHANDSBEDOMNING, forhand, enhet),
                andelsindikator(BARNETS_DELTAGANDE, deltog, enhet));
    }

    private static Andelsindikator andelsindikator(String indikator, Map<Cell, long[]> celler, String enhet) {
        return new Andelsindikator(indikator, andel(celler, enhet, null), perKon(celler, enhet));
    }

    private static List<Andel> perKon(Map<Cell, long[]> celler, String enhet) {
        List<Andel> perKon = new ArrayList<>();
        for (String kon : KON) {
            perKon.add(andel(celler, enhet, kon));
        }
        if (celler.containsKey(new Cell(enhet, OKANT))) {
            perKon.add(andel(celler, enhet, OKANT));
        }
        return perKon;
    }

    private static Andel andel(Map<Cell, long[]> celler, String enhet, String kon) {
        long[] n = celler.getOrDefault(new Cell(enhet, kon), new long[2]);
        return new Andel(kon, n[0], n[1], procent(n[0], n[1]));
    }

    private static Dagar dagar(Map<Cell, Object[]> celler, String enhet, String kon) {
        Object[] r = celler.get(new Cell(enhet, kon));
        if (r == null) {
            return new Dagar(kon, 0, null, null);
        }
        return new Dagar(kon, ((Number) r[3]).longValue(), decimal(r[4]), decimal(r[5]));
    }

    // ---- Aggregation ---------------------------------------------------------------------------------------------

    /**
     * B.4.1 on every measuring date of the period in one query: the measuring dates are the first days of April and
     * November generated from the period, each joined with the interventions ongoing on it.
     */
    private Map<LocalDate, Map<Cell, long[]>> planer(Urval urval, String filter) {
        String aktuell = "exists (select 1 from plan_vy p where p.arende_id = a.arende_id and p.datum <= d.matdatum)"
                + " and not exists (select 1 from uppfoljningsmote_vy m where m.arende_id = a.arende_id and m.revideras"
                + " and m.datum <= d.matdatum and m.datum > (select max(p.datum) from plan_vy p"
                + " where p.arende_id = a.arende_id and p.datum <= d.matdatum))";
        String inre = "select d.matdatum, " + ENHET + " e, " + KONET + " k, " + aktuell + " i"
                + " from (select cast(g as date) matdatum from generate_series(cast(:start as timestamp), cast(:till as timestamp),"
                + " interval '1 month') g) d"
                + " join arende_vy a on a.verkstallighetsdatum <= d.matdatum and (a.avslutsdatum is null or a.avslutsdatum > d.matdatum)"
                + " where extract(month from d.matdatum) in (4, 11) and d.matdatum >= :fran and " + INSATS + filter;
        List<Object[]> rader = lista("select matdatum, e, k, grouping(e, k), count(*) filter (where i), count(*) from (" + inre
                + ") x group by grouping sets ((matdatum, e, k), (matdatum, e), (matdatum, k), (matdatum))",
                parametrar(urval, "start", urval.fran().withDayOfMonth(1), "fran", urval.fran(), "till", urval.till()));
        Map<LocalDate, Map<Cell, long[]>> perDatum = new HashMap<>();
        for (Object[] r : rader) {
            perDatum.computeIfAbsent(datum(r[0]), d -> new HashMap<>())
                    .put(cell(r[1], r[2], r[3]), new long[]{((Number) r[4]).longValue(), ((Number) r[5]).longValue()});
        }
        return perDatum;
    }

    /** A share per unit and sex, per unit, per sex and in all, from an inner query of {@code e, k, i} (i: counted). */
    private Map<Cell, long[]> andelar(String inre, Map<String, Object> p) {
        List<Object[]> rader = lista("select e, k, grouping(e, k), count(*) filter (where i), count(*) from (" + inre
                + ") x group by grouping sets ((e, k), (e), (k), ())", p);
        Map<Cell, long[]> celler = new HashMap<>();
        for (Object[] r : rader) {
            celler.put(cell(r[0], r[1], r[2]), new long[]{((Number) r[3]).longValue(), ((Number) r[4]).longValue()});
        }
        return celler;
    }

    /** Number, mean and median of {@code dagar} per unit and sex, per unit, per sex and in all. */
    private Map<Cell, Object[]> dagar(String inre, Map<String, Object> p) {
        List<Object[]> rader = lista("select e, k, grouping(e, k), count(*), avg(dagar), percentile_cont(0.5) within group (order by dagar)"
                + " from (" + inre + ") x group by grouping sets ((e, k), (e), (k), ())", p);
        Map<Cell, Object[]> celler = new HashMap<>();
        for (Object[] r : rader) {
            celler.put(cell(r[0], r[1], r[2]), r);
        }
        return celler;
    }

    /** The cell of a grouping-sets row: bit 1 of {@code grouping(e, k)} set means all units, bit 0 both sexes. */
    private static Cell cell(Object enhet, Object kon, Object grouping) {
        int g = ((Number) grouping).intValue();
        return new Cell((g & 2) != 0 ? null : (String) enhet, (g & 1) != 0 ? null : (String) kon);
    }

    private static List<String> enheterI(Set<Cell> celler) {
        return celler.stream().map(Cell::enhet).filter(java.util.Objects::nonNull).toList();
    }

    private static Map<String, Object> parametrar(Urval urval, Object... parvis) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < parvis.length; i += 2) {
            p.put((String) parvis[i], parvis[i + 1]);
        }
        if (urval.enhet() != null) {
            p.put("enhet", urval.enhet());
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> lista(String sql, Map<String, Object> p) {
        Query q = em.createNativeQuery(sql);
        p.forEach(q::setParameter);
        return q.getResultList();
    }

    /** A share in percent with one decimal; null when there is nothing to divide by. */
    static BigDecimal procent(long del, long av) {
        return av == 0 ? null : BigDecimal.valueOf(del * 100L).divide(BigDecimal.valueOf(av), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(Object tal) {
        if (tal == null) {
            return null;
        }
        BigDecimal d = tal instanceof BigDecimal b ? b : new BigDecimal(tal.toString());
        return d.setScale(1, RoundingMode.HALF_UP);
    }

    private static LocalDate datum(Object d) {
        return d instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) d;
    }
}
