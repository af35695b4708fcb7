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
 * The quality indicators of the municipality's follow-up plan (seed 004, Botkyrka "Uppföljningsplan"), per unit and
 * period, by sex ("Med kön som övergripande urval") – aggregated in the database from the case read model
 * ({@code arende_vy}, {@code plan_vy}, {@code uppfoljningsmote_vy}), never loading cases. Each indicator carries its id:
 * the seed's id where it measures what the seed defines, otherwise an id of its own ({@code BU.…}) that is not a seed
 * id. {@link #DEFINITIONER} quotes the seed's definition and states the reading chosen (served with every report and
 * listed in the README). The unit of a case is its {@code myndighetsenhet} (for a concern: the receiving unit); the
 * sex is the child's ({@code MAN}, {@code KVINNA}, {@code OKANT} when not known). Both are the case's as now known.
 * "Interventions" are assignments of type {@code BEVILJAD_INSATS} or {@code INSATS_UNDER_UTREDNING}; one is ongoing on
 * a date when started ({@code verkstallighetsdatum} ≤ the date) and not ended ({@code avslutsdatum} null or after it).
 * Every concern in this system is a report under 19 kap. 1 § SoL (an anmälan). Shares are in percent with one decimal
 * (null when there is nothing to divide by); days with one decimal.
 */
@ApplicationScoped
public class Kvalitetsindikatorer {

    public static final String GENOMFORANDEPLAN = "B.4.1";
    public static final String SIP = "A.2.2";
    public static final String BARNET_HORT_FORHANDSBEDOMNING = "B 2.1";
    public static final String BARNET_HORT_UPPFOLJNING = "B 2.4";
    public static final String SKYDDSBEDOMNING = "D.1.1";
    public static final String FORHANDSBEDOMNINGSTID = "H.3.1";
    /** Not a seed indicator (seed D.3.1 is days in child investigations, outside this system). */
    public static final String BESLUT_TILL_START = "BU.BESLUT_TILL_START";
    /** Not a seed indicator: the timeliness of the protection assessment (20 kap. 1 § SoL: "genast"). */
    public static final String SKYDDSBEDOMNING_SAMMA_DAG = "BU.SKYDDSBEDOMNING_SAMMA_DAG";

    /**
     * What an indicator measures.
     *
     * @param indikator  its id, as in the report
     * @param seedId     whether the id is the seed's (seed 004); false for the service's own measures
     * @param namn       its name in Swedish
     * @param kalla      where it comes from
     * @param definition the seed's definition, quoted (own measures: the service's definition)
     * @param lasning    how the service reads it from the events, and what it cannot see
     */
    public record Definition(String indikator, boolean seedId, String namn, String kalla, String definition, String lasning) {
    }

    private static final String SEED = "Uppföljningsplan, Socialförvaltningen Botkyrka kommun (seed 004), indikator ";

