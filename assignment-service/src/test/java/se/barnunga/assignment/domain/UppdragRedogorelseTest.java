package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
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

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
import se.barnunga.platform.domain.Actor;

/**
 * Towards the end: the report (redogörelse), the risk assessment and the closing summary.
 */
class UppdragRedogorelseTest extends UppdragAvslutTestBase {

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
}
