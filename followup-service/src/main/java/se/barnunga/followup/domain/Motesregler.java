package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;
import static se.barnunga.platform.domain.Guards.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.barnunga.followup.domain.Kommandon.HallForMote;
import se.barnunga.followup.domain.Kommandon.LamnaSammanfattningTillFamiljen;
import se.barnunga.followup.domain.Kommandon.LamnaUtforarsammanfattning;
import se.barnunga.followup.domain.Kommandon.RegistreraAvslutningsmote;
import se.barnunga.followup.domain.Kommandon.RegistreraUppfoljning;
import se.barnunga.followup.domain.Kommandon.RegistreraUtredningInledd;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.followup.domain.Varden.Malbedomning;
import se.barnunga.platform.domain.BusinessDates;
import se.barnunga.platform.time.ClockProducer;

/**
 * The rules of the content of the meetings' commands (the routine's appendices 2 and 3): pure functions of the command
 * and the few facts of the case they are given – the assignment's goals, whether the performer's summary was handed
 * in, the risk assessment, the dates of the start, the previous meeting and the booked meeting. Each fails with the
 * {@link se.barnunga.platform.domain.RuleViolation} (422) of the first rule broken, in the order the routine lists
 * them; the goals not yet known from the assignment-service are a {@link se.barnunga.platform.domain.StateConflict}
 * ({@code MALEN_EJ_KANDA}, 409). {@link Uppfoljning} checks the state (role, order of the steps) before them.
 */
public final class Motesregler {

    private Motesregler() {
    }

    /** A held meeting's record as its content passed the rules: who took part, every goal rated, the instruments used. */
    public record Protokoll(Set<Deltagare> deltagare, List<Malbedomning> bedomningar, Set<Bedomningsinstrument> instrument) {

        public boolean barnetDeltog() {
            return deltagare.contains(Deltagare.BARNET);
        }
    }

    /** The Swedish date of an instant. */
    public static LocalDate dag(Instant tidpunkt) {
        return LocalDate.ofInstant(tidpunkt, ClockProducer.ZONE);
    }

    /**
     * The date of something done, registered at {@code tidpunkt}: given ({@code DATUM_KRAVS} with the text
     * {@code saknas}), sane, and not in the future ({@code DATUM_I_FRAMTIDEN} with the text {@code framtid}).
     */
    public static void gjort(String falt, LocalDate datum, Instant tidpunkt, String saknas, String framtid) {
        rule(datum != null, falt, "DATUM_KRAVS", saknas);
        BusinessDates.plausible(falt, datum);
        rule(!datum.isAfter(dag(tidpunkt)), falt, "DATUM_I_FRAMTIDEN", framtid);
    }

    /** A held meeting's date: not before the intervention's start, nor before the previous meeting ({@code foregaende}, null: none). */
    public static void motesdatum(LocalDate datum, Instant tidpunkt, LocalDate start, LocalDate foregaende) {
        gjort("datum", datum, tidpunkt, "Ange när mötet hölls.", "Mötet registreras när det har hållits.");
        rule(!datum.isBefore(start), "datum", "FORE_START", "Mötet kan inte ha hållits före insatsens start " + start + ".");
        rule(foregaende == null || !datum.isBefore(foregaende), "datum", "FORE_FOREGAENDE_MOTE",
                "Mötet kan inte ha hållits före föregående möte " + foregaende + ".");
    }

    /** The pre-meeting, held at the latest on the day of the booked meeting ({@code motesdatum}), with how it was planned. */
    public static void formote(HallForMote c, LocalDate motesdatum) {
        gjort("datum", c.datum(), c.tidpunkt(), "Ange när förmötet hölls.", "Förmötet registreras när det har hållits.");
        rule(!c.datum().isAfter(motesdatum), "datum", "EFTER_MOTET", "Förmötet hålls före mötet den " + motesdatum + ".");
        rule(!blank(c.planering()), "planering", "PLANERING_KRAVS",
                "Beskriv hur mötet planerades (barnets delaktighet, vem som leder).");
    }

