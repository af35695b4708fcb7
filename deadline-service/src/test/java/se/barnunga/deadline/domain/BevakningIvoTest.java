package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.kommandon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.deadline.domain.Handelser.BevakningStartad;

/**
 * The IVO watches: a decision not carried out within three calendar months ({@code IVO_EJ_VERKSTALLT}) and an
 * interruption not resumed within three months ({@code IVO_AVBROTT}) are to be reported to IVO, in the quarter they
 * pass and again in every later quarter until carried out, resumed or closed; a reported decision carried out or closed
 * later is reported once more, in the report for the quarter it happened ({@code IVO_VERKSTALLT_EFTER_RAPPORT}).
 */
class BevakningIvoTest {

    private FixtureConfiguration<Bevakningsarende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bevakningsarende.class);
    }

    private TestExecutor<Bevakningsarende> givet(Object... kommandon) {
        return fixture.givenCommands(kommandon(kommandon));
    }

    private static Arendeinfo info(String lagrum, LocalDate beslutsdatum) {
        return new Arendeinfo(BARN.pseudonym(), BARN.kon(), BARN.fodelsear(), MYNDIGHETSENHET, UTFORARENHET, "anna", INSATSTYP,
                lagrum, beslutsdatum);
    }

    private final Faktum beslut = beviljad();
    private final Vantad vs = verkstallighetStart();
    private final Vantad ivo = ivoEjVerkstallt();
    /** The first day of the second quarter 2027 (summer time). */
    private static final Instant Q2 = kl("2027-04-01T00:00");
    private static final Instant Q3 = kl("2027-07-01T00:00");

    /** The standard decision, not carried out; the routine watch passed, the IVO reminder raised. */
    private List<Object> ejVerkstallt() {
        return kommandon(registrera(beslut), kontrollera(vs.paminnelse()), kontrollera(vs.forfaller()),
                kontrollera(ivo.paminnelse()));
    }

    /** Not carried out within three months: reported for 2027-Q1. */
    private List<Object> rapporteratForQ1() {
        return kommandon(ejVerkstallt(), kontrollera(ivo.forfaller()));
    }

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
