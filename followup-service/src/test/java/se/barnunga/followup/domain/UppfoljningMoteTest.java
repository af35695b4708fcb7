package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.followup.domain.Varden.Malbedomning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The held follow-up meeting ({@code RegistreraUppfoljning}, the routine's appendix 2): every goal rated on the BBIC
 * scale, the child's view, the performer's summary, the outcome and the next meeting within 6–8 weeks, the meetings'
 * numbering.
 */
class UppfoljningMoteTest {

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static final String SKAL = "Alva var sjuk; hon berättade om sin syn för Ulla dagen före.";

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

    // ==== The implementation plan ===================================================================================

    @Nested
    @DisplayName("Genomförandeplanen revideras")
    class Genomforandeplanen {

        @Test
        void continuing_with_changes_revises_the_plan() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.forandringar = "Fler träffar med Alva ensam.");
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, true, true), m.nastaBokat("M2"));
        }

        @Test
        void continuing_without_changes_does_not() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.forandringar = "  ");
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
            Uppfoljningsmote n = uppfoljningsmote(x -> x.genomforandeplanenRevideras = false);
            given(bokadMedSammanfattning())
                    .when(n.kommando())
                    .expectEvents(n.genomford("M1", 1, false, false, true), n.nastaBokat("M2"));
        }

        @Test
        void continuing_without_changes_revises_the_plan_when_the_meeting_says_so() {
            Uppfoljningsmote m = uppfoljningsmote(x -> x.genomforandeplanenRevideras = true);
            given(bokadMedSammanfattning())
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, true, true), m.nastaBokat("M2"));
        }
    }

    // ==== Numbering and extra meetings ==============================================================================

    @Nested
    @DisplayName("Numrering och extra möten")
    class Numrering {

        private final LocalDate extraDatum = START.plusDays(10);
        private final Instant pakallat = kl("2026-03-09T10:00");

        private UppfoljningsmotePakallat pakallat() {
            return new UppfoljningsmotePakallat(ID, "Alva vägrar gå till skolan.", "ulla", Roll.UTFORARE.claim(),
                    MYNDIGHETSENHET, UTFORARENHET, pakallat);
        }

        private UppfoljningsmoteBokat extraBokat(String moteId, LocalDate datum, LocalDate referens, boolean ombokning) {
            return bokat(b -> {
                b.moteId = moteId;
                b.extra = true;
                b.datum = datum;
                b.referensdatum = referens;
                b.dagarFranReferens = (int) (datum.toEpochDay() - referens.toEpochDay());
                b.inomFonster = null;
                b.ombokning = ombokning;
                b.bokat = pakallat;
            });
        }

        @Test
        void the_second_meeting_is_number_2_and_books_m3() {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = ANDRA_MOTET;
                x.tidpunkt = ANDRA_REGISTRERAT;
                x.nastaMote = bokning(ANDRA_MOTET.plusDays(44));
            });
            given(forstaMotetHallet(), new Sammanfattning().lamnad("M2", Motesslag.UPPFOLJNING))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M2", 2, false, false, true), m.nastaBokat("M3"));
        }

        @Test
        void an_extra_first_meeting_is_number_1_and_extra() {
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = extraDatum;
                x.tidpunkt = kl(extraDatum, 16, 0);
                x.nastaMote = bokning(extraDatum.plusDays(44));
            });
            given(startad(), pakallat(), extraBokat("M1", extraDatum, START, false),
                    new Sammanfattning().lamnad("M1", Motesslag.UPPFOLJNING))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, true, false, true), m.nastaBokat("M2"));
        }

        @Test
        void an_extra_meeting_counts_in_the_numbering() {
            Uppfoljningsmote extra = uppfoljningsmote(x -> {
                x.datum = extraDatum;
                x.tidpunkt = kl(extraDatum, 16, 0);
                x.nastaMote = bokning(extraDatum.plusDays(44));
            });
            LocalDate andra = extraDatum.plusDays(44);
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = andra;
                x.tidpunkt = kl(andra, 16, 0);
                x.nastaMote = bokning(andra.plusDays(50));
            });
            given(startad(), pakallat(), extraBokat("M1", extraDatum, START, false),
                    new Sammanfattning().lamnad("M1", Motesslag.UPPFOLJNING), extra.genomford("M1", 1, true, false, true),
                    extra.nastaBokat("M2"), new Sammanfattning().lamnad("M2", Motesslag.UPPFOLJNING))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M2", 2, false, false, true), bokat(b -> {
                        b.moteId = "M3";
                        b.datum = andra.plusDays(50);
                        b.referensdatum = andra;
                        b.dagarFranReferens = 50;
                        b.kalla = Bokningskalla.UPPFOLJNINGSMOTE;
                        b.bokat = kl(andra, 16, 0);
                    }));
        }

        @Test
        void a_called_meeting_between_ordinary_ones_keeps_the_number_of_the_meeting_it_re_books() {
            // after M1, M2 was booked; Ulla called for a meeting and Anna moved M2 forward as an extra meeting
            LocalDate datum = FORSTA_MOTET.plusDays(10);
            Uppfoljningsmote m = uppfoljningsmote(x -> {
                x.datum = datum;
                x.tidpunkt = kl(datum, 16, 0);
                x.nastaMote = bokning(datum.plusDays(44));
                x.skalUtanSammanfattning = "Extra möte med kort varsel.";
            });
            given(forstaMotetHallet(), pakallat(), extraBokat("M2", datum, FORSTA_MOTET, true))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M2", 2, true, false, false), m.nastaBokat("M3"));
        }

        @Test
        void the_next_ordinary_meeting_after_an_extra_one_counts_from_the_extra_meeting() {
            Uppfoljningsmote extra = uppfoljningsmote(x -> {
                x.datum = extraDatum;
                x.tidpunkt = kl(extraDatum, 16, 0);
                x.utfall = Utfall.NY_UTREDNING;
                x.utredningsgrund = Utredningsgrund.NYA_BEHOV;
                x.nastaMote = null;
            });
            List<Object> efterExtra = handelser(startad(), pakallat(), extraBokat("M1", extraDatum, START, false),
                    new Sammanfattning().lamnad("M1", Motesslag.UPPFOLJNING), extra.genomford("M1", 1, true, false, true));
            // day 50 after the extra meeting is day 60 after the start: within the window counted from the extra meeting
            given(efterExtra.toArray())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(extraDatum.plusDays(50)), kl(extraDatum, 17, 0)))
                    .expectEvents(bokat(b -> {
                        b.moteId = "M2";
                        b.datum = extraDatum.plusDays(50);
                        b.referensdatum = extraDatum;
                        b.dagarFranReferens = 50;
                        b.bokat = kl(extraDatum, 17, 0);
                    }));
            given(efterExtra.toArray())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(extraDatum.plusDays(57)), kl(extraDatum, 17, 0)))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }
    }
}
