package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;

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
import se.barnunga.assignment.domain.Varden.Aktivitet;
import se.barnunga.platform.domain.Actor;

/**
 * The implementation plan: drawing it up and revising it.
 */
class UppdragGenomforandeplanTest extends UppdragGenomforandeTestBase {

    // ==== UpprattaGenomforandeplan ===========================================================================

    @Nested
    @DisplayName("UpprattaGenomforandeplan")
    class Upprattande {

        private UpprattaGenomforandeplan plan(LocalDate datum, String delaktighet, List<Aktivitet> aktiviteter, Actor actor) {
            return new UpprattaGenomforandeplan(ID, datum, DELTAGARE, delaktighet, aktiviteter, null, null, null, actor, NU);
        }

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING"})
        void the_ansvarig_utforare_establishes_version_1(Uppdragstyp typ) {
            given(tillVerkstallt(typ))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectEvents(new GenomforandeplanUpprattad(ID, 1, PLANDATUM, DELTAGARE, BARNETS_DELAKTIGHET,
                            AKTIVITETER, null, null, null, "ulla", NU));
        }

        @Test
        void the_plan_may_be_established_on_the_planning_meeting_before_the_start() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(plan(MOTE, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectEvents(new GenomforandeplanUpprattad(ID, 1, MOTE, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null,
                            "ulla", NU));
        }

        @Test
        void the_plan_is_dated_from_the_planning_meeting_to_today() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(MOTE.minusDays(1), BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_FORE_FOREGAENDE"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(IDAG.plusDays(1), BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(null, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_describes_the_childs_participation() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, " ", AKTIVITETER, ULLA))
                    .expectException(violates("barnetsDelaktighet", "BARNETS_DELAKTIGHET_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_has_at_least_one_activity() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, List.of(), ULLA))
                    .expectException(violates("aktiviteter", "AKTIVITETER_KRAVS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, null, ULLA))
                    .expectException(violates("aktiviteter", "AKTIVITETER_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void an_incomplete_activity_is_refused() {
            for (Aktivitet ofullstandig : Arrays.asList(null,
                    new Aktivitet("mal-2", " ", "ulla", "varje vecka", "samtal"),
                    new Aktivitet("mal-2", "Föräldrasamtal", null, "varje vecka", "samtal"),
                    new Aktivitet("mal-2", "Föräldrasamtal", "ulla", "", "samtal"),
                    new Aktivitet("mal-2", "Föräldrasamtal", "ulla", "varje vecka", null))) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, Arrays.asList(AKTIVITET1, ofullstandig), ULLA))
                        .expectException(violates("aktiviteter[1]", "AKTIVITET_OFULLSTANDIG"))
                        .expectNoEvents();
            }
        }

        @Test
        void an_activity_for_an_unknown_goal_is_refused() {
            Aktivitet okand = new Aktivitet("mal-9", "Fritidsaktivitet", "ulla", "varje vecka", "följa med");
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, List.of(AKTIVITET1, okand), ULLA))
                    .expectException(violates("aktiviteter[1].malId", "OKANT_MAL"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET,
                            List.of(new Aktivitet(null, "Fritid", "ulla", "varje vecka", "följa med")), ULLA))
                    .expectException(violates("aktiviteter[0].malId", "OKANT_MAL"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_names_who_took_part() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new UpprattaGenomforandeplan(ID, PLANDATUM, Set.of(), BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, ULLA, NU))
                    .expectException(violates("deltagare", "DELTAGARE_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void a_second_establishment_is_a_conflict() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(conflicts("GENOMFORANDEPLAN_FINNS"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_is_begun_at_the_planning_meeting() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void not_for_an_investigation_assignment_nor_a_closed_intervention() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_establishes_it() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, ANNA)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, AKTIVITETER, annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void the_new_unit_establishes_its_own_plan_after_a_change_of_unit() {
            given(tillPlanerat(BEVILJAD_INSATS), planUpprattad(), hindrad(Hinder.KAN_INTE_TA_SIG_AN),
                    forfragan(2, ANNAN_UTFORARENHET), klartecken(2, ANNAN_UTFORARENHET, "lisa"), skickat(BEVILJAD_INSATS),
                    mottaget(ANNAN_UTFORARENHET, "lisa"), utsedd(ANNAN_UTFORARENHET, "ivar"), planerat(START))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, IVAR))
                    .expectEvents(new GenomforandeplanUpprattad(ID, 1, IDAG, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null,
                            "ivar", NU));
        }
    }

    // ==== ReviderGenomforandeplan ============================================================================

    @Nested
    @DisplayName("ReviderGenomforandeplan")
    class Revidering {

        private final LocalDate reviderad = LocalDate.of(2026, 3, 5);

        private ReviderGenomforandeplan revidera(LocalDate datum, Revideringsanledning anledning, List<Aktivitet> aktiviteter,
                                                 Actor actor) {
            return new ReviderGenomforandeplan(ID, datum, anledning, BARNETS_DELAKTIGHET, aktiviteter, null, null, null, actor, NU);
        }

        @Test
        void a_revision_gets_version_2() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(reviderad, Revideringsanledning.UPPFOLJNING, List.of(AKTIVITET2), ULLA))
                    .expectEvents(new GenomforandeplanReviderad(ID, 2, reviderad, Revideringsanledning.UPPFOLJNING,
                            BARNETS_DELAKTIGHET, List.of(AKTIVITET2), null, null, null, "ulla", NU));
        }

        @Test
        void each_revision_gets_the_next_version() {
            given(tillPlan(BEVILJAD_INSATS), planReviderad(2, LocalDate.of(2026, 3, 1)))
                    .when(revidera(reviderad, Revideringsanledning.FAMILJENS_SYNPUNKTER, AKTIVITETER, ULLA))
                    .expectEvents(new GenomforandeplanReviderad(ID, 3, reviderad, Revideringsanledning.FAMILJENS_SYNPUNKTER,
                            BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, "ulla", NU));
        }

        @Test
        void the_revision_is_not_dated_before_the_current_version() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(PLANDATUM.minusDays(1), Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_FORE_FOREGAENDE"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS), planReviderad(2, LocalDate.of(2026, 3, 1)))
                    .when(revidera(LocalDate.of(2026, 2, 28), Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_FORE_FOREGAENDE"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(PLANDATUM, Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_revision_names_its_reason_and_valid_activities() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(reviderad, null, AKTIVITETER, ULLA))
                    .expectException(violates("anledning", "ANLEDNING_KRAVS"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(reviderad, Revideringsanledning.ANNAT,
                            List.of(new Aktivitet("mal-9", "Okänt", "ulla", "nu", "så")), ULLA))
                    .expectException(violates("aktiviteter[0].malId", "OKANT_MAL"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(reviderad, Revideringsanledning.ANNAT, List.of(), ULLA))
                    .expectException(violates("aktiviteter", "AKTIVITETER_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void there_is_a_plan_to_revise() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(revidera(reviderad, Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectException(conflicts("GENOMFORANDEPLAN_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_closed_intervention_is_not_revised() {
            given(tillPlan(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(revidera(reviderad, Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_revises() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, ANNA)) {
                given(tillPlan(BEVILJAD_INSATS))
                        .when(revidera(reviderad, Revideringsanledning.UPPFOLJNING, AKTIVITETER, annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }
}
