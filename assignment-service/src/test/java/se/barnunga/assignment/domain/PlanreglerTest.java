package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Kommandon.LamnaKopiorAvGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.ReviderGenomforandeplan;
import se.barnunga.assignment.domain.Kommandon.UpprattaGenomforandeplan;
import se.barnunga.assignment.domain.Varden.Aktivitet;

/** {@link Planregler}: the content of the implementation plan, without a case. */
class PlanreglerTest {

    private static UpprattaGenomforandeplan plan(String samverkan) {
        return new UpprattaGenomforandeplan(ID, PLANDATUM, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, samverkan, null, null,
                ULLA, NU);
    }

    private static ReviderGenomforandeplan revidering(Revideringsanledning anledning, LocalDate datum) {
        return new ReviderGenomforandeplan(ID, datum, anledning, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, ULLA, NU);
    }

    @Test
    void a_complete_plan_passes() {
        assertThatCode(() -> Planregler.upprattande(plan(null), MOTE, MAL, false)).doesNotThrowAnyException();
        assertThatCode(() -> Planregler.upprattande(plan("Samverkan med elevhälsan"), MOTE, MAL, true))
                .doesNotThrowAnyException();
    }

    @Test
    void a_plan_describes_the_cooperation_a_sip_needs() {
        assertViolates(() -> Planregler.upprattande(plan(" "), MOTE, MAL, true), "samverkan", "SAMVERKAN_KRAVS");
        assertViolates(() -> Planregler.samverkan(null, true), "samverkan", "SAMVERKAN_KRAVS");
        assertThatCode(() -> Planregler.samverkan(null, null)).doesNotThrowAnyException();
    }

    @Test
    void a_plan_is_dated_on_or_after_the_planning_meeting() {
        assertViolates(() -> Planregler.upprattande(plan(null), PLANDATUM.plusDays(1), MAL, false), "datum", "DATUM_FORE_FOREGAENDE");
    }

    @Test
    void a_revision_says_why() {
        assertThatCode(() -> Planregler.revidering(revidering(Revideringsanledning.UPPFOLJNING, IDAG), PLANDATUM, MAL, false))
                .doesNotThrowAnyException();
        assertViolates(() -> Planregler.revidering(revidering(null, IDAG), PLANDATUM, MAL, false), "anledning", "ANLEDNING_KRAVS");
    }

    @Test
    void every_activity_is_complete_and_serves_a_goal_of_the_decision() {
        assertThatCode(() -> Planregler.innehall(PLANDATUM, MOTE, BARNETS_DELAKTIGHET, AKTIVITETER, NU, MAL))
                .doesNotThrowAnyException();
        assertViolates(() -> Planregler.innehall(PLANDATUM, MOTE, BARNETS_DELAKTIGHET, List.of(), NU, MAL), "aktiviteter",
                "AKTIVITETER_KRAVS");
        assertViolates(() -> Planregler.innehall(PLANDATUM, MOTE, BARNETS_DELAKTIGHET,
                List.of(new Aktivitet("mal-1", "Möte", null, "varje vecka", "hemma")), NU, MAL), "aktiviteter[0]",
                "AKTIVITET_OFULLSTANDIG");
        assertViolates(() -> Planregler.innehall(PLANDATUM, MOTE, BARNETS_DELAKTIGHET,
                List.of(new Aktivitet("mal-9", "Möte", "ulla", "varje vecka", "hemma")), NU, MAL), "aktiviteter[0].malId",
                "OKANT_MAL");
    }

    @Test
    void the_guardians_get_a_copy() {
        assertThatCode(() -> Planregler.kopior(new LamnaKopiorAvGenomforandeplan(ID, Set.of(Mottagare.VARDNADSHAVARE), IDAG,
                ULLA, NU), BARN)).doesNotThrowAnyException();
        assertViolates(() -> Planregler.kopior(new LamnaKopiorAvGenomforandeplan(ID, Set.of(), IDAG, ULLA, NU), BARN), "mottagare",
                "VARDNADSHAVARE_SKA_FA");
    }

    @Test
    void the_child_of_15_gets_her_own_copy_and_the_young_person_only_hers() {
        assertViolates(() -> Planregler.familjenFick("mottagare", Set.of(Mottagare.VARDNADSHAVARE), 15, "en kopia"), "mottagare",
                "BARNET_SKA_FA");
        assertThatCode(() -> Planregler.familjenFick("mottagare", Set.of(Mottagare.BARNET), 18, "en kopia"))
                .doesNotThrowAnyException();
    }
}
