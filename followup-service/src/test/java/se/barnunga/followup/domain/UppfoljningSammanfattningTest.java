package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.util.Arrays;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The responsible performer's summary before the booked meeting ({@code LamnaUtforarsammanfattning}): the number of
 * sessions, the participation, and the work with every goal of the assignment – once per meeting.
 */
class UppfoljningSammanfattningTest {

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static Malarbete arbete(String malId) {
        return new Malarbete(malId, "Arbetet med målet har gått framåt.");
    }

    // ==== Who and when =================================================================================================

    @Nested
    @DisplayName("Vem och när")
    class VemOchNar {

        @Test
        void the_responsible_performer_hands_in_the_summary_of_the_booked_meeting() {
            Sammanfattning s = new Sammanfattning();
            given(bokad())
                    .when(s.kommando())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(s.lamnad("M1", Motesslag.UPPFOLJNING))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void it_answers_with_the_meeting_id() {
            given(forstaMotetHallet())
                    .when(new Sammanfattning().kommando())
                    .expectResultMessagePayload("M2");
        }

        @Test
        void only_the_responsible_performer() {
            for (Actor actor : new Actor[] {ANNA, KALLE, ULLA_PA_ANNAN_ENHET, ULLA_SOM_METODHANDLEDARE, MIKAEL, CHEFEN}) {
                given(bokad())
                        .when(sammanfattning(s -> s.actor = actor).kommando())
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void a_newly_appointed_performer_takes_over() {
            Sammanfattning s = sammanfattning(x -> x.actor = KALLE);
            given(bokad(), new AnsvarigUtforareKand(ID, UTFORARENHET, "kalle", kl("2026-03-20T10:00")))
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M1", Motesslag.UPPFOLJNING))
                    .expectEventsMatching(allaUtfordaAv(KALLE, Roll.UTFORARE));
            given(bokad(), new AnsvarigUtforareKand(ID, UTFORARENHET, "kalle", kl("2026-03-20T10:00")))
                    .when(new Sammanfattning().kommando())
                    .expectException(notPermitted());
        }

        @Test
        void without_a_known_responsible_performer_it_is_a_conflict() {
            given(uppdragKant(), verkstalld(), bokatForsta())
                    .when(new Sammanfattning().kommando())
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"));
        }

        @Test
        void it_needs_a_booked_meeting() {
            given(startad())
                    .when(new Sammanfattning().kommando())
                    .expectException(conflicts("INGET_BOKAT_MOTE"));
            given(forstaMotetHalletUtanNasta())
                    .when(new Sammanfattning().kommando())
                    .expectException(conflicts("INGET_BOKAT_MOTE"));
        }

        @Test
        void it_is_handed_in_once_per_meeting() {
            given(bokadMedSammanfattning())
                    .when(new Sammanfattning().kommando())
                    .expectException(conflicts("SAMMANFATTNING_REDAN_LAMNAD"))
                    .expectNoEvents();
        }

        @Test
        void re_booking_the_meeting_keeps_its_summary() {
            given(bokadMedSammanfattning(), bokat(b -> {
                b.datum = FORSTA_MOTET.plusDays(2);
                b.dagarFranReferens = 46;
                b.ombokning = true;
            }))
                    .when(new Sammanfattning().kommando())
                    .expectException(conflicts("SAMMANFATTNING_REDAN_LAMNAD"));
        }

        @Test
        void the_next_meeting_has_its_own_summary() {
            Sammanfattning s = sammanfattning(x -> x.tidpunkt = kl(ANDRA_MOTET.minusDays(2), 10, 0));
            given(forstaMotetHallet())
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M2", Motesslag.UPPFOLJNING));
        }

        @Test
        void before_the_closing_meeting_it_summarises_the_whole_period() {
            Sammanfattning s = sammanfattning(x -> x.genomforda = 14);
            given(avslutningsmoteBokat())
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M2", Motesslag.AVSLUTNING));
        }

        @Test
        void after_insats_avslutad_the_closing_meeting_still_gets_its_summary() {
            Sammanfattning s = new Sammanfattning();
            given(avslutningsmoteBokat(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M2", Motesslag.AVSLUTNING));
        }

        @Test
        void after_beslut_aterkallat_there_is_none() {
            given(avslutningsmoteBokat(), slutKant(Avslutsorsak.BESLUT_ATERKALLAT))
                    .when(new Sammanfattning().kommando())
                    .expectException(conflict())
                    .expectNoEvents();
        }

        @Test
        void a_follow_up_turned_into_the_closing_meeting_gets_the_closing_summary_of_the_whole_period() {
            // M1's follow-up summary was handed in; Anna then re-booked M1 as the closing meeting
            Sammanfattning s = sammanfattning(x -> x.tidpunkt = kl(FORSTA_MOTET.minusDays(1), 10, 0));
            given(bokadMedSammanfattning(), bokat(b -> {
                b.slag = Motesslag.AVSLUTNING;
                b.referensdatum = null;
                b.dagarFranReferens = null;
                b.inomFonster = null;
                b.ombokning = true;
            }))
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M1", Motesslag.AVSLUTNING));
        }
    }

    // ==== Content ======================================================================================================

    @Nested
    @DisplayName("Innehåll")
    class Innehall {

        @Test
        void the_number_of_sessions_is_required() {
            given(bokad())
                    .when(sammanfattning(s -> s.genomforda = null).kommando())
                    .expectException(violates("tillfallenGenomforda", "ANTAL_KRAVS"));
            given(bokad())
                    .when(sammanfattning(s -> s.planerade = null).kommando())
                    .expectException(violates("tillfallenPlanerade", "ANTAL_KRAVS"));
        }

        @Test
        void fewer_sessions_than_planned_need_the_circumstances_documented() {
            // SOSFS 2014:5 5 kap. 3 §: "helt eller delvis inte har kunnat genomföras som planerat"
            given(bokad())
                    .when(sammanfattning(s -> s.avvikelseFranPlanen = " ").kommando())
                    .expectException(violates("avvikelseFranPlanen", "AVVIKELSE_FRAN_PLANEN_KRAVS"));
            Sammanfattning s = sammanfattning(x -> { });
            given(bokad())
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M1", Motesslag.UPPFOLJNING));
        }

        @Test
        void every_planned_session_held_needs_no_account_of_deviations() {
            Sammanfattning s = sammanfattning(x -> {
                x.genomforda = 10;
                x.planerade = 10;
                x.avvikelseFranPlanen = null;
            });
            given(bokad())
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M1", Motesslag.UPPFOLJNING));
        }

        @Test
        void the_number_of_sessions_is_not_negative() {
            given(bokad())
                    .when(sammanfattning(s -> s.genomforda = -1).kommando())
                    .expectException(violates("tillfallenGenomforda", "NEGATIVT_ANTAL"));
            given(bokad())
                    .when(sammanfattning(s -> s.planerade = -1).kommando())
                    .expectException(violates("tillfallenPlanerade", "NEGATIVT_ANTAL"));
        }

        @Test
        void zero_sessions_is_a_summary_too() {
            Sammanfattning s = sammanfattning(x -> {
                x.genomforda = 0;
                x.planerade = 0;
                x.barnet = Delaktighet.INGEN;
                x.vardnadshavarna = Delaktighet.INGEN;
            });
            given(bokad())
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M1", Motesslag.UPPFOLJNING));
        }

        @Test
        void the_participation_is_required() {
            given(bokad())
                    .when(sammanfattning(s -> s.barnet = null).kommando())
                    .expectException(violates("barnetsDelaktighet", "DELAKTIGHET_KRAVS"));
            given(bokad())
                    .when(sammanfattning(s -> s.vardnadshavarna = null).kommando())
                    .expectException(violates("vardnadshavarnasDelaktighet", "DELAKTIGHET_KRAVS"));
        }

        @Test
        void every_goal_is_covered_and_the_missing_one_is_named() {
            given(bokad())
                    .when(sammanfattning(s -> s.malarbete = List.of(MALARBETE.get(0))).kommando())
                    .expectException(violates("malarbete", "MAL_SAKNAS", MAL_FAMILJ.malId()))
                    .expectNoEvents();
        }

        @Test
        void without_any_work_every_goal_is_missing() {
            given(bokad())
                    .when(sammanfattning(s -> s.malarbete = null).kommando())
                    .expectException(violates("malarbete", "MAL_SAKNAS", MAL_SKOLA.malId()));
            given(bokad())
                    .when(sammanfattning(s -> s.malarbete = List.of()).kommando())
                    .expectException(violates("malarbete", "MAL_SAKNAS", MAL_FAMILJ.malId()));
        }

        @Test
        void an_unknown_goal_is_refused() {
            given(bokad())
                    .when(sammanfattning(s -> s.malarbete = List.of(MALARBETE.get(0), arbete("mal-halsa"), MALARBETE.get(1)))
                            .kommando())
                    .expectException(violates("malarbete[1].malId", "OKANT_MAL"));
        }

        @Test
        void a_work_without_a_goal_is_refused() {
            given(bokad())
                    .when(sammanfattning(s -> s.malarbete = List.of(MALARBETE.get(0), arbete(null))).kommando())
                    .expectException(violates("malarbete[1].malId", "OKANT_MAL"));
            given(bokad())
                    .when(sammanfattning(s -> s.malarbete = Arrays.asList(MALARBETE.get(0), null, MALARBETE.get(1)))
                            .kommando())
                    .expectException(violates("malarbete[1].malId", "OKANT_MAL"));
        }

        @Test
        void a_goal_twice_is_refused() {
            given(bokad())
                    .when(sammanfattning(s -> s.malarbete = List.of(MALARBETE.get(0), MALARBETE.get(0), MALARBETE.get(1)))
                            .kommando())
                    .expectException(violates("malarbete[1].malId", "MAL_DUBBLERAT"));
        }

        @ParameterizedTest(name = "beskrivning [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void the_work_with_each_goal_is_described(String beskrivning) {
            given(bokad())
                    .when(sammanfattning(s -> s.malarbete = List.of(MALARBETE.get(0),
                            new Malarbete(MAL_FAMILJ.malId(), beskrivning))).kommando())
                    .expectException(violates("malarbete[1].beskrivning", "BESKRIVNING_KRAVS"));
        }

        @Test
        void the_goals_may_come_in_any_order() {
            Sammanfattning s = sammanfattning(x -> x.malarbete = List.of(MALARBETE.get(1), MALARBETE.get(0)));
            given(bokad())
                    .when(s.kommando())
                    .expectEvents(s.lamnad("M1", Motesslag.UPPFOLJNING));
        }

        @Test
        void before_the_goals_are_known_it_is_a_conflict() {
            // the record knows the assignment only from InsatsVerkställd, which carries no goals
            given(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, List.of(), MYNDIGHETSENHET, "anna",
                    UTFORARENHET, VERKSTALLD), new AnsvarigUtforareKand(ID, UTFORARENHET, "ulla", VERKSTALLD), verkstalld(),
                    bokatForsta())
                    .when(new Sammanfattning().kommando())
                    .expectException(conflicts("MALEN_EJ_KANDA"))
                    .expectNoEvents();
        }
    }
}
