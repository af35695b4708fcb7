package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.concern.domain.OroFixtures.*;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.concern.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * After the concern came in: the reporter's written confirmation of an oral report and the recipient's
 * acknowledgement.
 */
class OroMottagandeTest extends OroMottagandeTestBase {

    // ==== BekraftaSkriftligt =========================================================================================

    @Nested
    @DisplayName("BekraftaSkriftligt")
    class Bekrafta {

        private BekraftaSkriftligt bekrafta(Actor actor, Instant tidpunkt) {
            return new BekraftaSkriftligt(ID, BEKRAFTELSE, actor, tidpunkt);
        }

        @Test
        void the_reporter_confirms_in_time() {
            Instant t = kl("2026-03-11T09:00");
            given(muntligtTillAnna())
                    .when(bekrafta(ULLA, t))
                    .expectEvents(bekraftad(t, true))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void one_minute_before_the_end_of_the_next_working_day_is_in_time() {
            Instant t = kl("2026-03-11T23:59");
            given(muntligtTillAnna())
                    .when(bekrafta(ULLA, t))
                    .expectEvents(bekraftad(t, true));
        }

        @Test
        void at_the_end_of_the_next_working_day_it_is_late_and_a_deviation_of_the_reporters_unit() {
            Instant t = SLUTET_AV_NASTA_ARBETSDAG;
            given(muntligtTillAnna())
                    .when(bekrafta(ULLA, t))
                    .expectEvents(bekraftad(t, false), avvikelse(Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SEN, UTFORARENHET, t))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void late_after_the_sweep_recorded_it_missing_gives_no_second_deviation() {
            Instant t = kl("2026-03-12T10:00");
            given(muntligtTillAnna(), avvikelse(Avvikelsetyp.SKRIFTLIG_BEKRAFTELSE_SAKNAS, UTFORARENHET, SLUTET_AV_NASTA_ARBETSDAG))
                    .when(bekrafta(ULLA, t))
                    .expectEvents(bekraftad(t, false));
        }

        @Test
        void only_the_reporter_confirms() {
            given(muntligtTillAnna())
                    .when(bekrafta(ANNA, kl("2026-03-11T09:00")))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(muntligtTillAnna())
                    .when(bekrafta(Actor.of("uno", UTFORARENHET, Roll.UTFORARE), kl("2026-03-11T09:00")))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void a_written_report_needs_no_confirmation() {
            given(lamnadTillAnna())
                    .when(bekrafta(ULLA, kl("2026-03-11T09:00")))
                    .expectException(conflicts("SKRIFTLIG_REDAN"))
                    .expectNoEvents();
        }

        @Test
        void it_is_confirmed_once() {
            given(muntligtTillAnna(), bekraftad(kl("2026-03-10T15:00"), true))
                    .when(bekrafta(ULLA, kl("2026-03-11T09:00")))
                    .expectException(conflicts("REDAN_BEKRAFTAD"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void the_text_is_required(String text) {
            given(muntligtTillAnna())
                    .when(new BekraftaSkriftligt(ID, text, ULLA, kl("2026-03-11T09:00")))
                    .expectException(violates("text", "TEXT_KRAVS"))
                    .expectNoEvents();
        }
    }

    // ==== TaEmotOro ==================================================================================================

    @Nested
    @DisplayName("TaEmotOro")
    class TaEmot {

        private final Instant t = kl("2026-03-10T10:15");

        @Test
        void the_named_secretary_acknowledges() {
            given(lamnadTillAnna())
                    .when(new TaEmotOro(ID, ANNA, t))
                    .expectEvents(mottagen(TILL_ANNA, ANNA, t))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void another_secretary_of_the_unit_or_anna_in_another_role_may_not() {
            given(lamnadTillAnna())
                    .when(new TaEmotOro(ID, BO, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(lamnadTillAnna())
                    .when(new TaEmotOro(ID, ANNA_SOM_MOTTAGNING, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(lamnadTillAnna())
                    .when(new TaEmotOro(ID, MIA, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void the_mottagning_acknowledges_with_the_role_on_its_unit() {
            given(lamnadTillMottagningen())
                    .when(new TaEmotOro(ID, MIA, t))
                    .expectEvents(mottagen(TILL_MOTTAGNINGEN, MIA, t))
                    .expectEventsMatching(allaUtfordaAv(MIA, Roll.MOTTAGNING));
        }

        @Test
        void the_mottagning_role_on_another_unit_or_another_role_on_its_unit_may_not() {
            given(lamnadTillMottagningen())
                    .when(new TaEmotOro(ID, MIA_PA_ANNAN_ENHET, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(lamnadTillMottagningen())
                    .when(new TaEmotOro(ID, SIV_PA_MOTTAGNINGEN, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(lamnadTillMottagningen())
                    .when(new TaEmotOro(ID, ANNA, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void socialjouren_acknowledges_with_the_role_on_its_unit() {
            Instant pakvallen = kl("2026-03-10T18:05");
            given(akutTillJouren())
                    .when(new TaEmotOro(ID, JONAS, pakvallen))
                    .expectEvents(mottagen(TILL_JOUREN, JONAS, pakvallen))
                    .expectEventsMatching(allaUtfordaAv(JONAS, Roll.SOCIALJOUR));
        }

        @Test
        void the_socialjour_role_on_another_unit_or_another_role_on_its_unit_may_not() {
            Instant pakvallen = kl("2026-03-10T18:05");
            given(akutTillJouren())
                    .when(new TaEmotOro(ID, JONAS_PA_ANNAN_ENHET, pakvallen))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(akutTillJouren())
                    .when(new TaEmotOro(ID, MIA_PA_JOUREN, pakvallen))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(akutTillJouren())
                    .when(new TaEmotOro(ID, ANNA, pakvallen))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void it_is_acknowledged_once() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new TaEmotOro(ID, ANNA, kl("2026-03-10T10:30")))
                    .expectException(conflicts("REDAN_MOTTAGEN"))
                    .expectNoEvents();
        }

        @Test
        void not_after_the_preliminary_assessment_is_closed() {
            given(avslutadHosAnna())
                    .when(new TaEmotOro(ID, ANNA, kl("2026-03-13T15:00")))
                    .expectException(conflicts("FORHANDSBEDOMNING_AVSLUTAD"))
                    .expectNoEvents();
        }
    }
}
