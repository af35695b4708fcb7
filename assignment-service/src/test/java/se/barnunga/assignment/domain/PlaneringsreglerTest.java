package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Kommandon.AterupptaVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.AvbrytVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.DokumenteraVerkstallighet;
import se.barnunga.assignment.domain.Kommandon.RegistreraFormote;
import se.barnunga.assignment.domain.Kommandon.RegistreraPlaneringsmote;
import se.barnunga.assignment.domain.Kommandon.RegistreraUppskov;

/** {@link Planeringsregler}: the förmöte, the planning meeting and the start, without a case. */
class PlaneringsreglerTest {

    private static RegistreraFormote formote(String tolkOchStod) {
        return new RegistreraFormote(ID, MOTE, DELTAGARE, MOTE.plusDays(7), "Kontoret", tolkOchStod, BARNETS_DELAKTIGHET,
                Motesledning.GEMENSAM, true, ANNA, NU);
    }

    private static RegistreraPlaneringsmote mote(LocalDate start, String skalForSenStart, LocalDate uppfoljning) {
        return new RegistreraPlaneringsmote(ID, MOTE, DELTAGARE, true, null, true, true, start, skalForSenStart, uppfoljning,
                null, OVERENSKOMMELSER, ANNA, NU);
    }

    @Test
    void a_complete_pre_meeting_passes() {
        assertThatCode(() -> Planeringsregler.formote(formote(null), false)).doesNotThrowAnyException();
        assertThatCode(() -> Planeringsregler.formote(formote("Tolk på arabiska bokad"), true)).doesNotThrowAnyException();
    }

    @Test
    void the_pre_meeting_plans_for_the_interpreter_the_assignment_names() {
        assertViolates(() -> Planeringsregler.formote(formote(null), true), "tolkOchStod", "TOLK_OCH_STOD_KRAVS");
    }

    @Test
    void a_complete_planning_meeting_passes() {
        assertThatCode(() -> Planeringsregler.planeringsmote(mote(START, null, UPPFOLJNING), BESLUT, null, MAL, false))
                .doesNotThrowAnyException();
    }

    @Test
    void a_start_later_than_14_days_after_the_decision_needs_a_reason() {
        assertViolates(() -> Planeringsregler.planeringsmote(mote(START.plusDays(1), null, UPPFOLJNING), BESLUT, null, MAL, false),
                "skalForSenStart", "SEN_START_KRAVER_SKAL");
        assertThatCode(() -> Planeringsregler.planeringsmote(mote(START.plusDays(1), "Familjen reser bort", UPPFOLJNING),
                BESLUT, null, MAL, false)).doesNotThrowAnyException();
    }

    @Test
    void the_start_lies_within_the_decision_period() {
        assertViolates(() -> Planeringsregler.planeringsmote(mote(START, null, UPPFOLJNING), BESLUT, START.minusDays(1), MAL, false),
                "planeratStartdatum", "START_EFTER_BESLUTSPERIOD");
    }

    @Test
    void a_follow_up_later_than_8_weeks_after_the_start_is_late() {
        assertThat(Planeringsregler.senUppfoljning(mote(START, null, START.plusDays(56)))).isFalse();
        assertThat(Planeringsregler.senUppfoljning(mote(START, null, START.plusDays(57)))).isTrue();
        assertViolates(() -> Planeringsregler.planeringsmote(mote(START, null, START.plusDays(57)), BESLUT, null, MAL, false),
                "skalForSenUppfoljning", "SEN_UPPFOLJNING_KRAVER_SKAL");
    }

    @Test
    void the_agreements_of_the_checklist_are_complete() {
        assertThatCode(() -> Planeringsregler.overenskommelser(OVERENSKOMMELSER, START, null, MAL, false))
                .doesNotThrowAnyException();
        assertViolates(() -> Planeringsregler.overenskommelser(null, START, null, MAL, false), "overenskommelser",
                "OVERENSKOMMELSER_KRAVS");
    }

