package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.concern.domain.Handelser.OroLamnad;
import se.barnunga.concern.domain.Varden.Frister;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Passing on a concern ({@code LamnaOro}): who may, and the deadlines fixed at submission.
 */
class OroLamnaTest extends OroLamnaTestBase {

    // ==== Who may pass on a concern ================================================================================

    @Nested
    @DisplayName("Vem får lämna oro")
    class Behorighet {

        @Test
        void the_standard_concern_is_accepted_and_carries_who_reported_it() {
            Anmalan a = new Anmalan();
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST,
                            FRISTER_SKRIFTLIG))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @ParameterizedTest
        @EnumSource(value = Roll.class, names = {"SOCIALSEKRETERARE", "METODHANDLEDARE", "UTFORARE", "MOTTAGNING",
                "SOCIALJOUR", "ENHETSCHEF"})
        void every_staff_role_may_pass_on_a_concern(Roll roll) {
            Actor personal = Actor.of("p-" + roll.claim(), "ENH-" + roll.claim(), roll);
            Anmalan a = anmalan(x -> {
                x.actor = personal;
                x.lamnarRoll = roll.claim();
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST,
                            FRISTER_SKRIFTLIG))
                    .expectEventsMatching(allaUtfordaAv(personal, roll));
        }

        @ParameterizedTest
        @EnumSource(value = Roll.class, names = {"RAPPORTOR", "DRIFT", "SYSTEM"})
        void roles_outside_the_staff_may_not(Roll roll) {
            Anmalan a = anmalan(x -> x.actor = Actor.of("x", "ENH-X", roll));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void the_relation_is_dropped_without_an_assignment() {
            Anmalan a = anmalan(x -> {
                x.uppdragId = null;
                x.ansvarig = null;
                x.relation = Relation.SYSKON;
            });
            Anmalan forvantad = anmalan(x -> {
                x.uppdragId = null;
                x.ansvarig = null;
                x.relation = null;
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(forvantad.lamnad(TILL_MOTTAGNINGEN, Dirigeringsgrund.INGEN_ANSVARIG_SOCIALSEKRETERARE,
                            KVITTERA_SENAST, FRISTER_SKRIFTLIG));
        }

        @Test
        void the_relation_is_kept_with_an_assignment_and_missing_links_become_an_empty_list() {
            Anmalan a = anmalan(x -> {
                x.relation = Relation.SYSKON;
                x.lankadeOroIds = null;
            });
            Anmalan forvantad = anmalan(x -> x.relation = Relation.SYSKON);
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(forvantad.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST,
                            FRISTER_SKRIFTLIG));
        }

        @Test
        void linked_concerns_of_the_same_report_are_kept() {
            Anmalan a = anmalan(x -> x.lankadeOroIds = List.of("oro-4712", "oro-4713"));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST,
                            FRISTER_SKRIFTLIG));
        }
    }

    // ==== Deadlines fixed at submission ==============================================================================

    @Nested
    @DisplayName("Frister")
    class Fristerna {

        @Test
        void oral_on_maundy_thursday_must_be_confirmed_by_the_end_of_the_tuesday_after_easter() {
            Anmalan a = anmalan(x -> {
                x.form = Form.MUNTLIG;
                x.inkom = Instant.parse("2026-04-02T08:00:00Z"); // Thursday 10:00 CEST
            });
            Frister frister = new Frister(
                    Instant.parse("2026-04-02T22:00:00Z"), // end of Thursday 04-02
                    Instant.parse("2026-04-07T22:00:00Z"), // end of Tuesday 04-07 (Good Friday, Easter, Easter Monday off)
                    Instant.parse("2026-04-09T22:00:00Z"), // end of 04-09
                    Instant.parse("2026-04-16T22:00:00Z")); // end of 04-16
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                            Instant.parse("2026-04-07T15:00:00Z"), frister));
        }

        @Test
        void oral_on_a_friday_must_be_confirmed_by_the_end_of_monday() {
            Anmalan a = anmalan(x -> {
                x.form = Form.MUNTLIG;
                x.inkom = Instant.parse("2026-03-13T09:00:00Z"); // Friday 10:00 CET
            });
            Frister frister = new Frister(
                    Instant.parse("2026-03-13T23:00:00Z"),
                    Instant.parse("2026-03-16T23:00:00Z"), // end of Monday 03-16
                    Instant.parse("2026-03-20T23:00:00Z"),
                    Instant.parse("2026-03-27T23:00:00Z"));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                            Instant.parse("2026-03-16T16:00:00Z"), frister));
        }

        @Test
        void oral_on_a_tuesday_must_be_confirmed_by_the_end_of_wednesday() {
            Anmalan a = anmalan(x -> x.form = Form.MUNTLIG);
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(muntligtTillAnna());
        }

        @Test
        void a_written_report_has_no_confirmation_deadline() {
            fixture.givenNoPriorActivity()
                    .when(new Anmalan().kommando())
                    .expectEvents(new OroLamnad(ID, ANMALAN_ID, List.of(), BARN, UPPDRAG_ID, Relation.ARENDETS_BARN, false,
                            Form.SKRIFTLIG, false, List.of(), INFORMERADE, true, BESKRIVNING,
                            new Varden.Uppgiftslamnare("ulla", "utforare", UTFORARENHET, "Ulla Lind", "070-111 22 33"),
                            INKOM, TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                            Instant.parse("2026-03-11T16:00:00Z"),
                            new Frister(Instant.parse("2026-03-10T23:00:00Z"), null, Instant.parse("2026-03-17T23:00:00Z"),
                                    Instant.parse("2026-03-24T23:00:00Z"))));
        }

        @Test
        void an_acute_concern_must_be_acknowledged_within_the_acute_time() {
            Anmalan a = anmalan(x -> x.akut = true);
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                            Instant.parse("2026-03-10T09:30:00Z"), FRISTER_SKRIFTLIG));
        }

        @Test
        void the_days_end_at_midnight_stockholm_time_across_the_change_to_summer_time() {
            Anmalan a = anmalan(x -> x.inkom = Instant.parse("2026-03-20T09:00:00Z")); // Friday 10:00 CET
            Frister frister = new Frister(
                    Instant.parse("2026-03-20T23:00:00Z"), // CET
                    null,
                    Instant.parse("2026-03-27T23:00:00Z"), // CET: end of 03-27, before the change on 03-29
                    Instant.parse("2026-04-03T22:00:00Z")); // CEST: end of 04-03
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE,
                            Instant.parse("2026-03-23T16:00:00Z"), frister));
        }
    }
}
