package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The start of the intervention: the ansvarig utförare's confirmation and the documented verkställighet.
 */
class UppdragStartTest extends UppdragGenomforandeTestBase {

    // ==== BekraftaStart ======================================================================================

    @Nested
    @DisplayName("BekraftaStart")
    class Start {

        @Test
        void the_ansvarig_utforare_confirms_the_start_on_the_agreed_date() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectEvents(new StartBekraftad(ID, START, true, null, NU))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void confirming_before_the_agreed_date_is_a_conflict() {
            // 23:30 on 23 February in Stockholm, the day before the agreed start.
            Instant kvallenFore = Instant.parse("2026-02-23T22:30:00Z");
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, kvallenFore))
                    .expectException(conflicts("STARTDATUM_INTE_NATT"))
                    .expectNoEvents();
            // 00:30 on 24 February in Stockholm: the agreed date has come.
            Instant strax_efter_midnatt = Instant.parse("2026-02-23T23:30:00Z");
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, strax_efter_midnatt))
                    .expectEvents(new StartBekraftad(ID, START, true, null, strax_efter_midnatt));
        }

        @Test
        void an_intervention_that_did_not_start_needs_a_reason() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, false, " ", ULLA, NU))
                    .expectException(violates("orsak", "ORSAK_KRAVS"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, false, "Familjen kom inte", ULLA, NU))
                    .expectEvents(new StartBekraftad(ID, START, false, "Familjen kom inte", NU));
        }

        @Test
        void a_reason_is_dropped_when_it_started() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, "Onödig orsak", ULLA, NU))
                    .expectEvents(new StartBekraftad(ID, START, true, null, NU));
        }

        @Test
        void the_start_is_confirmed_after_the_planning_meeting_and_before_verkstallighet() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("INSATS_REDAN_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void a_postponement_moves_the_agreed_date() {
            LocalDate onskat = LocalDate.of(2026, 3, 20);
            given(tillPlanerat(BEVILJAD_INSATS), uppskov(onskat))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("STARTDATUM_INTE_NATT"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), uppskov(onskat))
                    .when(new BekraftaStart(ID, true, null, ULLA, pa(onskat)))
                    .expectEvents(new StartBekraftad(ID, onskat, true, null, pa(onskat)));
        }

        @Test
        void not_for_an_investigation_assignment_nor_a_revoked_decision() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 2, 20)))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void without_an_appointed_performer_it_is_a_conflict() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_confirms() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, ANNA)) {
                given(tillPlanerat(BEVILJAD_INSATS))
                        .when(new BekraftaStart(ID, true, null, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== DokumenteraVerkstallighet ==========================================================================

    @Nested
    @DisplayName("DokumenteraVerkstallighet")
    class Verkstallighet {

        private InsatsVerkstalld verkstalldNu(Uppdragstyp typ, LocalDate datum) {
            return new InsatsVerkstalld(ID, typ, BARN, INSATSTYP, BESLUT, datum, UTFORARENHET, MYNDIGHETSENHET, "anna",
                    "ulla", NU);
        }

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING"})
        void the_social_secretary_documents_the_real_start(Uppdragstyp typ) {
            given(tillPlanerat(typ))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectEvents(verkstalldNu(typ, START));
        }

        @Test
        void a_start_on_the_decision_date_is_accepted() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, BESLUT, ANNA, NU))
                    .expectEvents(verkstalldNu(BEVILJAD_INSATS, BESLUT));
        }

        @Test
        void a_start_before_the_decision_date_is_refused() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, BESLUT.minusDays(1), ANNA, NU))
                    .expectException(violates("verkstallighetsdatum", "START_FORE_BESLUT"))
                    .expectNoEvents();
        }

        @Test
        void a_start_in_the_future_is_refused_today_is_accepted() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, IDAG.plusDays(1), ANNA, NU))
                    .expectException(violates("verkstallighetsdatum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, IDAG, ANNA, NU))
                    .expectEvents(verkstalldNu(BEVILJAD_INSATS, IDAG));
        }

        @Test
        void the_date_is_required() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, null, ANNA, NU))
                    .expectException(violates("verkstallighetsdatum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_start_lies_within_the_decision_period() {
            given(tillPlanerat(INSATS_UNDER_UTREDNING))
                    .when(new DokumenteraVerkstallighet(ID, PERIOD_UNDER_UTREDNING.tom().plusDays(1), ANNA, NU))
                    .expectException(violates("verkstallighetsdatum", "START_EFTER_BESLUTSPERIOD"))
                    .expectNoEvents();
            given(tillPlanerat(INSATS_UNDER_UTREDNING))
                    .when(new DokumenteraVerkstallighet(ID, PERIOD_UNDER_UTREDNING.tom(), ANNA, NU))
                    .expectEvents(verkstalldNu(INSATS_UNDER_UTREDNING, PERIOD_UNDER_UTREDNING.tom()));
        }

        @Test
        void verkstallighet_follows_the_planning_meeting_and_is_documented_once() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("INSATS_REDAN_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void not_for_an_investigation_assignment_nor_a_revoked_decision() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 2, 20)))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_documents_it() {
            for (Actor annan : List.of(EVA, MATS, ULLA)) {
                given(tillPlanerat(BEVILJAD_INSATS))
                        .when(new DokumenteraVerkstallighet(ID, START, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }
}
