package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.inteIFramtiden;
import static se.barnunga.platform.domain.Guards.blank;
import static se.barnunga.platform.domain.Guards.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Kommandon.LamnaKopiorAvGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.ReviderGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.UpprattaGenomforandeplan;
import se.barnunga.assignment.domain.Varden.Aktivitet;
import se.barnunga.assignment.domain.Varden.Mal;

/**
 * The rules on the content of the implementation plan (genomförandeplan, SOSFS 2014:5 5 kap.): its date, the child's
 * participation, activities tied to the decision's goals, cooperation with other principals when a SIP is needed, and
 * copies to the family. Pure functions of a command and the few facts of the case they need; each fails with a
 * {@link se.barnunga.platform.domain.RuleViolation} naming the field, the first broken rule first.
 */
final class Planregler {

    private Planregler() {
    }

    /**
     * The plan as first established, with the family.
     *
     * @param planeringsmote the date of the planning meeting, where the plan is begun
     * @param sipBehov       the written assignment's need of a coordinated individual plan
     */
    static void upprattande(UpprattaGenomforandeplan c, LocalDate planeringsmote, List<Mal> mal, Boolean sipBehov) {
        innehall(c.datum(), planeringsmote, c.barnetsDelaktighet(), c.aktiviteter(), c.tidpunkt(), mal);
        rule(c.deltagare() != null && !c.deltagare().isEmpty(), "deltagare", "DELTAGARE_KRAVS",
                "Ange vilka som deltog när planen upprättades.");
        samverkan(c.samverkan(), sipBehov);
    }

    /** A revision: why, and the plan's content again, dated on or after the current version. */
    static void revidering(ReviderGenomforandeplan c, LocalDate planDatum, List<Mal> mal, Boolean sipBehov) {
        rule(c.anledning() != null, "anledning", "ANLEDNING_KRAVS", "Ange varför planen revideras.");
        innehall(c.datum(), planDatum, c.barnetsDelaktighet(), c.aktiviteter(), c.tidpunkt(), mal);
        samverkan(c.samverkan(), sipBehov);
    }

    /** Copies of the plan handed to the family members in it. */
    static void kopior(LamnaKopiorAvGenomforandeplan c, Barn barn) {
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        familjenFick("mottagare", c.mottagare(), barn.alderPa(c.datum()), "en kopia av genomförandeplanen");
    }

    /** The guardians (the child under 18) and the child from 15 are among those who got {@code vad}. */
    static void familjenFick(String falt, Set<Mottagare> mottagare, int alder, String vad) {
        rule(alder >= 18 || mottagare != null && mottagare.contains(Mottagare.VARDNADSHAVARE), falt, "VARDNADSHAVARE_SKA_FA",
                "Vårdnadshavarna ska få " + vad + ".");
        rule(alder < 15 || mottagare != null && mottagare.contains(Mottagare.BARNET), falt, "BARNET_SKA_FA",
                "Barnet har fyllt 15 år och ska själv få " + vad + ".");
    }

    /**
     * SOSFS 2014:5 (AR to 5 kap. 2 §): the plan shows "hur utföraren i förekommande fall ska samverka med andra
     * huvudmän" – required when the written assignment says a SIP (coordinated individual plan) is needed.
     */
    static void samverkan(String samverkan, Boolean sipBehov) {
        rule(!Boolean.TRUE.equals(sipBehov) || !blank(samverkan), "samverkan", "SAMVERKAN_KRAVS",
                "Uppdraget anger behov av samordnad individuell plan (SIP): beskriv hur utföraren samverkar med andra huvudmän.");
    }

    /** A version's content: dated, not before {@code tidigast}; the child's participation; complete activities per goal. */
    static void innehall(LocalDate datum, LocalDate tidigast, String barnetsDelaktighet, List<Aktivitet> aktiviteter,
                         Instant tidpunkt, List<Mal> mal) {
        inteIFramtiden("datum", datum, tidpunkt);
        rule(!datum.isBefore(tidigast), "datum", "DATUM_FORE_FOREGAENDE", "Planens datum kan inte ligga före " + tidigast + ".");
        rule(!blank(barnetsDelaktighet), "barnetsDelaktighet", "BARNETS_DELAKTIGHET_KRAVS",
                "Beskriv barnets delaktighet och hur barnets synpunkter tagits till vara.");
        rule(aktiviteter != null && !aktiviteter.isEmpty(), "aktiviteter", "AKTIVITETER_KRAVS", "Planen har minst en aktivitet.");
        Set<String> malIds = new HashSet<>();
        mal.forEach(m -> malIds.add(m.malId()));
        for (int i = 0; i < aktiviteter.size(); i++) {
            Aktivitet a = aktiviteter.get(i);
            rule(a != null && !blank(a.beskrivning()) && !blank(a.ansvarig()) && !blank(a.nar()) && !blank(a.hur()),
                    "aktiviteter[" + i + "]", "AKTIVITET_OFULLSTANDIG", "Varje aktivitet anger vad, vem som ansvarar, när och hur.");
            rule(malIds.contains(a.malId()), "aktiviteter[" + i + "].malId", "OKANT_MAL",
                    "Aktiviteten hör inte till något av beslutets mål.");
        }
    }
}
