package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.Handelsemonster.avbryts;
import static se.barnunga.deadline.domain.Handelsemonster.start;
import static se.barnunga.deadline.domain.Handelsemonster.startEfterPasserad;
import static se.barnunga.deadline.domain.Handelsemonster.uppfylls;
import static se.barnunga.deadline.domain.Handelsetyper.*;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.barnunga.deadline.domain.Regel.Kalltyp;

/**
 * Every deadline, as data (docs/architecture.md, "Deadlines as data"; served by {@code GET /api/bevakningsregler}).
 * Rules are listed in the order they are evaluated: a rule that starts after another rule's watch passed comes
 * after it.
 *
 * <p>How days count (Europe/Stockholm): a watch counts from a date; its due date is the last day on which the deadline
 * is met; it passes at the start of the next day. Calendar months follow lag (1930:173) 2 § (see
 * {@link Fristtyp#KALENDERMANADER}: a decision on 30 November must be carried out by 28 February, 29 in a leap year);
 * working days skip Saturdays, Sundays, public holidays and holiday eves (platform {@code Arbetskalender}, jollyday).
 */
public final class Regelkatalog {

    /** The rule ids. */
    public static final String VERKSTALLIGHET_START = "VERKSTALLIGHET_START";
    public static final String IVO_EJ_VERKSTALLT = "IVO_EJ_VERKSTALLT";
    public static final String IVO_AVBROTT = "IVO_AVBROTT";
    public static final String IVO_VERKSTALLT_EFTER_RAPPORT = "IVO_VERKSTALLT_EFTER_RAPPORT";
    public static final String FORSTA_UPPFOLJNING = "FORSTA_UPPFOLJNING";
    public static final String NASTA_UPPFOLJNING = "NASTA_UPPFOLJNING";
    public static final String BESLUTSPERIOD_SLUTAR = "BESLUTSPERIOD_SLUTAR";
    public static final String REDOGORELSE_UTREDNINGSUPPDRAG = "REDOGORELSE_UTREDNINGSUPPDRAG";
    public static final String SKYDDSBEDOMNING = "SKYDDSBEDOMNING";
    public static final String SKRIFTLIG_BEKRAFTELSE = "SKRIFTLIG_BEKRAFTELSE";
    public static final String ATERKOPPLING = "ATERKOPPLING";
    public static final String FORHANDSBEDOMNING = "FORHANDSBEDOMNING";
    public static final String SAMTYCKE_ATERKALLAT = "SAMTYCKE_ATERKALLAT";
    public static final String ATGARD_EFTER_UPPFOLJNING = "ATGARD_EFTER_UPPFOLJNING";
    public static final String UPPFOLJNING_FORE_UTREDNINGENS_SLUT = "UPPFOLJNING_FORE_UTREDNINGENS_SLUT";
    public static final String MOTTAGANDE_BEKRAFTAT = "MOTTAGANDE_BEKRAFTAT";
    public static final String GENOMFORANDEPLAN_UPPRATTAD = "GENOMFORANDEPLAN_UPPRATTAD";

    /**
     * The decisions IVO reporting applies to, as the reporting rules name them: 34 kap. 1 § SoL (2025:400) covers
     * decisions on interventions under 11 kap. 1 § (the old 16 kap. 6 f § SoL 2001:453: decisions under 4 kap. 1 §).
     * Not decisions for young adults under 13 kap. 7 § SoL ({@code SOL_2025_13_7}) or the old 3 kap. 6 b §
     * ({@code SOL_2001_3_6B}), nor 11 § LVU ({@code LVU_11}), which the rules do not name.
     */
    public static final List<String> IVO_LAGRUM = List.of("SOL_2025_11_1", "SOL_2001_4_1");

    /** The reading of the IVO rules' scope, as the catalogue states it for every IVO rule. */
    static final String IVO_OMFANG = " Gäller beslut enligt 11 kap. 1 § SoL (2025:400) och tidigare 4 kap. 1 § SoL (2001:453) "
            + "– de beslut rapporteringsreglerna (34 kap. 1 § SoL 2025:400, tidigare 16 kap. 6 f § SoL 2001:453) nämner; inte "
            + "beslut för unga vuxna enligt 13 kap. 7 § SoL (tidigare 3 kap. 6 b §) och inte 11 § LVU.";

