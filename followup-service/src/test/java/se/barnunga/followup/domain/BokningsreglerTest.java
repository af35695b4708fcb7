package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.barnunga.followup.domain.Varden.Bokning;

/** The booking rules as pure functions, without an aggregate: each function passes a good booking and names the broken rule. */
class BokningsreglerTest {

    private static final LocalDate IDAG = START.plusDays(3);

    @Test
    void a_complete_booking_passes() {
        assertDoesNotThrow(() -> Bokningsregler.bokningen(bokning(FORSTA_MOTET), "", IDAG));
    }

    @Test
    void a_booking_needs_a_date_named_with_the_prefix() {
        assertViolates(() -> Bokningsregler.bokningen(null, "nastaMote.", null), "nastaMote.datum", "DATUM_KRAVS");
        assertViolates(() -> Bokningsregler.bokningen(bokning(null), "", IDAG), "datum", "DATUM_KRAVS");
    }

    @Test
    void a_booking_is_not_made_back_in_time_unless_made_at_a_meeting_registered_afterwards() {
        assertViolates(() -> Bokningsregler.bokningen(bokning(IDAG.minusDays(1)), "", IDAG), "datum", "DATUM_PASSERAT");
        assertDoesNotThrow(() -> Bokningsregler.bokningen(bokning(IDAG.minusDays(1)), "nastaMote.", null));
    }

    @Test
    void a_booking_needs_a_sane_date_a_place_the_performer_and_the_family() {
        assertViolates(() -> Bokningsregler.bokningen(bokning(LocalDate.of(2301, 1, 1)), "", IDAG), "datum", "DATUM_ORIMLIGT");
        assertViolates(() -> Bokningsregler.bokningen(
                new Bokning(FORSTA_MOTET, KLOCKAN, " ", INBJUDNA, null), "", IDAG), "plats", "PLATS_KRAVS");
        assertViolates(() -> Bokningsregler.bokningen(
                new Bokning(FORSTA_MOTET, KLOCKAN, PLATS, Set.of(Deltagare.BARNET), null), "", IDAG), "inbjudna", "ANSVARIG_UTFORARE_BJUDS_IN");
        assertViolates(() -> Bokningsregler.bokningen(
                new Bokning(FORSTA_MOTET, KLOCKAN, PLATS, Set.of(Deltagare.ANSVARIG_UTFORARE), null), "nastaMote.", null), "nastaMote.inbjudna", "FAMILJEN_BJUDS_IN");
    }

    @Test
    void an_ordinary_follow_up_within_8_weeks_of_the_reference_date_passes() {
        assertDoesNotThrow(() -> Bokningsregler.fonster(START, bokning(START.plusDays(Uppfoljning.ATTA_VECKOR)), "", true));
        assertDoesNotThrow(() -> Bokningsregler.fonster(START, bokning(START.plusDays(70), SKAL_UTANFOR), "", true));
    }

    @Test
    void an_ordinary_follow_up_on_the_reference_date_or_later_than_8_weeks_without_a_reason_is_refused() {
        assertViolates(() -> Bokningsregler.fonster(START, bokning(START), "", true), "datum", "FORE_START");
        assertViolates(() -> Bokningsregler.fonster(FORSTA_MOTET, bokning(FORSTA_MOTET), "", false), "datum", "EFTER_MOTET_KRAVS");
        assertViolates(() -> Bokningsregler.fonster(START, bokning(START.plusDays(57)), "", true), "datum", "UTANFOR_6_8_VECKOR");
    }

    @Test
    void the_next_meeting_booked_at_a_meeting_is_after_it_and_a_follow_up_within_the_window() {
        assertDoesNotThrow(() -> Bokningsregler.nastaMote(bokning(ANDRA_MOTET), Motesslag.UPPFOLJNING, FORSTA_MOTET));
        assertDoesNotThrow(() -> Bokningsregler.nastaMote(bokning(FORSTA_MOTET.plusDays(90)), Motesslag.AVSLUTNING, FORSTA_MOTET));
        assertViolates(() -> Bokningsregler.nastaMote(
                new Bokning(ANDRA_MOTET, KLOCKAN, null, INBJUDNA, null), Motesslag.UPPFOLJNING, FORSTA_MOTET), "nastaMote.plats", "PLATS_KRAVS");
        assertViolates(() -> Bokningsregler.nastaMote(bokning(FORSTA_MOTET),
                Motesslag.AVSLUTNING, FORSTA_MOTET), "nastaMote.datum", "EFTER_MOTET_KRAVS");
        assertViolates(() -> Bokningsregler.nastaMote(bokning(FORSTA_MOTET.plusDays(57)),
                Motesslag.UPPFOLJNING, FORSTA_MOTET), "nastaMote.datum", "UTANFOR_6_8_VECKOR");
    }

    @Test
    void the_window_is_from_the_day_after_up_to_56_days() {
        assertFalse(Bokningsregler.inomFonster(START, START));
        assertTrue(Bokningsregler.inomFonster(START, START.plusDays(1)));
        assertTrue(Bokningsregler.inomFonster(START, START.plusDays(56)));
        assertFalse(Bokningsregler.inomFonster(START, START.plusDays(57)));
    }

    @Test
    void days_from_the_reference_date_are_null_without_one() {
        assertEquals(44, Bokningsregler.dagar(START, START.plusDays(44)));
        assertNull(Bokningsregler.dagar(null, START));
    }
}
