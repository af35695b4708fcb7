package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;

/**
 * The held follow-up meeting's preconditions: the performer's summary, the child's view, the participants and the
 * date.
 */
class UppfoljningMoteForutsattningarTest extends UppfoljningMoteTestBase {

    // ==== The performer's summary, the child, the participants, the date ============================================

    @Nested
    @DisplayName("Sammanfattning, barnet, deltagare och datum")
    class Forutsattningar {

        @ParameterizedTest(name = "skäl [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void without_the_performers_summary_a_reason_is_required(String skal) {
            given(bokad())
                    .when(uppfoljningsmote(m -> m.skalUtanSammanfattning = skal).kommando())
                    .expectException(violates("skalUtanSammanfattning", "SAMMANFATTNING_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void without_the_performers_summary_but_with_a_reason_it_is_recorded() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.skalUtanSammanfattning = "Ulla var sjukskriven veckan före mötet.");
            given(bokad())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, false), m.nastaBokat("M2"));
        }

        @Test
        void with_the_summary_a_reason_for_its_absence_is_dropped() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.skalUtanSammanfattning = "Onödigt skäl.");
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(new Uppfoljningsmote().genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
        }

        @Test
        void the_child_not_taking_part_needs_a_reason() {
            Set<Deltagare> utanBarnet = Set.of(Deltagare.VARDNADSHAVARE, Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE);
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.deltagare = utanBarnet).kommando())
                    .expectException(violates("skalBarnetDeltogEj", "SKAL_KRAVS"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> {
                        m.deltagare = utanBarnet;
                        m.skalBarnetDeltogEj = " ";
                    }).kommando())
                    .expectException(violates("skalBarnetDeltogEj", "SKAL_KRAVS"));
        }

        @Test
        void the_child_not_taking_part_with_a_reason_is_recorded() {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.deltagare = Set.of(Deltagare.VARDNADSHAVARE, Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE);
                x.skalBarnetDeltogEj = SKAL;
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
        }

        @Test
        void the_child_taking_part_drops_a_reason_for_not_taking_part() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.skalBarnetDeltogEj = SKAL);
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(new Uppfoljningsmote().genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
        }

        @ParameterizedTest(name = "uppfattning [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void the_childs_view_is_required(String uppfattning) {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.barnetsUppfattning = uppfattning).kommando())
                    .expectException(violates("barnetsUppfattning", "UPPFATTNING_KRAVS"));
        }

        @Test
        void the_participants_are_required() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.deltagare = null).kommando())
                    .expectException(violates("deltagare", "DELTAGARE_KRAVS"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.deltagare = Set.of()).kommando())
                    .expectException(violates("deltagare", "DELTAGARE_KRAVS"));
        }

        @Test
        void the_social_secretary_leads_the_meeting() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.deltagare = Set.of(Deltagare.BARNET, Deltagare.VARDNADSHAVARE,
                            Deltagare.ANSVARIG_UTFORARE)).kommando())
                    .expectException(violates("deltagare", "SOCIALSEKRETERAREN_LEDER"));
        }

        @Test
        void other_relatives_an_interpreter_and_others_may_take_part() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.deltagare = Set.of(Deltagare.values()));
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
        }

        @Test
        void the_date_is_required() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.datum = null).kommando())
                    .expectException(violates("datum", "DATUM_KRAVS"));
        }

        @Test
        void a_meeting_is_registered_once_it_was_held() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.datum = FORSTA_MOTET.plusDays(1)).kommando())
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void today_is_stockholm_time() {
            // 00:30 in Stockholm is still the previous day in UTC
            Uppfoljningsmote m = uppfoljningsmote(x -> x.tidpunkt = kl(FORSTA_MOTET, 0, 30));
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
        }

        @Test
        void a_meeting_is_not_held_before_the_start() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.datum = START.minusDays(1)).kommando())
                    .expectException(violates("datum", "FORE_START"));
        }

        @Test
        void a_meeting_is_not_held_before_the_previous_meeting() {
            given(forstaMotetHallet())
                    .when(uppfoljningsmote(m -> {
                        m.datum = FORSTA_MOTET.minusDays(1);
                        m.tidpunkt = ANDRA_REGISTRERAT;
                        m.skalUtanSammanfattning = "Ingen sammanfattning.";
                    }).kommando())
                    .expectException(violates("datum", "FORE_FOREGAENDE_MOTE"));
        }

        @Test
        void the_previous_meeting_registered_again_on_its_day_is_a_conflict_not_a_second_meeting() {
            // e.g. the same registration sent twice: it would otherwise be taken as the next booked meeting, held that day
            given(forstaMotetHallet())
                    .when(uppfoljningsmote(m -> {
                        m.tidpunkt = FORSTA_REGISTRERAT.plusSeconds(5);
                        m.skalUtanSammanfattning = "Ingen sammanfattning.";
                    }).kommando())
                    .expectException(conflicts("MOTE_REDAN_REGISTRERAT"))
                    .expectNoEvents();
        }
    }
}
