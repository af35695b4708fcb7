package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.testing.TestClock;

/**
 * Where a concern is routed, with the clock moved over office hours, weekends and holidays.
 */
class OroDirigeringTest extends OroLamnaTestBase {

    // ==== Routing, with the clock moved ==============================================================================

    @Nested
    @DisplayName("Dirigering")
    class Dirigering {

        /** Moves the test clock to the Stockholm time and returns "now" for the command's {@code inkom}. */
        private Instant klockan(String lokalTid) {
            TestClock.set(LocalDateTime.parse(lokalTid).atZone(STOCKHOLM));
            return TestClock.now();
        }

        private void dirigeras(Anmalan a, Mottagare till, Dirigeringsgrund grund, Instant kvitteraSenast, LocalDate dag) {
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(a.lamnad(till, grund, kvitteraSenast, fristerSkriftlig(dag)));
        }

        private Anmalan akut(Instant inkom) {
            return anmalan(x -> {
                x.akut = true;
                x.inkom = inkom;
            });
        }

        private Anmalan inteAkut(Instant inkom) {
            return anmalan(x -> x.inkom = inkom);
        }

        @Test
        void acute_at_1659_on_a_weekday_goes_to_the_responsible_secretary() {
            Instant inkom = klockan("2026-03-10T16:59");
            dirigeras(akut(inkom), TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 3, 10));
        }