    /** The day SoL (2025:400) came into force; versions of the old law's rules end the day before. */
    public static final LocalDate NYA_SOL = LocalDate.of(2025, 7, 1);
    private static final LocalDate ALLTID = LocalDate.of(1980, 1, 1);
    private static final LocalDate GAMLA_SOL_SISTA = NYA_SOL.minusDays(1);

    private static final List<Handelsemonster> INSATSEN_SLUTAR = List.of(
            avbryts(INSATS_AVSLUTAD, "avslutsdatum", "INSATS_AVSLUTAD"),
            avbryts(BESLUT_ATERKALLAT, "aterkallatDatum", "BESLUT_ATERKALLAT"));
    private static final List<Handelsemonster> UPPFOLJNINGEN_SLUTAR = List.of(
            avbryts(INSATS_AVSLUTAD, "avslutsdatum", "INSATS_AVSLUTAD"),
            avbryts(BESLUT_ATERKALLAT, "aterkallatDatum", "BESLUT_ATERKALLAT"),
            avbryts(UPPDRAG_AVSLUTAT, "avslutatDatum", "UPPDRAG_AVSLUTAT"));
    private static final List<Handelsemonster> MOTE_HALLET = List.of(
            uppfylls(UPPFOLJNING_GENOMFORD, "datum", Matchning.SENARE),
            uppfylls(AVSLUTNINGSMOTE_GENOMFORT, "datum", Matchning.SENARE));
    private static final String GENOMFORANDEPLAN_UPPRATTAD_HANDELSE = Handelsetyper.GENOMFORANDEPLAN_UPPRATTAD;
    private static final Villkor INSATS = Villkor.ar("uppdragstyp", "BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING");

    /** The catalogue in force: built from {@link Regelinstallningar#STANDARD} until the application sets its own. */
    private static volatile List<Regel> iKraft = regler(Regelinstallningar.STANDARD);

    /** The rules in force (served by {@code GET /api/bevakningsregler}). */
    public static List<Regel> regler() {
        return iKraft;
    }

    /** Puts the catalogue built from the municipality's settings in force (the application does this at start). */
    public static void anvand(Regelinstallningar installningar) {
        iKraft = regler(installningar);
    }