    public static final List<Definition> DEFINITIONER = List.of(
            new Definition(GENOMFORANDEPLAN, true, "Aktuell genomförandeplan", SEED + "B.4.1",
                    "\"Andel vårdplaner respektive genomförandeplaner som har upprättats i samråd med brukaren … genomförandeplan "
                            + "som är aktuell\"; mättillfälle 1 april och 1 november; per sektion uppdelat på kön.",
                    "Pågående insatser på mätdagen (1 april och 1 november inom perioden) med en aktuell genomförandeplan: en "
                            + "planversion daterad senast mätdagen finns, och inget uppföljningsmöte senast mätdagen som krävde "
                            + "revidering ligger efter den senaste versionen, och planen upprättades i samråd med brukaren: "
                            + "barnet eller en vårdnadshavare deltog (GenomförandeplanUpprättad.familjenDeltog; en plan "
                            + "registrerad innan fältet fanns räknas inte). Vårdplaner (placeringar) finns inte i systemet."),
            new Definition(SIP, true, "Samordnade individuella planer", SEED + "A.2.2",
                    "\"Antal pågående insatser för kvinnor, män, flickor och pojkar som har en aktuell samordnad individuell "
                            + "plan (SIP) eller Barnets plan i förhållande till ärenden där det borde finnas.\" Mättillfälle "
                            + "1 april och 1 november; med kön som övergripande urval.",
                    "Pågående insatser på mätdagen vars uppdrag (UppdragSkickat) anger SIP-behov (sipBehov): andelen där SIP "
                            + "finns (sipFinns). Insatser utan uppgift om behov (uppdrag skickade innan fältet fanns) redovisas "
                            + "som utanUppgift och ingår inte. Andra delen (planer där flera myndigheter varit involverade minst "
                            + "två veckor) syns inte i systemet."),
            new Definition(BARNET_HORT_FORHANDSBEDOMNING, true, "Förhandsbedömning där barnet inte kommit till tals",
                    SEED + "B 2.1",
                    "\"Antal avslutade förhandsbedömningar som inte lett till åtgärd, varav antal där dokumentation om barnet har "
                            + "fått komma till tals saknas helt eller där skälen för att barnet inte har kommit till tals "
                            + "saknas.\" Mättillfälle halvårsvis; per sektion och sammantaget.",
                    "Förhandsbedömningar avslutade under perioden med beslutet att inte inleda utredning (INLED_INTE_UTREDNING; "
                            + "\"tillförs pågående utredning\" leder till åtgärd). saknas: barnet har inte kommit till tals och "
                            + "skälen är inte dokumenterade (ForhandsbedomningAvslutad.barnetKomTillTals = false och "
                            + "skalBarnetInteHortDokumenterat = false). okant: händelser utan fälten (före fältet fanns) – varken "
                            + "räknade som saknade eller dokumenterade; andelen är saknas av kända."),
            new Definition(BARNET_HORT_UPPFOLJNING, true, "Barn som inte kommit till tals vid uppföljning av insats",
                    SEED + "B 2.4",
                    "\"Andel av barnen som inte har kommit till tals i samband med uppföljning av insats\": \"Antal uppföljningar "
                            + "i pågående insatser varav antal insatser där dokumentation om handläggaren har träffat barnet i "
                            + "samband med uppföljningen av insatsen saknas helt eller för att skäl saknas varför så inte har "
                            + "skett.\"",
                    "Barn, inte möten: av barnen (pseudonym; utan pseudonym ärendet) vars insats följdes upp under perioden "
                            + "(UppföljningGenomförd), andelen som inte deltog i något av periodens uppföljningsmöten. Skälet när "
                            + "barnet inte deltar dokumenteras alltid i followup-service (det krävs), så delen \"skäl saknas\" "
                            + "är noll; det som redovisas är andelen inte hörda. Att handläggaren träffat barnet utanför mötet "
                            + "syns inte. Ett barn räknas en gång per enhet."),
            new Definition(SKYDDSBEDOMNING, true, "Omedelbar skyddsbedömning dokumenterad", SEED + "D.1.1",
                    "\"Kontroll av att en omedelbar skyddsbedömning är gjord i ärenden som aktualiserats genom anmälan. Att det "
                            + "av dokumentationen framgår: 1. vilken bedömning …, 2. vilka faktiska omständigheter …, 3. när "
                            + "bedömningen har gjorts och 4. namn och befattning …\" Mättillfälle: \"Avslutade förhandsbedömningar\"; "
                            + "per mottagningssektion och sammantaget.",
                    "Förhandsbedömningar avslutade under perioden: andelen med en dokumenterad skyddsbedömning "
                            + "(SkyddsbedömningGjord). De fyra delarna krävs av concern-service när bedömningen registreras, så "
                            + "gjord innebär dokumenterad med alla fyra."),
            new Definition(FORHANDSBEDOMNINGSTID, true, "Tid för förhandsbedömning", SEED + "H.3.1",
                    "\"Totalt antal avslutade förhandsbedömningar där en anmälan är grunden aktualiseringen och där det inte "
                            + "redan pågår en utredning om det barn som anmälan avser.\" Mättillfälle \"Halvårsvis den 30 juni "
                            + "respektive 31 december samt sammantaget för helåret\".",
                    "Förhandsbedömningar avslutade under perioden, utom de som tillförts en pågående utredning "
                            + "(TILLFORS_PAGAENDE_UTREDNING). Varje oro är en anmälan. Dagar från dagen anmälan kom in till dagen "
                            + "förhandsbedömningen avslutades (Europe/Stockholm): antal, medel, median, antal och andel inom 14 "
                            + "dagar (20 kap. 2 § SoL), fördelning 0–7, 8–14, 15–28 och över 28 dagar; för hela perioden och per "
                            + "kalenderhalvår inom den."),
            new Definition(BESLUT_TILL_START, false, "Dagar från beslut till verkställighet", "Egen indikator (inte seed 004)",
                    "Insatser som verkställts under perioden: antal, medel och median av dagarna från beslutsdatum till "
                            + "verkställighetsdatum.",
                    "Rutinens norm är att insatsen startar inom 14 dagar. Seed 004:s D.3.1 (dagar i barn- och "
                            + "ungdomsutredningar) mäts inte här: utredningarna ligger utanför systemet."),
            new Definition(SKYDDSBEDOMNING_SAMMA_DAG, false, "Skyddsbedömning samma dag", "Egen indikator (inte seed 004)",
                    "Oro som kommit in under perioden: andelen där skyddsbedömningen gjordes samma dag (20 kap. 1 § SoL: "
                            + "\"genast\").",
                    "Som concern-service bedömt det (SkyddsbedömningGjord.sammaDag); en ännu inte bedömd oro räknas som inte "
                            + "samma dag."));