    @Test
    void the_prioritised_goals_are_the_decisions() {
        Overenskommelser o = new Overenskommelser();
        o.prioriteradeMal = List.of("mal-9");
        assertViolates(() -> Planeringsregler.overenskommelser(o.build(), START, null, MAL, false),
                "overenskommelser.prioriteradeMal[0]", "OKANT_MAL");
    }

    @Test
    void the_interpreter_the_assignment_names_is_provided_for() {
        assertViolates(() -> Planeringsregler.overenskommelser(OVERENSKOMMELSER, START, null, MAL, true),
                "overenskommelser.tolkOchStodTillgodosett", "TOLKBEHOV_EJ_TILLGODOSETT");
    }

    @Test
    void the_start_is_documented_within_the_decision_and_its_period() {
        assertThatCode(() -> Planeringsregler.verkstallighet(new DokumenteraVerkstallighet(ID, START, ANNA, NU), BESLUT, null))
                .doesNotThrowAnyException();
        assertViolates(() -> Planeringsregler.verkstallighet(new DokumenteraVerkstallighet(ID, null, ANNA, NU), BESLUT, null),
                "verkstallighetsdatum", "DATUM_KRAVS");
        assertViolates(() -> Planeringsregler.verkstallighet(new DokumenteraVerkstallighet(ID, BESLUT.minusDays(1), ANNA, NU), BESLUT,
                null), "verkstallighetsdatum", "START_FORE_BESLUT");
        assertViolates(() -> Planeringsregler.verkstallighet(new DokumenteraVerkstallighet(ID, START, ANNA, NU), BESLUT,
                START.minusDays(1)), "verkstallighetsdatum", "START_EFTER_BESLUTSPERIOD");
    }

    @Test
    void an_interruption_has_a_cause_and_follows_the_start() {
        assertThatCode(() -> Planeringsregler.avbrott(new AvbrytVerkstallighet(ID, IDAG, Avbrottsorsak.ENSKILDS_BEGARAN, null,
                ULLA, NU), START)).doesNotThrowAnyException();
        assertViolates(() -> Planeringsregler.avbrott(new AvbrytVerkstallighet(ID, IDAG, null, null, ULLA, NU), START), "orsak",
                "ORSAK_KRAVS");
        assertViolates(() -> Planeringsregler.avbrott(new AvbrytVerkstallighet(ID, START.minusDays(1), Avbrottsorsak.ANNAT, null, ULLA,
                NU), START), "avbrottsdatum", "AVBROTT_FORE_START");
    }

    @Test
    void a_resumption_follows_the_interruption() {
        assertThatCode(() -> Planeringsregler.aterupptagande(new AterupptaVerkstallighet(ID, IDAG, ULLA, NU), START))
                .doesNotThrowAnyException();
        assertViolates(() -> Planeringsregler.aterupptagande(new AterupptaVerkstallighet(ID, START.minusDays(1), ULLA, NU), START),
                "datum", "ATERUPPTAGEN_FORE_AVBROTT");
    }

    @Test
    void a_postponement_asks_for_a_start_ahead_with_reasons() {
        assertThatCode(() -> Planeringsregler.uppskov(new RegistreraUppskov(ID, Samtyckespart.VARDNADSHAVARE, IDAG.plusDays(7),
                "Familjen reser bort", ANNA, NU))).doesNotThrowAnyException();
        assertViolates(() -> Planeringsregler.uppskov(new RegistreraUppskov(ID, Samtyckespart.VARDNADSHAVARE, IDAG.minusDays(1),
                "Skäl", ANNA, NU)), "onskatStartdatum", "ONSKAT_DATUM_PASSERAT");
        assertViolates(() -> Planeringsregler.uppskov(new RegistreraUppskov(ID, null, IDAG.plusDays(7), "Skäl", ANNA, NU)),
                "begartAv", "BEGARAN_KRAVS");
    }
}