    /** The performer's summary before a meeting: the sessions, both participations, and the work with every goal. */
    public static void sammanfattning(LamnaUtforarsammanfattning c, List<Mal> mal) {
        int genomforda = antal("tillfallenGenomforda", c.tillfallenGenomforda());
        int planerade = antal("tillfallenPlanerade", c.tillfallenPlanerade());
        // SOSFS 2014:5 5 kap. 3 §: the circumstances that meant the intervention "helt eller delvis inte har kunnat
        // genomföras som planerat" are documented; fewer sessions held than planned is such a case
        rule(genomforda >= planerade || !blank(c.avvikelseFranPlanen()), "avvikelseFranPlanen", "AVVIKELSE_FRAN_PLANEN_KRAVS",
                "Färre tillfällen än planerat: beskriv vad som gjorde att insatsen inte kunde genomföras som planerat.");
        rule(c.barnetsDelaktighet() != null, "barnetsDelaktighet", "DELAKTIGHET_KRAVS", "Ange barnets delaktighet.");
        rule(c.vardnadshavarnasDelaktighet() != null, "vardnadshavarnasDelaktighet", "DELAKTIGHET_KRAVS",
                "Ange vårdnadshavarnas delaktighet.");
        malenKanda(mal);
        List<Malarbete> arbete = c.malarbete() == null ? List.of() : c.malarbete();
        Set<String> sedda = new HashSet<>();
        for (int i = 0; i < arbete.size(); i++) {
            Malarbete a = arbete.get(i);
            String falt = "malarbete[" + i + "]";
            mal(falt + ".malId", a == null ? null : a.malId(), mal, sedda);
            rule(!blank(a.beskrivning()), falt + ".beskrivning", "BESKRIVNING_KRAVS", "Beskriv hur arbetet med målet har gått.");
        }
        allaMal(mal, "malarbete", "MAL_SAKNAS", "Sammanfattningen beskriver inte arbetet med ", sedda);
    }

    /**
     * The follow-up meeting's content (appendix 2), after its date ({@link #motesdatum}) passed: who took part and the
     * child's and the family's view, every goal rated, the adaptations, the instruments, the summary or the reason to
     * meet without it ({@code sammanfattningFanns}), the outcome, and the next meeting.
     */
    public static Protokoll uppfoljning(RegistreraUppfoljning c, List<Mal> mal, boolean sammanfattningFanns) {
        Set<Deltagare> deltagare = deltagare(c.deltagare());
        rule(deltagare.contains(Deltagare.BARNET) || !blank(c.skalBarnetDeltogEj()), "skalBarnetDeltogEj", "SKAL_KRAVS",
                "Barnet deltog inte: ange varför.");
        rule(!blank(c.barnetsUppfattning()), "barnetsUppfattning", "UPPFATTNING_KRAVS",
                "Ange hur barnet uppfattar insatsen i förhållande till sina behov och önskemål.");
        boolean familjenDeltog = deltagare.contains(Deltagare.VARDNADSHAVARE) || deltagare.contains(Deltagare.ANNAN_NARSTAENDE);
        // appendix 2: "Frågar barnet och/eller respektive familjemedlem hur de uppfattar insatsen"; the family
        // "Får möjlighet att berätta mer om hur arbetet med målen går"
        rule(!familjenDeltog || !blank(c.familjensUppfattning()), "familjensUppfattning", "UPPFATTNING_KRAVS",
                "Familjemedlemmar deltog: ange hur de uppfattar insatsen och vad de berättade om arbetet med målen.");
        List<Malbedomning> bedomningar = bedomningar(c.bedomningar(), mal);
        boolean ingaAnpassningar = Boolean.TRUE.equals(c.ingaAnpassningarBehovdes());
        rule(!ingaAnpassningar || blank(c.anpassningar()), "ingaAnpassningarBehovdes", "ANPASSNINGAR_MOTSAGELSE",
                "Ange antingen vilka anpassningar som gjorts eller att inga behövdes, inte båda.");
        // "Uppmärksamma vilka åtgärder som har gjorts för att anpassa insatsen utifrån barnets behov"
        rule(ingaAnpassningar || !blank(c.anpassningar()), "anpassningar", "ANPASSNINGAR_KRAVS",
                "Ange vilka åtgärder som gjorts för att anpassa insatsen utifrån barnets behov, eller att inga behövdes "
                        + "(ingaAnpassningarBehovdes).");
        Set<Bedomningsinstrument> instrument = c.bedomningsinstrument() == null ? Set.of() : Set.copyOf(c.bedomningsinstrument());
        boolean annat = instrument.contains(Bedomningsinstrument.ANNAT);
        rule(!annat || !blank(c.annatInstrument()), "annatInstrument", "INSTRUMENT_KRAVS",
                "Ange vilket annat bedömningsinstrument som användes.");
        rule(annat || blank(c.annatInstrument()), "annatInstrument", "ENDAST_VID_ANNAT",
                "Ange annatInstrument bara med bedömningsinstrumentet ANNAT.");
        rule(sammanfattningFanns || !blank(c.skalUtanSammanfattning()), "skalUtanSammanfattning", "SAMMANFATTNING_SAKNAS",
                "Ansvarig utförare har inte lämnat sin sammanfattning inför mötet; ange skälet att ändå hålla det.");
        utfall(c, bedomningar);
        return new Protokoll(deltagare, bedomningar, instrument);
    }

