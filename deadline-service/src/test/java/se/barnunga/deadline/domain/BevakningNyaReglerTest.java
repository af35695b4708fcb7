package se.barnunga.deadline.domain;

import static se.barnunga.deadline.domain.BevakningBuilders.*;
import static se.barnunga.deadline.domain.BevakningFixtures.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The watches issue 16 added: consent withdrawn after the decision ({@code SAMTYCKE_ATERKALLAT}), what follows a
 * follow-up deciding a new investigation or rating a goal as a negative change ({@code ATGARD_EFTER_UPPFOLJNING}),
 * and the follow-up before an investigation ends ({@code UPPFOLJNING_FORE_UTREDNINGENS_SLUT}).
 */
class BevakningNyaReglerTest extends BevakningNyaReglerTestBase {

    @Nested
    class SamtyckeAterkallat {

        private final Faktum aterkallat = samtyckeAterkallat(dag("2027-01-15"));
        /** 14 days from the withdrawal, reminder 4 days ahead. */
        private final Vantad bevakning = uppdragsbevakning(Regelkatalog.SAMTYCKE_ATERKALLAT, "2027-01-15", aterkallat,
                dag("2027-01-15"), dag("2027-01-29"), dag("2027-01-25"));

        @Test
        void a_withdrawal_starts_the_watch() {
            givet(startad())
                    .when(registrera(aterkallat))
                    .expectEventsMatching(bevakningshandelser(bevakning.startad(aterkallat.tidpunkt())));
        }