    /** The catalogue for the settings, in evaluation order. */
    public static List<Regel> regler(Regelinstallningar inst) {
        return List.of(
            new Regel(VERKSTALLIGHET_START, 1, "Insatsen startar", "Rutinen: beslutet verkställs omedelbart (start bör ske inom 14 dagar)",
                    Kalltyp.RUTIN, ALLTID, null, Arendetyp.UPPDRAG,
                    List.of(start(INSATS_BEVILJAD, "beslutsdatum", INSATS)), null, Frist.dagar(14), 4,
                    List.of(uppfylls(INSATS_VERKSTALLD, "verkstallighetsdatum", Matchning.ARENDET)), INSATSEN_SLUTAR, false,
                    "Ett beviljat beslut ska verkställas omedelbart; bevakningen larmar om insatsen inte startat 14 dagar efter beslutsdatum."),
            ivoEjVerkstallt(1, "16 kap. 6 f § SoL (2001:453)", ALLTID, GAMLA_SOL_SISTA),
            ivoEjVerkstallt(2, "34 kap. 1 § SoL (2025:400)", NYA_SOL, null),
            ivoAvbrott(1, "16 kap. 6 f § andra stycket SoL (2001:453)", ALLTID, GAMLA_SOL_SISTA),
            ivoAvbrott(2, "34 kap. 1 § SoL (2025:400)", NYA_SOL, null),
            ivoEfterRapport(1, "16 kap. 6 g § SoL (2001:453)", ALLTID, GAMLA_SOL_SISTA),
            ivoEfterRapport(2, "34 kap. 2 § SoL (2025:400)", NYA_SOL, null),
            new Regel(FORSTA_UPPFOLJNING, 1, "Första uppföljningsmötet", "Rutinen: uppföljning 6–8 veckor efter start",
                    Kalltyp.RUTIN, ALLTID, null, Arendetyp.UPPDRAG,
                    List.of(start(INSATS_VERKSTALLD, "verkstallighetsdatum", INSATS)), null, Frist.veckor(8), 14,
                    MOTE_HALLET, UPPFOLJNINGEN_SLUTAR, false,
                    "Det första uppföljningsmötet hålls mellan 6 och 8 veckor efter att insatsen startat; påminnelse när fönstret öppnar."),
            new Regel(NASTA_UPPFOLJNING, 1, "Nästa uppföljningsmöte", "Rutinen: uppföljning var 6–8 vecka så länge insatsen fortsätter",
                    Kalltyp.RUTIN, ALLTID, null, Arendetyp.UPPDRAG,
                    List.of(start(UPPFOLJNING_GENOMFORD, "datum", Villkor.ar("utfall", "FORTSATTA", "JUSTERA", "NY_UTREDNING"))),
                    "moteId", Frist.veckor(8), 14, MOTE_HALLET, UPPFOLJNINGEN_SLUTAR, false,
                    "Efter ett uppföljningsmöte där insatsen fortsätter hålls nästa möte senast inom 6–8 veckor (påminnelse "
                            + "vid 6 veckor, passerad efter 8). Också efter utfallet ny utredning: insatsen pågår under sitt "
                            + "beslut tills den avslutas, och följs upp under tiden; bara utfallet avsluta startar ingen."),
            new Regel(BESLUTSPERIOD_SLUTAR, 1, "Familjen informeras inför att beslutsperioden slutar",
                    "Rutinen: \"Informera barn och vårdnadshavare i god tid inför att insatsens beslutsperiod går ut\" / "
                            + "\"i god tid för att möjliggöra ett bra avslut\"",
                    Kalltyp.RUTIN, ALLTID, null, Arendetyp.UPPDRAG,
                    List.of(start(INSATS_BEVILJAD, "beslutsdatum", Villkor.finns("periodTom"))), null,
                    Frist.datumIHandelsen("periodTom"), 42,
                    List.of(uppfylls(FAMILJEN_INFORMERAD, "informeradDatum", Matchning.ARENDET)),
                    List.of(avbryts(BESLUT_ATERKALLAT, "aterkallatDatum", "BESLUT_ATERKALLAT"),
                            avbryts(INSATS_AVSLUTAD, "avslutsdatum", "INSATS_AVSLUTAD")), false,
                    "Ett tidsbegränsat beslut: barnet och vårdnadshavarna informeras i god tid innan beslutsperioden går ut "
                            + "(FamiljenInformeradInförAvslut); påminnelse sex veckor innan perioden slutar. Uppfylld när "
                            + "familjen informerats (efter periodens slut: sent). Slutar perioden utan att familjen informerats "
                            + "passerar bevakningen (larm till ärendets enheter: perioden har gått ut utan besked till familjen, "
                            + "och insatsen pågår utan beslut om den inte avslutats) och står kvar tills familjen informerats "
                            + "eller insatsen avslutats. Avslutas insatsen eller återkallas beslutet avbryts bevakningen (ett "
                            + "avslut före periodens slut sker med familjen, vid avslutningsmötet)."),
            new Regel(REDOGORELSE_UTREDNINGSUPPDRAG, 1, "Redogörelse för utredningsuppdrag", "Rutinen: redogörelsen lämnas innan utredningen avslutas",
                    Kalltyp.RUTIN, ALLTID, null, Arendetyp.UPPDRAG,
                    List.of(start(UPPDRAG_SKICKAT, "skickad", Villkor.ar("uppdragstyp", "UTREDNINGSUPPDRAG", "INSATS_UNDER_UTREDNING"),
                            Villkor.finns("utredningensSlutdatum"))), null,
                    Frist.datumIHandelsen("utredningensSlutdatum"), 7,
                    List.of(uppfylls(REDOGORELSE_LAMNAD, "lamnadDatum", Matchning.ARENDET)),
                    List.of(avbryts(BESLUT_ATERKALLAT, "aterkallatDatum", "BESLUT_ATERKALLAT"),
                            avbryts(UPPDRAG_AVSLUTAT, "avslutatDatum", "UPPDRAG_AVSLUTAT")), false,
                    "Utförarens redogörelse (eller avslutande sammanfattning) lämnas senast den dag utredningen ska vara klar."),
            oroRegel(SKYDDSBEDOMNING, 1, "Omedelbar skyddsbedömning", "11 kap. 1 a § SoL (2001:453)", Kalltyp.LAG, ALLTID, GAMLA_SOL_SISTA,
                    List.of(), Frist.sammaDag(), null, SKYDDSBEDOMNING_GJORD, "bedomd",
                    "När en anmälan rör ett barn bedöms genast, samma dag, om barnet behöver omedelbart skydd."),
            oroRegel(SKYDDSBEDOMNING, 2, "Omedelbar skyddsbedömning", "20 kap. 1 § SoL (2025:400)", Kalltyp.LAG, NYA_SOL, null,
                    List.of(), Frist.sammaDag(), null, SKYDDSBEDOMNING_GJORD, "bedomd",
                    "När en anmälan rör ett barn bedöms genast, samma dag, om barnet behöver omedelbart skydd."),
            oroRegel(SKRIFTLIG_BEKRAFTELSE, 1, "Skriftlig bekräftelse av muntlig oro", "Rutinen: muntlig information bekräftas skriftligt i efterhand",
                    Kalltyp.RUTIN, ALLTID, null, List.of(Villkor.ar("form", "MUNTLIG")), Frist.arbetsdagar(1), null,
                    ORO_BEKRAFTAD_SKRIFTLIGT, "bekraftad",
                    "En muntligt lämnad oro bekräftas skriftligt senast nästa arbetsdag (som concern-service: varje muntlig oro)."),
            new Regel(ATERKOPPLING, 1, "Återkoppling till anmälaren", "19 kap. 6 § SoL (2025:400), tidigare 14 kap. 1 b § SoL (2001:453)",
                    Kalltyp.LAG, ALLTID, null, Arendetyp.ORO, List.of(start(ORO_INLAMNAD, "inkom")), null, Frist.veckor(1), 2,
                    List.of(uppfylls(ATERKOPPLING_LAMNAD, "lamnad", Matchning.ARENDET)),
                    List.of(avbryts(ATERKOPPLING_AVSTADD, "beslutad", "REGEL_GALLER_INTE")), false,
                    "Den som anmält i sin yrkesroll får inom en vecka veta om utredning inletts, inte inletts eller redan pågår. "
                            + "Lagen medger att återkoppling inte lämnas om det finns särskilda skäl: ett sådant beslut "
                            + "(ÅterkopplingAvstådd) avbryter bevakningen."),
            oroRegel(FORHANDSBEDOMNING, 1, "Förhandsbedömning", "11 kap. 1 a § SoL (2001:453)", Kalltyp.LAG, ALLTID, GAMLA_SOL_SISTA,
                    List.of(), Frist.dagar(14), 3, FORHANDSBEDOMNING_AVSLUTAD, "avslutad",
                    "Beslut om att inleda eller inte inleda utredning fattas inom 14 dagar från att anmälan kom in."),
            oroRegel(FORHANDSBEDOMNING, 2, "Förhandsbedömning", "20 kap. 2 § SoL (2025:400)", Kalltyp.LAG, NYA_SOL, null,
                    List.of(), Frist.dagar(14), 3, FORHANDSBEDOMNING_AVSLUTAD, "avslutad",
                    "Beslut om att inleda eller inte inleda utredning fattas inom 14 dagar från att anmälan kom in."),
            samtyckeAterkallat(inst.samtyckeAterkallatDagar()),
            atgardEfterUppfoljning(inst.efterUppfoljningDagar()),
            new Regel(UPPFOLJNING_FORE_UTREDNINGENS_SLUT, 1, "Uppföljning innan utredningen avslutas",
                    "Rutinen, Insats under pågående utredning: \"Innan utredningen avslutas ska insatsen följas upp.\"",
                    Kalltyp.RUTIN, ALLTID, null, Arendetyp.UPPDRAG,
                    List.of(start(UPPDRAG_SKICKAT, "skickad", Villkor.ar("uppdragstyp", "INSATS_UNDER_UTREDNING"),
                            Villkor.finns("utredningensSlutdatum"))), null,
                    Frist.datumIHandelsen("utredningensSlutdatum"), 14, MOTE_HALLET,
                    List.of(avbryts(BESLUT_ATERKALLAT, "aterkallatDatum", "BESLUT_ATERKALLAT")), false,
                    "En insats som beviljats under pågående utredning följs upp (uppföljningsmöte eller avslutningsmöte) senast "
                            + "den dag utredningen ska vara klar. Att insatsen avslutas utan uppföljning uppfyller inte regeln: "
                            + "bevakningen passerar då vid utredningens slut; bara ett återkallat beslut avbryter den."),
            new Regel(MOTTAGANDE_BEKRAFTAT, 1, "Mottagandet av uppdraget bekräftas",
                    "Rutinen, Utförarenhetens ställningstagande och mottagande av uppdrag: \"Bekräfta att uppdraget är "
                            + "mottaget\" (metodhandledare, annars enhetschef); beslutet \"gäller omedelbart\"",
                    Kalltyp.RUTIN, ALLTID, null, Arendetyp.UPPDRAG,
                    List.of(start(UPPDRAG_SKICKAT, "skickad")), null, Frist.arbetsdagar(1), null,
                    List.of(uppfylls(Handelsetyper.UPPDRAG_MOTTAGET, "mottaget", Matchning.SENARE)),
                    List.of(avbryts(BESLUT_ATERKALLAT, "aterkallatDatum", "BESLUT_ATERKALLAT"),
                            avbryts(UPPDRAG_AVSLUTAT, "avslutatDatum", "UPPDRAG_AVSLUTAT")), false,
                    "Utförarenheten bekräftar att ett skickat uppdrag tagits emot (UppdragMottaget) omedelbart – senast nästa "
                            + "arbetsdag efter att det skickades (rutinen sätter ingen tid; \"omedelbart\" läses som samma eller "
                            + "nästa arbetsdag). Ett uppdrag som skickas igen (till en annan enhet) räknas från det nya datumet."),
            new Regel(GENOMFORANDEPLAN_UPPRATTAD, 1, "Genomförandeplan upprättad",
                    "Rutinen, Genomförandet: \"Säkerställ att en genomförandeplan är upprättad, och efterfråga en om den "
                            + "saknas\" (socialsekreterare); SOSFS 2014:5 5 kap. 2 §",
                    Kalltyp.RUTIN, ALLTID, null, Arendetyp.UPPDRAG,
                    List.of(start(INSATS_VERKSTALLD, "verkstallighetsdatum", INSATS)), null, Frist.veckor(6), 14,
                    List.of(uppfylls(GENOMFORANDEPLAN_UPPRATTAD_HANDELSE, "upprattadDatum", Matchning.ARENDET)),
                    UPPFOLJNINGEN_SLUTAR, false,
                    "När insatsen startat ska genomförandeplanen vara upprättad (GenomförandeplanUpprättad) senast 6 veckor "
                            + "efter start – när fönstret för första uppföljningen öppnar, så att uppföljningen kan utgå från "
                            + "planen (rutinen sätter ingen tid). Påminnelse två veckor innan, till socialsekreteraren som ska "
                            + "efterfråga planen."));
    }