    /** The outcome with what it needs – an adjustment, a ground for a new investigation, the next meeting – and only that. */
    private static void utfall(RegistreraUppfoljning c, List<Malbedomning> bedomningar) {
        Utfall utfall = c.utfall();
        rule(utfall != null, "utfall", "UTFALL_KRAVS", "Ange utfallet: fortsätta, justera, avsluta eller inleda ny utredning.");
        rule(c.justering() == null || utfall == Utfall.JUSTERA, "justering", "ENDAST_VID_JUSTERING",
                "Justering anges bara när insatsen justeras.");
        rule(c.utredningsgrund() == null || utfall == Utfall.NY_UTREDNING, "utredningsgrund", "ENDAST_VID_NY_UTREDNING",
                "Utredningsgrund anges bara när en ny utredning inleds.");
        rule(utfall != Utfall.JUSTERA || c.justering() != null, "justering", "JUSTERING_KRAVS",
                "Ange om intensiteten, innehållet eller båda justeras.");
        rule(utfall != Utfall.NY_UTREDNING || c.utredningsgrund() != null, "utredningsgrund", "UTREDNINGSGRUND_KRAVS",
                "Ange grunden för den nya utredningen: ökad risk, nya behov eller en ansökan.");
        boolean negativ = bedomningar.stream().anyMatch(b -> b.skala() == Bbicskala.NEGATIV_FORANDRING);
        // the BBIC scale, "Negativ förändring": "Bedöm om barnet har nya behov som behöver utredas"
        rule(!negativ || utfall == Utfall.NY_UTREDNING || !blank(c.bedomningAvNyaBehov()), "bedomningAvNyaBehov",
                "BEDOMNING_AV_NYA_BEHOV_KRAVS",
                "Ett mål har bedömts som negativ förändring: bedöm om barnet har nya behov som behöver utredas.");
        boolean fortsatter = utfall == Utfall.FORTSATTA || utfall == Utfall.JUSTERA;
        rule(!fortsatter || c.nastaMote() != null, "nastaMote", "NASTA_MOTE_KRAVS",
                "Insatsen fortsätter: boka nästa uppföljningsmöte senast inom 6–8 veckor (senast "
                        + c.datum().plusDays(Uppfoljning.ATTA_VECKOR) + ").");
        if (c.nastaMote() != null) {
            Bokningsregler.nastaMote(c.nastaMote(), nastaSlag(utfall), c.datum());
        }
    }

