package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Booking a meeting: who may, and the booking's own rules.
 */
class UppfoljningBokningForutsattningarTest extends UppfoljningBokningTestBase {

    // ==== Preconditions and who may book ============================================================================

    @Nested
    @DisplayName("Förutsättningar och behörighet")
    class Forutsattningar {

        @Test
        void not_started_is_a_conflict() {
            given(uppdragKant(), ansvarigKand())
                    .when(boka(bokning(FORSTA_MOTET)))
                    .expectException(conflicts("INSATSEN_EJ_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void a_record_without_the_assignments_facts_is_a_conflict() {
            given(ansvarigKand())
                    .when(boka(bokning(FORSTA_MOTET)))
                    .expectException(conflicts("UPPDRAGET_EJ_KANT"))
                    .expectNoEvents();
        }

        @Test
        void a_record_created_by_the_planning_meeting_alone_is_a_conflict() {
            given(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD))
                    .when(boka(bokning(FORSTA_MOTET)))
                    .expectException(conflicts("UPPDRAGET_EJ_KANT"));
        }

        @Test
        void only_a_social_secretary_of_the_owning_unit_books() {
            for (Actor actor : INTE_SOCIALSEKRETERARE) {
                given(startad())
                        .when(boka(actor, bokning(FORSTA_MOTET)))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void a_colleague_on_the_owning_unit_may_book_and_the_case_keeps_its_social_secretary() {
            given(startad())
                    .when(boka(BO, bokning(FORSTA_MOTET)))
                    .expectEvents(bokatForsta())
                    .expectEventsMatching(allaUtfordaAv(BO, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void a_date_before_today_is_refused() {
            given(startad())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(START.plusDays(42)), kl(START.plusDays(43), 9, 0)))
                    .expectException(violates("datum", "DATUM_PASSERAT"));
        }

        @Test
        void today_is_stockholm_time_just_after_midnight() {
            // 00:30 in Stockholm is still the previous day in UTC
            given(startad())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(START.plusDays(42)), kl(START.plusDays(43), 0, 30)))
                    .expectException(violates("datum", "DATUM_PASSERAT"));
        }

        @Test
        void today_is_allowed_late_in_the_evening() {
            Instant sent = kl(START.plusDays(42), 23, 30);
            given(startad())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(START.plusDays(42)), sent))
                    .expectEvents(bokat(b -> {
                        b.datum = START.plusDays(42);
                        b.dagarFranReferens = 42;
                        b.bokat = sent;
                    }));
        }

        @Test
        void a_booking_needs_a_date() {
            given(startad())
                    .when(boka(new Bokning(null, KLOCKAN, PLATS, INBJUDNA, null)))
                    .expectException(violates("datum", "DATUM_KRAVS"));
            given(startad())
                    .when(boka(null))
                    .expectException(violates("datum", "DATUM_KRAVS"));
        }

        @ParameterizedTest(name = "plats [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void a_booking_needs_a_place(String plats) {
            given(startad())
                    .when(boka(new Bokning(FORSTA_MOTET, KLOCKAN, plats, INBJUDNA, null)))
                    .expectException(violates("plats", "PLATS_KRAVS"));
        }

        @Test
        void the_time_of_day_is_optional() {
            given(startad())
                    .when(boka(new Bokning(FORSTA_MOTET, null, PLATS, INBJUDNA, null)))
                    .expectEvents(bokat(b -> b.klockslag = null));
        }

        @Test
        void the_responsible_performer_is_invited() {
            given(startad())
                    .when(boka(new Bokning(FORSTA_MOTET, KLOCKAN, PLATS, Set.of(Deltagare.BARNET, Deltagare.VARDNADSHAVARE), null)))
                    .expectException(violates("inbjudna", "ANSVARIG_UTFORARE_BJUDS_IN"));
            given(startad())
                    .when(boka(new Bokning(FORSTA_MOTET, KLOCKAN, PLATS, null, null)))
                    .expectException(violates("inbjudna", "ANSVARIG_UTFORARE_BJUDS_IN"));
        }

        @Test
        void the_family_is_invited() {
            given(startad())
                    .when(boka(new Bokning(FORSTA_MOTET, KLOCKAN, PLATS,
                            Set.of(Deltagare.ANSVARIG_UTFORARE, Deltagare.SOCIALSEKRETERARE, Deltagare.METODHANDLEDARE), null)))
                    .expectException(violates("inbjudna", "FAMILJEN_BJUDS_IN"));
        }

        @Test
        void the_child_or_the_guardians_are_the_family() {
            Set<Deltagare> barnet = Set.of(Deltagare.ANSVARIG_UTFORARE, Deltagare.BARNET);
            given(startad())
                    .when(boka(new Bokning(FORSTA_MOTET, KLOCKAN, PLATS, barnet, null)))
                    .expectEvents(bokat(b -> b.inbjudna = barnet));
            Set<Deltagare> vardnadshavarna = new HashSet<>(Set.of(Deltagare.ANSVARIG_UTFORARE, Deltagare.VARDNADSHAVARE));
            given(startad())
                    .when(boka(new Bokning(FORSTA_MOTET, KLOCKAN, PLATS, vardnadshavarna, null)))
                    .expectEvents(bokat(b -> b.inbjudna = Set.of(Deltagare.ANSVARIG_UTFORARE, Deltagare.VARDNADSHAVARE)));
        }

        @Test
        void the_booking_answers_with_the_meeting_id() {
            given(startad())
                    .when(boka(bokning(FORSTA_MOTET)))
                    .expectResultMessagePayload("M1");
            given(forstaMotetHallet())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(ANDRA_MOTET.plusDays(1)), DAGEN_EFTER))
                    .expectResultMessagePayload("M2");
        }

        @Test
        void an_absurd_date_is_refused() {
            given(startad())
                    .when(boka(bokning(LocalDate.of(3000, 1, 1))))
                    .expectException(violates("datum", "DATUM_ORIMLIGT"));
        }

        @Test
        void without_a_kind_it_is_a_follow_up_meeting() {
            given(startad())
                    .when(new BokaMote(ID, null, bokning(FORSTA_MOTET), ANNA, BOKAT))
                    .expectEvents(bokatForsta());
        }
    }
}