    private Regelkatalog() {
    }

    /** The distinct rule ids, in evaluation order. */
    public static List<String> regelIds() {
        return regler().stream().map(Regel::id).distinct().toList();
    }

    /** The versions of a rule, oldest first. */
    public static List<Regel> versioner(String regelId) {
        return regler().stream().filter(r -> r.id().equals(regelId)).sorted(Comparator.comparingInt(Regel::version)).toList();
    }

    /** The version of a rule that applies to a watch counting from the date. */
    public static Optional<Regel> version(String regelId, LocalDate startdatum) {
        return versioner(regelId).stream().filter(r -> r.galler(startdatum)).findFirst();
    }

    private static Regel ivoEjVerkstallt(int version, String kalla, LocalDate fran, LocalDate till) {
        return new Regel(IVO_EJ_VERKSTALLT, version, "IVO: beslut ej verkställt inom tre månader", kalla, Kalltyp.LAG, fran, till,
                Arendetyp.UPPDRAG, List.of(start(INSATS_BEVILJAD, "beslutsdatum", Villkor.ar("lagrum", IVO_LAGRUM.toArray(String[]::new)))),
                null, Frist.kalendermanader(3), 14,
                List.of(uppfylls(INSATS_VERKSTALLD, "verkstallighetsdatum", Matchning.ARENDET)), INSATSEN_SLUTAR, true,
                "Ett beslut om insats som inte verkställts inom tre månader från beslutsdatum rapporteras till IVO, och "
                        + "rapporteras igen varje kvartal tills det verkställts eller avslutats av annat skäl (ett avböjt erbjudande avslutar inte)."
                        + IVO_OMFANG);
    }

