package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Malbedomning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The held follow-up meeting ({@code RegistreraUppfoljning}): who registers it and when, and the ratings of every
 * goal on the BBIC scale.
 */
class UppfoljningMoteTest extends UppfoljningMoteTestBase {

    // ==== The standard meeting ======================================================================================

    @Nested
    @DisplayName("Mötet registreras")
    class Registreras {

        @Test
        void the_held_meeting_is_recorded_and_the_next_one_booked() {
            Uppfoljningsmote m = new Uppfoljningsmote();
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void the_event_carries_every_rating_with_the_goals_bbic_area_and_the_next_booking_its_window() {
            Uppfoljningsmote m = new Uppfoljningsmote();
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(
                            new UppfoljningGenomford(ID, "M1", 1, false, FORSTA_MOTET, BARN, INSATSTYP, MYNDIGHETSENHET,
                                    UTFORARENHET, ALLA, true, null, BARNETS_UPPFATTNING, FAMILJENS_UPPFATTNING, List.of(
                                    new Malbedomning("mal-skola", "UTBILDNING", Bbicskala.POSITIV_FORANDRING_MAL_EJ_UPPFYLLT,
                                            "Alva går till skolan tre dagar i veckan."),
                                    new Malbedomning("mal-familj", "FAMILJ_OCH_SOCIALA_RELATIONER", Bbicskala.INGEN_FORANDRING,
                                            "Konflikterna hemma är lika många.")),
                                    null, m.anpassningar, false, Set.of(), null, Utfall.FORTSATTA, null, null, null, false, true,
                                    null, ANDRA_MOTET, FORSTA_REGISTRERAT),
                            new UppfoljningsmoteBokat(ID, "M2", Motesslag.UPPFOLJNING, false, ANDRA_MOTET, KLOCKAN, PLATS,
                                    INBJUDNA, FORSTA_MOTET, 44, true, null, false, Bokningskalla.UPPFOLJNINGSMOTE, "anna",
                                    MYNDIGHETSENHET, UTFORARENHET, FORSTA_REGISTRERAT));
        }

        @Test
        void a_meeting_held_on_another_day_than_booked_counts_from_the_day_it_was_held() {
            // held two days early: the next window ends 56 days from the day it was held
            LocalDate holls = FORSTA_MOTET.minusDays(2);
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = holls;
                x.tidpunkt = kl(holls, 16, 0);
                x.nastaMote = bokning(holls.plusDays(56));
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(x -> {
                        x.datum = holls;
                        x.tidpunkt = kl(holls, 16, 0);
                        x.nastaMote = bokning(holls.plusDays(57));
                    }).kommando())
                    .expectException(violates("nastaMote.datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void it_answers_with_the_id_of_the_meeting_held() {
            given(bokadMedSammanfattning())
                    .when(new Uppfoljningsmote().kommando())
                    .expectResultMessagePayload("M1");
        }

        @Test
        void absurd_dates_are_refused() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.datum = LocalDate.of(1800, 1, 1)).kommando())
                    .expectException(violates("datum", "DATUM_ORIMLIGT"));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.nastaMote = bokning(LocalDate.of(3000, 1, 1), SKAL_UTANFOR)).kommando())
                    .expectException(violates("nastaMote.datum", "DATUM_ORIMLIGT"));
        }

        @Test
        void only_a_social_secretary_of_the_owning_unit_registers_it() {
            for (Actor actor : INTE_SOCIALSEKRETERARE) {
                given(bokadMedSammanfattning())
                        .when(uppfoljningsmote(m -> m.actor = actor).kommando())
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void without_a_booked_meeting_it_is_a_conflict() {
            given(startad())
                    .when(new Uppfoljningsmote().kommando())
                    .expectException(conflicts("INGET_BOKAT_MOTE"))
                    .expectNoEvents();
            given(forstaMotetHalletUtanNasta())
                    .when(uppfoljningsmote(m -> m.tidpunkt = kl(FORSTA_MOTET.plusDays(1), 9, 0)).kommando())
                    .expectException(conflicts("INGET_BOKAT_MOTE"));
        }

        @Test
        void not_started_is_a_conflict() {
            given(uppdragKant(), ansvarigKand(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD), bokat(b -> {
                b.referensdatum = PLANERAD_START;
                b.kalla = Bokningskalla.PLANERINGSMOTE;
            }))
                    .when(new Uppfoljningsmote().kommando())
                    .expectException(conflicts("INSATSEN_EJ_VERKSTALLD"));
        }

        @Test
        void without_the_assignments_facts_it_is_a_conflict() {
            given(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD), bokat(b -> {
                b.referensdatum = PLANERAD_START;
                b.kalla = Bokningskalla.PLANERINGSMOTE;
                b.myndighetsenhet = null;
                b.utforarenhet = null;
            }))
                    .when(new Uppfoljningsmote().kommando())
                    .expectException(conflicts("UPPDRAGET_EJ_KANT"));
        }

        @Test
        void the_booked_closing_meeting_is_registered_as_the_closing_meeting() {
            given(avslutningsmoteBokat())
                    .when(uppfoljningsmote(m -> {
                        m.datum = AVSLUTNINGSMOTET;
                        m.tidpunkt = AVSLUTNING_REGISTRERAD;
                        m.nastaMote = bokning(AVSLUTNINGSMOTET.plusDays(44));
                    }).kommando())
                    .expectException(conflicts("AVSLUTNINGSMOTE_BOKAT"));
        }

        @Test
        void after_insats_avslutad_no_follow_up_is_registered() {
            given(bokadMedSammanfattning(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(new Uppfoljningsmote().kommando())
                    .expectException(conflicts("INSATSEN_AVSLUTAD"));
        }

        @Test
        void after_beslut_aterkallat_no_follow_up_is_registered() {
            given(bokadMedSammanfattning(), slutKant(Avslutsorsak.BESLUT_ATERKALLAT))
                    .when(new Uppfoljningsmote().kommando())
                    .expectException(conflicts("BESLUTET_ATERKALLAT"));
        }
    }

    // ==== Every goal rated ==========================================================================================

    @Nested
    @DisplayName("Varje mål bedöms")
    class Bedomningar {

        @Test
        void a_goal_left_unrated_is_refused_and_named() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningar = List.of(BEDOMNINGAR.get(0))).kommando())
                    .expectException(violates("bedomningar", "MAL_EJ_BEDOMT", MAL_FAMILJ.malId()))
                    .expectNoEvents();
        }

        @Test
        void no_ratings_at_all_is_refused() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningar = null).kommando())
                    .expectException(violates("bedomningar", "MAL_EJ_BEDOMT", MAL_SKOLA.malId()));
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningar = List.of()).kommando())
                    .expectException(violates("bedomningar", "MAL_EJ_BEDOMT"));
        }

        @Test
        void an_unknown_goal_is_refused() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningar = List.of(BEDOMNINGAR.get(0),
                            new Bedomning("mal-halsa", Bbicskala.INGEN_FORANDRING, "Ingen skillnad."), BEDOMNINGAR.get(1)))
                            .kommando())
                    .expectException(violates("bedomningar[1].malId", "OKANT_MAL"));
        }

        @Test
        void a_rating_without_a_goal_is_refused() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningar = Arrays.asList(BEDOMNINGAR.get(0), null, BEDOMNINGAR.get(1)))
                            .kommando())
                    .expectException(violates("bedomningar[1].malId", "OKANT_MAL"));
        }

        @Test
        void a_goal_rated_twice_is_refused() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningar = List.of(BEDOMNINGAR.get(1), BEDOMNINGAR.get(1),
                            BEDOMNINGAR.get(0))).kommando())
                    .expectException(violates("bedomningar[1].malId", "MAL_DUBBLERAT"));
        }

        @Test
        void each_rating_has_a_step_on_the_scale() {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningar = List.of(BEDOMNINGAR.get(0),
                            new Bedomning(MAL_FAMILJ.malId(), null, "Konflikterna kvarstår."))).kommando())
                    .expectException(violates("bedomningar[1].skala", "SKALA_KRAVS"));
        }

        @ParameterizedTest(name = "förändring [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void each_rating_says_what_changed(String forandring) {
            given(bokadMedSammanfattning())
                    .when(uppfoljningsmote(m -> m.bedomningar = List.of(
                            new Bedomning(MAL_SKOLA.malId(), Bbicskala.NEGATIV_FORANDRING, forandring), BEDOMNINGAR.get(1)))
                            .kommando())
                    .expectException(violates("bedomningar[0].forandring", "FORANDRING_KRAVS"));
        }

        @ParameterizedTest
        @EnumSource(Bbicskala.class)
        void every_step_of_the_scale_is_a_rating(Bbicskala skala) {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.bedomningar = List.of(new Bedomning(MAL_FAMILJ.malId(), skala, "Se samtalet."),
                        new Bedomning(MAL_SKOLA.malId(), skala, "Se samtalet."));
                // a negative change needs the assessment of new needs (tested in the rules of the outcome)
                x.bedomningAvNyaBehov = skala == Bbicskala.NEGATIV_FORANDRING ? NYA_BEHOV : null;
            });
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
        }

        @Test
        void before_the_goals_are_known_it_is_a_conflict() {
            given(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, List.of(), MYNDIGHETSENHET, "anna",
                    UTFORARENHET, VERKSTALLD), new AnsvarigUtforareKand(ID, UTFORARENHET, "ulla", VERKSTALLD), verkstalld(),
                    bokatForsta())
                    .when(uppfoljningsmote(m -> m.skalUtanSammanfattning = "Ulla kunde inte skriva utan målen.").kommando())
                    .expectException(conflicts("MALEN_EJ_KANDA"));
        }
    }
}
