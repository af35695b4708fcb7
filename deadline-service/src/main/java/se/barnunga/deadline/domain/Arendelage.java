package se.barnunga.deadline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the facts of one case say now – derived from the set of facts alone (newest fact per field, earliest end), so
 * it is the same whatever order they arrived in. Published internally ({@code ArendelageAndrat}) for the read models
 * behind the lists, the IVO report and the quality indicators. Holds no direct identifiers: the child is its
 * pseudonym, sex and birth year.
 *
 * @param varden               the case's fields, newest value each (see {@link #FALT})
 * @param verkstallighetsdatum the date the intervention started, null if not (yet)
 * @param avslutsdatum         the date the intervention, decision or assignment ended, null while ongoing
 * @param avslutsorsak         {@code INSATS_AVSLUTAD}, {@code BESLUT_ATERKALLAT} or {@code UPPDRAG_AVSLUTAT}
 * @param avslutsskal          the reason code of {@code InsatsAvslutad} (e.g. {@code ENSKILD_AVBOJER}), else null
 * @param avbrott              interruptions by date, with the date resumed
 * @param planer               implementation plan versions
 * @param moten                follow-up meetings held, by date
 * @param avslutningsmote      the date of the closing meeting, null if none
 * @param inkom                when a concern was received (ORO)
 * @param skyddsbedomd         when the protection assessment was made (ORO)
 * @param skyddsbedomningSammaDag whether on the day received, as the concern-service judged it
 * @param forhandsbedomd       when the preliminary assessment ended (ORO)
 * @param forhandsbedomningInomFrist whether within 14 days, as the concern-service judged it
 * @param forhandsbeslut       the preliminary assessment's decision ({@code INLED_UTREDNING}, {@code INLED_INTE_UTREDNING},
 *                             {@code TILLFORS_PAGAENDE_UTREDNING}), null while open (ORO)
 * @param barnetKomTillTals    whether the documentation shows the child was heard in it; null when not known (ORO)
 * @param skalBarnetInteHortDokumenterat when not heard: whether the reasons are documented; null when not known (ORO)
 */