    private static Regel ivoAvbrott(int version, String kalla, LocalDate fran, LocalDate till) {
        return new Regel(IVO_AVBROTT, version, "IVO: avbrott ej återupptaget inom tre månader", kalla, Kalltyp.LAG, fran, till,
                Arendetyp.UPPDRAG, List.of(start(VERKSTALLIGHET_AVBRUTEN, "avbrottsdatum",
                Villkor.ar("arende.lagrum", IVO_LAGRUM.toArray(String[]::new)))), "avbrottsdatum",
                Frist.kalendermanader(3), 14,
                List.of(uppfylls(VERKSTALLIGHET_ATERUPPTAGEN, "aterupptagenDatum", Matchning.SAMMA_FOREKOMST)), INSATSEN_SLUTAR, true,
                "Ett verkställt beslut vars verkställighet avbrutits och inte återupptagits inom tre månader från avbrottet "
                        + "rapporteras till IVO, varje kvartal tills det återupptagits eller avslutats." + IVO_OMFANG);
    }

    private static Regel ivoEfterRapport(int version, String kalla, LocalDate fran, LocalDate till) {
        return new Regel(IVO_VERKSTALLT_EFTER_RAPPORT, version, "IVO: rapporterat beslut verkställt eller avslutat", kalla, Kalltyp.LAG,
                fran, till, Arendetyp.UPPDRAG,
                List.of(startEfterPasserad(INSATS_VERKSTALLD, "verkstallighetsdatum", IVO_EJ_VERKSTALLT),
                        startEfterPasserad(INSATS_AVSLUTAD, "avslutsdatum", IVO_EJ_VERKSTALLT),
                        startEfterPasserad(BESLUT_ATERKALLAT, "aterkallatDatum", IVO_EJ_VERKSTALLT),
                        startEfterPasserad(VERKSTALLIGHET_ATERUPPTAGEN, "aterupptagenDatum", IVO_AVBROTT),
                        startEfterPasserad(INSATS_AVSLUTAD, "avslutsdatum", IVO_AVBROTT),
                        startEfterPasserad(BESLUT_ATERKALLAT, "aterkallatDatum", IVO_AVBROTT)),
                "avbrottsdatum", Frist.kvartaletEfter(), 30,
                List.of(uppfylls(IVO_RAPPORT_INLAMNAD, "inlamnad", Matchning.KVARTAL)), List.of(), false,
                "Ett beslut (eller avbrott) som rapporterats till IVO och sedan verkställts, återupptagits eller avslutats "
                        + "rapporteras med datum (och skäl) i rapporten för kvartalet det hände, som lämnas under nästa kvartal.");
    }

