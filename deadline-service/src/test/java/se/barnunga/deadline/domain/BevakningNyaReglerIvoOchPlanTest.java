package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The watches issue 16 added: the IVO watches only for the legal bases the IVO rules name, the confirmed receipt
 * and the implementation plan drawn up.
 */
class BevakningNyaReglerIvoOchPlanTest extends BevakningNyaReglerTestBase {

    @Nested
    class IvoEndastForRapporteringsreglernasLagrum {

        @Test
        void young_adults_and_lvu_have_the_routine_watch_only() {
            for (String lagrum : List.of("SOL_2025_13_7", "SOL_2001_3_6B", "LVU_11")) {
                setUp();
                Faktum beslut = beviljad(dag("2026-11-30"), lagrum);
                Arendeinfo info = new Arendeinfo(BARN.pseudonym(), BARN.kon(), BARN.fodelsear(), MYNDIGHETSENHET, UTFORARENHET,
                        "anna", INSATSTYP, lagrum, BESLUTSDATUM);
                fixture.givenNoPriorActivity()
                        .when(registrera(beslut))
                        .expectEventsMatching(bevakningshandelser(verkstallighetStart().med(info).startad(beslut.tidpunkt())));
            }
        }

        @Test
        void the_two_bases_the_rules_name_have_the_ivo_watch() {
            for (String lagrum : List.of(LAGRUM, GAMLA_LAGRUMMET)) {
                setUp();
                Faktum beslut = beviljad(dag("2026-11-30"), lagrum);
                Arendeinfo info = new Arendeinfo(BARN.pseudonym(), BARN.kon(), BARN.fodelsear(), MYNDIGHETSENHET, UTFORARENHET,
                        "anna", INSATSTYP, lagrum, BESLUTSDATUM);
                fixture.givenNoPriorActivity()
                        .when(registrera(beslut))
                        .expectEventsMatching(bevakningshandelser(verkstallighetStart().med(info).startad(beslut.tidpunkt()),
                                ivoEjVerkstallt().med(info).startad(beslut.tidpunkt())));
            }
        }
    }

    @Nested
    class MottagandeBekraftat {

        /** Sent on Friday 15 January 2027 at 15:00: due the next working day, Monday 18 January. */
        private final Faktum skickat = uppdragSkickat(1, "UTREDNINGSUPPDRAG", kl("2027-01-15T15:00"), UTREDNINGENS_SLUTDATUM);
        private final Vantad bevakning = mottagande(skickat);

        @Test
        void sending_the_assignment_starts_it_due_the_next_working_day() {
            org.assertj.core.api.Assertions.assertThat(bevakning.forfallodatum()).isEqualTo(dag("2027-01-18"));
            fixture.givenNoPriorActivity()
                    .when(registrera(skickat))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.startad(skickat.tidpunkt())));
        }

        @Test
        void the_receipt_confirmed_meets_it() {
            Faktum mottaget = uppdragMottaget(UTREDNING_ID, kl("2027-01-18T10:00"));
            givet(registrera(skickat))
                    .when(registrera(mottaget))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(mottaget, dag("2027-01-18"), true,
                            mottaget.tidpunkt())));
        }

        @Test
        void not_confirmed_it_passes_at_the_start_of_the_day_after() {
            givet(registrera(skickat))
                    .when(kontrollera(UTREDNING_ID, bevakning.forfaller()))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.passerad(bevakning.forfaller())));
        }

        @Test
        void an_assignment_sent_again_must_be_received_again() {
            Faktum mottaget = uppdragMottaget(UTREDNING_ID, kl("2027-01-15T16:00"));
            Faktum igen = uppdragSkickat(2, "UTREDNINGSUPPDRAG", kl("2027-02-01T09:00"), UTREDNINGENS_SLUTDATUM);
            Vantad ny = mottagande(igen);
            givet(registrera(skickat), registrera(mottaget))
                    .when(registrera(igen))
                    .expectEventsMatching(handelserFor(bevakning.id(), ny.andrad(igen.tidpunkt())));
        }

        @Test
        void the_decision_revoked_cancels_it() {
            Faktum aterkallat = beslutAterkallat(UTREDNING_ID, dag("2027-01-15"));
            givet(registrera(skickat))
                    .when(registrera(aterkallat))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.avbruten(aterkallat, "BESLUT_ATERKALLAT",
                            dag("2027-01-15"), aterkallat.tidpunkt())));
        }
    }

    @Nested
    class GenomforandeplanUpprattad {

        private final Vantad bevakning = genomforandeplan();

        @Test
        void the_start_starts_it_due_six_weeks_later() {
            Faktum start = verkstalld(VERKSTALLT);
            givet(registrera(beviljad()))
                    .when(registrera(start))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.startad(start.tidpunkt())));
        }

        @Test
        void the_plan_drawn_up_meets_it() {
            Faktum plan = planUpprattad(PLAN);
            givet(registrera(beviljad(), verkstalld(VERKSTALLT)))
                    .when(registrera(plan))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(plan, PLAN, true, plan.tidpunkt())));
        }

        @Test
        void no_plan_it_reminds_the_secretary_at_four_weeks_and_passes_after_six() {
            givet(registrera(beviljad(), verkstalld(VERKSTALLT)))
                    .when(kontrollera(bevakning.paminnelse()))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.paminnelseHandelse(bevakning.paminnelse())));
            setUp();
            givet(registrera(beviljad(), verkstalld(VERKSTALLT)), kontrollera(bevakning.paminnelse()))
                    .when(kontrollera(bevakning.forfaller()))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.passerad(bevakning.forfaller())));
        }

        @Test
        void a_plan_drawn_up_late_meets_it_late() {
            Faktum plan = planUpprattad(dag("2027-01-25"));
            givet(registrera(beviljad(), verkstalld(VERKSTALLT)), kontrollera(bevakning.forfaller()))
                    .when(registrera(plan))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(plan, dag("2027-01-25"), false,
                            plan.tidpunkt())));
        }

        @Test
        void the_intervention_closed_cancels_it() {
            Faktum avslutad = insatsAvslutad(dag("2026-12-20"), "FLYTTAT");
            givet(registrera(beviljad(), verkstalld(VERKSTALLT)))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.avbruten(avslutad, "INSATS_AVSLUTAD",
                            dag("2026-12-20"), avslutad.tidpunkt())));
        }
    }
}
