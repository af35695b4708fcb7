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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.platform.domain.Roll;

/**
 * The held follow-up meeting's outcome and the next meeting within 6–8 weeks.
 */
class UppfoljningMoteUtfallTest extends UppfoljningMoteTestBase {

    // ==== The outcome and the next meeting ==========================================================================

    @Nested
    @DisplayName("Utfall och nästa möte")
    class UtfallOchNastaMote {

        @Test
        void the_outcome_is_required() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.utfall = null).kommando())
                    .expectException(violates("utfall", "UTFALL_KRAVS"));
        }

        @Test
        void continuing_needs_the_next_meeting() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = null).kommando())
                    .expectException(violates("nastaMote", "NASTA_MOTE_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void adjusting_needs_the_next_meeting() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> {
                        m.utfall = Utfall.JUSTERA;
                        m.justering = Justering.INTENSITET;
                        m.nastaMote = null;
                    }).kommando())
                    .expectException(violates("nastaMote", "NASTA_MOTE_KRAVS"));
        }

        @Test
        void adjusting_says_what_is_adjusted() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.utfall = Utfall.JUSTERA).kommando())
                    .expectException(violates("justering", "JUSTERING_KRAVS"));
        }

        @ParameterizedTest
        @EnumSource(Justering.class)
        void adjusting_revises_the_implementation_plan(Justering justering) {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.utfall = Utfall.JUSTERA;
                x.justering = justering;
                x.genomforandeplanenRevideras = false;
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, true, true), m.nastaBokat("M2"));
        }

        @Test
        void an_adjustment_only_with_the_outcome_adjust() {
            for (Utfall utfall : new Utfall[] {Utfall.FORTSATTA, Utfall.AVSLUTA, Utfall.NY_UTREDNING}) {
                given(bokadMedSammanfattning())
                        .when(uppfoljningsmote(m -> {
                            m.utfall = utfall;
                            m.justering = Justering.INNEHALL;
                            m.utredningsgrund = utfall == Utfall.NY_UTREDNING ? Utredningsgrund.NYA_BEHOV : null;
                        }).kommando())
                        .expectException(violates("justering", "ENDAST_VID_JUSTERING"));
            }
        }

        @Test
        void a_new_investigation_needs_its_ground() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> {
                        m.utfall = Utfall.NY_UTREDNING;
                        m.nastaMote = null;
                    }).kommando())
                    .expectException(violates("utredningsgrund", "UTREDNINGSGRUND_KRAVS"));
        }

        @Test
        void a_ground_only_with_the_outcome_new_investigation() {
            for (Utfall utfall : new Utfall[] {Utfall.FORTSATTA, Utfall.JUSTERA, Utfall.AVSLUTA}) {
                given(bokadMedSammanfattning())
                        .when(uppfoljningsmote(m -> {
                            m.utfall = utfall;
                            m.justering = utfall == Utfall.JUSTERA ? Justering.INTENSITET : null;
                            m.utredningsgrund = Utredningsgrund.OKAD_RISK;
                        }).kommando())
                        .expectException(violates("utredningsgrund", "ENDAST_VID_NY_UTREDNING"));
            }
        }

        @ParameterizedTest
        @EnumSource(Utredningsgrund.class)
        void a_new_investigation_without_a_next_meeting_books_nothing(Utredningsgrund grund) {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.utfall = Utfall.NY_UTREDNING;
                x.utredningsgrund = grund;
                x.nastaMote = null;
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true));
        }

        @Test
        void a_new_investigation_may_book_the_next_follow_up_within_the_window() {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.utfall = Utfall.NY_UTREDNING;
                x.utredningsgrund = Utredningsgrund.ANSOKAN_FORTSATT_INSATS;
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(x -> {
                        x.utfall = Utfall.NY_UTREDNING;
                        x.utredningsgrund = Utredningsgrund.ANSOKAN_FORTSATT_INSATS;
                        x.nastaMote = bokning(FORSTA_MOTET.plusDays(60));
                    }).kommando())
                    .expectException(violates("nastaMote.datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void closing_without_a_next_meeting_books_nothing() {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.utfall = Utfall.AVSLUTA;
                x.nastaMote = null;
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true));
        }

        @Test
        void closing_with_a_next_meeting_books_the_closing_meeting_without_a_window() {
            // ten days later, no reason: the closing meeting has no window
            LocalDate datum = FORSTA_MOTET.plusDays(10);
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.utfall = Utfall.AVSLUTA;
                x.nastaMote = bokning(datum);
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true),
                            new UppfoljningsmoteBokat(ID, "M2", Motesslag.AVSLUTNING, false, datum, KLOCKAN, PLATS, INBJUDNA,
                                    null, null, null, null, false, Bokningskalla.UPPFOLJNINGSMOTE, "anna", MYNDIGHETSENHET,
                                    UTFORARENHET, FORSTA_REGISTRERAT))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void the_closing_meeting_booked_at_the_meeting_follows_the_booking_rules() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(x -> {
                        x.utfall = Utfall.AVSLUTA;
                        x.nastaMote = new Bokning(FORSTA_MOTET.plusDays(10), KLOCKAN, PLATS, Set.of(Deltagare.ANSVARIG_UTFORARE),
                                null);
                    }).kommando())
                    .expectException(violates("nastaMote.inbjudna", "FAMILJEN_BJUDS_IN"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(x -> {
                        x.utfall = Utfall.AVSLUTA;
                        x.nastaMote = bokning(FORSTA_MOTET);
                    }).kommando())
                    .expectException(violates("nastaMote.datum", "EFTER_MOTET_KRAVS"));
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {1, 14, 41, 42, 56})
        void the_next_meeting_any_day_up_to_8_weeks_after_this_one_is_within_the_window(int dag) {
            // "Fastställ datum … för nästa uppföljningsmöte senast inom 6 – 8 veckor": an upper bound, earlier needs no reason
            Uppfoljningsmote m = uppfoljningsmote(x -> x.nastaMote = bokning(FORSTA_MOTET.plusDays(dag)));
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), bokat(b -> {
                        b.moteId = "M2";
                        b.datum = FORSTA_MOTET.plusDays(dag);
                        b.referensdatum = FORSTA_MOTET;
                        b.dagarFranReferens = dag;
                        b.inomFonster = true;
                        b.kalla = Bokningskalla.UPPFOLJNINGSMOTE;
                        b.bokat = FORSTA_REGISTRERAT;
                    }));
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 90})
        void the_next_meeting_later_than_8_weeks_without_a_reason_is_refused(int dag) {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = bokning(FORSTA_MOTET.plusDays(dag))).kommando())
                    .expectException(violates("nastaMote.datum", "UTANFOR_6_8_VECKOR"))
                    .expectNoEvents();
        }

        @Test
        void the_next_meeting_outside_the_window_with_a_reason_is_booked_outside_it() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.nastaMote = bokning(FORSTA_MOTET.plusDays(57), SKAL_UTANFOR));
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), bokat(b -> {
                        b.moteId = "M2";
                        b.datum = FORSTA_MOTET.plusDays(57);
                        b.referensdatum = FORSTA_MOTET;
                        b.dagarFranReferens = 57;
                        b.inomFonster = false;
                        b.skalUtanforFonster = SKAL_UTANFOR;
                        b.kalla = Bokningskalla.UPPFOLJNINGSMOTE;
                        b.bokat = FORSTA_REGISTRERAT;
                    }));
        }

        @Test
        void the_next_meeting_is_after_this_one() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = bokning(FORSTA_MOTET, SKAL_UTANFOR)).kommando())
                    .expectException(violates("nastaMote.datum", "EFTER_MOTET_KRAVS"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = bokning(FORSTA_MOTET.minusDays(3), SKAL_UTANFOR)).kommando())
                    .expectException(violates("nastaMote.datum", "EFTER_MOTET_KRAVS"));
        }

        @Test
        void the_next_meeting_follows_the_booking_rules() {
            LocalDate d = ANDRA_MOTET;
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = new Bokning(null, KLOCKAN, PLATS, INBJUDNA, null)).kommando())
                    .expectException(violates("nastaMote.datum", "DATUM_KRAVS"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = new Bokning(d, KLOCKAN, " ", INBJUDNA, null)).kommando())
                    .expectException(violates("nastaMote.plats", "PLATS_KRAVS"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = new Bokning(d, KLOCKAN, PLATS, Set.of(Deltagare.BARNET), null))
                            .kommando())
                    .expectException(violates("nastaMote.inbjudna", "ANSVARIG_UTFORARE_BJUDS_IN"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = new Bokning(d, KLOCKAN, PLATS, Set.of(Deltagare.ANSVARIG_UTFORARE),
                            null)).kommando())
                    .expectException(violates("nastaMote.inbjudna", "FAMILJEN_BJUDS_IN"));
        }

        @Test
        void the_next_meeting_may_be_registered_after_its_date_when_the_meeting_is_registered_late() {
            // registered seven weeks late: the next meeting's date has passed, but it was booked at the meeting
            Instant sent = kl(FORSTA_MOTET.plusDays(49), 9, 0);
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.tidpunkt = sent;
                x.nastaMote = bokning(FORSTA_MOTET.plusDays(44));
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
        }
    }
}