    private static Regel samtyckeAterkallat(int dagar) {
        return new Regel(SAMTYCKE_ATERKALLAT, 1, "Samtycket återkallat: insatsen avslutas eller beslutet omprövas",
                "11 kap. 1 § SoL (2025:400), tidigare 4 kap. 1 § SoL (2001:453): insatsen bygger på samtycke; utan samtycke "
                        + "får nämnden pröva 11 § LVU. Tid: barnunga.bevakning.samtycke-aterkallat-dagar", Kalltyp.RUTIN, ALLTID, null,
                Arendetyp.UPPDRAG,
                List.of(start(Handelsetyper.SAMTYCKE_ATERKALLAT, "aterkallatDatum")), "aterkallatDatum", Frist.dagar(dagar),
                Regelinstallningar.paminnelse(dagar),
                List.of(uppfylls(BESLUT_OMPROVAT, "beslutsdatum", Matchning.SENARE),
                        uppfylls(INSATS_AVSLUTAD, "avslutsdatum", Matchning.ARENDET),
                        uppfylls(BESLUT_ATERKALLAT, "aterkallatDatum", Matchning.ARENDET)),
                List.of(), false,
                "När en vårdnadshavare, barnet (15 år) eller den unge (18 år) återkallat samtycket kan insatsen inte fortsätta "
                        + "med stöd av det frivilliga beslutet: socialsekreteraren avslutar insatsen, återkallar beslutet eller "
                        + "omprövar det (BeslutOmprövat: nytt samtycke, eller nämndens beslut enligt 11 § LVU) inom " + dagar
                        + " dagar från återkallelsen. En bevakning per återkallelsedatum.");
    }