    /** The sexes always reported; {@link #OKANT} is added when some child's sex is not known. */
    static final List<String> KON = List.of("MAN", "KVINNA");
    static final String OKANT = "OKANT";

    private static final String ENHET = "coalesce(a.myndighetsenhet, '')";
    private static final String KONET = "case when a.barn_kon in ('MAN', 'KVINNA') then a.barn_kon else 'OKANT' end";
    private static final String INSATS = "a.arendetyp = 'UPPDRAG' and a.uppdragstyp in ('BEVILJAD_INSATS', 'INSATS_UNDER_UTREDNING')";
    private static final String DAGAR_TILL_FORHANDSBEDOMNING = "cast(a.forhandsbedomd at time zone 'Europe/Stockholm' as date)"
            + " - cast(a.inkom at time zone 'Europe/Stockholm' as date)";

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

    /** A.2.2 on one measuring date; {@code utanUppgift}: ongoing interventions whose SIP need is not known (not counted). */
    public record Sipmatning(LocalDate matdatum, Andel totalt, List<Andel> perKon, long utanUppgift) {
    }

    /** A.2.2: one measurement per 1 April and 1 November within the period. */
    public record Sipindikator(String indikator, List<Sipmatning> matningar) {
    }

    /**
     * B 2.1 for one sex ({@code kon} null for both): of {@code namnare} closed preliminary assessments not leading to
     * action, {@code saknas} lack the documentation, {@code okant} are not known (events without the fields);
     * {@code andel} is {@code saknas} of the known ({@code namnare - okant}).
     */
    public record Dokumentation(String kon, long saknas, long namnare, long okant, BigDecimal andel) {
    }

    /** B 2.1, in all and by sex. */
    public record Dokumentationsindikator(String indikator, Dokumentation totalt, List<Dokumentation> perKon) {
    }

    /** Days from decision to start of {@code antal} interventions; {@code kon} null for both sexes. */
    public record Dagar(String kon, long antal, BigDecimal medel, BigDecimal median) {
    }

    /** The days indicator, in all and by sex. */
    public record Dagarsindikator(String indikator, Dagar totalt, List<Dagar> perKon) {
    }

    /** One interval of the time distribution: {@code fran}–{@code till} days ({@code till} null: and more). */
    public record Intervall(int fran, Integer till, long antal) {
    }

    /**
     * The time of {@code antal} preliminary assessments ({@code kon} null for both sexes): mean and median days,
     * how many (and the share) within 14 days, and the distribution.
     */
    public record Tid(String kon, long antal, BigDecimal medel, BigDecimal median, long inom14Dagar, BigDecimal andelInom14Dagar,
                      List<Intervall> fordelning) {
    }

    /** H.3.1 for one calendar half-year's part of the period. */
    public record Halvar(LocalDate fran, LocalDate till, Tid totalt, List<Tid> perKon) {
    }

    /** H.3.1: the whole period ("sammantaget") and each calendar half-year within it, in all and by sex. */
    public record Tidsindikator(String indikator, Tid totalt, List<Tid> perKon, List<Halvar> perHalvar) {
    }

