package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.concern.domain.Handelser.OroLamnad;
import se.barnunga.concern.domain.Varden.Informering;
import se.barnunga.platform.domain.Roll;

/**
 * The deviations recorded at submission: a report is never refused for what the routine forbids or requires.
 */
class OroAvvikelserTest extends OroLamnaTestBase {

    // ==== Deviations at submission ===================================================================================

    @Nested
    @DisplayName("Avvikelser vid lämnandet")
    class Avvikelser {

        private final Instant femtonarsdagenTidigt = Instant.parse("2026-03-09T23:30:00Z"); // 2026-03-10 00:30 Stockholm
        /** The field a deviation for not telling names: the reason that is missing. */
        private static final String SKAL_SAKNAS = "skalAttInteInformera";

        /** The standard concern with a change, expected as OroLamnad at Anna's. */
        private OroLamnad lamnad(Anmalan a) {
            return a.lamnad(TILL_ANNA, Dirigeringsgrund.ANSVARIG_SOCIALSEKRETERARE, KVITTERA_SENAST, FRISTER_SKRIFTLIG);
        }

        @Test
        void abuse_and_guardians_told_is_recorded_and_the_report_still_accepted() {
            Anmalan a = anmalan(x -> x.omValdEllerOvergrepp = true);
            // Regression guard (a bug found with these tests, since fixed in Oro): the deviations registered while
            // submitting carried oroId null and avvikelseId(null, typ), because the creating constructor read the field
            // oroId, which Axon sets only after the constructor returns.
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a),
                            avvikelse(Avvikelsetyp.VARDNADSHAVARE_INFORMERADE_VID_MISSTANKT_OVERGREPP, UTFORARENHET, INKOM,
                                    "vardnadshavareInformerade"));
        }

        @Test
        void guardians_not_told_without_reason_is_recorded() {
            Anmalan a = anmalan(x -> x.informering = Informering.vardnadshavarna(false, null, null));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a), avvikelse(Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL, UTFORARENHET, INKOM, SKAL_SAKNAS))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void a_child_of_15_on_the_15th_birthday_not_told_without_reason_is_recorded() {
            Anmalan a = anmalan(x -> {
                x.barn = barnFodd(LocalDate.of(2011, 3, 10));
                x.informering = Informering.vardnadshavarna(true, false, null);
                x.inkom = femtonarsdagenTidigt;
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a),
                            avvikelse(Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL, UTFORARENHET, femtonarsdagenTidigt, SKAL_SAKNAS));
        }

        @Test
        void a_child_of_15_whose_telling_is_not_stated_counts_as_not_told() {
            Anmalan a = anmalan(x -> x.barn = barnFodd(LocalDate.of(2010, 1, 1)));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a), avvikelse(Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL, UTFORARENHET, INKOM, SKAL_SAKNAS));
        }

        @Test
        void no_information_at_all_counts_as_guardians_not_told() {
            Anmalan a = anmalan(x -> x.informering = null);
            Anmalan forvantad = anmalan(x -> x.informering = Informering.vardnadshavarna(false, null, null));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(forvantad), avvikelse(Avvikelsetyp.INTE_INFORMERAT_UTAN_SKAL, UTFORARENHET, INKOM, SKAL_SAKNAS));
        }

        @Test
        void the_day_before_the_15th_birthday_the_child_not_told_is_no_deviation() {
            Anmalan a = anmalan(x -> {
                x.barn = barnFodd(LocalDate.of(2011, 3, 11));
                x.informering = Informering.vardnadshavarna(true, false, null);
                x.inkom = Instant.parse("2026-03-10T22:30:00Z"); // 23:30 Stockholm on 03-10, the day before the birthday
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void a_child_of_15_who_was_told_is_no_deviation() {
            Anmalan a = anmalan(x -> {
                x.barn = barnFodd(LocalDate.of(2011, 3, 10));
                x.informering = Informering.vardnadshavarna(true, true, null);
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void a_child_of_15_not_told_with_a_reason_is_no_deviation() {
            Anmalan a = anmalan(x -> {
                x.barn = barnFodd(LocalDate.of(2011, 3, 10));
                x.informering = Informering.vardnadshavarna(true, false, "Barnet är på läger och kunde inte nås.");
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void a_child_under_15_not_told_is_no_deviation() {
            Anmalan a = anmalan(x -> x.informering = Informering.vardnadshavarna(true, false, null));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void guardians_not_told_with_a_reason_is_no_deviation() {
            Anmalan a = anmalan(x -> x.informering = Informering.vardnadshavarna(false, null, "Vårdnadshavarna kunde inte nås i dag."));
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }

        @Test
        void abuse_and_guardians_not_told_is_no_deviation() {
            Anmalan a = anmalan(x -> {
                x.omValdEllerOvergrepp = true;
                x.informering = Informering.vardnadshavarna(false, false, null);
                x.barn = barnFodd(LocalDate.of(2010, 1, 1));
            });
            fixture.givenNoPriorActivity()
                    .when(a.kommando())
                    .expectEvents(lamnad(a));
        }
    }
}