public record Arendelage(Map<String, String> varden, LocalDate verkstallighetsdatum, LocalDate avslutsdatum,
                         String avslutsorsak, String avslutsskal, List<Avbrott> avbrott, List<Plan> planer,
                         List<Mote> moten, LocalDate avslutningsmote, Instant inkom, Instant skyddsbedomd,
                         Boolean skyddsbedomningSammaDag, Instant forhandsbedomd, Boolean forhandsbedomningInomFrist,
                         String forhandsbeslut, Boolean barnetKomTillTals, Boolean skalBarnetInteHortDokumenterat) {

    /**
     * The case fields taken from whichever fact is newest – except that a re-decision after a withdrawal of consent
     * ({@code BeslutOmprövat}) does not replace the decision date: the IVO three months and the indicators count from the
     * decision on the intervention. Its legal basis does replace the case's (an interruption after a re-decision under
     * 11 § LVU is not one the IVO rules name).
     */
    public static final List<String> FALT = List.of("uppdragstyp", "barn.pseudonym", "barn.kon", "barn.fodelsear",
            "insatstyp", "lagrum", "beslutsdatum", "periodTom", "myndighetsenhet", "utforarenhet", "socialsekreterare",
            "utredningensSlutdatum", "form", "akut", "sipBehov", "sipFinns");

    public record Avbrott(LocalDate avbrottsdatum, String orsak, LocalDate aterupptagenDatum) {
    }

    /**
     * A version of the implementation plan; {@code iSamrad}: the first version was drawn up with the child or a guardian
     * ({@code GenomförandeplanUpprättad.familjenDeltog}, null when not known; null for revisions).
     */
    public record Plan(int version, LocalDate datum, Boolean iSamrad) {
    }

    public record Mote(String moteId, LocalDate datum, boolean barnetDeltog, boolean revideras, String utfall) {
    }

    public String varde(String falt) {
        return varden == null ? null : varden.get(falt);
    }

    public LocalDate datum(String falt) {
        String v = varde(falt);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The case as its facts tell it. */
    public static Arendelage av(Collection<Faktum> fakta, ZoneId zon) {
        List<Faktum> nyastForst = fakta.stream().sorted(Faktum::nyastForst).toList();
        TreeMap<String, String> varden = new TreeMap<>();
        for (String falt : FALT) {
            nyastForst.stream().filter(f -> !(falt.equals("beslutsdatum") && f.typ().equals(Handelsetyper.BESLUT_OMPROVAT)))
                    .map(f -> f.varde(falt)).filter(Objects::nonNull).findFirst().ifPresent(v -> varden.put(falt, v));
        }
        LocalDate verkstalld = nyast(nyastForst, Handelsetyper.INSATS_VERKSTALLD).map(f -> f.datum("verkstallighetsdatum")).orElse(null);

        LocalDate slut = null;
        String orsak = null;
        String skal = null;
        for (Faktum f : fakta.stream().sorted(Comparator.comparing((Faktum f) -> slutdatum(f, zon),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Faktum::handelseId)).toList()) {
            String o = Handelsetyper.avslutsorsak(f.typ());
            if (o != null) {
                slut = slutdatum(f, zon);
                orsak = o;
                skal = f.varde("skal");
                break;
            }
        }

        TreeMap<LocalDate, Avbrott> avbrott = new TreeMap<>();
        for (Faktum f : nyastForst) {
            if (f.typ().equals(Handelsetyper.VERKSTALLIGHET_AVBRUTEN) && f.datum("avbrottsdatum") != null) {
                avbrott.putIfAbsent(f.datum("avbrottsdatum"), new Avbrott(f.datum("avbrottsdatum"), f.varde("orsak"), null));
            }
        }
        for (Faktum f : nyastForst) {
            if (f.typ().equals(Handelsetyper.VERKSTALLIGHET_ATERUPPTAGEN) && f.datum("avbrottsdatum") != null) {
                Avbrott a = avbrott.get(f.datum("avbrottsdatum"));
                if (a == null) {
                    avbrott.put(f.datum("avbrottsdatum"), new Avbrott(f.datum("avbrottsdatum"), null, f.datum("aterupptagenDatum")));
                } else if (a.aterupptagenDatum() == null) {
                    avbrott.put(a.avbrottsdatum(), new Avbrott(a.avbrottsdatum(), a.orsak(), f.datum("aterupptagenDatum")));
                }
            }
        }

        TreeMap<Integer, Plan> planer = new TreeMap<>();
        TreeMap<String, Mote> moten = new TreeMap<>();
        LocalDate avslutningsmote = null;
        for (Faktum f : nyastForst) {
            String planDatum = Handelsetyper.GENOMFORANDEPLAN.get(f.typ());
            if (planDatum != null && heltal(f.varde("version")) != null && f.datum(planDatum) != null) {
                String samrad = f.typ().equals(Handelsetyper.GENOMFORANDEPLAN_UPPRATTAD) ? f.varde("familjenDeltog") : null;
                planer.putIfAbsent(heltal(f.varde("version")), new Plan(heltal(f.varde("version")), f.datum(planDatum),
                        samrad == null ? null : Boolean.valueOf(samrad)));
            } else if (f.typ().equals(Handelsetyper.UPPFOLJNING_GENOMFORD) && f.varde("moteId") != null) {
                moten.putIfAbsent(f.varde("moteId"), new Mote(f.varde("moteId"), f.datum("datum"),
                        Boolean.parseBoolean(f.varde("barnetDeltog")), Boolean.parseBoolean(f.varde("genomforandeplanenRevideras")),
                        f.varde("utfall")));
            } else if (f.typ().equals(Handelsetyper.AVSLUTNINGSMOTE_GENOMFORT) && avslutningsmote == null) {
                avslutningsmote = f.datum("datum");
            }
        }

        Faktum inlamnad = nyast(nyastForst, Handelsetyper.ORO_INLAMNAD).orElse(null);
        Faktum skydd = nyast(nyastForst, Handelsetyper.SKYDDSBEDOMNING_GJORD).orElse(null);
        Faktum forhand = nyast(nyastForst, Handelsetyper.FORHANDSBEDOMNING_AVSLUTAD).orElse(null);
        return new Arendelage(varden, verkstalld, slut, orsak, skal, List.copyOf(avbrott.values()),
                List.copyOf(planer.values()),
                moten.values().stream().filter(m -> m.datum() != null).sorted(Comparator.comparing(Mote::datum)
                        .thenComparing(Mote::moteId)).toList(),
                avslutningsmote,
                inlamnad == null ? null : inlamnad.tidpunkt(),
                skydd == null ? null : instant(skydd.varde("bedomd"), skydd.tidpunkt()),
                skydd == null ? null : Boolean.valueOf(skydd.varde("sammaDag")),
                forhand == null ? null : forhand.tidpunkt(),
                forhand == null ? null : Boolean.valueOf(forhand.varde("inomFrist")),
                forhand == null ? null : forhand.varde("beslut"),
                forhand == null ? null : boolsk(forhand.varde("barnetKomTillTals")),
                forhand == null ? null : boolsk(forhand.varde("skalBarnetInteHortDokumenterat")));
    }

    private static Boolean boolsk(String text) {
        return text == null ? null : Boolean.valueOf(text);
    }

    private static java.util.Optional<Faktum> nyast(List<Faktum> nyastForst, String typ) {
        return nyastForst.stream().filter(f -> f.typ().equals(typ)).findFirst();
    }

    private static LocalDate slutdatum(Faktum f, ZoneId zon) {
        String falt = Handelsetyper.AVSLUT.get(f.typ());
        return falt == null ? null : f.datumEllerDag(falt, zon);
    }

    private static Integer heltal(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant instant(String text, Instant annars) {
        try {
            return text == null ? annars : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return annars;
        }
    }
}
