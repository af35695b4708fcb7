package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.kommandon;

import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The routine's watches of a decision and of an investigation assignment: the intervention starts within 14 days
 * ({@code VERKSTALLIGHET_START}), a time-limited decision's period ends ({@code BESLUTSPERIOD_SLUTAR}), the performer's
 * account is handed in by the end of the investigation ({@code REDOGORELSE_UTREDNINGSUPPDRAG}): started, met in time,
 * met late, cancelled.
 */
class BevakningUppdragTest {

    private FixtureConfiguration<Bevakningsarende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bevakningsarende.class);
    }

    private TestExecutor<Bevakningsarende> givet(Object... kommandon) {
        return fixture.givenCommands(kommandon(kommandon));
    }

    @Nested
    class VerkstallighetStart {

        private final Faktum beslut = beviljad();
        private final Vantad vs = verkstallighetStart();
        private final Vantad ivo = ivoEjVerkstallt();

        @Test
        void the_decision_starts_the_routine_watch_and_the_ivo_watch() {
            fixture.givenNoPriorActivity()
                    .when(registrera(beslut))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(bevakningshandelser(vs.startad(beslut.tidpunkt()), ivo.startad(beslut.tidpunkt())));
        }

        @Test
        void a_decision_under_another_law_has_the_routine_watch_only() {
            Faktum lvu = beviljad(b -> b.lagrum = "LVU_11");
            fixture.givenNoPriorActivity()
                    .when(registrera(lvu))
                    .expectEventsMatching(bevakningshandelser(vs.med(new Arendeinfo(INFO.barnPseudonym(), INFO.barnKon(),
                            INFO.barnFodelsear(), MYNDIGHETSENHET, UTFORARENHET, "anna", INSATSTYP, "LVU_11", BESLUTSDATUM))
                            .startad(lvu.tidpunkt())));
        }

        @Test
        void an_intervention_during_an_investigation_is_watched_too() {
            Faktum underUtredning = beviljad(b -> b.uppdragstyp = "INSATS_UNDER_UTREDNING");
            fixture.givenNoPriorActivity()
                    .when(registrera(underUtredning))
                    .expectEventsMatching(handelserFor(vs.id(), vs.startad(underUtredning.tidpunkt())));
        }

        @Test
        void started_in_time_it_is_met_and_the_first_follow_up_is_watched() {
            Faktum start = verkstalld(VERKSTALLT);
            Instant nu = start.tidpunkt();
            givet(registrera(beslut))
                    .when(registrera(start))
                    .expectEventsMatching(bevakningshandelser(vs.uppfylld(start, VERKSTALLT, true, nu),
                            ivo.uppfylld(start, VERKSTALLT, true, nu), forstaUppfoljning().startad(nu),
                            genomforandeplan().startad(nu)));
        }

        @Test
        void started_on_the_due_date_is_in_time() {
            Faktum start = verkstalld(dag("2026-12-14"));
            givet(registrera(beslut), kontrollera(vs.paminnelse()))
                    .when(registrera(start))
                    .expectEventsMatching(handelserFor(vs.id(), vs.uppfylld(start, dag("2026-12-14"), true, start.tidpunkt())));
        }

        @Test
        void started_after_the_watch_passed_it_is_met_late() {
            Faktum start = verkstalld(dag("2026-12-21"));
            givet(registrera(beslut), kontrollera(vs.paminnelse()), kontrollera(vs.forfaller()))
                    .when(registrera(start))
                    .expectEventsMatching(bevakningshandelser(vs.uppfylld(start, dag("2026-12-21"), false, start.tidpunkt()),
                            ivo.uppfylld(start, dag("2026-12-21"), true, start.tidpunkt()),
                            uppdragsbevakning(Regelkatalog.FORSTA_UPPFOLJNING, "", start, dag("2026-12-21"), dag("2027-02-15"),
                                    dag("2027-02-01")).startad(start.tidpunkt()),
                            uppdragsbevakning(Regelkatalog.GENOMFORANDEPLAN_UPPRATTAD, "", start, dag("2026-12-21"),
                                    dag("2027-02-01"), dag("2027-01-18")).startad(start.tidpunkt())));
        }

        @Test
        void the_intervention_closed_before_it_started_cancels_the_watches() {
            Faktum avslutad = insatsAvslutad(dag("2026-12-04"), "FLYTTAT");
            Instant nu = avslutad.tidpunkt();
            givet(registrera(beslut))
                    .when(registrera(avslutad))
                    .expectEventsMatching(bevakningshandelser(
                            vs.avbruten(avslutad, "INSATS_AVSLUTAD", dag("2026-12-04"), nu),
                            ivo.avbruten(avslutad, "INSATS_AVSLUTAD", dag("2026-12-04"), nu)));
        }

        @Test
        void the_decision_revoked_cancels_the_watches() {
            Faktum aterkallat = beslutAterkallat(dag("2026-12-03"));
            Instant nu = aterkallat.tidpunkt();
            givet(registrera(beslut))
                    .when(registrera(aterkallat))
                    .expectEventsMatching(bevakningshandelser(
                            vs.avbruten(aterkallat, "BESLUT_ATERKALLAT", dag("2026-12-03"), nu),
                            ivo.avbruten(aterkallat, "BESLUT_ATERKALLAT", dag("2026-12-03"), nu)));
        }

        @Test
        void a_cancelled_watch_raises_nothing_more() {
            givet(registrera(beslut), registrera(insatsAvslutad(dag("2026-12-04"), "FLYTTAT")))
                    .when(kontrollera(ivo.forfaller()))
                    .expectNoEvents();
        }

        @Test
        void a_met_watch_raises_nothing_more() {
            givet(registrera(beslut), registrera(verkstalld(VERKSTALLT)))
                    .when(kontrollera(vs.forfaller()))
                    .expectNoEvents();
        }
    }

    @Nested
    class Beslutsperiod {

        private final Faktum beslut = beviljad(b -> {
            b.periodFrom = dag("2026-12-01");
            b.periodTom = dag("2027-05-31");
        });
        private final Faktum start = verkstalld(VERKSTALLT);
        /** Reminder six weeks ahead. */
        private final Vantad period = uppdragsbevakning(Regelkatalog.BESLUTSPERIOD_SLUTAR, "", beslut, BESLUTSDATUM,
                dag("2027-05-31"), dag("2027-04-19"));

        @Test
        void a_time_limited_decision_watches_the_end_of_its_period() {
            fixture.givenNoPriorActivity()
                    .when(registrera(beslut))
                    .expectEventsMatching(bevakningshandelser(verkstallighetStart().startad(beslut.tidpunkt()),
                            ivoEjVerkstallt().startad(beslut.tidpunkt()), period.startad(beslut.tidpunkt())));
        }

        @Test
        void the_family_informed_in_good_time_meets_it() {
            Faktum informerad = familjenInformerad(dag("2027-04-26"));
            givet(registrera(beslut), registrera(start), kontrollera(period.paminnelse()))
                    .when(registrera(informerad))
                    .expectEventsMatching(handelserFor(period.id(), period.uppfylld(informerad, dag("2027-04-26"), true,
                            informerad.tidpunkt())));
        }

        @Test
        void the_period_ending_without_the_family_informed_passes_and_the_watch_stays_open() {
            givet(registrera(beslut), registrera(start), kontrollera(period.paminnelse()))
                    .when(kontrollera(period.forfaller()))
                    .expectEventsMatching(handelserFor(period.id(), period.passerad(period.forfaller())));
            setUp();
            givet(registrera(beslut), registrera(start), kontrollera(period.paminnelse()), kontrollera(period.forfaller()))
                    .when(kontrollera(kl("2027-08-01T09:00")))
                    .expectEventsMatching(handelserFor(period.id()));
        }

        @Test
        void the_family_informed_after_the_period_ended_meets_it_late() {
            Faktum informerad = familjenInformerad(dag("2027-06-03"));
            givet(registrera(beslut), registrera(start), kontrollera(period.paminnelse()), kontrollera(period.forfaller()))
                    .when(registrera(informerad))
                    .expectEventsMatching(handelserFor(period.id(), period.uppfylld(informerad, dag("2027-06-03"), false,
                            informerad.tidpunkt())));
        }

        @Test
        void closing_the_intervention_cancels_it() {
            Faktum avslutad = insatsAvslutad(dag("2027-03-28"), "MALEN_UPPFYLLDA");
            givet(registrera(beslut), registrera(start))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(period.id(), period.avbruten(avslutad, "INSATS_AVSLUTAD",
                            dag("2027-03-28"), avslutad.tidpunkt())));
        }

        @Test
        void closed_after_the_period_ended_the_passed_watch_is_cancelled_and_its_alert_stands() {
            Faktum avslutad = insatsAvslutad(dag("2027-06-14"), "BESLUTSPERIOD_UTGANGEN");
            givet(registrera(beslut), registrera(start), kontrollera(period.paminnelse()), kontrollera(period.forfaller()))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(period.id(), period.avbruten(avslutad, "INSATS_AVSLUTAD",
                            dag("2027-06-14"), avslutad.tidpunkt())));
        }

        @Test
        void a_follow_up_does_not_meet_it_whatever_it_decides() {
            givet(registrera(beslut), registrera(start), kontrollera(period.paminnelse()))
                    .when(registrera(uppfoljning("M3", 3, dag("2027-04-21"), "NY_UTREDNING", "ANSOKAN_FORTSATT_INSATS")))
                    .expectEventsMatching(handelserFor(period.id()));
            setUp();
            givet(registrera(beslut), registrera(start), kontrollera(period.paminnelse()))
                    .when(registrera(uppfoljning("M3", 3, dag("2027-04-21"), "NY_UTREDNING", "OKAD_RISK")))
                    .expectEventsMatching(handelserFor(period.id()));
        }

        @Test
        void the_decision_revoked_cancels_it() {
            Faktum aterkallat = beslutAterkallat(dag("2027-02-15"));
            givet(registrera(beslut), registrera(start))
                    .when(registrera(aterkallat))
                    .expectEventsMatching(handelserFor(period.id(), period.avbruten(aterkallat, "BESLUT_ATERKALLAT",
                            dag("2027-02-15"), aterkallat.tidpunkt())));
        }
    }

    @Nested
    class Redogorelse {

        private final Faktum skickat = uppdragSkickat();
        /** Due the day the investigation ends, reminder a week ahead. */
        private final Vantad redogorelse = new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID, Regelkatalog.REDOGORELSE_UTREDNINGSUPPDRAG, "",
                skickat.handelseId(), dag("2027-01-11"), UTREDNINGENS_SLUTDATUM, dag("2027-04-23"), UTREDNING_INFO);

        /** Sent, and its receipt confirmed the same day (MOTTAGANDE_BEKRAFTAT is tested in BevakningNyaReglerTest). */
        private List<Object> skickatOchMottaget() {
            return registrera(skickat, uppdragMottaget(UTREDNING_ID, kl("2027-01-11T14:00")));
        }

        @Test
        void an_investigation_assignment_watches_the_account() {
            fixture.givenNoPriorActivity()
                    .when(registrera(skickat))
                    .expectEventsMatching(bevakningshandelser(redogorelse.startad(skickat.tidpunkt()),
                            mottagande(skickat).startad(skickat.tidpunkt())));
        }

        @Test
        void an_intervention_during_an_investigation_with_an_end_date_too() {
            Faktum underUtredning = uppdragSkickat(1, "INSATS_UNDER_UTREDNING", UTREDNING_SKICKAD, UTREDNINGENS_SLUTDATUM);
            fixture.givenNoPriorActivity()
                    .when(registrera(underUtredning))
                    .expectEventsMatching(handelserFor(redogorelse.id(), redogorelse.startad(UTREDNING_SKICKAD)));
        }

        @Test
        void a_granted_intervention_without_an_end_date_has_no_such_watch() {
            Faktum beviljadInsats = uppdragSkickat(1, "BEVILJAD_INSATS", UTREDNING_SKICKAD, null);
            fixture.givenNoPriorActivity()
                    .when(registrera(beviljadInsats))
                    .expectEventsMatching(bevakningshandelser(mottagande(beviljadInsats).startad(UTREDNING_SKICKAD)));
        }

        @Test
        void handed_in_on_the_last_day_it_is_met_in_time() {
            Faktum lamnad = redogorelse(UTREDNINGENS_SLUTDATUM);
            givet(skickatOchMottaget(), kontrollera(UTREDNING_ID, redogorelse.paminnelse()))
                    .when(registrera(lamnad))
                    .expectEventsMatching(bevakningshandelser(redogorelse.uppfylld(lamnad, UTREDNINGENS_SLUTDATUM, true,
                            lamnad.tidpunkt())));
        }

        @Test
        void handed_in_after_the_investigation_ended_it_is_met_late() {
            Faktum lamnad = redogorelse(dag("2027-05-03"));
            givet(skickatOchMottaget(), kontrollera(UTREDNING_ID, redogorelse.forfaller()))
                    .when(registrera(lamnad))
                    .expectEventsMatching(bevakningshandelser(redogorelse.uppfylld(lamnad, dag("2027-05-03"), false,
                            lamnad.tidpunkt())));
        }

        @Test
        void the_assignment_closed_cancels_it() {
            Faktum avslutat = uppdragAvslutat(UTREDNING_ID, dag("2027-03-01"));
            givet(skickatOchMottaget())
                    .when(registrera(avslutat))
                    .expectEventsMatching(bevakningshandelser(redogorelse.avbruten(avslutat, "UPPDRAG_AVSLUTAT", dag("2027-03-01"),
                            avslutat.tidpunkt())));
        }

        @Test
        void the_decision_revoked_cancels_it() {
            Faktum aterkallat = beslutAterkallat(UTREDNING_ID, dag("2027-02-01"));
            givet(skickatOchMottaget())
                    .when(registrera(aterkallat))
                    .expectEventsMatching(bevakningshandelser(redogorelse.avbruten(aterkallat, "BESLUT_ATERKALLAT",
                            dag("2027-02-01"), aterkallat.tidpunkt())));
        }

        @Test
        void an_extended_investigation_moves_the_due_date() {
            Instant igen = kl("2027-04-20T09:00");
            Faktum forlangd = uppdragSkickat(2, "UTREDNINGSUPPDRAG", igen, dag("2027-05-31"));
            Vantad flyttad = new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID, Regelkatalog.REDOGORELSE_UTREDNINGSUPPDRAG, "",
                    forlangd.handelseId(), dag("2027-04-20"), dag("2027-05-31"), dag("2027-05-24"), UTREDNING_INFO);
            givet(skickatOchMottaget())
                    .when(registrera(forlangd))
                    .expectEventsMatching(handelserFor(flyttad.id(), flyttad.andrad(igen)));
            setUp();
            Faktum lamnad = redogorelse(dag("2027-05-20"));
            givet(skickatOchMottaget(), registrera(forlangd), kontrollera(UTREDNING_ID, kl("2027-05-01T06:00")))
                    .when(registrera(lamnad))
                    .expectEventsMatching(handelserFor(flyttad.id(), flyttad.uppfylld(lamnad, dag("2027-05-20"), true,
                            lamnad.tidpunkt())));
        }

        @Test
        void moved_beyond_now_a_passed_watch_is_no_longer_passed() {
            Instant igen = kl("2027-05-03T09:00");
            Faktum forlangd = uppdragSkickat(2, "UTREDNINGSUPPDRAG", igen, dag("2027-05-31"));
            Vantad flyttad = new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID, Regelkatalog.REDOGORELSE_UTREDNINGSUPPDRAG, "",
                    forlangd.handelseId(), dag("2027-05-03"), dag("2027-05-31"), dag("2027-05-24"), UTREDNING_INFO);
            givet(skickatOchMottaget(), kontrollera(UTREDNING_ID, redogorelse.forfaller()), registrera(forlangd))
                    .when(kontrollera(UTREDNING_ID, flyttad.forfaller()))
                    .expectEventsMatching(handelserFor(flyttad.id(), flyttad.passerad(flyttad.forfaller())));
        }
    }

}