        @Test
        void acute_at_1701_on_a_weekday_goes_to_socialjouren_even_with_a_known_secretary() {
            Instant inkom = klockan("2026-03-10T17:01");
            dirigeras(akut(inkom), TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 3, 10));
        }

        @Test
        void acute_at_1701_without_a_secretary_goes_to_socialjouren() {
            Instant inkom = klockan("2026-03-10T17:01");
            Anmalan a = anmalan(x -> {
                x.akut = true;
                x.inkom = inkom;
                x.uppdragId = null;
                x.relation = null;
                x.ansvarig = null;
            });
            dirigeras(a, TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 3, 10));
        }

        @Test
        void acute_at_0759_in_the_morning_goes_to_socialjouren() {
            Instant inkom = klockan("2026-03-11T07:59");
            dirigeras(akut(inkom), TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 3, 11));
        }

        @Test
        void not_acute_at_1659_goes_to_the_secretary_to_acknowledge_by_1700_the_next_working_day() {
            Instant inkom = klockan("2026-03-10T16:59");
            dirigeras(inteAkut(inkom), TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-03-11T16:00:00Z"), LocalDate.of(2026, 3, 10));
        }

        @Test
        void not_acute_at_1701_still_goes_to_the_secretary() {
            Instant inkom = klockan("2026-03-10T17:01");
            dirigeras(inteAkut(inkom), TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-03-11T16:00:00Z"), LocalDate.of(2026, 3, 10));
        }

        @Test
        void not_acute_at_1701_without_a_secretary_goes_to_the_mottagning() {
            Instant inkom = klockan("2026-03-10T17:01");
            Anmalan a = anmalan(x -> {
                x.inkom = inkom;
                x.uppdragId = null;
                x.relation = null;
                x.ansvarig = null;
            });
            dirigeras(a, TILL_MOTTAGNINGEN, Dirigeringsgrund.INGEN_ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-03-11T16:00:00Z"), LocalDate.of(2026, 3, 10));
        }

        @Test
        void acute_on_a_friday_at_1701_goes_to_socialjouren_and_not_acute_waits_for_monday() {
            Instant inkom = klockan("2026-03-13T17:01");
            dirigeras(akut(inkom), TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 3, 13));
            dirigeras(inteAkut(inkom), TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-03-16T16:00:00Z"), LocalDate.of(2026, 3, 13));
        }

        @Test
        void acute_on_a_saturday_at_midday_goes_to_socialjouren() {
            Instant inkom = klockan("2026-03-14T12:00");
            dirigeras(akut(inkom), TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 3, 14));
        }

        @Test
        void not_acute_on_a_saturday_goes_to_the_secretary_to_acknowledge_by_monday_1700() {
            Instant inkom = klockan("2026-03-14T12:00");
            dirigeras(inteAkut(inkom), TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-03-16T16:00:00Z"), LocalDate.of(2026, 3, 14));
        }

        @Test
        void acute_on_midsommarafton_at_1000_goes_to_socialjouren() {
            Instant inkom = klockan("2026-06-19T10:00");
            dirigeras(akut(inkom), TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 6, 19));
        }

        @Test
        void acute_the_day_before_midsommarafton_at_1000_goes_to_the_secretary() {
            Instant inkom = klockan("2026-06-18T10:00");
            dirigeras(akut(inkom), TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 6, 18));
        }

        @Test
        void not_acute_on_midsommarafton_goes_to_the_secretary_to_acknowledge_by_monday_1700() {
            Instant inkom = klockan("2026-06-19T10:00");
            // Monday 2026-06-22 17:00 CEST
            dirigeras(inteAkut(inkom), TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-06-22T15:00:00Z"), LocalDate.of(2026, 6, 19));
        }

        @Test
        void acute_on_the_first_of_may_goes_to_socialjouren() {
            Instant inkom = klockan("2026-05-01T10:00");
            dirigeras(akut(inkom), TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 5, 1));
        }

        @Test
        void acute_on_ascension_day_goes_to_socialjouren_and_not_acute_waits_for_the_next_working_day() {
            Instant inkom = klockan("2026-05-14T10:00");
            dirigeras(akut(inkom), TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 5, 14));
            // Friday 2026-05-15 (the "klämdag") is a working day: 17:00 CEST
            dirigeras(inteAkut(inkom), TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-05-15T15:00:00Z"), LocalDate.of(2026, 5, 14));
        }

        @Test
        void an_absent_secretary_sends_it_to_the_mottagning() {
            Instant inkom = klockan("2026-03-10T10:00");
            Anmalan a = anmalan(x -> {
                x.inkom = inkom;
                x.ansvarigFranvarande = true;
            });
            dirigeras(a, TILL_MOTTAGNINGEN, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE,
                    Instant.parse("2026-03-11T16:00:00Z"), LocalDate.of(2026, 3, 10));
        }

        @Test
        void acute_with_an_absent_secretary_during_office_hours_goes_to_the_mottagning() {
            Instant inkom = klockan("2026-03-10T16:59");
            Anmalan a = anmalan(x -> {
                x.akut = true;
                x.inkom = inkom;
                x.ansvarigFranvarande = true;
            });
            dirigeras(a, TILL_MOTTAGNINGEN, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE_FRANVARANDE,
                    inkom.plus(Duration.ofMinutes(30)), LocalDate.of(2026, 3, 10));
        }

        @Test
        void acute_with_an_absent_secretary_outside_office_hours_goes_to_socialjouren() {
            Instant inkom = klockan("2026-03-10T17:01");
            Anmalan a = anmalan(x -> {
                x.akut = true;
                x.inkom = inkom;
                x.ansvarigFranvarande = true;
            });
            dirigeras(a, TILL_JOUREN, Dirigeringsgrund.AKUT_UTANFOR_KONTORSTID, inkom.plus(Duration.ofMinutes(30)),
                    LocalDate.of(2026, 3, 10));
        }

        @Test
        void no_known_secretary_sends_it_to_the_mottagning() {
            Instant inkom = klockan("2026-03-10T10:00");
            Anmalan a = anmalan(x -> {
                x.inkom = inkom;
                x.uppdragId = null;
                x.relation = null;
                x.ansvarig = null;
            });
            dirigeras(a, TILL_MOTTAGNINGEN, Dirigeringsgrund.INGEN_ANSVARIG_SOCIALSEKRETERARE,
                    Instant.parse("2026-03-11T16:00:00Z"), LocalDate.of(2026, 3, 10));
        }
    }
}
