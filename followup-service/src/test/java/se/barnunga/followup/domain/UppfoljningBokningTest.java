package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.platform.domain.Roll;

/**
 * Booking the follow-up meetings ({@code BokaMote}): the 6–8 week window from the start and from the previous
 * meeting, and re-booking.
 */
class UppfoljningBokningTest extends UppfoljningBokningTestBase {

    // ==== The window of the first meeting ============================================================================

    @Nested
    @DisplayName("Första mötet: senast inom 6–8 veckor efter start")
    class ForstaFonstret {

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {3, 7, 14, 41, 42, 44, 56})
        void any_day_after_the_start_up_to_8_weeks_is_within_the_window(int dag) {
            // "Kalla … till uppföljningsmöte senast inom 6–8 veckor efter att insatsen har verkställts": an upper bound
            // (booked on day 3, so day 3 is the earliest date not in the past)
            given(startad())
                    .when(boka(bokning(START.plusDays(dag))))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(bokat("M1", START.plusDays(dag), START, dag))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 70})
        void later_than_8_weeks_without_a_reason_is_refused(int dag) {
            given(startad())
                    .when(boka(bokning(START.plusDays(dag))))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 90})
        void later_than_8_weeks_with_a_reason_is_booked_outside_the_window(int dag) {
            given(startad())
                    .when(boka(bokning(START.plusDays(dag), SKAL_UTANFOR)))
                    .expectEvents(bokat(b -> {
                        b.datum = START.plusDays(dag);
                        b.dagarFranReferens = dag;
                        b.inomFonster = false;
                        b.skalUtanforFonster = SKAL_UTANFOR;
                    }));
        }

        @ParameterizedTest(name = "skäl [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void a_blank_reason_is_no_reason(String skal) {
            given(startad())
                    .when(boka(bokning(START.plusDays(57), skal)))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void a_reason_within_the_window_is_not_kept() {
            given(startad())
                    .when(boka(bokning(FORSTA_MOTET, SKAL_UTANFOR)))
                    .expectEvents(bokatForsta());
        }

        @Test
        void the_window_counts_from_the_real_start_not_the_planned_one() {
            // planned to start 2026-03-02, started a week later: day 60 of the plan is day 53 of the real start
            LocalDate start = START.plusDays(7);
            Object[] fakta = {uppdragKant(), ansvarigKand(), new VerkstallighetKand(ID, start, VERKSTALLD),
                    planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD)};
            given(fakta)
                    .when(boka(bokning(START.plusDays(60))))
                    .expectEvents(bokat(b -> {
                        b.datum = START.plusDays(60);
                        b.referensdatum = start;
                        b.dagarFranReferens = 53;
                    }));
            given(fakta)
                    .when(boka(bokning(start.plusDays(57))))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void not_on_or_before_the_start() {
            // started later than the booking day: a follow-up before or on the start day is no follow-up of it
            LocalDate start = START.plusDays(7);
            for (LocalDate datum : List.of(START.plusDays(5), start)) {
                given(uppdragKant(), ansvarigKand(), new VerkstallighetKand(ID, start, VERKSTALLD))
                        .when(boka(bokning(datum, SKAL_UTANFOR)))
                        .expectException(violates("datum", "FORE_START"))
                        .expectNoEvents();
            }
        }
    }

    // ==== The window of the next meeting ============================================================================

    @Nested
    @DisplayName("Nästa möte: senast inom 6–8 veckor efter föregående möte")
    class NastaFonstret {

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {1, 14, 42, 56})
        void after_a_held_meeting_the_window_counts_from_that_meeting(int dag) {
            LocalDate datum = FORSTA_MOTET.plusDays(dag);
            given(forstaMotetHalletUtanNasta())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum), DAGEN_EFTER))
                    .expectEvents(bokat(b -> {
                        b.moteId = "M2";
                        b.datum = datum;
                        b.referensdatum = FORSTA_MOTET;
                        b.dagarFranReferens = dag;
                        b.bokat = DAGEN_EFTER;
                    }));
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 80})
        void after_a_held_meeting_later_than_8_weeks_is_refused(int dag) {
            given(forstaMotetHalletUtanNasta())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(FORSTA_MOTET.plusDays(dag)), DAGEN_EFTER))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"))
                    .expectNoEvents();
        }

        @Test
        void after_a_held_meeting_day_57_with_a_reason_is_booked_outside_the_window() {
            LocalDate datum = FORSTA_MOTET.plusDays(57);
            given(forstaMotetHalletUtanNasta())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum, SKAL_UTANFOR), DAGEN_EFTER))
                    .expectEvents(bokat(b -> {
                        b.moteId = "M2";
                        b.datum = datum;
                        b.referensdatum = FORSTA_MOTET;
                        b.dagarFranReferens = 57;
                        b.inomFonster = false;
                        b.skalUtanforFonster = SKAL_UTANFOR;
                        b.bokat = DAGEN_EFTER;
                    }));
        }

        @Test
        void not_on_the_day_of_the_held_meeting() {
            given(forstaMotetHalletUtanNasta())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(FORSTA_MOTET, SKAL_UTANFOR), kl(FORSTA_MOTET, 17, 0)))
                    .expectException(violates("datum", "EFTER_MOTET_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57})
        void re_booking_the_meeting_booked_at_the_previous_meeting_keeps_the_window(int dag) {
            given(forstaMotetHallet())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(FORSTA_MOTET.plusDays(dag)), DAGEN_EFTER))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void re_booking_the_meeting_booked_at_the_previous_meeting_on_day_56() {
            LocalDate datum = FORSTA_MOTET.plusDays(56);
            given(forstaMotetHallet())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum), DAGEN_EFTER))
                    .expectEvents(bokat(b -> {
                        b.moteId = "M2";
                        b.datum = datum;
                        b.referensdatum = FORSTA_MOTET;
                        b.dagarFranReferens = 56;
                        b.ombokning = true;
                        b.bokat = DAGEN_EFTER;
                    }));
        }
    }

    // ==== Re-booking ================================================================================================

    @Nested
    @DisplayName("Ombokning")
    class Ombokning {

        @Test
        void re_booking_keeps_the_meeting_id() {
            Instant senare = kl("2026-03-20T09:00");
            given(bokad())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(START.plusDays(50)), senare))
                    .expectEvents(bokat(b -> {
                        b.datum = START.plusDays(50);
                        b.dagarFranReferens = 50;
                        b.ombokning = true;
                        b.bokat = senare;
                    }));
        }

        @Test
        void re_booking_the_meeting_booked_at_the_planning_meeting_keeps_its_id() {
            given(startad(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD), bokat(b -> {
                b.klockslag = null;
                b.plats = null;
                b.inbjudna = Set.of();
                b.kalla = Bokningskalla.PLANERINGSMOTE;
                b.bokat = PLANERING_REGISTRERAD;
            }))
                    .when(boka(bokning(FORSTA_MOTET)))
                    .expectEvents(bokat(b -> b.ombokning = true));
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 70})
        void re_booking_keeps_the_window(int dag) {
            given(bokad())
                    .when(boka(bokning(START.plusDays(dag))))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }
    }
}