    /** Every indicator for one unit ({@code enhet} null in a unit's entry: cases whose unit is not known). */
    public record Indikatorer(String enhet, Planindikator genomforandeplan, Sipindikator samordnadIndividuellPlan,
                              Dokumentationsindikator barnetHortIForhandsbedomning, Andelsindikator barnetInteHortIUppfoljning,
                              Andelsindikator skyddsbedomningDokumenterad, Tidsindikator forhandsbedomningstid,
                              Dagarsindikator tidFranBeslutTillStart, Andelsindikator skyddsbedomningSammaDag) {
    }

    /** The indicators of a period: what each means, in all (every unit covered) and per unit, by unit code. */
    public record Rapport(Urval urval, List<LocalDate> matdatum, List<Definition> definitioner, Indikatorer totalt,
                          List<Indikatorer> perEnhet) {
    }

    /** One cell of the aggregation: a unit ({@code ""} unknown) or null for all; a sex or null for both. */
    private record Cell(String enhet, String kon) {
    }

    /** The aggregated cells of one indicator (measuring dates and half-years keyed by their first day). */
    private record Data(Map<LocalDate, Map<Cell, long[]>> plan, Map<LocalDate, Map<Cell, long[]>> sip, Map<Cell, long[]> dok,
                        Map<Cell, long[]> hort, Map<Cell, long[]> skydd, Map<Cell, Object[]> tid,
                        Map<LocalDate, Map<Cell, Object[]>> tidPerHalvar, List<LocalDate[]> halvar, Map<Cell, Object[]> dagar,
                        Map<Cell, long[]> sammaDag) {
    }

    public Rapport rapport(Urval urval) {
        Instant fom = urval.fran().atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant tom = urval.till().plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
        String filter = urval.enhet() == null ? "" : " and a.myndighetsenhet = :enhet";

        Map<LocalDate, Map<Cell, long[]>> plan = matningar(urval, filter, "exists (select 1 from plan_vy p where p.arende_id = a.arende_id"
                + " and p.datum <= d.matdatum) and exists (select 1 from plan_vy p where p.arende_id = a.arende_id"
                + " and p.i_samrad is true) and not exists (select 1 from uppfoljningsmote_vy m where m.arende_id = a.arende_id"
                + " and m.revideras and m.datum <= d.matdatum and m.datum > (select max(p.datum) from plan_vy p"
                + " where p.arende_id = a.arende_id and p.datum <= d.matdatum))", "true");
        Map<LocalDate, Map<Cell, long[]>> sip = matningar(urval, filter, "a.sip_behov is true and a.sip_finns is true",
                "a.sip_behov is true", "a.sip_behov is null");
        String avslutadeForhand = " from arende_vy a where a.arendetyp = 'ORO' and a.forhandsbedomd >= :fom and a.forhandsbedomd < :tom"
                + filter;
        Map<Cell, long[]> dok = rakna("select " + ENHET + " e, " + KONET + " k, a.barnet_kom_till_tals t,"
                        + " a.skal_barnet_inte_hort_dokumenterat s" + avslutadeForhand + " and a.forhandsbeslut = 'INLED_INTE_UTREDNING'",
                parametrar(urval, "fom", fom, "tom", tom),
                "count(*) filter (where t is false and s is false)", "count(*)",
                "count(*) filter (where t is null or (t is false and s is null))");
        Map<Cell, long[]> hort = rakna("select e, k, not bool_or(deltog) i from (select " + ENHET + " e, " + KONET + " k,"
                        + " coalesce(a.barn_pseudonym, a.arende_id) barn, m.barnet_deltog deltog from uppfoljningsmote_vy m"
                        + " join arende_vy a on a.arende_id = m.arende_id where m.datum >= :fran and m.datum <= :till" + filter
                        + ") b group by e, k, barn",
                parametrar(urval, "fran", urval.fran(), "till", urval.till()), "count(*) filter (where i)", "count(*)");
        Map<Cell, long[]> skydd = rakna("select " + ENHET + " e, " + KONET + " k, a.skyddsbedomd is not null i" + avslutadeForhand,
                parametrar(urval, "fom", fom, "tom", tom), "count(*) filter (where i)", "count(*)");
        Map<Cell, Object[]> tid = tider(urval, urval.fran(), urval.till(), filter);
        List<LocalDate[]> halvar = halvar(urval.fran(), urval.till());
        Map<LocalDate, Map<Cell, Object[]>> tidPerHalvar = new HashMap<>();
        for (LocalDate[] h : halvar) {
            tidPerHalvar.put(h[0], tider(urval, h[0], h[1], filter));
        }
        Map<Cell, Object[]> dagar = celler(("select " + ENHET + " e, " + KONET + " k, a.verkstallighetsdatum - a.beslutsdatum dagar"
                + " from arende_vy a where " + INSATS + " and a.beslutsdatum is not null"
                + " and a.verkstallighetsdatum >= :fran and a.verkstallighetsdatum <= :till" + filter),
                parametrar(urval, "fran", urval.fran(), "till", urval.till()),
                "count(*)", "avg(dagar)", "percentile_cont(0.5) within group (order by dagar)");
        Map<Cell, long[]> sammaDag = rakna("select " + ENHET + " e, " + KONET + " k, a.skyddsbedomning_samma_dag is true i"
                        + " from arende_vy a where a.arendetyp = 'ORO' and a.inkom >= :fom and a.inkom < :tom" + filter,
                parametrar(urval, "fom", fom, "tom", tom), "count(*) filter (where i)", "count(*)");
        Data data = new Data(plan, sip, dok, hort, skydd, tid, tidPerHalvar, halvar, dagar, sammaDag);

        List<LocalDate> matdatum = matdatum(urval.fran(), urval.till());
        TreeSet<String> enheter = new TreeSet<>();
        if (urval.enhet() != null) {
            enheter.add(urval.enhet());
        }
        plan.values().forEach(m -> enheter.addAll(enheterI(m.keySet())));
        sip.values().forEach(m -> enheter.addAll(enheterI(m.keySet())));
        List.of(dok.keySet(), hort.keySet(), skydd.keySet(), tid.keySet(), dagar.keySet(), sammaDag.keySet())
                .forEach(k -> enheter.addAll(enheterI(k)));

        List<Indikatorer> perEnhet = new ArrayList<>();
        for (String enhet : enheter) {
            perEnhet.add(indikatorer(enhet, matdatum, data));
        }
        return new Rapport(urval, matdatum, DEFINITIONER, indikatorer(null, matdatum, data), perEnhet);
    }