    /** The meeting booked at a follow-up: the closing meeting when the intervention ends, otherwise the next follow-up. */
    public static Motesslag nastaSlag(Utfall utfall) {
        return utfall == Utfall.AVSLUTA ? Motesslag.AVSLUTNING : Motesslag.UPPFOLJNING;
    }

    /** Whether the implementation plan is to be revised: an adjustment, changes while continuing, or as decided. */
    public static boolean revideras(RegistreraUppfoljning c) {
        return c.utfall() == Utfall.JUSTERA || (c.utfall() == Utfall.FORTSATTA && !blank(c.forandringar()))
                || Boolean.TRUE.equals(c.genomforandeplanenRevideras());
    }

    /**
     * The closing meeting's content (appendix 3), after its date ({@link #motesdatum}) passed: who took part and how
     * the child and the others experienced the intervention, every goal rated, the assignment's risk assessment
     * ({@code riskniva}, null: none came) and the performer's final summary or the reason it was not presented.
     */
    public static Protokoll avslutning(RegistreraAvslutningsmote c, List<Mal> mal, Riskniva riskniva) {
        Set<Deltagare> deltagare = deltagare(c.deltagare());
        rule(deltagare.contains(Deltagare.BARNET) || !blank(c.skalBarnetDeltogEj()), "skalBarnetDeltogEj", "SKAL_KRAVS",
                "Barnet deltog inte: ange varför.");
        rule(!blank(c.barnetsUpplevelse()), "barnetsUpplevelse", "UPPLEVELSE_KRAVS", "Ange hur barnet har upplevt insatsen.");
        rule(!blank(c.ovrigasUpplevelse()), "ovrigasUpplevelse", "UPPLEVELSE_KRAVS",
                "Ange hur övriga som deltagit har upplevt insatsen.");
        List<Malbedomning> bedomningar = bedomningar(c.bedomningar(), mal);
        // one risk assessment per case, the assignment's (routine, Avslut: "Gör en riskbedömning", the social secretary)
        rule(riskniva != null, "riskbedomning", "RISKBEDOMNING_SAKNAS",
                "Riskbedömningen görs i uppdraget (POST /api/uppdrag/{id}/riskbedomning) innan avslutningsmötet registreras; "
                        + "ingen riskbedömning har kommit från uppdragstjänsten.");
        rule(c.riskbedomning() == null || c.riskbedomning() == riskniva, "riskbedomning", "RISKBEDOMNING_AVVIKER",
                "Uppdragets riskbedömning är " + riskniva + "; ändra den i uppdraget, eller utelämna riskbedomning här.");
        rule(c.slutsammanfattningPresenterad() || !blank(c.skalUtanSlutsammanfattning()), "slutsammanfattningPresenterad",
                "SLUTSAMMANFATTNING_SAKNAS", "Utförarens avslutande sammanfattning ska presenteras vid mötet; ange annars skälet.");
        return new Protokoll(deltagare, bedomningar, Set.of());
    }

    /**
     * The summary handed to the family: to whom, and when – not before it was handed in ({@code sammanfattningDag},
     * null: unknown).
     */
    public static void overlamning(LamnaSammanfattningTillFamiljen c, LocalDate sammanfattningDag) {
        rule(c.mottagare() != null && !c.mottagare().isEmpty(), "mottagare", "MOTTAGARE_KRAVS",
                "Ange vem i familjen som fick sammanfattningen.");
        gjort("datum", c.datum(), c.tidpunkt(), "Ange när sammanfattningen lämnades.", "Registrera överlämnandet när det har skett.");
        rule(sammanfattningDag == null || !c.datum().isBefore(sammanfattningDag), "datum", "FORE_SAMMANFATTNINGEN",
                "Sammanfattningen lämnades in " + sammanfattningDag + " och kan inte ha lämnats till familjen före det.");
    }

