package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.Instant;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.concern.domain.Handelser.ForhandsbedomningAvslutad;
import se.barnunga.concern.domain.Kommandon.*;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;
import se.barnunga.platform.domain.Roll;

/** The protection assessment (skyddsbedömning) and the preliminary assessment (förhandsbedömning). */
class OroBedomningTest {

    private FixtureConfiguration<Oro> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Oro.class);
    }

    private TestExecutor<Oro> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    /** Protection assessments missing one part, and the field and rule that names it. */
    static Stream<Arguments> ofullstandiga() {
        Instant t = Instant.parse("2026-03-10T10:00:00Z");
        return Stream.of(
                Arguments.of(null, "skyddsbedomning.omedelbartSkyddsbehov", "BEDOMNING_KRAVS"),
                Arguments.of(new Skyddsbedomning(null, UNDERLAG, t, "Anna Berg", "Socialsekreterare"),
                        "skyddsbedomning.omedelbartSkyddsbehov", "BEDOMNING_KRAVS"),
                Arguments.of(new Skyddsbedomning(true, null, t, "Anna Berg", "Socialsekreterare"),
                        "skyddsbedomning.underlag", "UNDERLAG_KRAVS"),
                Arguments.of(new Skyddsbedomning(true, "  ", t, "Anna Berg", "Socialsekreterare"),
                        "skyddsbedomning.underlag", "UNDERLAG_KRAVS"),
                Arguments.of(new Skyddsbedomning(true, UNDERLAG, null, "Anna Berg", "Socialsekreterare"),
                        "skyddsbedomning.bedomd", "TIDPUNKT_KRAVS"),
                Arguments.of(new Skyddsbedomning(true, UNDERLAG, t, null, "Socialsekreterare"),
                        "skyddsbedomning.bedomdAvNamn", "NAMN_KRAVS"),
                Arguments.of(new Skyddsbedomning(true, UNDERLAG, t, " ", "Socialsekreterare"),
                        "skyddsbedomning.bedomdAvNamn", "NAMN_KRAVS"),
                Arguments.of(new Skyddsbedomning(true, UNDERLAG, t, "Anna Berg", null),
                        "skyddsbedomning.bedomdAvTitel", "TITEL_KRAVS"),
                Arguments.of(new Skyddsbedomning(true, UNDERLAG, t, "Anna Berg", ""),
                        "skyddsbedomning.bedomdAvTitel", "TITEL_KRAVS"));
    }

    // ==== GorSkyddsbedomning =========================================================================================

    @Nested
    @DisplayName("GorSkyddsbedomning")
    class Skydd {

        private final Instant kl11 = kl("2026-03-10T11:00");

        @Test
        void the_recipient_assesses_the_same_day() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(kl11), ANNA, kl11))
                    .expectEvents(skyddsbedomd(kl11, true, kl11))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void late_in_the_evening_stockholm_time_is_still_the_same_day() {
            Instant kl2330 = kl("2026-03-10T23:30"); // 22:30 UTC
            given(akutTillJouren(), mottagen(TILL_JOUREN, JONAS, kl("2026-03-10T18:05")))
                    .when(new GorSkyddsbedomning(ID, bedomning(kl2330), JONAS, kl2330))
                    .expectEvents(skyddsbedomd(kl2330, true, kl2330))
                    .expectEventsMatching(allaUtfordaAv(JONAS, Roll.SOCIALJOUR));
        }

        @Test
        void without_an_acknowledgement_it_is_acknowledged_first() {
            given(lamnadTillAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(kl11), ANNA, kl11))
                    .expectEvents(mottagen(TILL_ANNA, ANNA, kl11), skyddsbedomd(kl11, true, kl11))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void assessed_the_next_day_is_a_deviation_of_the_recipients_unit() {
            Instant imorgon = kl("2026-03-11T00:05");
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(imorgon), ANNA, imorgon))
                    .expectEvents(skyddsbedomd(imorgon, false, imorgon),
                            avvikelse(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, MYNDIGHETSENHET, imorgon));
        }

        @Test
        void assessed_the_same_day_but_registered_the_next_is_the_same_day() {
            Instant imorgon = kl("2026-03-11T08:30");
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(kl("2026-03-10T16:00")), ANNA, imorgon))
                    .expectEvents(skyddsbedomd(kl("2026-03-10T16:00"), true, imorgon));
        }

        @Test
        void the_next_day_after_the_sweep_recorded_it_gives_no_second_deviation() {
            Instant imorgon = kl("2026-03-11T09:00");
            given(lamnadTillAnna(), mottagenAvAnna(),
                    avvikelse(Avvikelsetyp.SKYDDSBEDOMNING_INTE_SAMMA_DAG, MYNDIGHETSENHET, SLUTET_AV_DAGEN))
                    .when(new GorSkyddsbedomning(ID, bedomning(imorgon), ANNA, imorgon))
                    .expectEvents(skyddsbedomd(imorgon, false, imorgon));
        }

        @ParameterizedTest
        @MethodSource("se.barnunga.concern.domain.OroBedomningTest#ofullstandiga")
        void all_four_parts_are_required(Skyddsbedomning b, String falt, String regel) {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, b, ANNA, kl11))
                    .expectException(violates(falt, regel))
                    .expectNoEvents();
        }

        @Test
        void assessed_before_the_concern_came_in_is_unreasonable() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(INKOM.minusSeconds(60)), ANNA, kl11))
                    .expectException(violates("skyddsbedomning.bedomd", "TIDPUNKT_ORIMLIG"))
                    .expectNoEvents();
        }

        @Test
        void assessed_in_the_future_is_unreasonable() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(kl11.plusSeconds(60)), ANNA, kl11))
                    .expectException(violates("skyddsbedomning.bedomd", "TIDPUNKT_ORIMLIG"))
                    .expectNoEvents();
        }

        @Test
        void assessed_exactly_when_the_concern_came_in_is_reasonable() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(INKOM), ANNA, kl11))
                    .expectEvents(skyddsbedomd(INKOM, true, kl11));
        }

        @Test
        void only_the_current_recipient_assesses() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(kl11), BO, kl11))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(kl11), MIA, kl11))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void it_is_made_once() {
            given(skyddsbedomdHosAnna())
                    .when(new GorSkyddsbedomning(ID, bedomning(kl("2026-03-10T12:00")), ANNA, kl("2026-03-10T12:00")))
                    .expectException(conflicts("SKYDDSBEDOMNING_GJORD"))
                    .expectNoEvents();
        }
    }

    // ==== AvslutaForhandsbedomning ===================================================================================

    @Nested
    @DisplayName("AvslutaForhandsbedomning")
    class Forhandsbedomning {

        private AvslutaForhandsbedomning avsluta(Instant t) {
            return new AvslutaForhandsbedomning(ID, Forhandsbeslut.TILLFORS_PAGAENDE_UTREDNING, SKAL, null, true, null, ANNA, t);
        }

        @Test
        void the_recipient_closes_it_within_the_deadline() {
            Instant fredag = kl("2026-03-13T14:00");
            given(skyddsbedomdHosAnna())
                    .when(avsluta(fredag))
                    .expectEvents(avslutad(fredag, 3))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void the_14th_day_is_in_time_until_midnight() {
            Instant dag14 = kl("2026-03-24T23:59");
            given(skyddsbedomdHosAnna())
                    .when(avsluta(dag14))
                    .expectEvents(new ForhandsbedomningAvslutad(ID, Forhandsbeslut.TILLFORS_PAGAENDE_UTREDNING, SKAL, null,
                            dag14, 14, true, true, null));
        }

        @Test
        void special_reasons_given_within_the_deadline_are_not_kept() {
            Instant dag14 = kl("2026-03-24T09:00");
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, SYNNERLIGA_SKAL, true, null, ANNA, dag14))
                    .expectEvents(new ForhandsbedomningAvslutad(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, null, dag14, 14, true, true, null));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void the_15th_day_requires_special_reasons(String synnerligaSkal) {
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, synnerligaSkal, true, null, ANNA,
                            FORHANDSBEDOMNING_SENAST))
                    .expectException(violates("synnerligaSkal", "SYNNERLIGA_SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_15th_day_with_special_reasons_is_late_and_a_deviation_of_the_recipients_unit() {
            Instant dag15 = FORHANDSBEDOMNING_SENAST; // 2026-03-25 00:00 Stockholm
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, SYNNERLIGA_SKAL, true, null, ANNA, dag15))
                    .expectEvents(new ForhandsbedomningAvslutad(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, SYNNERLIGA_SKAL,
                                    dag15, 15, false, true, null),
                            avvikelse(Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, MYNDIGHETSENHET, dag15))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void late_after_the_sweep_recorded_it_gives_no_second_deviation() {
            Instant dag16 = kl("2026-03-26T10:00");
            given(skyddsbedomdHosAnna(),
                    avvikelse(Avvikelsetyp.FORHANDSBEDOMNING_EFTER_14_DAGAR, MYNDIGHETSENHET, FORHANDSBEDOMNING_SENAST))
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL, SYNNERLIGA_SKAL, true, null, ANNA,
                            dag16))
                    .expectEvents(new ForhandsbedomningAvslutad(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL,
                            SYNNERLIGA_SKAL, dag16, 16, false, true, null));
        }

        @Test
        void a_new_recipient_who_has_not_acknowledged_acknowledges_first() {
            Instant onsdag = kl("2026-03-11T09:00");
            Instant torsdag = kl("2026-03-12T10:00");
            given(skyddsbedomdHosAnna(),
                    vidarebefordrad(TILL_ANNA, TILL_MOTTAGNINGEN, "Anna slutar.", onsdag, Instant.parse("2026-03-12T16:00:00Z")))
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL, null, true, null, MIA, torsdag))
                    .expectEvents(mottagen(TILL_MOTTAGNINGEN, MIA, torsdag),
                            new ForhandsbedomningAvslutad(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL, null, torsdag, 2, true, true, null))
                    .expectEventsMatching(allaUtfordaAv(MIA, Roll.MOTTAGNING));
        }

        @Test
        void socialjouren_does_not_close_it() {
            Instant kl19 = kl("2026-03-10T19:00");
            given(akutTillJouren(), mottagen(TILL_JOUREN, JONAS, kl("2026-03-10T18:05")),
                    skyddsbedomd(kl("2026-03-10T18:20"), true, kl("2026-03-10T18:20")))
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, null, true, null, JONAS, kl19))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void only_the_current_recipient_closes_it() {
            Instant fredag = kl("2026-03-13T14:00");
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, null, true, null, BO, fredag))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, null, true, null, MIA, fredag))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void not_without_the_protection_assessment() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(avsluta(kl("2026-03-13T14:00")))
                    .expectException(violates("skyddsbedomning", "SKYDDSBEDOMNING_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_decision_is_required() {
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, null, SKAL, null, true, null, ANNA, kl("2026-03-13T14:00")))
                    .expectException(violates("beslut", "BESLUT_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void the_reasons_are_required(String skal) {
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_UTREDNING, skal, null, true, null, ANNA,
                            kl("2026-03-13T14:00")))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void it_is_closed_once() {
            given(avslutadHosAnna())
                    .when(avsluta(kl("2026-03-13T15:00")))
                    .expectException(conflicts("FORHANDSBEDOMNING_AVSLUTAD"))
                    .expectNoEvents();
        }

        // ---- B 2.1: the child heard (11 kap. 10 § SoL) and the reasons when not -------------------------------------

        @Test
        void the_child_heard_is_recorded_and_reasons_given_anyway_are_not_kept() {
            Instant fredag = kl("2026-03-13T14:00");
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL, null, true,
                            "Onödigt skäl.", ANNA, fredag))
                    .expectEvents(new ForhandsbedomningAvslutad(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL, null, fredag, 3,
                            true, true, null));
        }

        @Test
        void the_child_not_heard_is_recorded_with_the_reasons() {
            Instant fredag = kl("2026-03-13T14:00");
            String varfor = "Barnet är två år; vårdnadshavarna och förskolan har hörts.";
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL, null, false, varfor, ANNA,
                            fredag))
                    .expectEvents(new ForhandsbedomningAvslutad(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL, null, fredag, 3,
                            true, false, varfor));
        }

        @Test
        void whether_the_child_was_heard_is_required() {
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_UTREDNING, SKAL, null, null, null, ANNA,
                            kl("2026-03-13T14:00")))
                    .expectException(violates("barnetKomTillTals", "BARNETS_ROST_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void the_child_not_heard_requires_the_reasons(String varfor) {
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_INTE_UTREDNING, SKAL, null, false, varfor, ANNA,
                            kl("2026-03-13T14:00")))
                    .expectException(violates("skalBarnetInteHort", "SKAL_BARNET_INTE_HORT_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void not_opening_an_investigation_requires_the_reasons(String skal) {
            given(skyddsbedomdHosAnna())
                    .when(new AvslutaForhandsbedomning(ID, Forhandsbeslut.INLED_INTE_UTREDNING, skal, null, true, null, ANNA,
                            kl("2026-03-13T14:00")))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }
    }
}
