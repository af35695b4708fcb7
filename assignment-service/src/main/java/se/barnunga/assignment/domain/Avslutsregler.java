package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.inteIFramtiden;
import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Kommandon.AvslutaInsats;
import se.barnunga.assignment.domain.Kommandon.InformeraFamiljenInforAvslut;
import se.barnunga.assignment.domain.Kommandon.LamnaAvslutandeSammanfattning;
import se.barnunga.assignment.domain.Kommandon.LamnaRedogorelse;
import se.barnunga.assignment.domain.Varden.Mal;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;

/**
 * The rules on the content of the closing steps (the routine's "Avslut"): the report or closing summary of the
 * investigation-time kinds, the closing summary per goal, the family told before the end of the decision period, and
 * the closure of the intervention. Pure functions of a command and the few facts of the case they need; each fails
 * with a {@link se.barnunga.platform.domain.RuleViolation} naming the field, the first broken rule first.
 */
final class Avslutsregler {

    private Avslutsregler() {
    }

    /** The report (or the closing summary during an investigation): gone through with the family, their views, content. */
    static void redogorelse(LamnaRedogorelse c) {
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        rule(c.genomgangenMedFamiljen(), "genomgangenMedFamiljen", "EJ_GENOMGANGEN_MED_FAMILJEN",
                "Redogörelsen gås igenom med de berörda i familjen innan den lämnas.");
        rule(!blank(c.familjensSynpunkter()), "familjensSynpunkter", "FAMILJENS_SYNPUNKTER_KRAVS",
                "Dokumentera vårdnadshavares och barnets uppfattningar i redogörelsen.");
        rule(!blank(c.sammanfattning()), "sammanfattning", "SAMMANFATTNING_KRAVS", "Redogörelsen saknar innehåll.");
    }

    /**
     * The closing summary: every goal of the decision assessed once on the BBIC scale with a summary, handed to the
     * family. Returns the assessments.
     */
    static List<MalUppfyllelse> avslutandeSammanfattning(LamnaAvslutandeSammanfattning c, List<Mal> mal, Barn barn) {
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        List<MalUppfyllelse> bedomningar = c.malUppfyllelse() == null ? List.of() : c.malUppfyllelse();
        Set<String> bedomda = new HashSet<>();
        for (int i = 0; i < bedomningar.size(); i++) {
            MalUppfyllelse b = bedomningar.get(i);
            rule(b != null && b.bedomning() != null && !blank(b.sammanfattning()), "malUppfyllelse[" + i + "]",
                    "BEDOMNING_OFULLSTANDIG", "Varje mål bedöms på BBIC-skalan med en sammanfattning.");
            rule(mal.stream().anyMatch(m -> m.malId().equals(b.malId())), "malUppfyllelse[" + i + "].malId", "OKANT_MAL",
                    "Målet finns inte i beslutet.");
            rule(bedomda.add(b.malId()), "malUppfyllelse[" + i + "].malId", "MAL_DUBBLETT", "Målet är redan bedömt.");
        }
        for (Mal m : mal) {
            rule(bedomda.contains(m.malId()), "malUppfyllelse", "MAL_SAKNAR_BEDOMNING",
                    "Sammanfattningen beskriver hur och i vilken utsträckning varje mål i uppdraget har uppfyllts.");
        }
        Planregler.familjenFick("overlamnadTill", c.overlamnadTill(), barn.alderPa(c.datum()), "den avslutande sammanfattningen");
        return bedomningar;
    }

    /** The child and, under 18, the guardians told before the decision period ends, on or after the start. */
    static void familjenInformerad(InformeraFamiljenInforAvslut c, LocalDate verkstallighetsdatum, Barn barn) {
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        rule(!c.datum().isBefore(verkstallighetsdatum), "datum", "DATUM_FORE_START",
                "Datumet ligger före insatsens start " + verkstallighetsdatum + ".");
        rule(c.informerade() != null && c.informerade().contains(Mottagare.BARNET), "informerade", "BARNET_SKA_INFORMERAS",
                "Informera barnet (utifrån ålder och mognad) i god tid inför att beslutsperioden går ut.");
        rule(barn.alderPa(c.datum()) >= 18 || c.informerade().contains(Mottagare.VARDNADSHAVARE), "informerade",
                "VARDNADSHAVARE_SKA_INFORMERAS", "Informera vårdnadshavarna i god tid inför att beslutsperioden går ut.");
    }

    /**
     * The closure of an intervention: its reason, dated on or after {@code tidigast} (the start, or the decision when it
     * never started) and not in the future.
     */
    static void avslut(AvslutaInsats c, LocalDate tidigast) {
        rule(c.skal() != null, "skal", "SKAL_KRAVS", "Ange skälet till att insatsen avslutas.");
        rule(c.datum() != null && !c.datum().isBefore(tidigast), "datum", "AVSLUT_FORE_START",
                "Insatsen kan inte avslutas före beslut eller start.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
    }

    /**
     * Whether a new investigation starts: asked for, or the reason; required when the risk assessment found the risk
     * unchanged or increased and needs remaining ("insatsen avslutas och en ny utredning inleds enligt SoL").
     *
     * @param riskniva the risk assessment's level, {@code null} when none was made
     */
    static boolean nyUtredning(AvslutaInsats c, Riskniva riskniva, boolean kvarstaendeBehov) {
        boolean nyUtredning = c.nyUtredningInleds() || c.skal() == Avslutsskal.NY_UTREDNING;
        rule(riskniva == null || riskniva == Riskniva.MINSKAD || !kvarstaendeBehov || nyUtredning, "nyUtredningInleds",
                "NY_UTREDNING_KRAVS", "Risken är " + (riskniva == Riskniva.OKAD ? "ökad" : "oförändrad")
                        + " och barnet har kvarstående behov: insatsen avslutas och en ny utredning inleds enligt SoL.");
        return nyUtredning;
    }
}
