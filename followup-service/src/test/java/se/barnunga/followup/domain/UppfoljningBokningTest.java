package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
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
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.followup.domain.Varden.Bokning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Booking the follow-up and closing meetings ({@code BokaMote}) and calling for an extra meeting
 * ({@code PakallaUppfoljningsmote}): the 6–8 week window from the start and from the previous meeting, who may, the
 * booking's own rules, re-booking, extra meetings, and what remains after the intervention closed.
 */
class UppfoljningBokningTest {

    private FixtureConfiguration<Uppfoljning> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppfoljning.class);
    }

    private TestExecutor<Uppfoljning> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static final String SKAL_EXTRA = "Alva har slutat gå till skolan helt; vi behöver ses snarast.";
    /** When a call is made: a week after the start. */
    private static final Instant PAKALLAT = kl("2026-03-09T10:00");
    /** A day after the first meeting was held. */
    private static final Instant DAGEN_EFTER = kl(FORSTA_MOTET.plusDays(1), 9, 0);

    private static PakallaUppfoljningsmote pakalla(Actor actor) {
        return new PakallaUppfoljningsmote(ID, SKAL_EXTRA, actor, PAKALLAT);
    }

    private static UppfoljningsmotePakallat pakallat(Actor actor, Roll roll) {
        return new UppfoljningsmotePakallat(ID, SKAL_EXTRA, actor.userId(), roll.claim(), MYNDIGHETSENHET, UTFORARENHET,
                PAKALLAT);
    }

    /** The extra meeting booked after the call, 10 days after the start. */
    private static UppfoljningsmoteBokat extraBokat(String moteId, LocalDate datum, boolean ombokning, Instant tidpunkt) {
        return bokat(b -> {
            b.moteId = moteId;
            b.extra = true;
            b.datum = datum;
            b.dagarFranReferens = (int) (datum.toEpochDay() - START.toEpochDay());
            b.inomFonster = null;
            b.ombokning = ombokning;
            b.bokat = tidpunkt;
        });
    }

    // ==== The window of the first meeting ============================================================================

    @Nested
    @DisplayName("Första mötet: senast inom 6–8 veckor efter start")
    class ForstaFonstret {

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {3, 7, 14, 41, 42, 44, 56})
        void any_day_after_the_start_up_to_8_weeks_is_within_the_window(int dag) {
            // "Kalla … till uppföljningsmöte senast inom 6–8 veckor efter att insatsen har verkställts": an upper bound
            // (booked on day 3, so day 3 is the earliest date not in the past)
            given(startad())
                    .when(boka(bokning(START.plusDays(dag))))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(bokat("M1", START.plusDays(dag), START, dag))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 70})
        void later_than_8_weeks_without_a_reason_is_refused(int dag) {
            given(startad())
                    .when(boka(bokning(START.plusDays(dag))))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 90})
        void later_than_8_weeks_with_a_reason_is_booked_outside_the_window(int dag) {
            given(startad())
                    .when(boka(bokning(START.plusDays(dag), SKAL_UTANFOR)))
                    .expectEvents(bokat(b -> {
                        b.datum = START.plusDays(dag);
                        b.dagarFranReferens = dag;
                        b.inomFonster = false;
                        b.skalUtanforFonster = SKAL_UTANFOR;
                    }));
        }

        @ParameterizedTest(name = "skäl [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void a_blank_reason_is_no_reason(String skal) {
            given(startad())
                    .when(boka(bokning(START.plusDays(57), skal)))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void a_reason_within_the_window_is_not_kept() {
            given(startad())
                    .when(boka(bokning(FORSTA_MOTET, SKAL_UTANFOR)))
                    .expectEvents(bokatForsta());
        }

        @Test
        void the_window_counts_from_the_real_start_not_the_planned_one() {
            // planned to start 2026-03-02, started a week later: day 60 of the plan is day 53 of the real start
            LocalDate start = START.plusDays(7);
            Object[] fakta = {uppdragKant(), ansvarigKand(), new VerkstallighetKand(ID, start, VERKSTALLD),
                    planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD)};
            given(fakta)
                    .when(boka(bokning(START.plusDays(60))))
                    .expectEvents(bokat(b -> {
                        b.datum = START.plusDays(60);
                        b.referensdatum = start;
                        b.dagarFranReferens = 53;
                    }));
            given(fakta)
                    .when(boka(bokning(start.plusDays(57))))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void not_on_or_before_the_start() {
            // started later than the booking day: a follow-up before or on the start day is no follow-up of it
            LocalDate start = START.plusDays(7);
            for (LocalDate datum : List.of(START.plusDays(5), start)) {
                given(uppdragKant(), ansvarigKand(), new VerkstallighetKand(ID, start, VERKSTALLD))
                        .when(boka(bokning(datum, SKAL_UTANFOR)))
                        .expectException(violates("datum", "FORE_START"))
                        .expectNoEvents();
            }
        }
    }

    // ==== The window of the next meeting ============================================================================

    @Nested
    @DisplayName("Nästa möte: senast inom 6–8 veckor efter föregående möte")
    class NastaFonstret {

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {1, 14, 42, 56})
        void after_a_held_meeting_the_window_counts_from_that_meeting(int dag) {
            LocalDate datum = FORSTA_MOTET.plusDays(dag);
            given(forstaMotetHalletUtanNasta())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum), DAGEN_EFTER))
                    .expectEvents(bokat(b -> {
                        b.moteId = "M2";
                        b.datum = datum;
                        b.referensdatum = FORSTA_MOTET;
                        b.dagarFranReferens = dag;
                        b.bokat = DAGEN_EFTER;
                    }));
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 80})
        void after_a_held_meeting_later_than_8_weeks_is_refused(int dag) {
            given(forstaMotetHalletUtanNasta())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(FORSTA_MOTET.plusDays(dag)), DAGEN_EFTER))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"))
                    .expectNoEvents();
        }

        @Test
        void after_a_held_meeting_day_57_with_a_reason_is_booked_outside_the_window() {
            LocalDate datum = FORSTA_MOTET.plusDays(57);
            given(forstaMotetHalletUtanNasta())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum, SKAL_UTANFOR), DAGEN_EFTER))
                    .expectEvents(bokat(b -> {
                        b.moteId = "M2";
                        b.datum = datum;
                        b.referensdatum = FORSTA_MOTET;
                        b.dagarFranReferens = 57;
                        b.inomFonster = false;
                        b.skalUtanforFonster = SKAL_UTANFOR;
                        b.bokat = DAGEN_EFTER;
                    }));
        }

        @Test
        void not_on_the_day_of_the_held_meeting() {
            given(forstaMotetHalletUtanNasta())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(FORSTA_MOTET, SKAL_UTANFOR), kl(FORSTA_MOTET, 17, 0)))
                    .expectException(violates("datum", "EFTER_MOTET_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57})
        void re_booking_the_meeting_booked_at_the_previous_meeting_keeps_the_window(int dag) {
            given(forstaMotetHallet())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(FORSTA_MOTET.plusDays(dag)), DAGEN_EFTER))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }

        @Test
        void re_booking_the_meeting_booked_at_the_previous_meeting_on_day_56() {
            LocalDate datum = FORSTA_MOTET.plusDays(56);
            given(forstaMotetHallet())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(datum), DAGEN_EFTER))
                    .expectEvents(bokat(b -> {
                        b.moteId = "M2";
                        b.datum = datum;
                        b.referensdatum = FORSTA_MOTET;
                        b.dagarFranReferens = 56;
                        b.ombokning = true;
                        b.bokat = DAGEN_EFTER;
                    }));
        }
    }

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

    // ==== Re-booking ================================================================================================

    @Nested
    @DisplayName("Ombokning")
    class Ombokning {

        @Test
        void re_booking_keeps_the_meeting_id() {
            Instant senare = kl("2026-03-20T09:00");
            given(bokad())
                    .when(boka(Motesslag.UPPFOLJNING, bokning(START.plusDays(50)), senare))
                    .expectEvents(bokat(b -> {
                        b.datum = START.plusDays(50);
                        b.dagarFranReferens = 50;
                        b.ombokning = true;
                        b.bokat = senare;
                    }));
        }

        @Test
        void re_booking_the_meeting_booked_at_the_planning_meeting_keeps_its_id() {
            given(startad(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD), bokat(b -> {
                b.klockslag = null;
                b.plats = null;
                b.inbjudna = Set.of();
                b.kalla = Bokningskalla.PLANERINGSMOTE;
                b.bokat = PLANERING_REGISTRERAD;
            }))
                    .when(boka(bokning(FORSTA_MOTET)))
                    .expectEvents(bokat(b -> b.ombokning = true));
        }

        @ParameterizedTest(name = "dag {0}")
        @ValueSource(ints = {57, 70})
        void re_booking_keeps_the_window(int dag) {
            given(bokad())
                    .when(boka(bokning(START.plusDays(dag))))
                    .expectException(violates("datum", "UTANFOR_6_8_VECKOR"));
        }
    }

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
