package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.kommandon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The IVO watch of an interruption not resumed within three months ({@code IVO_AVBROTT}), and facts registered
 * late.
 */
class BevakningIvoAvbrottTest extends BevakningIvoTestBase {

    @Nested
    class Avbrott {

        private final LocalDate avbrottsdatum = dag("2027-05-10");
        private final Faktum avbrott = avbruten(avbrottsdatum);
        /** Keyed by the interruption date; three months from it. */
        private final Vantad bevakning = uppdragsbevakning(Regelkatalog.IVO_AVBROTT, "2027-05-10", avbrott, avbrottsdatum,
                dag("2027-08-10"), dag("2027-07-27"));

        private List<Object> startad() {
            return kommandon(registrera(beslut), registrera(verkstalld(VERKSTALLT)),
                    registrera(uppfoljning("M1", 1, dag("2027-01-20"), "FORTSATTA")));
        }

        @Test
        void an_interruption_starts_a_watch_keyed_by_its_date() {
            givet(startad())
                    .when(registrera(avbrott))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.startad(avbrott.tidpunkt())));
        }

        @Test
        void not_resumed_within_three_months_it_is_to_be_reported() {
            givet(startad(), registrera(avbrott), kontrollera(bevakning.paminnelse()))
                    .when(kontrollera(bevakning.forfaller()))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.passerad(bevakning.forfaller()),
                            bevakning.ivo("2027-Q3", true, bevakning.forfaller())));
        }

        @Test
        void and_again_next_quarter() {
            Instant q4 = kl("2027-10-01T00:00");
            givet(startad(), registrera(avbrott), kontrollera(bevakning.forfaller()))
                    .when(kontrollera(q4))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.ivo("2027-Q4", false, q4)));
        }

        @Test
        void resumed_in_time_it_is_met() {
            Faktum aterupptagen = aterupptagen(avbrottsdatum, dag("2027-06-01"));
            givet(startad(), registrera(avbrott))
                    .when(registrera(aterupptagen))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(aterupptagen, dag("2027-06-01"), true,
                            aterupptagen.tidpunkt())));
        }

        @Test
        void resumed_late_it_is_met_late_and_reported_once_more() {
            Faktum aterupptagen = aterupptagen(avbrottsdatum, dag("2027-09-01"));
            Instant nu = aterupptagen.tidpunkt();
            givet(startad(), registrera(avbrott), kontrollera(bevakning.forfaller()))
                    .when(registrera(aterupptagen))
                    .expectEventsMatching(bevakningshandelser(
                            bevakning.uppfylld(aterupptagen, dag("2027-09-01"), false, nu),
                            uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "2027-05-10", aterupptagen,
                                    dag("2027-09-01"), dag("2027-12-31"), dag("2027-12-01")).startad(nu)));
        }

        @Test
        void closed_while_interrupted_after_it_was_reported_it_is_reported_once_more() {
            Faktum avslutad = insatsAvslutad(dag("2027-09-15"), "ANNAT");
            Instant nu = avslutad.tidpunkt();
            givet(startad(), registrera(avbrott), kontrollera(bevakning.forfaller()))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.avbruten(avslutad, "INSATS_AVSLUTAD",
                            dag("2027-09-15"), nu)))
                    .expectEventsMatching(handelserFor(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT + ":" + ID + ":2027-05-10",
                            uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "2027-05-10", avslutad, dag("2027-09-15"),
                                    dag("2027-12-31"), dag("2027-12-01")).startad(nu)));
        }

        @Test
        void revoked_while_interrupted_after_it_was_reported_it_is_reported_once_more() {
            Faktum aterkallat = beslutAterkallat(dag("2027-08-20"));
            givet(startad(), registrera(avbrott), kontrollera(bevakning.forfaller()))
                    .when(registrera(aterkallat))
                    .expectEventsMatching(handelserFor(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT + ":" + ID + ":2027-05-10",
                            uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "2027-05-10", aterkallat,
                                    dag("2027-08-20"), dag("2027-12-31"), dag("2027-12-01")).startad(aterkallat.tidpunkt())));
        }

        @Test
        void closed_while_interrupted_before_the_three_months_nothing_is_to_be_reported() {
            givet(startad(), registrera(avbrott))
                    .when(registrera(insatsAvslutad(dag("2027-07-15"), "ANNAT")))
                    .expectEventsMatching(handelserFor(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT + ":" + ID + ":2027-05-10"));
        }

        @Test
        void closed_after_a_reported_interruption_was_resumed_nothing_more_is_to_be_reported_for_it() {
            Faktum aterupptagen = aterupptagen(avbrottsdatum, dag("2027-09-01"));
            Vantad efter = uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "2027-05-10", aterupptagen,
                    dag("2027-09-01"), dag("2027-12-31"), dag("2027-12-01"));
            givet(startad(), registrera(avbrott), kontrollera(bevakning.forfaller()), registrera(aterupptagen))
                    .when(registrera(insatsAvslutad(dag("2027-10-20"), "MALEN_UPPFYLLDA")))
                    .expectEventsMatching(handelserFor(efter.id()))
                    .expectEventsMatching(handelserFor(bevakning.id()));
        }

        @Test
        void each_interruption_has_its_own_watch() {
            Faktum andra = avbruten(dag("2027-08-02"));
            Vantad andraBevakningen = uppdragsbevakning(Regelkatalog.IVO_AVBROTT, "2027-08-02", andra, dag("2027-08-02"),
                    dag("2027-11-02"), dag("2027-10-19"));
            givet(startad(), registrera(avbrott), registrera(aterupptagen(avbrottsdatum, dag("2027-06-01"))))
                    .when(registrera(andra))
                    .expectEventsMatching(handelserFor(andraBevakningen.id(), andraBevakningen.startad(andra.tidpunkt())))
                    .expectEventsMatching(handelserFor(bevakning.id()));
            setUp();
            Faktum aterAndra = aterupptagen(dag("2027-08-02"), dag("2027-08-20"));
            givet(startad(), registrera(avbrott), registrera(aterupptagen(avbrottsdatum, dag("2027-06-01"))), registrera(andra))
                    .when(registrera(aterAndra))
                    .expectEventsMatching(handelserFor(andraBevakningen.id(), andraBevakningen.uppfylld(aterAndra,
                            dag("2027-08-20"), true, aterAndra.tidpunkt())))
                    .expectEventsMatching(handelserFor(bevakning.id()));
        }

        @Test
        void resuming_another_interruption_does_not_meet_it() {
            givet(startad(), registrera(avbrott))
                    .when(registrera(aterupptagen(dag("2027-04-01"), dag("2027-06-01"))))
                    .expectEventsMatching(handelserFor(bevakning.id()));
        }

        @Test
        void the_intervention_closed_cancels_it() {
            Faktum avslutad = insatsAvslutad(dag("2027-06-15"), "ENSKILD_AVBOJER");
            givet(startad(), registrera(avbrott))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.avbruten(avslutad, "INSATS_AVSLUTAD",
                            dag("2027-06-15"), avslutad.tidpunkt())));
        }

        @Test
        void an_interruption_of_an_intervention_under_another_law_is_not_watched() {
            givet(registrera(beviljad(b -> b.lagrum = "LVU_11")), registrera(verkstalld(VERKSTALLT)))
                    .when(registrera(avbrott))
                    .expectEventsMatching(handelserFor(bevakning.id()));
        }

        @Test
        void the_version_follows_the_interruption_date() {
            LocalDate beslutsdatum = dag("2025-03-03");
            Faktum gammalt = beviljad(beslutsdatum, GAMLA_LAGRUMMET);
            Faktum fore = avbruten(dag("2025-06-30"));
            Faktum efter = avbruten(dag("2025-07-01"));
            givet(registrera(gammalt), registrera(verkstalld("ce-verkstalld", beslutsdatum, dag("2025-03-10"), kl("2025-03-10T15:00"))))
                    .when(registrera(fore))
                    .expectEventsMatching(handelserFor(Regelkatalog.IVO_AVBROTT + ":" + ID + ":2025-06-30",
                            uppdragsbevakning(Regelkatalog.IVO_AVBROTT, "2025-06-30", fore, dag("2025-06-30"), dag("2025-09-30"),
                                    dag("2025-09-16")).med(info(GAMLA_LAGRUMMET, beslutsdatum)).startad(fore.tidpunkt())));
            setUp();
            Vantad ny = uppdragsbevakning(Regelkatalog.IVO_AVBROTT, "2025-07-01", efter, dag("2025-07-01"), dag("2025-10-01"),
                    dag("2025-09-17")).med(info(GAMLA_LAGRUMMET, beslutsdatum));
            givet(registrera(gammalt), registrera(verkstalld("ce-verkstalld", beslutsdatum, dag("2025-03-10"), kl("2025-03-10T15:00"))))
                    .when(registrera(efter))
                    .expectEventsMatching(handelserFor(ny.id(), ny.startad(efter.tidpunkt())));
            org.assertj.core.api.Assertions.assertThat(ny.regel().kalla()).isEqualTo("34 kap. 1 § SoL (2025:400)");
        }
    }

    @Nested
    class Efterregistrerat {

        @Test
        void a_backdated_decision_already_past_its_three_months_alerts_at_once() {
            Instant nu = kl("2027-03-10T09:00");
            Faktum sent = beviljad(b -> b.registrerat = nu);
            fixture.givenNoPriorActivity()
                    .when(registrera(sent))
                    .expectEventsMatching(bevakningshandelser(
                            vs.startad(nu), vs.passerad(nu),
                            ivo.startad(nu), ivo.passerad(nu), ivo.ivo("2027-Q1", true, nu)));
        }

        @Test
        void a_backdated_decision_within_the_reminder_lead_time_is_reminded_at_once() {
            Instant nu = kl("2027-02-20T09:00");
            Faktum sent = beviljad(b -> b.registrerat = nu);
            fixture.givenNoPriorActivity()
                    .when(registrera(sent))
                    .expectEventsMatching(bevakningshandelser(
                            vs.startad(nu), vs.passerad(nu),
                            ivo.startad(nu), ivo.paminnelseHandelse(nu)));
        }

        @Test
        void a_backdated_decision_arriving_after_its_late_start_is_met_late_at_once() {
            Faktum start = verkstalld(dag("2027-04-12"));
            Instant nu = kl("2027-04-13T09:00");
            Faktum sent = beviljad(b -> b.registrerat = kl("2027-04-13T08:00"));
            givet(registrera(start))
                    .when(registrera(sent, nu))
                    .expectEventsMatching(bevakningshandelser(
                            vs.startad(nu), vs.uppfylld(start, dag("2027-04-12"), false, nu),
                            // learned only now: the three months passed in quarter 1 and it was carried out in quarter 2 –
                            // the reports of 2027-Q1 and 2027-Q2 must include it
                            ivo.startad(nu), new Handelser.IvoRapporteringKravs(ID, ivo.id(), Regelkatalog.IVO_EJ_VERKSTALLT, "",
                                    dag("2027-02-28"), "2027-Q2", true, INFO, nu, "2027-Q1"),
                            ivo.uppfylld(start, dag("2027-04-12"), false, nu),
                            uppdragsbevakning(Regelkatalog.IVO_VERKSTALLT_EFTER_RAPPORT, "", start, dag("2027-04-12"),
                                    dag("2027-09-30"), dag("2027-08-31")).startad(nu)));
        }
    }
}
