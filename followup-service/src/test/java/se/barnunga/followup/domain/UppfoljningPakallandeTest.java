package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
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
 * Calling for an extra meeting ({@code PakallaUppfoljningsmote}), and the closing meeting and what remains after
 * the intervention closed.
 */
class UppfoljningPakallandeTest extends UppfoljningBokningTestBase {

    // ==== Calling for an extra meeting ==============================================================================

    @Nested
    @DisplayName("Påkalla uppföljningsmöte")
    class Pakalla {

        @Test
        void the_social_secretary_calls_for_a_meeting() {
            given(startad())
                    .when(pakalla(ANNA))
                    .expectEvents(pakallat(ANNA, Roll.SOCIALSEKRETERARE))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void the_responsible_performer_calls_for_a_meeting() {
            given(bokad())
                    .when(pakalla(ULLA))
                    .expectEvents(pakallat(ULLA, Roll.UTFORARE))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @ParameterizedTest(name = "skäl [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void a_reason_is_required(String skal) {
            given(startad())
                    .when(new PakallaUppfoljningsmote(ID, skal, ULLA, PAKALLAT))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void no_one_else_calls_for_a_meeting() {
            for (Actor actor : new Actor[] {KALLE, ULLA_PA_ANNAN_ENHET, ULLA_SOM_METODHANDLEDARE, MIKAEL,
                    SARA_PA_ANNAN_ENHET, CHEFEN}) {
                given(startad())
                        .when(pakalla(actor))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void a_performer_without_a_known_responsible_performer_is_a_conflict() {
            given(uppdragKant(), verkstalld())
                    .when(pakalla(ULLA))
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"));
        }

        @Test
        void not_started_is_a_conflict() {
            given(uppdragKant(), ansvarigKand())
                    .when(pakalla(ANNA))
                    .expectException(conflicts("INSATSEN_EJ_VERKSTALLD"));
        }

        @Test
        void after_the_intervention_closed_no_meeting_is_called_for() {
            given(startad(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(pakalla(ULLA))
                    .expectException(conflicts("INSATSEN_AVSLUTAD"));
            given(startad(), slutKant(Avslutsorsak.BESLUT_ATERKALLAT))
                    .when(pakalla(ANNA))
                    .expectException(conflicts("BESLUTET_ATERKALLAT"));
        }

        @Test
        void after_a_call_the_booking_is_extra_without_a_window() {
            // 10 days after the start, no reason: an extra meeting has no window
            LocalDate datum = START.plusDays(10);
            given(startad(), pakallat(ULLA, Roll.UTFORARE))
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum), PAKALLAT))
                    .expectEvents(extraBokat("M1", datum, false, PAKALLAT))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void an_extra_meeting_drops_a_reason_for_the_window() {
            LocalDate datum = START.plusDays(10);
            given(startad(), pakallat(ANNA, Roll.SOCIALSEKRETERARE))
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum, SKAL_UTANFOR), PAKALLAT))
                    .expectEvents(extraBokat("M1", datum, false, PAKALLAT));
        }

        @Test
        void re_booking_an_extra_meeting_keeps_it_extra() {
            LocalDate datum = START.plusDays(10);
            Instant senare = PAKALLAT.plusSeconds(3600);
            given(startad(), pakallat(ANNA, Roll.SOCIALSEKRETERARE), extraBokat("M1", datum, false, PAKALLAT))
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum.plusDays(2)), senare))
                    .expectEvents(extraBokat("M1", datum.plusDays(2), true, senare));
        }

        @Test
        void the_extra_booking_answers_the_call() {
            // the extra M1 was turned into the closing meeting: a follow-up booked now is ordinary again
            LocalDate datum = START.plusDays(10);
            given(startad(), pakallat(ANNA, Roll.SOCIALSEKRETERARE), extraBokat("M1", datum, false, PAKALLAT),
                    bokat(b -> {
                        b.slag = Motesslag.AVSLUTNING;
                        b.datum = datum;
                        b.referensdatum = null;
                        b.dagarFranReferens = null;
                        b.inomFonster = null;
                        b.ombokning = true;
                        b.bokat = PAKALLAT;
                    }))
                    .when(boka(Motesslag.UPPFOLJNING, bokning(START.plusDays(60)), PAKALLAT))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void the_closing_meeting_is_never_extra() {
            LocalDate datum = START.plusDays(10);
            given(startad(), pakallat(ANNA, Roll.SOCIALSEKRETERARE))
                    .when(boka(Motesslag.AVSLUTNING, bokning(datum), PAKALLAT))
                    .expectEvents(bokat(b -> {
                        b.slag = Motesslag.AVSLUTNING;
                        b.datum = datum;
                        b.referensdatum = null;
                        b.dagarFranReferens = null;
                        b.inomFonster = null;
                        b.bokat = PAKALLAT;
                    }));
        }
    }