    /** The calendar half-years (1 January–30 June, 1 July–31 December) within the period, cut to it. */
    static List<LocalDate[]> halvar(LocalDate fran, LocalDate till) {
        List<LocalDate[]> halvar = new ArrayList<>();
        LocalDate start = fran.getMonthValue() <= 6 ? fran.withDayOfYear(1) : LocalDate.of(fran.getYear(), 7, 1);
        for (LocalDate h = start; !h.isAfter(till); h = h.plusMonths(6)) {
            LocalDate slut = h.plusMonths(6).minusDays(1);
            halvar.add(new LocalDate[]{h.isBefore(fran) ? fran : h, slut.isAfter(till) ? till : slut});
        }
        return halvar;
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

    private static Indikatorer indikatorer(String enhet, List<LocalDate> matdatum, Data d) {
        List<Planmatning> planer = new ArrayList<>();
        List<Sipmatning> sip = new ArrayList<>();
        for (LocalDate dag : matdatum) {
            Map<Cell, long[]> celler = d.plan().getOrDefault(dag, Map.of());
            planer.add(new Planmatning(dag, andel(celler, enhet, null), perKon(celler, enhet, Kvalitetsindikatorer::andel)));
            Map<Cell, long[]> sipCeller = d.sip().getOrDefault(dag, Map.of());
            sip.add(new Sipmatning(dag, andel(sipCeller, enhet, null), perKon(sipCeller, enhet, Kvalitetsindikatorer::andel),
                    sipCeller.getOrDefault(new Cell(enhet, null), new long[3])[2]));
        }
        List<Halvar> halvar = new ArrayList<>();
        for (LocalDate[] h : d.halvar()) {
            Map<Cell, Object[]> celler = d.tidPerHalvar().get(h[0]);
            halvar.add(new Halvar(h[0], h[1], tid(celler, enhet, null), perKon(celler, enhet, Kvalitetsindikatorer::tid)));
        }
        return new Indikatorer(enhet == null || enhet.isEmpty() ? null : enhet,
                new Planindikator(GENOMFORANDEPLAN, planer),
                new Sipindikator(SIP, sip),
                new Dokumentationsindikator(BARNET_HORT_FORHANDSBEDOMNING, dokumentation(d.dok(), enhet, null),
                        perKon(d.dok(), enhet, Kvalitetsindikatorer::dokumentation)),
                andelsindikator(BARNET_HORT_UPPFOLJNING, d.hort(), enhet),
                andelsindikator(SKYDDSBEDOMNING, d.skydd(), enhet),
                new Tidsindikator(FORHANDSBEDOMNINGSTID, tid(d.tid(), enhet, null), perKon(d.tid(), enhet, Kvalitetsindikatorer::tid),
                        halvar),
                new Dagarsindikator(BESLUT_TILL_START, dagar(d.dagar(), enhet, null), perKon(d.dagar(), enhet, Kvalitetsindikatorer::dagar)),
                andelsindikator(SKYDDSBEDOMNING_SAMMA_DAG, d.sammaDag(), enhet));
    }

    private interface Cellvarde<V, T> {
        T av(Map<Cell, V> celler, String enhet, String kon);
    }

    /** MAN and KVINNA always, OKANT when some case of the unit has a child of unknown sex. */
    private static <V, T> List<T> perKon(Map<Cell, V> celler, String enhet, Cellvarde<V, T> varde) {
        List<T> perKon = new ArrayList<>();
        for (String kon : KON) {
            perKon.add(varde.av(celler, enhet, kon));
        }
        if (celler.containsKey(new Cell(enhet, OKANT))) {
            perKon.add(varde.av(celler, enhet, OKANT));
        }
        return perKon;
    }

    private static Andelsindikator andelsindikator(String indikator, Map<Cell, long[]> celler, String enhet) {
        return new Andelsindikator(indikator, andel(celler, enhet, null), perKon(celler, enhet, Kvalitetsindikatorer::andel));
    }

    private static Andel andel(Map<Cell, long[]> celler, String enhet, String kon) {
        long[] n = celler.getOrDefault(new Cell(enhet, kon), new long[3]);
        return new Andel(kon, n[0], n[1], procent(n[0], n[1]));
    }

    private static Dokumentation dokumentation(Map<Cell, long[]> celler, String enhet, String kon) {
        long[] n = celler.getOrDefault(new Cell(enhet, kon), new long[3]);
        return new Dokumentation(kon, n[0], n[1], n[2], procent(n[0], n[1] - n[2]));
    }

    private static Dagar dagar(Map<Cell, Object[]> celler, String enhet, String kon) {
        Object[] r = celler.get(new Cell(enhet, kon));
        if (r == null) {
            return new Dagar(kon, 0, null, null);
        }
        return new Dagar(kon, ((Number) r[0]).longValue(), decimal(r[1]), decimal(r[2]));
    }

    private static Tid tid(Map<Cell, Object[]> celler, String enhet, String kon) {
        Object[] r = celler.get(new Cell(enhet, kon));
        // r: count, mean, median, within 14 days, 0–7, 8–14, 15–28, over 28
        long[] n = new long[6];
        if (r != null) {
            for (int i = 0; i < 6; i++) {
                n[i] = ((Number) r[i == 0 ? 0 : i + 2]).longValue();
            }
        }
        List<Intervall> fordelning = List.of(new Intervall(0, 7, n[2]), new Intervall(8, 14, n[3]), new Intervall(15, 28, n[4]),
                new Intervall(29, null, n[5]));
        return new Tid(kon, n[0], r == null ? null : decimal(r[1]), r == null ? null : decimal(r[2]), n[1], procent(n[1], n[0]),
                fordelning);
    }

    // ---- Aggregation ---------------------------------------------------------------------------------------------

    /**
     * An indicator on every measuring date of the period (1 April, 1 November) in one query: the measuring dates are
     * generated from the period, each joined with the interventions ongoing on it; {@code villkor} are the conditions
     * counted (each a column of the cell's counts; the second is the denominator).
     */
    private Map<LocalDate, Map<Cell, long[]>> matningar(Urval urval, String filter, String... villkor) {
        StringBuilder kolumner = new StringBuilder();
        StringBuilder rakningar = new StringBuilder();
        for (int i = 0; i < villkor.length; i++) {
            kolumner.append(", (").append(villkor[i]).append(") i").append(i);
            rakningar.append(", count(*) filter (where i").append(i).append(")");
        }
        String inre = "select d.matdatum, " + ENHET + " e, " + KONET + " k" + kolumner
                + " from (select cast(g as date) matdatum from generate_series(cast(:start as timestamp), cast(:till as timestamp),"
                + " interval '1 month') g) d"
                + " join arende_vy a on a.verkstallighetsdatum <= d.matdatum and (a.avslutsdatum is null or a.avslutsdatum > d.matdatum)"
                + " where extract(month from d.matdatum) in (4, 11) and d.matdatum >= :fran and " + INSATS + filter;
        List<Object[]> rader = lista("select matdatum, e, k, grouping(e, k)" + rakningar + " from (" + inre
                + ") x group by grouping sets ((matdatum, e, k), (matdatum, e), (matdatum, k), (matdatum))",
                parametrar(urval, "start", urval.fran().withDayOfMonth(1), "fran", urval.fran(), "till", urval.till()));
        Map<LocalDate, Map<Cell, long[]>> perDatum = new HashMap<>();
        for (Object[] r : rader) {
            long[] n = new long[Math.max(3, villkor.length)];
            for (int i = 0; i < villkor.length; i++) {
                n[i] = ((Number) r[4 + i]).longValue();
            }
            perDatum.computeIfAbsent(datum(r[0]), x -> new HashMap<>()).put(cell(r[1], r[2], r[3]), n);
        }
        return perDatum;
    }

    /** Counts per unit and sex, per unit, per sex and in all, from an inner query of {@code e, k, …}. */
    private Map<Cell, long[]> rakna(String inre, Map<String, Object> p, String... aggregat) {
        Map<Cell, long[]> celler = new HashMap<>();
        celler(inre, p, aggregat).forEach((cell, r) -> {
            long[] n = new long[Math.max(3, r.length)];
            for (int i = 0; i < r.length; i++) {
                n[i] = ((Number) r[i]).longValue();
            }
            celler.put(cell, n);
        });
        return celler;
    }

    /** The aggregates per unit and sex, per unit, per sex and in all, from an inner query of {@code e, k, …}. */
    private Map<Cell, Object[]> celler(String inre, Map<String, Object> p, String... aggregat) {
        List<Object[]> rader = lista("select e, k, grouping(e, k), " + String.join(", ", aggregat) + " from (" + inre
                + ") x group by grouping sets ((e, k), (e), (k), ())", p);
        Map<Cell, Object[]> celler = new HashMap<>();
        for (Object[] r : rader) {
            celler.put(cell(r[0], r[1], r[2]), java.util.Arrays.copyOfRange(r, 3, r.length));
        }
        return celler;
    }

    /**
     * H.3.1 for the days {@code fran}–{@code till}: preliminary assessments closed then, except those added to an ongoing
     * investigation; count, mean, median, within 14 days, and the four intervals.
     */
    private Map<Cell, Object[]> tider(Urval urval, LocalDate fran, LocalDate till, String filter) {
        Instant fom = fran.atStartOfDay(ClockProducer.ZONE).toInstant();
        Instant tom = till.plusDays(1).atStartOfDay(ClockProducer.ZONE).toInstant();
        return celler("select " + ENHET + " e, " + KONET + " k, " + DAGAR_TILL_FORHANDSBEDOMNING + " dagar from arende_vy a"
                        + " where a.arendetyp = 'ORO' and a.forhandsbedomd >= :fom and a.forhandsbedomd < :tom and a.inkom is not null"
                        + " and (a.forhandsbeslut is null or a.forhandsbeslut <> 'TILLFORS_PAGAENDE_UTREDNING')" + filter,
                parametrar(urval, "fom", fom, "tom", tom),
                "count(*)", "avg(dagar)", "percentile_cont(0.5) within group (order by dagar)",
                "count(*) filter (where dagar <= 14)", "count(*) filter (where dagar <= 7)",
                "count(*) filter (where dagar between 8 and 14)", "count(*) filter (where dagar between 15 and 28)",
                "count(*) filter (where dagar > 28)");
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
