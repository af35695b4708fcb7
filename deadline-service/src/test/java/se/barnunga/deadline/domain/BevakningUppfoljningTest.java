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

import se.barnunga.contracts.uppdrag.InsatsVerkstalld;

/**
 * The follow-up meetings: the first one 6–8 weeks after the start ({@code FORSTA_UPPFOLJNING}), and after every meeting
 * where the intervention continues the next one within 6–8 weeks ({@code NASTA_UPPFOLJNING}, one watch per meeting,
 * keyed by its id). Met by the next meeting held or the closing meeting; cancelled when the intervention, decision or
 * assignment ends.
 */
class BevakningUppfoljningTest {

    private FixtureConfiguration<Bevakningsarende> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Bevakningsarende.class);
    }

    private TestExecutor<Bevakningsarende> givet(Object... kommandon) {
        return fixture.givenCommands(kommandon(kommandon));
    }

    private final Vantad forsta = forstaUppfoljning();

    private static List<Object> startad() {
        // the plan drawn up in time, so that its watch is met before the follow-ups (GENOMFORANDEPLAN_UPPRATTAD is
        // tested in BevakningNyaReglerTest)
        return registrera(beviljad(), verkstalld(VERKSTALLT), planUpprattad(PLAN));
    }

    @Nested
    class Forsta {

        @Test
        void the_start_of_an_investigation_assignment_has_no_follow_up_watch() {
            Instant tid = kl("2027-01-12T15:00");
            Faktum utredning = faktum("ce-verkstalld", new InsatsVerkstalld(UTREDNING_ID, "UTREDNINGSUPPDRAG", BARN, null,
                    UTREDNINGSBESLUT, dag("2027-01-12"), UTFORARENHET, MYNDIGHETSENHET, "anna", "ulla", tid), tid);
            fixture.givenNoPriorActivity()
                    .when(registrera(utredning))
                    .expectEventsMatching(bevakningshandelser());
        }

        @Test
        void a_continuing_meeting_in_the_window_meets_it_and_the_next_meeting_is_watched() {
            Faktum m1 = uppfoljning("M1", 1, dag("2027-01-20"), "FORTSATTA");
            Instant nu = m1.tidpunkt();
            givet(startad(), kontrollera(forsta.paminnelse()))
                    .when(registrera(m1))
                    .expectEventsMatching(bevakningshandelser(
                            forsta.uppfylld(m1, dag("2027-01-20"), true, nu),
                            uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M1", m1, dag("2027-01-20"), dag("2027-03-17"),
                                    dag("2027-03-03")).startad(nu)));
        }

        @Test
        void a_meeting_on_the_last_day_of_the_window_is_in_time() {
            Faktum m1 = uppfoljning("M1", 1, dag("2027-02-01"), "AVSLUTA");
            givet(startad(), kontrollera(forsta.paminnelse()))
                    .when(registrera(m1))
                    .expectEventsMatching(bevakningshandelser(forsta.uppfylld(m1, dag("2027-02-01"), true, m1.tidpunkt())));
        }

        @Test
        void a_meeting_after_the_window_meets_it_late() {
            Faktum m1 = uppfoljning("M1", 1, dag("2027-02-10"), "JUSTERA");
            Instant nu = m1.tidpunkt();
            givet(startad(), kontrollera(forsta.paminnelse()), kontrollera(forsta.forfaller()))
                    .when(registrera(m1))
                    .expectEventsMatching(bevakningshandelser(
                            forsta.uppfylld(m1, dag("2027-02-10"), false, nu),
                            uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M1", m1, dag("2027-02-10"), dag("2027-04-07"),
                                    dag("2027-03-24")).startad(nu)));
        }

        @Test
        void a_meeting_deciding_a_new_investigation_meets_it_and_watches_the_next_meeting_and_the_investigation() {
            // the intervention goes on under its decision while the new investigation runs: it is followed up, and the
            // investigation must be opened (or the intervention closed or adjusted) within 14 days
            Faktum m1 = uppfoljning("M1", 1, dag("2027-01-20"), "NY_UTREDNING", "OKAD_RISK");
            Instant nu = m1.tidpunkt();
            givet(startad())
                    .when(registrera(m1))
                    .expectEventsMatching(bevakningshandelser(forsta.uppfylld(m1, dag("2027-01-20"), true, nu),
                            uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M1", m1, dag("2027-01-20"), dag("2027-03-17"),
                                    dag("2027-03-03")).startad(nu),
                            uppdragsbevakning(Regelkatalog.ATGARD_EFTER_UPPFOLJNING, "M1", m1, dag("2027-01-20"),
                                    dag("2027-02-03"), dag("2027-01-30")).startad(nu)));
        }

        @Test
        void the_closing_meeting_meets_it() {
            Faktum avslutning = avslutningsmote("M1", dag("2027-01-25"));
            givet(startad())
                    .when(registrera(avslutning))
                    .expectEventsMatching(bevakningshandelser(forsta.uppfylld(avslutning, dag("2027-01-25"), true,
                            avslutning.tidpunkt())));
        }

        @Test
        void the_intervention_closed_cancels_it() {
            Faktum avslutad = insatsAvslutad(dag("2027-01-10"), "FLYTTAT");
            givet(startad())
                    .when(registrera(avslutad))
                    .expectEventsMatching(bevakningshandelser(forsta.avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-01-10"),
                            avslutad.tidpunkt())));
        }

        @Test
        void the_assignment_closed_cancels_it() {
            Faktum avslutat = uppdragAvslutat(ID, dag("2027-01-12"));
            givet(startad())
                    .when(registrera(avslutat))
                    .expectEventsMatching(bevakningshandelser(forsta.avbruten(avslutat, "UPPDRAG_AVSLUTAT", dag("2027-01-12"),
                            avslutat.tidpunkt())));
        }

        @Test
        void the_decision_revoked_cancels_it() {
            Faktum aterkallat = beslutAterkallat(dag("2027-01-14"));
            givet(startad())
                    .when(registrera(aterkallat))
                    .expectEventsMatching(bevakningshandelser(forsta.avbruten(aterkallat, "BESLUT_ATERKALLAT", dag("2027-01-14"),
                            aterkallat.tidpunkt())));
        }
    }

    @Nested
    class Nasta {

        private final Faktum m1 = uppfoljning("M1", 1, dag("2027-01-20"), "FORTSATTA");
        private final Vantad efterM1 = uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M1", m1, dag("2027-01-20"),
                dag("2027-03-17"), dag("2027-03-03"));

        private List<Object> forstaMotet() {
            return kommandon(startad(), registrera(m1));
        }

        @Test
        void each_continuing_meeting_starts_its_own_watch_and_meets_the_one_before() {
            Faktum m2 = uppfoljning("M2", 2, dag("2027-03-10"), "JUSTERA");
            Instant nu = m2.tidpunkt();
            givet(forstaMotet(), kontrollera(efterM1.paminnelse()))
                    .when(registrera(m2))
                    .expectEventsMatching(bevakningshandelser(
                            // a rule's watches newest first
                            uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M2", m2, dag("2027-03-10"), dag("2027-05-05"),
                                    dag("2027-04-21")).startad(nu),
                            efterM1.uppfylld(m2, dag("2027-03-10"), true, nu)));
        }

        @Test
        void a_third_meeting_meets_the_second_watch_only() {
            Faktum m2 = uppfoljning("M2", 2, dag("2027-03-10"), "FORTSATTA");
            Faktum m3 = uppfoljning("M3", 3, dag("2027-04-28"), "AVSLUTA");
            Vantad efterM2 = uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M2", m2, dag("2027-03-10"), dag("2027-05-05"),
                    dag("2027-04-21"));
            givet(forstaMotet(), registrera(m2), kontrollera(efterM2.paminnelse()))
                    .when(registrera(m3))
                    .expectEventsMatching(bevakningshandelser(efterM2.uppfylld(m3, dag("2027-04-28"), true, m3.tidpunkt())));
        }

        @Test
        void a_late_meeting_meets_it_late() {
            Faktum m2 = uppfoljning("M2", 2, dag("2027-03-24"), "FORTSATTA");
            Instant nu = m2.tidpunkt();
            givet(forstaMotet(), kontrollera(efterM1.paminnelse()), kontrollera(efterM1.forfaller()))
                    .when(registrera(m2))
                    .expectEventsMatching(bevakningshandelser(
                            uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M2", m2, dag("2027-03-24"), dag("2027-05-19"),
                                    dag("2027-05-05")).startad(nu),
                            efterM1.uppfylld(m2, dag("2027-03-24"), false, nu)));
        }

        @Test
        void the_closing_meeting_meets_it() {
            Faktum avslutning = avslutningsmote("M2", dag("2027-03-01"));
            givet(forstaMotet())
                    .when(registrera(avslutning))
                    .expectEventsMatching(bevakningshandelser(efterM1.uppfylld(avslutning, dag("2027-03-01"), true,
                            avslutning.tidpunkt())));
        }

        @Test
        void the_intervention_closed_cancels_it() {
            Faktum avslutad = insatsAvslutad(dag("2027-02-26"), "NY_UTREDNING");
            givet(forstaMotet())
                    .when(registrera(avslutad))
                    .expectEventsMatching(bevakningshandelser(efterM1.avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-02-26"),
                            avslutad.tidpunkt())));
        }

        @Test
        void a_meeting_read_after_the_end_of_the_intervention_still_meets_it() {
            // the meeting on 10 March comes on barnunga.uppfoljning.v1 and is read after InsatsAvslutad of 20 March
            // (barnunga.uppdrag.v1): the watch is re-opened and closed again as met
            Faktum avslutad = insatsAvslutad(dag("2027-03-20"), "MALEN_UPPFYLLDA");
            Faktum m2 = uppfoljning("M2", 2, dag("2027-03-10"), "FORTSATTA");
            Instant nu = kl("2027-03-21T09:00");
            givet(forstaMotet(), kontrollera(efterM1.paminnelse()), registrera(avslutad))
                    .when(registrera(m2, nu))
                    .expectEventsMatching(bevakningshandelser(
                            uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M2", m2, dag("2027-03-10"), dag("2027-05-05"),
                                    dag("2027-04-21")).startad(nu),
                            uppdragsbevakning(Regelkatalog.NASTA_UPPFOLJNING, "M2", m2, dag("2027-03-10"), dag("2027-05-05"),
                                    dag("2027-04-21")).avbruten(avslutad, "INSATS_AVSLUTAD", dag("2027-03-20"), nu),
                            efterM1.andrad(nu),
                            efterM1.uppfylld(m2, dag("2027-03-10"), true, nu)));
        }

        @Test
        void an_earlier_meeting_read_after_the_closing_meeting_meets_it_in_time() {
            Faktum avslutning = avslutningsmote("M3", dag("2027-03-31"));
            Faktum m2 = uppfoljning("M2", 2, dag("2027-03-10"), "AVSLUTA");
            Instant nu = kl("2027-04-01T09:00");
            givet(forstaMotet(), kontrollera(efterM1.forfaller()), registrera(avslutning))
                    .when(registrera(m2, nu))
                    .expectEventsMatching(bevakningshandelser(efterM1.andrad(nu), efterM1.uppfylld(m2, dag("2027-03-10"), true, nu),
                            // it had passed (and was met late by the closing meeting): the passing is withdrawn
                            efterM1.passeradAterkallad("UPPFYLLD_INOM_FRIST", dag("2027-03-10"), nu)));
        }

        @Test
        void the_same_meeting_again_changes_nothing() {
            givet(forstaMotet())
                    .when(registrera(m1, kl("2027-01-21T09:00")))
                    .expectNoEvents();
        }
    }
}