    // ==== The closing meeting, and after the intervention ended =====================================================

    @Nested
    @DisplayName("Avslutningsmöte och avslutad insats")
    class Avslutad {

        private final Instant efterAvslut = kl(FORSTA_MOTET.plusDays(2), 9, 0);

        private UppfoljningsmoteBokat avslutningsmoteBokat(String moteId, LocalDate datum, boolean ombokning, Instant t) {
            return bokat(b -> {
                b.moteId = moteId;
                b.slag = Motesslag.AVSLUTNING;
                b.datum = datum;
                b.referensdatum = null;
                b.dagarFranReferens = null;
                b.inomFonster = null;
                b.ombokning = ombokning;
                b.bokat = t;
            });
        }

        @Test
        void the_closing_meeting_has_no_window() {
            LocalDate datum = START.plusDays(10);
            given(startad())
                    .when(boka(Motesslag.AVSLUTNING, bokning(datum), BOKAT))
                    .expectEvents(avslutningsmoteBokat("M1", datum, false, BOKAT))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void the_closing_meeting_follows_the_booking_rules() {
            given(startad())
                    .when(boka(Motesslag.AVSLUTNING, new Bokning(START.plusDays(10), KLOCKAN, PLATS,
                            Set.of(Deltagare.BARNET), null), BOKAT))
                    .expectException(violates("inbjudna", "ANSVARIG_UTFORARE_BJUDS_IN"));
            given(startad())
                    .when(boka(Motesslag.AVSLUTNING, bokning(START.plusDays(2)), BOKAT))
                    .expectException(violates("datum", "DATUM_PASSERAT"));
        }

        @Test
        void after_insats_avslutad_no_follow_up_meeting_is_booked() {
            given(bokad(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(boka(Motesslag.UPPFOLJNING, bokning(FORSTA_MOTET.plusDays(20), SKAL_UTANFOR), efterAvslut))
                    .expectException(conflicts("INSATSEN_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void after_insats_avslutad_the_closing_meeting_can_still_be_booked() {
            LocalDate datum = FORSTA_MOTET.plusDays(20);
            given(startad(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(boka(Motesslag.AVSLUTNING, bokning(datum), efterAvslut))
                    .expectEvents(avslutningsmoteBokat("M1", datum, false, efterAvslut));
        }

        @Test
        void after_insats_avslutad_the_booked_follow_up_is_dropped_and_the_closing_meeting_gets_a_new_id() {
            LocalDate datum = FORSTA_MOTET.plusDays(20);
            given(bokad(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(boka(Motesslag.AVSLUTNING, bokning(datum), efterAvslut))
                    .expectEvents(avslutningsmoteBokat("M2", datum, false, efterAvslut));
        }

        @Test
        void re_booking_the_closing_meeting_keeps_its_id() {
            LocalDate datum = FORSTA_MOTET.plusDays(20);
            given(startad(), slutKant(Avslutsorsak.INSATS_AVSLUTAD), avslutningsmoteBokat("M1", datum, false, efterAvslut))
                    .when(boka(Motesslag.AVSLUTNING, bokning(datum.plusDays(5)), efterAvslut))
                    .expectEvents(avslutningsmoteBokat("M1", datum.plusDays(5), true, efterAvslut));
        }

        @Test
        void after_beslut_aterkallat_nothing_is_booked() {
            for (Motesslag slag : Motesslag.values()) {
                given(bokad(), slutKant(Avslutsorsak.BESLUT_ATERKALLAT))
                        .when(boka(slag, bokning(FORSTA_MOTET.plusDays(20), SKAL_UTANFOR), efterAvslut))
                        .expectException(conflicts("BESLUTET_ATERKALLAT"))
                        .expectNoEvents();
            }
        }
    }
}
