package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The end of the routine: the report (redogörelse), the risk assessment, the closing summary, closing the intervention
 * and closing the assignment; a closed assignment refuses every further command.
 */
class UppdragAvslutTest {

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    /** The given events and lists of events, as one list. */
    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static final String SYNPUNKTER = "Föräldrarna och Alva delar bilden";
    private static final String SAMMANFATTNING = "Samspelet har förbättrats";

    // ==== LamnaRedogorelse ===================================================================================

    @Nested
    @DisplayName("LamnaRedogorelse")
    class Redogorelse {

        private LamnaRedogorelse lamna(LocalDate datum, boolean genomgangen, String synpunkter, String sammanfattning,
                                             Actor actor) {
            return new LamnaRedogorelse(ID, datum, genomgangen, synpunkter, sammanfattning, actor, NU);
        }

        private RedogorelseLamnad lamnadNu(Uppdragstyp typ, Redogorelseslag slag, LocalDate datum, boolean sen) {
            return new RedogorelseLamnad(ID, typ, slag, datum, UTREDNING.planeratSlut(), sen, true, SYNPUNKTER, SAMMANFATTNING,
                    "ulla", NU);
        }

        @Test
        void a_report_on_the_investigations_planned_end_is_on_time() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(lamna(UTREDNING.planeratSlut(), true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectEvents(lamnadNu(UTREDNINGSUPPDRAG, Redogorelseslag.REDOGORELSE, UTREDNING.planeratSlut(), false));
        }

        @Test
        void a_late_report_is_accepted_and_marked_late() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(lamna(IDAG, true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectEvents(lamnadNu(UTREDNINGSUPPDRAG, Redogorelseslag.REDOGORELSE, IDAG, true));
            LocalDate dagenEfter = UTREDNING.planeratSlut().plusDays(1);
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(lamna(dagenEfter, true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectEvents(lamnadNu(UTREDNINGSUPPDRAG, Redogorelseslag.REDOGORELSE, dagenEfter, true));
        }

        @Test
        void an_intervention_during_an_investigation_closes_with_a_closing_summary() {
            given(tillVerkstallt(INSATS_UNDER_UTREDNING))
                    .when(lamna(UTREDNING.planeratSlut(), true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectEvents(lamnadNu(INSATS_UNDER_UTREDNING, Redogorelseslag.AVSLUTANDE_SAMMANFATTNING,
                            UTREDNING.planeratSlut(), false));
            given(tillVerkstallt(INSATS_UNDER_UTREDNING))
                    .when(lamna(IDAG, true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectEvents(lamnadNu(INSATS_UNDER_UTREDNING, Redogorelseslag.AVSLUTANDE_SAMMANFATTNING, IDAG, true));
        }

        @Test
        void the_closing_summary_of_an_intervention_during_an_investigation_follows_the_start() {
            given(tillPlanerat(INSATS_UNDER_UTREDNING))
                    .when(lamna(IDAG, true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void a_granted_intervention_has_no_report() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(lamna(IDAG, true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectException(conflicts("GALLER_ENDAST_UNDER_UTREDNING"))
                    .expectNoEvents();
        }

        @Test
        void the_report_is_given_once() {
            given(tillTilldelat(UTREDNINGSUPPDRAG), redogorelse(UTREDNINGSUPPDRAG, UTREDNING.planeratSlut()))
                    .when(lamna(IDAG, true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectException(conflicts("REDOGORELSE_REDAN_LAMNAD"))
                    .expectNoEvents();
        }

        @Test
        void the_report_is_dated_not_in_the_future() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(lamna(IDAG.plusDays(1), true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(lamna(null, true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_report_is_gone_through_with_the_family_and_has_content() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(lamna(IDAG, false, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectException(violates("genomgangenMedFamiljen", "EJ_GENOMGANGEN_MED_FAMILJEN"))
                    .expectNoEvents();
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(lamna(IDAG, true, " ", SAMMANFATTNING, ULLA))
                    .expectException(violates("familjensSynpunkter", "FAMILJENS_SYNPUNKTER_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(lamna(IDAG, true, SYNPUNKTER, null, ULLA))
                    .expectException(violates("sammanfattning", "SAMMANFATTNING_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_gives_the_report() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, ANNA)) {
                given(tillTilldelat(UTREDNINGSUPPDRAG))
                        .when(lamna(IDAG, true, SYNPUNKTER, SAMMANFATTNING, annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
            given(tillMottaget(UTREDNINGSUPPDRAG))
                    .when(lamna(IDAG, true, SYNPUNKTER, SAMMANFATTNING, ULLA))
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"))
                    .expectNoEvents();
        }
    }

    // ==== GoraRiskbedomning ==================================================================================

    @Nested
    @DisplayName("GoraRiskbedomning")
    class Riskbedomning {

        @ParameterizedTest
        @EnumSource(Riskniva.class)
        void the_social_secretary_assesses_the_risk_of_a_started_intervention(Riskniva niva) {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new GoraRiskbedomning(ID, niva, true, IDAG, ANNA, NU))
                    .expectEvents(new RiskbedomningGjord(ID, niva, true, IDAG, NU, BARN, MYNDIGHETSENHET, "anna"));
        }

        @Test
        void an_interrupted_intervention_is_assessed_too() {
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(LocalDate.of(2026, 3, 1)))
                    .when(new GoraRiskbedomning(ID, Riskniva.OFORANDRAD, false, IDAG, ANNA, NU))
                    .expectEvents(new RiskbedomningGjord(ID, Riskniva.OFORANDRAD, false, IDAG, NU, BARN, MYNDIGHETSENHET, "anna"));
        }

        @Test
        void the_assessment_concerns_a_started_intervention_not_yet_closed() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new GoraRiskbedomning(ID, Riskniva.MINSKAD, false, IDAG, ANNA, NU))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(new GoraRiskbedomning(ID, Riskniva.MINSKAD, false, IDAG, ANNA, NU))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void the_assessment_names_the_level_and_a_date_not_in_the_future() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new GoraRiskbedomning(ID, null, false, IDAG, ANNA, NU))
                    .expectException(violates("riskniva", "RISKNIVA_KRAVS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new GoraRiskbedomning(ID, Riskniva.MINSKAD, false, IDAG.plusDays(1), ANNA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new GoraRiskbedomning(ID, Riskniva.MINSKAD, false, null, ANNA, NU))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_assesses() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(new GoraRiskbedomning(ID, Riskniva.MINSKAD, false, IDAG, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== LamnaAvslutandeSammanfattning ======================================================================

    @Nested
    @DisplayName("LamnaAvslutandeSammanfattning")
    class AvslutandeSammanfattning {

        private LamnaAvslutandeSammanfattning sammanfatta(List<MalUppfyllelse> bedomningar, Set<Mottagare> till) {
            return new LamnaAvslutandeSammanfattning(ID, IDAG, bedomningar, till, ULLA, NU);
        }

        private final MalUppfyllelse mal1 = MALUPPFYLLELSE.get(0);
        private final MalUppfyllelse mal2 = MALUPPFYLLELSE.get(1);

        @Test
        void the_ansvarig_utforare_rates_every_goal_and_hands_the_summary_to_the_family() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(sammanfatta(MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectEvents(new AvslutandeSammanfattningLamnad(ID, IDAG, MALUPPFYLLELSE,
                            Set.of(Mottagare.VARDNADSHAVARE), NU));
        }

        @Test
        void the_summary_may_follow_the_closed_intervention() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(sammanfatta(List.of(mal2, mal1), Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectEvents(new AvslutandeSammanfattningLamnad(ID, IDAG, List.of(mal2, mal1),
                            Set.of(Mottagare.VARDNADSHAVARE), NU));
        }

        @Test
        void every_goal_of_the_decision_is_rated() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(sammanfatta(List.of(mal1), Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectException(violates("malUppfyllelse", "MAL_SAKNAR_BEDOMNING"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(sammanfatta(null, Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectException(violates("malUppfyllelse", "MAL_SAKNAR_BEDOMNING"))
                    .expectNoEvents();
        }

        @Test
        void every_rating_is_on_the_bbic_scale_with_a_summary() {
            for (MalUppfyllelse ofullstandig : Arrays.asList(null, new MalUppfyllelse("mal-2", null, "Bättre"),
                    new MalUppfyllelse("mal-2", Bbicskala.INGEN_FORANDRING, " "))) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(sammanfatta(Arrays.asList(mal1, ofullstandig), Set.of(Mottagare.VARDNADSHAVARE)))
                        .expectException(violates("malUppfyllelse[1]", "BEDOMNING_OFULLSTANDIG"))
                        .expectNoEvents();
            }
        }

        @Test
        void a_rating_of_an_unknown_or_an_already_rated_goal_is_refused() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(sammanfatta(List.of(mal1, new MalUppfyllelse("mal-9", Bbicskala.INGEN_FORANDRING, "?")),
                            Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectException(violates("malUppfyllelse[1].malId", "OKANT_MAL"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(sammanfatta(List.of(mal1, mal2, mal1), Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectException(violates("malUppfyllelse[2].malId", "MAL_DUBBLETT"))
                    .expectNoEvents();
        }

        @Test
        void the_guardians_and_a_child_of_15_get_the_summary() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(sammanfatta(MALUPPFYLLELSE, Set.of(Mottagare.BARNET)))
                    .expectException(violates("overlamnadTill", "VARDNADSHAVARE_SKA_FA"))
                    .expectNoEvents();
            Barn femton = barnFodd(LocalDate.of(2011, 3, 10));
            List<Object> femtonVerkstallt = handelser(registrerad(BEVILJAD_INSATS, femton), forfragan(), klartecken(),
                    samtycken(), barnetSamtycker(SAMTYCKT), beviljad(BEVILJAD_INSATS, femton, BESLUT, Lagrum.SOL_2025_11_1,
                            null), skickat(BEVILJAD_INSATS), mottaget(), utsedd(), planerat(), verkstalld(START));
            given(femtonVerkstallt)
                    .when(sammanfatta(MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectException(violates("overlamnadTill", "BARNET_SKA_FA"))
                    .expectNoEvents();
            given(femtonVerkstallt)
                    .when(sammanfatta(MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_summary_is_written_once_after_the_start_and_dated_not_in_the_future() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(sammanfatta(MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), sammanfattning())
                    .when(sammanfatta(MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectException(conflicts("SAMMANFATTNING_REDAN_LAMNAD"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new LamnaAvslutandeSammanfattning(ID, IDAG.plusDays(1), MALUPPFYLLELSE,
                            Set.of(Mottagare.VARDNADSHAVARE), ULLA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"INSATS_UNDER_UTREDNING", "UTREDNINGSUPPDRAG"})
        void the_investigation_kinds_close_with_a_report_instead(Uppdragstyp typ) {
            given(typ == UTREDNINGSUPPDRAG ? tillTilldelat(typ) : tillVerkstallt(typ))
                    .when(sammanfatta(MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE)))
                    .expectException(conflicts("GALLER_ENDAST_BEVILJAD_INSATS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_writes_it() {
            for (Actor annan : List.of(UNO, MATS, ANNA)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(new LamnaAvslutandeSammanfattning(ID, IDAG, MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE),
                                annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== AvslutaInsats ======================================================================================

    @Nested
    @DisplayName("AvslutaInsats")
    class InsatsensAvslut {

        private AvslutaInsats avsluta(Avslutsskal skal, boolean nyUtredning) {
            return new AvslutaInsats(ID, IDAG, skal, nyUtredning, "Motivering", ANNA, NU);
        }

        private InsatsAvslutad avslutadNu(Avslutsskal skal, Riskniva riskniva, boolean nyUtredning) {
            return new InsatsAvslutad(ID, IDAG, skal, riskniva, nyUtredning, "Motivering", "anna", NU);
        }

        @Test
        void a_started_intervention_is_not_closed_without_a_risk_assessment() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avsluta(Avslutsskal.MALEN_UPPFYLLDA, false))
                    .expectException(conflicts("RISKBEDOMNING_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_decreased_risk_closes_the_intervention_even_with_remaining_needs() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, true))
                    .when(avsluta(Avslutsskal.MALEN_UPPFYLLDA, false))
                    .expectEvents(avslutadNu(Avslutsskal.MALEN_UPPFYLLDA, Riskniva.MINSKAD, false));
        }

        @ParameterizedTest
        @EnumSource(value = Riskniva.class, names = {"OKAD", "OFORANDRAD"})
        void an_unchanged_or_increased_risk_with_remaining_needs_requires_a_new_investigation(Riskniva niva) {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(niva, true))
                    .when(avsluta(Avslutsskal.BESLUTSPERIOD_UTGANGEN, false))
                    .expectException(violates("nyUtredningInleds", "NY_UTREDNING_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(value = Riskniva.class, names = {"OKAD", "OFORANDRAD"})
        void with_a_new_investigation_the_intervention_is_closed(Riskniva niva) {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(niva, true))
                    .when(avsluta(Avslutsskal.BESLUTSPERIOD_UTGANGEN, true))
                    .expectEvents(avslutadNu(Avslutsskal.BESLUTSPERIOD_UTGANGEN, niva, true));
            given(tillVerkstallt(BEVILJAD_INSATS), risk(niva, true))
                    .when(avsluta(Avslutsskal.NY_UTREDNING, false))
                    .expectEvents(avslutadNu(Avslutsskal.NY_UTREDNING, niva, true));
        }

        @ParameterizedTest
        @EnumSource(value = Riskniva.class, names = {"OKAD", "OFORANDRAD"})
        void without_remaining_needs_no_new_investigation_is_required(Riskniva niva) {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(niva, false))
                    .when(avsluta(Avslutsskal.ENSKILD_AVBOJER, false))
                    .expectEvents(avslutadNu(Avslutsskal.ENSKILD_AVBOJER, niva, false));
        }

        @Test
        void the_latest_risk_assessment_counts() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.OKAD, true), risk(Riskniva.MINSKAD, false))
                    .when(avsluta(Avslutsskal.MALEN_UPPFYLLDA, false))
                    .expectEvents(avslutadNu(Avslutsskal.MALEN_UPPFYLLDA, Riskniva.MINSKAD, false));
        }

        @Test
        void an_intervention_that_never_started_is_closed_without_a_risk_assessment() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(avsluta(Avslutsskal.FLYTTAT, false))
                    .expectEvents(avslutadNu(Avslutsskal.FLYTTAT, null, false));
        }

        @Test
        void an_intervention_during_an_investigation_follows_the_same_rules() {
            given(tillVerkstallt(INSATS_UNDER_UTREDNING), risk(Riskniva.OKAD, true))
                    .when(avsluta(Avslutsskal.BESLUTSPERIOD_UTGANGEN, false))
                    .expectException(violates("nyUtredningInleds", "NY_UTREDNING_KRAVS"))
                    .expectNoEvents();
            given(tillVerkstallt(INSATS_UNDER_UTREDNING), risk(Riskniva.MINSKAD, false))
                    .when(avsluta(Avslutsskal.BESLUTSPERIOD_UTGANGEN, false))
                    .expectEvents(avslutadNu(Avslutsskal.BESLUTSPERIOD_UTGANGEN, Riskniva.MINSKAD, false));
        }

        @Test
        void the_closure_names_its_reason() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                    .when(avsluta(null, false))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_closure_lies_between_the_start_and_today() {
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                    .when(new AvslutaInsats(ID, START.minusDays(1), Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectException(violates("datum", "AVSLUT_FORE_START"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                    .when(new AvslutaInsats(ID, START, Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                    .when(new AvslutaInsats(ID, IDAG.plusDays(1), Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void an_intervention_that_never_started_is_not_closed_before_the_decision() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new AvslutaInsats(ID, BESLUT.minusDays(1), Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectException(violates("datum", "AVSLUT_FORE_START"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new AvslutaInsats(ID, BESLUT, Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void there_is_a_decided_intervention_to_close_and_it_is_closed_once() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(avsluta(Avslutsskal.ANNAT, false))
                    .expectException(conflicts("BESLUT_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(avsluta(Avslutsskal.ANNAT, false))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void an_investigation_assignment_has_no_intervention_to_close() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(avsluta(Avslutsskal.ANNAT, false))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_closes_the_intervention() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false))
                        .when(new AvslutaInsats(ID, IDAG, Avslutsskal.MALEN_UPPFYLLDA, false, null, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== AvslutaUppdrag =====================================================================================

    @Nested
    @DisplayName("AvslutaUppdrag")
    class UppdragetsAvslut {

        private AvslutaUppdrag avsluta(Actor actor) {
            return new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.OVERLAMNADE, actor, NU);
        }

        private UppdragAvslutat avslutatNu(String av) {
            return new UppdragAvslutat(ID, UTFORARENHET, IDAG, FysiskaHandlingar.OVERLAMNADE, av, NU);
        }

        private List<Object> insatsSlutford() {
            return handelser(tillPlan(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), sammanfattning(),
                    insatsAvslutad(Riskniva.MINSKAD));
        }

        @Test
        void the_ansvarig_utforare_closes_the_assignment_after_the_closed_intervention_and_the_summary() {
            given(insatsSlutford())
                    .when(avsluta(ULLA))
                    .expectEvents(avslutatNu("ulla"));
            given(insatsSlutford())
                    .when(avsluta(ULLA))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void the_assignment_is_closed_after_the_intervention() {
            given(tillPlan(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), sammanfattning())
                    .when(avsluta(ULLA))
                    .expectException(conflicts("INSATS_EJ_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void a_started_granted_intervention_needs_the_closing_summary() {
            given(tillPlan(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(avsluta(ULLA))
                    .expectException(conflicts("AVSLUTANDE_SAMMANFATTNING_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_started_intervention_during_an_investigation_needs_the_report() {
            List<Object> avslutad = handelser(tillVerkstallt(INSATS_UNDER_UTREDNING), risk(Riskniva.MINSKAD, false),
                    insatsAvslutad(Riskniva.MINSKAD));
            given(avslutad)
                    .when(avsluta(ULLA))
                    .expectException(conflicts("REDOGORELSE_SAKNAS"))
                    .expectNoEvents();
            given(avslutad, redogorelse(INSATS_UNDER_UTREDNING, IDAG))
                    .when(avsluta(ULLA))
                    .expectEvents(avslutatNu("ulla"));
        }

        @Test
        void an_intervention_that_never_started_needs_no_summary() {
            given(tillTilldelat(BEVILJAD_INSATS), insatsAvslutad(null))
                    .when(avsluta(ULLA))
                    .expectEvents(avslutatNu("ulla"));
        }

        @Test
        void without_an_appointed_performer_the_metodhandledare_closes_it() {
            given(tillMottaget(BEVILJAD_INSATS), insatsAvslutad(null))
                    .when(avsluta(MATS))
                    .expectEvents(avslutatNu("mats"));
            given(tillMottaget(BEVILJAD_INSATS), insatsAvslutad(null))
                    .when(avsluta(MATS))
                    .expectEventsMatching(allaUtfordaAv(MATS, Roll.METODHANDLEDARE));
            for (Actor annan : List.of(LISA, ULLA, ANNA)) {
                given(tillMottaget(BEVILJAD_INSATS), insatsAvslutad(null))
                        .when(avsluta(annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void with_an_appointed_performer_only_she_closes_it() {
            for (Actor annan : List.of(MATS, UNO, ULLA_PA_ANNAN_ENHET, ANNA)) {
                given(insatsSlutford())
                        .when(avsluta(annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void an_investigation_assignment_is_closed_after_its_report() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(avsluta(ULLA))
                    .expectException(conflicts("REDOGORELSE_SAKNAS"))
                    .expectNoEvents();
            given(tillTilldelat(UTREDNINGSUPPDRAG), redogorelse(UTREDNINGSUPPDRAG, IDAG))
                    .when(avsluta(ULLA))
                    .expectEvents(avslutatNu("ulla"));
        }

        @Test
        void only_a_received_assignment_is_closed() {
            given(tillSkickat(BEVILJAD_INSATS), insatsAvslutad(null))
                    .when(avsluta(MATS))
                    .expectException(conflicts("UPPDRAG_INTE_MOTTAGET"))
                    .expectNoEvents();
        }

        @Test
        void the_closure_states_the_physical_documents_and_a_date_not_in_the_future() {
            given(insatsSlutford())
                    .when(new AvslutaUppdrag(ID, IDAG, null, ULLA, NU))
                    .expectException(violates("fysiskaHandlingar", "FYSISKA_HANDLINGAR_KRAVS"))
                    .expectNoEvents();
            given(insatsSlutford())
                    .when(new AvslutaUppdrag(ID, IDAG.plusDays(1), FysiskaHandlingar.INGA_FINNS, ULLA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(insatsSlutford())
                    .when(new AvslutaUppdrag(ID, null, FysiskaHandlingar.INGA_FINNS, ULLA, NU))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
            given(insatsSlutford())
                    .when(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.INGA_FINNS, ULLA, NU))
                    .expectEvents(new UppdragAvslutat(ID, UTFORARENHET, IDAG, FysiskaHandlingar.INGA_FINNS, "ulla", NU));
        }
    }

    // ==== The closed assignment ==============================================================================

    /** A granted intervention carried out to the end, with one objection still open, and the assignment closed. */
    private static List<Object> avslutat() {
        return handelser(tillPlan(BEVILJAD_INSATS), invandning("inv-1"), risk(Riskniva.MINSKAD, false), sammanfattning(),
                insatsAvslutad(Riskniva.MINSKAD), uppdragAvslutat());
    }

    static Stream<Named<Object>> kommandonEfterAvslut() {
        return Stream.of(
                kommando(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, null, ANNA, NU)),
                kommando(new RegistreraSamtycke(ID, Samtyckespart.BARNET, null, true, IDAG, ANNA, NU)),
                kommando(new FattaBeslut(ID, IDAG, Lagrum.LVU_11, null, MAL, DOKUMENTATION, null, null, ANNA, NU)),
                kommando(new BeslutaUtredningsuppdrag(ID, IDAG, FRAGOR, true, ANNA, NU)),
                kommando(new SkickaUppdrag(ID, innehall(), ANNA, NU)),
                kommando(new BekraftaMottagande(ID, MATS, NU)),
                kommando(new UtseAnsvarigUtforare(ID, "uno", MATS, NU)),
                kommando(new RapporteraHinder(ID, Hinder.KAN_INTE_TA_SIG_AN, "Skäl", true, null, MATS, NU)),
                kommando(new RegistreraFormote(ID, IDAG, DELTAGARE, null, null, null, BARNETS_DELAKTIGHET,
                        Motesledning.GEMENSAM, true, ULLA, NU)),
                kommando(new RegistreraPlaneringsmote(ID, IDAG, DELTAGARE, true, null, true, true, IDAG, "Skäl",
                        IDAG.plusDays(42), null, null, ANNA, NU)),
                kommando(new BekraftaStart(ID, true, null, ULLA, NU)),
                kommando(new DokumenteraVerkstallighet(ID, IDAG, ANNA, NU)),
                kommando(new AvbrytVerkstallighet(ID, IDAG, Avbrottsorsak.ANNAT, null, ULLA, NU)),
                kommando(new AterupptaVerkstallighet(ID, IDAG, ULLA, NU)),
                kommando(new RegistreraUppskov(ID, Samtyckespart.VARDNADSHAVARE, IDAG.plusDays(7), "Skäl", ANNA, NU)),
                kommando(new AterkallaBeslut(ID, IDAG, "Skäl", BESLUTSFATTARE, ANNA, NU)),
                kommando(new UpprattaGenomforandeplan(ID, IDAG, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, ULLA, NU)),
                kommando(new ReviderGenomforandeplan(ID, IDAG, Revideringsanledning.ANNAT, BARNETS_DELAKTIGHET,
                        AKTIVITETER, null, null, null, ULLA, NU)),
                kommando(new LamnaKopiorAvGenomforandeplan(ID, Set.of(Mottagare.VARDNADSHAVARE), IDAG, ULLA, NU)),
                kommando(new EfterfragaGenomforandeplan(ID, ANNA, NU)),
                kommando(new RegistreraInvandning(ID, "inv-2", Mottagare.BARNET, "Invändning", ULLA, NU)),
                kommando(new LamnaRedogorelse(ID, IDAG, true, SYNPUNKTER, SAMMANFATTNING, ULLA, NU)),
                kommando(new GoraRiskbedomning(ID, Riskniva.MINSKAD, false, IDAG, ANNA, NU)),
                kommando(new LamnaAvslutandeSammanfattning(ID, IDAG, MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE),
                        ULLA, NU)),
                kommando(new AvslutaInsats(ID, IDAG, Avslutsskal.ANNAT, false, null, ANNA, NU)),
                kommando(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.INGA_FINNS, ULLA, NU)));
    }

    private static Named<Object> kommando(Object kommando) {
        return Named.of(kommando.getClass().getSimpleName(), kommando);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kommandonEfterAvslut")
    void a_closed_assignment_refuses_every_further_command(Object kommando) {
        given(avslutat())
                .when(kommando)
                .expectException(conflicts("UPPDRAG_AVSLUTAT"))
                .expectNoEvents();
    }

    @Test
    void a_closed_assignment_gives_no_answer_to_an_enquiry() {
        given(avslutat())
                .when(new LamnaKlartecken(ID, MATS, NU))
                .expectException(conflicts("FORFRAGAN_BESVARAD"))
                .expectNoEvents();
        given(avslutat())
                .when(new AvbojForfragan(ID, "Skäl", MATS, NU))
                .expectException(conflicts("FORFRAGAN_BESVARAD"))
                .expectNoEvents();
    }

    @Test
    void a_closed_assignment_still_checks_the_role_first() {
        given(avslutat())
                .when(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.INGA_FINNS, UNO, NU))
                .expectException(notPermitted())
                .expectNoEvents();
    }

    @Test
    void a_closed_assignment_refuses_handling_an_objection() {
        given(avslutat())
                .when(new HanteraInvandning(ID, "inv-1", "Stämt av med familjen", ANNA, NU))
                .expectException(conflicts("UPPDRAG_AVSLUTAT"))
                .expectNoEvents();
    }
}