    private static Regel atgardEfterUppfoljning(int dagar) {
        return new Regel(ATGARD_EFTER_UPPFOLJNING, 1, "Utredning inleds eller insatsen ändras efter uppföljningen",
                "Rutinen: \"framkommer behov av ändrade eller utökade insatser … ska en ny utredning enligt SoL inledas\"; "
                        + "BBIC negativ förändring: \"Bedöm om barnet har nya behov\". Tid: barnunga.bevakning.efter-uppfoljning-dagar",
                Kalltyp.RUTIN, ALLTID, null,
                Arendetyp.UPPDRAG,
                List.of(start(UPPFOLJNING_GENOMFORD, "datum", Villkor.ar("utfall", "NY_UTREDNING")),
                        start(UPPFOLJNING_GENOMFORD, "datum", Villkor.ar(Handelsetyper.NEGATIV_FORANDRING, "true"))),
                "moteId", Frist.dagar(dagar), Regelinstallningar.paminnelse(dagar),
                List.of(uppfylls(UTREDNING_INLEDD, "inledd", Matchning.SENARE),
                        uppfylls(INSATS_AVSLUTAD, "avslutsdatum", Matchning.ARENDET),
                        uppfylls(BESLUT_ATERKALLAT, "aterkallatDatum", Matchning.ARENDET),
                        uppfylls(GENOMFORANDEPLAN_REVIDERAD, "revideradDatum", Matchning.SENARE),
                        uppfylls(UPPFOLJNING_GENOMFORD, "datum", Matchning.SENARE, Villkor.ar("utfall", "JUSTERA"))),
                List.of(avbryts(UPPDRAG_AVSLUTAT, "avslutatDatum", "UPPDRAG_AVSLUTAT")), false,
                "Efter ett uppföljningsmöte med utfallet ny utredning, eller där något mål bedömts som negativ förändring: inom "
                        + dagar + " dagar från mötet inleds utredningen (UtredningInledd), avslutas insatsen eller återkallas "
                        + "beslutet, eller justeras insatsen – genomförandeplanen reviderad samma dag som mötet eller senare "
                        + "(GenomförandeplanReviderad), eller ett senare uppföljningsmöte med utfallet justera. Mötets eget "
                        + "utfall justera räknas inte: justeringen är den reviderade planen. En bevakning per möte.");
    }

    private static Regel oroRegel(String id, int version, String namn, String kalla, Kalltyp kalltyp, LocalDate fran,
                                  LocalDate till, List<Villkor> villkor, Frist frist, Integer paminnelse, String uppfylls,
                                  String uppfyllsDatum, String beskrivning) {
        return new Regel(id, version, namn, kalla, kalltyp, fran, till, Arendetyp.ORO,
                List.of(new Handelsemonster(ORO_INLAMNAD, villkor, "inkom", null, null, null)), null, frist, paminnelse,
                List.of(uppfylls(uppfylls, uppfyllsDatum, Matchning.ARENDET)), List.of(), false, beskrivning);
    }
}
