package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.kommandon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.deadline.domain.Handelser.BevakningStartad;

/**
 * The IVO watch of a decision not carried out within three calendar months ({@code IVO_EJ_VERKSTALLT}), and a
 * reported decision carried out or closed later ({@code IVO_VERKSTALLT_EFTER_RAPPORT}).
 */
class BevakningIvoTest extends BevakningIvoTestBase {

    @Nested
    class EjVerkstallt {

        @Test
        void the_version_in_force_on_the_decision_date_applies_old_act() {
            LocalDate beslutsdatum = dag("2025-06-30");
            Faktum gammalt = beviljad(beslutsdatum, GAMLA_LAGRUMMET);
            fixture.givenNoPriorActivity()
                    .when(registrera(gammalt))
                    .expectEventsMatching(handelserFor(ivo.id(), new BevakningStartad(ID, Arendetyp.UPPDRAG, ivo.id(),
                            Regelkatalog.IVO_EJ_VERKSTALLT, 1, "16 kap. 6 f § SoL (2001:453)", true, "", gammalt.handelseId(),
                            beslutsdatum, dag("2025-09-30"), Instant.parse("2025-09-30T22:00:00Z"),
                            Instant.parse("2025-09-15T22:00:00Z"), false, info(GAMLA_LAGRUMMET, beslutsdatum),
                            gammalt.tidpunkt())));
        }

        @Test
        void the_version_in_force_on_the_decision_date_applies_new_act() {
            LocalDate beslutsdatum = dag("2025-07-01");
            Faktum nytt = beviljad(beslutsdatum, LAGRUM);
            fixture.givenNoPriorActivity()
                    .when(registrera(nytt))
                    .expectEventsMatching(handelserFor(ivo.id(), new BevakningStartad(ID, Arendetyp.UPPDRAG, ivo.id(),
                            Regelkatalog.IVO_EJ_VERKSTALLT, 2, "34 kap. 1 § SoL (2025:400)", true, "", nytt.handelseId(),
                            beslutsdatum, dag("2025-10-01"), Instant.parse("2025-10-01T22:00:00Z"),
                            Instant.parse("2025-09-16T22:00:00Z"), false, info(LAGRUM, beslutsdatum), nytt.tidpunkt())));
        }

        @Test
        void a_decision_of_the_old_act_decided_under_the_new_one_is_watched_by_the_new_version() {
            // the version follows the date the watch counts from, whichever lagrum the decision names
            LocalDate beslutsdatum = dag("2025-07-02");
            Faktum beslutet = beviljad(beslutsdatum, GAMLA_LAGRUMMET);
            fixture.givenNoPriorActivity()
                    .when(registrera(beslutet))
                    .expectEventsMatching(handelserFor(ivo.id(), uppdragsbevakning(Regelkatalog.IVO_EJ_VERKSTALLT, "", beslutet,
                            beslutsdatum, dag("2025-10-02"), dag("2025-09-18")).med(info(GAMLA_LAGRUMMET, beslutsdatum))
                            .startad(beslutet.tidpunkt())));
        }

        @Test
        void a_decision_on_30_november_is_due_on_28_february() {
            fixture.givenNoPriorActivity()
                    .when(registrera(beslut))
                    .expectEventsMatching(handelserFor(ivo.id(), ivo.startad(beslut.tidpunkt())));
        }

        @Test
        void in_a_leap_year_on_29_february_and_it_passes_at_the_start_of_1_march() {
            LocalDate beslutsdatum = dag("2027-11-30");
            Faktum skottar = beviljad(beslutsdatum, LAGRUM);
            Vantad leap = uppdragsbevakning(Regelkatalog.IVO_EJ_VERKSTALLT, "", skottar, beslutsdatum, dag("2028-02-29"),
                    dag("2028-02-15")).med(info(LAGRUM, beslutsdatum));
            Instant forsteMars = Instant.parse("2028-02-29T23:00:00Z");
            fixture.givenNoPriorActivity()
                    .when(registrera(skottar))
                    .expectEventsMatching(handelserFor(leap.id(), leap.startad(skottar.tidpunkt())));
            setUp();
            givet(registrera(skottar), kontrollera(leap.paminnelse()))
                    .when(kontrollera(forsteMars.minusSeconds(1)))
                    .expectEventsMatching(handelserFor(leap.id()));
            setUp();
            givet(registrera(skottar), kontrollera(leap.paminnelse()))
                    .when(kontrollera(forsteMars))
                    .expectEventsMatching(handelserFor(leap.id(), leap.passerad(forsteMars), leap.ivo("2028-Q1", true, forsteMars)));
        }

        @Test
        void passing_requires_the_report_for_the_current_quarter() {
            givet(ejVerkstallt())
                    .when(kontrollera(ivo.forfaller()))
                    .expectEvents(ivo.passerad(ivo.forfaller()), ivo.ivo("2027-Q1", true, ivo.forfaller()));
        }

        @Test
        void later_in_the_same_quarter_nothing_more() {
            givet(rapporteratForQ1())
                    .when(kontrollera(Q2.minusSeconds(1)))
                    .expectNoEvents();
        }

        @Test
        void at_the_start_of_the_next_quarter_it_is_to_be_reported_again() {
            givet(rapporteratForQ1())
                    .when(kontrollera(Q2))
                    .expectEvents(ivo.ivo("2027-Q2", false, Q2));
        }

        @Test
        void and_again_every_quarter_while_not_carried_out() {
            givet(rapporteratForQ1(), kontrollera(Q2), kontrollera(kl("2027-05-15T06:00")))
                    .when(kontrollera(kl("2027-07-01T06:00")))
                    .expectEvents(ivo.ivo("2027-Q3", false, kl("2027-07-01T06:00")));
        }