    /** The new investigation, opened on or after the follow-up meeting that called for it ({@code motesdatum}). */
    public static void utredning(RegistreraUtredningInledd c, LocalDate motesdatum) {
        gjort("inledd", c.inledd(), c.tidpunkt(), "Ange när utredningen inleddes.", "Registrera utredningen när den har inletts.");
        rule(!c.inledd().isBefore(motesdatum), "inledd", "FORE_MOTET",
                "Utredningen inleds efter uppföljningsmötet den " + motesdatum + ".");
    }

    /** Who took part: someone, the social secretary among them (she leads the meeting). */
    static Set<Deltagare> deltagare(Set<Deltagare> deltagare) {
        rule(deltagare != null && !deltagare.isEmpty(), "deltagare", "DELTAGARE_KRAVS", "Ange vilka som deltog.");
        rule(deltagare.contains(Deltagare.SOCIALSEKRETERARE), "deltagare", "SOCIALSEKRETERAREN_LEDER",
                "Socialsekreteraren leder mötet och är med bland deltagarna.");
        Set<Deltagare> kopia = EnumSet.noneOf(Deltagare.class);
        kopia.addAll(deltagare);
        return kopia;
    }

    /** Every goal of the assignment rated once on the BBIC scale, with what changed. */
    static List<Malbedomning> bedomningar(List<Bedomning> givna, List<Mal> mal) {
        malenKanda(mal);
        List<Bedomning> lista = givna == null ? List.of() : givna;
        Map<String, Mal> perId = mal.stream().collect(Collectors.toMap(Mal::malId, x -> x));
        Set<String> sedda = new HashSet<>();
        List<Malbedomning> resultat = new ArrayList<>();
        for (int i = 0; i < lista.size(); i++) {
            Bedomning b = lista.get(i);
            String falt = "bedomningar[" + i + "]";
            String malId = mal(falt + ".malId", b == null ? null : b.malId(), mal, sedda);
            rule(b.skala() != null, falt + ".skala", "SKALA_KRAVS", "Bedöm målet på BBIC:s fyrgradiga skala.");
            rule(!blank(b.forandring()), falt + ".forandring", "FORANDRING_KRAVS", "Beskriv vad som har förändrats för målet.");
            resultat.add(new Malbedomning(malId, perId.get(malId).bbicOmrade(), b.skala(), b.forandring(),
                    blank(b.malForKommandePeriod()) ? null : b.malForKommandePeriod()));
        }
        allaMal(mal, "bedomningar", "MAL_EJ_BEDOMT", "Varje mål ska bedömas; inte bedömt: ", sedda);
        return List.copyOf(resultat);
    }

    /** The goals come from the assignment-service; until they have, nothing can be said about them. */
    static void malenKanda(List<Mal> mal) {
        state(!mal.isEmpty(), "MALEN_EJ_KANDA", "Uppdragets mål har ännu inte kommit från uppdragstjänsten.");
    }

    private static String mal(String falt, String malId, List<Mal> mal, Set<String> sedda) {
        rule(malId != null && mal.stream().anyMatch(x -> x.malId().equals(malId)), falt, "OKANT_MAL", "Målet finns inte i uppdraget.");
        rule(sedda.add(malId), falt, "MAL_DUBBLERAT", "Målet förekommer mer än en gång.");
        return malId;
    }

    private static void allaMal(List<Mal> mal, String falt, String regel, String text, Set<String> sedda) {
        List<String> saknas = mal.stream().filter(x -> !sedda.contains(x.malId()))
                .map(x -> x.malId() + " (" + x.bbicOmrade() + ")").toList();
        rule(saknas.isEmpty(), falt, regel, text + String.join(", ", saknas) + ".");
    }

    private static int antal(String falt, Integer antal) {
        rule(antal != null, falt, "ANTAL_KRAVS", "Ange antalet tillfällen.");
        rule(antal >= 0, falt, "NEGATIVT_ANTAL", "Antalet kan inte vara negativt.");
        return antal;
    }
}