        @Test
        void re_deciding_meets_it() {
            Faktum omprovat = beslutOmprovat(dag("2027-01-22"));
            givet(startad(), registrera(aterkallat), kontrollera(kl("2027-01-18T09:00")))
                    .when(registrera(omprovat))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(omprovat, dag("2027-01-22"), true,
                            omprovat.tidpunkt())));
        }

        @Test
        void a_re_decision_before_the_withdrawal_does_not_meet_it() {
            Faktum tidigare = beslutOmprovat(dag("2027-01-10"));
            givet(startad(), registrera(tidigare))
                    .when(registrera(aterkallat))
                    .expectEventsMatching(bevakningshandelser(bevakning.startad(aterkallat.tidpunkt())));
        }

        @Test
        void closing_the_intervention_or_revoking_the_decision_meets_it() {
            Faktum avslutad = insatsAvslutad(dag("2027-01-20"), "ENSKILD_AVBOJER");
            givet(startad(), registrera(aterkallat))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(avslutad, dag("2027-01-20"), true,
                            avslutad.tidpunkt())));
            setUp();
            Faktum aterkallelse = beslutAterkallat(dag("2027-02-02"));
            givet(startad(), registrera(aterkallat), kontrollera(bevakning.paminnelse()), kontrollera(bevakning.forfaller()))
                    .when(registrera(aterkallelse))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(aterkallelse, dag("2027-02-02"), false,
                            aterkallelse.tidpunkt())));
        }

        @Test
        void nothing_done_it_reminds_and_then_passes() {
            givet(startad(), registrera(aterkallat))
                    .when(kontrollera(bevakning.paminnelse()))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.paminnelseHandelse(bevakning.paminnelse())));
            setUp();
            givet(startad(), registrera(aterkallat), kontrollera(bevakning.paminnelse()))
                    .when(kontrollera(bevakning.forfaller()))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.passerad(bevakning.forfaller())));
        }

        @Test
        void each_withdrawal_date_has_its_own_watch() {
            Faktum andra = samtyckeAterkallat(dag("2027-02-01"));
            Faktum omprovat = beslutOmprovat(dag("2027-01-22"));
            Vantad andraBevakning = uppdragsbevakning(Regelkatalog.SAMTYCKE_ATERKALLAT, "2027-02-01", andra, dag("2027-02-01"),
                    dag("2027-02-15"), dag("2027-02-11"));
            givet(startad(), registrera(aterkallat), registrera(omprovat))
                    .when(registrera(andra))
                    .expectEventsMatching(bevakningshandelser(andraBevakning.startad(andra.tidpunkt())));
        }
    }

    @Nested
    class AtgardEfterUppfoljning {

        private final Faktum negativ = uppfoljningNegativ("M1", 1, dag("2027-01-20"), "FORTSATTA");
        /** 14 days from the meeting, reminder 4 days ahead. */
        private final Vantad bevakning = uppdragsbevakning(Regelkatalog.ATGARD_EFTER_UPPFOLJNING, "M1", negativ,
                dag("2027-01-20"), dag("2027-02-03"), dag("2027-01-30"));

        @Test
        void a_goal_rated_a_negative_change_starts_it_even_when_the_intervention_continues() {
            givet(startad())
                    .when(registrera(negativ))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.startad(negativ.tidpunkt())));
        }

        @Test
        void a_meeting_without_a_negative_rating_and_not_deciding_a_new_investigation_starts_none() {
            Faktum fortsatta = uppfoljning("M1", 1, dag("2027-01-20"), "FORTSATTA");
            givet(startad())
                    .when(registrera(fortsatta))
                    .expectEventsMatching(handelserFor(bevakning.id()));
        }

        @Test
        void the_investigation_opened_meets_it() {
            Faktum inledd = utredningInledd("M1", dag("2027-01-27"));
            givet(startad(), registrera(negativ))
                    .when(registrera(inledd))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(inledd, dag("2027-01-27"), true,
                            inledd.tidpunkt())));
        }

        @Test
        void the_plan_revised_after_the_meeting_meets_it_as_the_adjustment() {
            Faktum reviderad = planReviderad(dag("2027-02-01"));
            givet(startad(), registrera(negativ))
                    .when(registrera(reviderad))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(reviderad, dag("2027-02-01"), true,
                            reviderad.tidpunkt())));
        }

        @Test
        void a_plan_revised_before_the_meeting_does_not() {
            givet(startad(), registrera(planReviderad(dag("2027-01-12"))))
                    .when(registrera(negativ))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.startad(negativ.tidpunkt())));
        }

        @Test
        void a_later_meeting_deciding_to_adjust_meets_it_and_the_meetings_own_outcome_does_not() {
            Faktum justerande = uppfoljningNegativ("M1", 1, dag("2027-01-20"), "JUSTERA");
            givet(startad())
                    .when(registrera(justerande))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.startad(justerande.tidpunkt())));
            setUp();
            Faktum m2 = uppfoljning("M2", 2, dag("2027-02-10"), "JUSTERA");
            givet(startad(), registrera(negativ), kontrollera(bevakning.paminnelse()), kontrollera(bevakning.forfaller()))
                    .when(registrera(m2))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(m2, dag("2027-02-10"), false,
                            m2.tidpunkt())));
        }

        @Test
        void the_intervention_closed_meets_it() {
            Faktum avslutad = insatsAvslutad(dag("2027-01-29"), "NY_UTREDNING");
            givet(startad(), registrera(negativ))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(avslutad, dag("2027-01-29"), true,
                            avslutad.tidpunkt())));
        }

        @Test
        void nothing_done_it_passes_after_14_days() {
            givet(startad(), registrera(negativ), kontrollera(bevakning.paminnelse()))
                    .when(kontrollera(bevakning.forfaller()))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.passerad(bevakning.forfaller())));
        }

        @Test
        void a_new_investigation_decided_starts_it_too() {
            Faktum ny = uppfoljning("M1", 1, dag("2027-01-20"), "NY_UTREDNING", "NYA_BEHOV");
            Vantad v = uppdragsbevakning(Regelkatalog.ATGARD_EFTER_UPPFOLJNING, "M1", ny, dag("2027-01-20"), dag("2027-02-03"),
                    dag("2027-01-30"));
            givet(startad())
                    .when(registrera(ny))
                    .expectEventsMatching(handelserFor(v.id(), v.startad(ny.tidpunkt())));
        }
    }

    @Nested
    class UppfoljningForeUtredningensSlut {

        private final Faktum skickat = uppdragSkickat(2, "INSATS_UNDER_UTREDNING", UTREDNING_SKICKAD, UTREDNINGENS_SLUTDATUM);
        /** Due the day the investigation ends (30 April 2027), reminder two weeks ahead. */
        private final Vantad bevakning = new Vantad(Arendetyp.UPPDRAG, UTREDNING_ID,
                Regelkatalog.UPPFOLJNING_FORE_UTREDNINGENS_SLUT, "", skickat.handelseId(), dag("2027-01-11"), dag("2027-04-30"),
                dag("2027-04-16"), UTREDNING_INFO);

        private Faktum mote(String typ, java.time.LocalDate datum) {
            Instant tid = kl(datum, 16, 0);
            Record data = typ.equals("AVSLUTNING")
                    ? new se.barnunga.contracts.uppfoljning.AvslutningsmoteGenomfort(UTREDNING_ID, "M1", datum, BARN, null,
                            MYNDIGHETSENHET, UTFORARENHET, true, List.of(), "MINSKAD", true, tid)
                    : new se.barnunga.contracts.uppfoljning.UppfoljningGenomford(UTREDNING_ID, "M1", 1, false, datum, BARN, null,
                            MYNDIGHETSENHET, UTFORARENHET, true, List.of(), "FORTSATTA", null, false, true, null, tid);
            return faktum("ce-mote-" + typ, data, tid);
        }

        @Test
        void an_intervention_granted_during_an_investigation_must_be_followed_up_before_it_ends() {
            fixture.givenNoPriorActivity()
                    .when(registrera(skickat))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.startad(skickat.tidpunkt())));
        }

        @Test
        void an_investigation_assignment_and_a_granted_intervention_have_no_such_watch() {
            fixture.givenNoPriorActivity()
                    .when(registrera(uppdragSkickat()))
                    .expectEventsMatching(handelserFor(bevakning.id()));
        }

        @Test
        void a_follow_up_meeting_or_the_closing_meeting_before_the_end_meets_it() {
            Faktum m = mote("UPPFOLJNING", dag("2027-04-20"));
            givet(registrera(skickat), kontrollera(UTREDNING_ID, bevakning.paminnelse()))
                    .when(registrera(m))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(m, dag("2027-04-20"), true,
                            m.tidpunkt())));
            setUp();
            Faktum a = mote("AVSLUTNING", dag("2027-04-30"));
            givet(registrera(skickat))
                    .when(registrera(a))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.uppfylld(a, dag("2027-04-30"), true,
                            a.tidpunkt())));
        }

        @Test
        void closing_the_intervention_without_a_follow_up_does_not_meet_it_and_it_passes_at_the_end() {
            Instant tid = kl("2027-03-01T10:00");
            Faktum avslutad = faktum("ce-insats-avslutad", new se.barnunga.contracts.uppdrag.InsatsAvslutad(UTREDNING_ID,
                    dag("2027-03-01"), "MALEN_UPPFYLLDA", "MINSKAD", false, "anna", tid), tid);
            givet(registrera(skickat))
                    .when(registrera(avslutad))
                    .expectEventsMatching(handelserFor(bevakning.id()));
            setUp();
            givet(registrera(skickat), registrera(avslutad), kontrollera(UTREDNING_ID, bevakning.paminnelse()))
                    .when(kontrollera(UTREDNING_ID, bevakning.forfaller()))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.passerad(bevakning.forfaller())));
        }

        @Test
        void the_decision_revoked_cancels_it() {
            Faktum aterkallat = beslutAterkallat(UTREDNING_ID, dag("2027-02-15"));
            givet(registrera(skickat))
                    .when(registrera(aterkallat))
                    .expectEventsMatching(handelserFor(bevakning.id(), bevakning.avbruten(aterkallat, "BESLUT_ATERKALLAT",
                            dag("2027-02-15"), aterkallat.tidpunkt())));
        }
    }
}
