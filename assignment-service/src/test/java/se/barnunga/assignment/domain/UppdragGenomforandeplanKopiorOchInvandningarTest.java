package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;

/**
 * The implementation plan's copies to the family, the social secretary's request for it, and the family's
 * objections.
 */
class UppdragGenomforandeplanKopiorOchInvandningarTest extends UppdragGenomforandeTestBase {

    // ==== LamnaKopiorAvGenomforandeplan ======================================================================

    @Nested
    @DisplayName("LamnaKopiorAvGenomforandeplan")
    class Kopior {

        private final Barn femton = barnFodd(LocalDate.of(2011, 3, 10));

        private LamnaKopiorAvGenomforandeplan kopior(Set<Mottagare> mottagare, LocalDate datum) {
            return new LamnaKopiorAvGenomforandeplan(ID, mottagare, datum, ULLA, NU);
        }

        @Test
        void the_guardians_of_a_child_under_15_get_a_copy_of_the_current_version() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.VARDNADSHAVARE), IDAG, NU));
            given(tillPlan(BEVILJAD_INSATS), planReviderad(2, LocalDate.of(2026, 3, 1)))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET), IDAG))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 2, Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET),
                            IDAG, NU));
        }

        @Test
        void the_guardians_of_a_child_get_a_copy() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.BARNET), IDAG))
                    .expectException(violates("mottagare", "VARDNADSHAVARE_SKA_FA"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(null, IDAG))
                    .expectException(violates("mottagare", "VARDNADSHAVARE_SKA_FA"))
                    .expectNoEvents();
        }

        @Test
        void a_child_of_15_gets_a_copy_too() {
            given(tillPlanFor(femton))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG))
                    .expectException(violates("mottagare", "BARNET_SKA_FA"))
                    .expectNoEvents();
            given(tillPlanFor(femton))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET), IDAG))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET),
                            IDAG, NU));
        }

        @Test
        void copies_handed_over_the_day_before_the_15th_birthday_need_not_include_the_child() {
            LocalDate dagenFore = IDAG.minusDays(1);
            given(tillPlanFor(femton))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), dagenFore))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.VARDNADSHAVARE), dagenFore, NU));
        }

        @Test
        void a_young_adult_of_18_gets_the_copy_without_the_guardians() {
            Barn arton = barnFodd(LocalDate.of(2008, 1, 20));
            given(tillPlanFor(arton))
                    .when(kopior(Set.of(Mottagare.BARNET), IDAG))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.BARNET), IDAG, NU));
            given(tillPlanFor(arton))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG))
                    .expectException(violates("mottagare", "BARNET_SKA_FA"))
                    .expectNoEvents();
        }

        @Test
        void copies_need_a_plan_and_a_date_not_in_the_future() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG))
                    .expectException(conflicts("GENOMFORANDEPLAN_SAKNAS"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG.plusDays(1)))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), null))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_hands_over_copies() {
            for (Actor annan : List.of(UNO, MATS, ANNA)) {
                given(tillPlan(BEVILJAD_INSATS))
                        .when(new LamnaKopiorAvGenomforandeplan(ID, Set.of(Mottagare.VARDNADSHAVARE), IDAG, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== EfterfragaGenomforandeplan =========================================================================

    @Nested
    @DisplayName("EfterfragaGenomforandeplan")
    class Efterfragan {

        @Test
        void the_social_secretary_asks_for_a_missing_plan() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectEvents(new GenomforandeplanEfterfragad(ID, NU));
        }

        @Test
        void she_may_ask_again_while_it_is_missing() {
            given(tillVerkstallt(BEVILJAD_INSATS), new GenomforandeplanEfterfragad(ID, TIDIGARE))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectEvents(new GenomforandeplanEfterfragad(ID, NU));
        }

        @Test
        void an_existing_plan_is_not_asked_for() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectException(conflicts("GENOMFORANDEPLAN_FINNS"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_is_asked_for_after_the_planning_meeting_while_the_intervention_runs() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_asks() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(new EfterfragaGenomforandeplan(ID, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== RegistreraInvandning / HanteraInvandning ===========================================================

    @Nested
    @DisplayName("RegistreraInvandning och HanteraInvandning")
    class Invandningar {

        private RegistreraInvandning invand(String id, Mottagare fran, String text, Actor actor) {
            return new RegistreraInvandning(ID, id, fran, text, actor, NU);
        }

        @Test
        void the_ansvarig_utforare_routes_the_familys_objection() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(invand("inv-1", Mottagare.BARNET, "Alva vill börja med skolan", ULLA))
                    .expectEvents(new InvandningRegistrerad(ID, "inv-1", Mottagare.BARNET, "Alva vill börja med skolan", NU));
        }

        @Test
        void an_objection_may_come_after_the_planning_meeting_before_the_plan() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Målen i fel ordning", ULLA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void an_objection_follows_the_planning_meeting() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Målen i fel ordning", ULLA))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void the_objection_names_who_objects_and_what() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(invand("inv-1", null, "Målen i fel ordning", ULLA))
                    .expectException(violates("fran", "FRAN_KRAVS"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, " ", ULLA))
                    .expectException(violates("invandning", "INVANDNING_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void an_objection_is_registered_once() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Igen", ULLA))
                    .expectException(conflicts("INVANDNING_FINNS"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"), invandningHanterad("inv-1"))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Igen", ULLA))
                    .expectException(conflicts("INVANDNING_FINNS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_routes_objections() {
            for (Actor annan : List.of(UNO, MATS, ANNA)) {
                given(tillPlan(BEVILJAD_INSATS))
                        .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Målen i fel ordning", annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void the_social_secretary_handles_the_objection() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-1", "Samtal med familjen; målens ordning ändras", ANNA, NU))
                    .expectEvents(new InvandningHanterad(ID, "inv-1", "Samtal med familjen; målens ordning ändras", NU));
        }

        @Test
        void an_objection_is_handled_once_and_others_independently() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"), invandningHanterad("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-1", "Igen", ANNA, NU))
                    .expectException(conflicts("INVANDNING_REDAN_HANTERAD"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"), invandning("inv-2"), invandningHanterad("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-2", "Stämt av med Alva", ANNA, NU))
                    .expectEvents(new InvandningHanterad(ID, "inv-2", "Stämt av med Alva", NU));
        }

        @Test
        void an_unknown_objection_is_refused() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-9", "Åtgärd", ANNA, NU))
                    .expectException(violates("invandningId", "OKAND_INVANDNING"))
                    .expectNoEvents();
        }

        @Test
        void the_handling_is_described() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-1", "", ANNA, NU))
                    .expectException(violates("atgard", "ATGARD_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_handles_it() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                        .when(new HanteraInvandning(ID, "inv-1", "Åtgärd", annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }
}