        @Test
        void a_quarter_the_sweep_missed_is_reported_when_it_runs() {
            // the service was down over the turn of the quarter: the requirement is raised for the quarter it is now
            givet(rapporteratForQ1())
                    .when(kontrollera(kl("2027-07-02T08:00")))
                    .expectEvents(ivo.ivo("2027-Q3", false, kl("2027-07-02T08:00")));
        }

        @Test
        void carried_out_late_it_is_met_late_and_reported_once_more_by_the_end_of_the_next_quarter() {
            Faktum start = verkstalld(dag("2027-04-12"));
            Instant nu = start.tidpunkt();
            Vantad efter = uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "", start, dag("2027-04-12"),
                    dag("2027-09-30"), dag("2027-08-31"));
            Vantad forsta = uppdragsbevakning(Regelkatalog.FORSTA_UPPFOLJNING, "", start, dag("2027-04-12"), dag("2027-06-07"),
                    dag("2027-05-24"));
            givet(rapporteratForQ1(), kontrollera(Q2))
                    .when(registrera(start))
                    .expectEventsMatching(bevakningshandelser(
                            vs.uppfylld(start, dag("2027-04-12"), false, nu),
                            ivo.uppfylld(start, dag("2027-04-12"), false, nu),
                            efter.startad(nu),
                            forsta.startad(nu),
                            uppdragsbevakning(Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD, "", start, dag("2027-04-12"),
                                    dag("2027-05-24"), dag("2027-05-10")).startad(nu)));
        }

        @Test
        void carried_out_late_no_quarter_requires_it_any_more() {
            givet(rapporteratForQ1(), kontrollera(Q2), registrera(verkstalld(dag("2027-04-12"))))
                    .when(kontrollera(Q3))
                    .expectEventsMatching(handelserFor(ivo.id()));
        }

        @Test
        void closed_without_being_carried_out_it_is_cancelled_and_reported_once_more() {
            Faktum avslutad = insatsAvslutad(dag("2027-05-03"), "ANNAT");
            Instant nu = avslutad.tidpunkt();
            givet(rapporteratForQ1(), kontrollera(Q2))
                    .when(registrera(avslutad))
                    .expectEventsMatching(bevakningshandelser(
                            vs.avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-05-03"), nu),
                            ivo.avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-05-03"), nu),
                            uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "", avslutad, dag("2027-05-03"),
                                    dag("2027-09-30"), dag("2027-08-31")).startad(nu)));
        }

        @Test
        void revoked_after_it_passed_it_is_reported_once_more_too() {
            Faktum aterkallat = beslutAterkallat(dag("2027-03-15"));
            givet(rapporteratForQ1())
                    .when(registrera(aterkallat))
                    .expectEventsMatching(handelserFor(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT + ":" + ID,
                            uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "", aterkallat, dag("2027-03-15"),
                                    dag("2027-06-30"), dag("2027-05-31")).startad(aterkallat.tidpunkt())));
        }

        @Test
        void closed_before_it_passed_nothing_is_to_be_reported() {
            givet(ejVerkstallt())
                    .when(registrera(insatsAvslutad(dag("2027-02-20"), "ANNAT")))
                    .expectEventsMatching(handelserFor(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT + ":" + ID));
        }
    }

    @Nested
    class EfterRapport {

        private final Faktum start = verkstalld(dag("2027-04-12"));
        /** Carried out in 2027-Q2: in the report for 2027-Q2, submitted in 2027-Q3. */
        private final Vantad efter = uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "", start, dag("2027-04-12"),
                dag("2027-09-30"), dag("2027-08-31"));

        private List<Object> verkstalltSent() {
            return kommandon(rapporteratForQ1(), kontrollera(Q2), registrera(start));
        }

        @Test
        void the_report_for_the_quarter_it_was_carried_out_meets_it() {
            Faktum rapport = ivoRapport("2027-Q2", kl("2027-07-12T10:00"));
            givet(verkstalltSent())
                    .when(registrera(rapport))
                    .expectEventsMatching(handelserFor(efter.id(), efter.uppfylld(rapport, dag("2027-07-12"), true,
                            rapport.tidpunkt())));
        }

        @Test
        void the_report_for_the_quarter_before_does_not() {
            givet(verkstalltSent())
                    .when(registrera(ivoRapport("2027-Q1", kl("2027-04-14T10:00"))))
                    .expectEventsMatching(handelserFor(efter.id()));
        }

        @Test
        void a_report_submitted_after_the_end_of_the_next_quarter_meets_it_late() {
            Faktum rapport = ivoRapport("2027-Q2", kl("2027-10-05T10:00"));
            givet(verkstalltSent(), kontrollera(efter.paminnelse()), kontrollera(efter.forfaller()))
                    .when(registrera(rapport))
                    .expectEventsMatching(handelserFor(efter.id(), efter.uppfylld(rapport, dag("2027-10-05"), false,
                            rapport.tidpunkt())));
        }

        @Test
        void it_is_no_ivo_watch_itself() {
            givet(verkstalltSent(), kontrollera(efter.paminnelse()))
                    .when(kontrollera(efter.forfaller()))
                    .expectEventsMatching(handelserFor(efter.id(), efter.passerad(efter.forfaller())));
        }

        @Test
        void carried_out_in_time_there_is_nothing_to_report_afterwards() {
            Faktum iTid = verkstalld(dag("2027-02-26"));
            givet(ejVerkstallt())
                    .when(registrera(iTid))
                    .expectEventsMatching(handelserFor(efter.id()))
                    .expectEventsMatching(handelserFor(ivo.id(), ivo.uppfylld(iTid, dag("2027-02-26"), true, iTid.tidpunkt())));
        }
    }
}
