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

import se.barnunga.concern.domain.Handelser.AterkopplingAvstadd;
import se.barnunga.concern.domain.Handelser.AterkopplingLamnad;
import se.barnunga.concern.domain.Kommandon.*;
import se.barnunga.platform.domain.Roll;

/**
 * Forwarding a concern to another recipient, and the feedback to the reporter or refraining from it.
 */
class OroVidarebefordranOchAterkopplingTest extends OroMottagandeTestBase {

    // ==== VidarebefordraOro ==========================================================================================

    @Nested
    @DisplayName("VidarebefordraOro")
    class Vidarebefordra {

        private static final String VARFOR = "Familjen har flyttat till en annan stadsdel.";
        /** Wednesday 09:00: a non-acute concern forwarded now is to be acknowledged by Thursday 17:00. */
        private final Instant t = kl("2026-03-11T09:00");
        private final Instant torsdag17 = Instant.parse("2026-03-12T16:00:00Z");

        @Test
        void the_recipient_forwards_and_the_new_recipient_gets_a_new_acknowledgement_deadline() {
            given(lamnadTillAnna(), mottagenAvAnna())
                    .when(new VidarebefordraOro(ID, TILL_MOTTAGNINGEN, VARFOR, REGLER, ANNA, t))
                    .expectEvents(vidarebefordrad(TILL_ANNA, TILL_MOTTAGNINGEN, VARFOR, t, torsdag17))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void an_acute_concern_forwarded_is_to_be_acknowledged_within_the_acute_time_from_the_forwarding() {
            Instant kl1005 = kl("2026-03-10T10:05");
            given(akutTillAnna())
                    .when(new VidarebefordraOro(ID, TILL_BO, "Anna är på hembesök hela dagen.", REGLER, ANNA, kl1005))
                    .expectEvents(vidarebefordrad(TILL_ANNA, TILL_BO, "Anna är på hembesök hela dagen.", kl1005,
                            Instant.parse("2026-03-10T09:35:00Z")));
        }

        @Test
        void socialjouren_forwards_to_the_responsible_secretary() {
            Instant kl1830 = kl("2026-03-10T18:30");
            given(akutTillJouren(), mottagen(TILL_JOUREN, JONAS, kl("2026-03-10T18:05")))
                    .when(new VidarebefordraOro(ID, TILL_ANNA, "Barnet har en pågående utredning hos Anna.", REGLER, JONAS,
                            kl1830))
                    .expectEvents(vidarebefordrad(TILL_JOUREN, TILL_ANNA, "Barnet har en pågående utredning hos Anna.",
                            kl1830, Instant.parse("2026-03-10T18:00:00Z")))
                    .expectEventsMatching(allaUtfordaAv(JONAS, Roll.SOCIALJOUR));
        }

        @Test
        void the_new_recipient_must_acknowledge_again() {
            Instant kl10 = kl("2026-03-11T10:00");
            given(lamnadTillAnna(), mottagenAvAnna(), vidarebefordrad(TILL_ANNA, TILL_MOTTAGNINGEN, VARFOR, t, torsdag17))
                    .when(new TaEmotOro(ID, MIA, kl10))
                    .expectEvents(mottagen(TILL_MOTTAGNINGEN, MIA, kl10));
        }

        @Test
        void the_old_recipient_can_no_longer_act() {
            given(lamnadTillAnna(), mottagenAvAnna(), vidarebefordrad(TILL_ANNA, TILL_MOTTAGNINGEN, VARFOR, t, torsdag17))
                    .when(new TaEmotOro(ID, ANNA, kl("2026-03-11T10:00")))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(lamnadTillAnna(), mottagenAvAnna(), vidarebefordrad(TILL_ANNA, TILL_MOTTAGNINGEN, VARFOR, t, torsdag17))
                    .when(new VidarebefordraOro(ID, TILL_BO, VARFOR, REGLER, ANNA, kl("2026-03-11T10:00")))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void only_the_current_recipient_forwards() {
            given(lamnadTillAnna())
                    .when(new VidarebefordraOro(ID, TILL_MOTTAGNINGEN, VARFOR, REGLER, BO, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void not_to_the_same_recipient() {
            given(lamnadTillAnna())
                    .when(new VidarebefordraOro(ID, TILL_ANNA, VARFOR, REGLER, ANNA, t))
                    .expectException(violates("till", "SAMMA_MOTTAGARE"))
                    .expectNoEvents();
        }

        @Test
        void the_recipient_is_required() {
            given(lamnadTillAnna())
                    .when(new VidarebefordraOro(ID, null, VARFOR, REGLER, ANNA, t))
                    .expectException(violates("till", "MOTTAGARE_KRAVS"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " \t "})
        void the_reason_is_required(String skal) {
            given(lamnadTillAnna())
                    .when(new VidarebefordraOro(ID, TILL_MOTTAGNINGEN, skal, REGLER, ANNA, t))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void not_after_the_preliminary_assessment_is_closed() {
            given(avslutadHosAnna())
                    .when(new VidarebefordraOro(ID, TILL_MOTTAGNINGEN, VARFOR, REGLER, ANNA, kl("2026-03-13T15:00")))
                    .expectException(conflicts("FORHANDSBEDOMNING_AVSLUTAD"))
                    .expectNoEvents();
        }
    }

    // ==== LamnaAterkoppling ==========================================================================================

    @Nested
    @DisplayName("LamnaAterkoppling")
    class Aterkoppling {

        private final Instant t = kl("2026-03-12T11:00");

        @Test
        void the_recipient_gives_feedback() {
            given(skyddsbedomdHosAnna())
                    .when(new LamnaAterkoppling(ID, Aterkopplingsbesked.UTREDNING_PAGAR, ANNA, t))
                    .expectEvents(new AterkopplingLamnad(ID, Aterkopplingsbesked.UTREDNING_PAGAR, t))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void feedback_may_be_given_after_the_closure() {
            Instant fredag = kl("2026-03-13T15:00");
            given(avslutadHosAnna())
                    .when(new LamnaAterkoppling(ID, Aterkopplingsbesked.UTREDNING_INLEDD, ANNA, fredag))
                    .expectEvents(new AterkopplingLamnad(ID, Aterkopplingsbesked.UTREDNING_INLEDD, fredag));
        }

        @Test
        void the_answer_is_required() {
            given(skyddsbedomdHosAnna())
                    .when(new LamnaAterkoppling(ID, null, ANNA, t))
                    .expectException(violates("besked", "BESKED_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_current_recipient_gives_feedback() {
            given(skyddsbedomdHosAnna())
                    .when(new LamnaAterkoppling(ID, Aterkopplingsbesked.INGEN_UTREDNING, BO, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(skyddsbedomdHosAnna())
                    .when(new LamnaAterkoppling(ID, Aterkopplingsbesked.INGEN_UTREDNING, ULLA, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void the_mottagning_gives_feedback_in_its_role() {
            given(lamnadTillMottagningen())
                    .when(new LamnaAterkoppling(ID, Aterkopplingsbesked.INGEN_UTREDNING, MIA, t))
                    .expectEvents(new AterkopplingLamnad(ID, Aterkopplingsbesked.INGEN_UTREDNING, t))
                    .expectEventsMatching(allaUtfordaAv(MIA, Roll.MOTTAGNING));
        }
    }

    // ==== AvstaFranAterkoppling (O10) ================================================================================

    /** 19 kap. 6 § SoL: feedback to a professional reporter "om det inte finns särskilda skäl mot det". */
    @Nested
    @DisplayName("AvstaFranAterkoppling")
    class IngenAterkoppling {

        private final Instant t = kl("2026-03-12T11:00");
        private static final String SARSKILDA_SKAL = "Uppgiftslämnaren är närstående till den misstänkte; beskedet kan skada barnet.";

        @Test
        void the_recipient_decides_against_feedback_for_special_reasons() {
            given(skyddsbedomdHosAnna())
                    .when(new AvstaFranAterkoppling(ID, SARSKILDA_SKAL, ANNA, t))
                    .expectEvents(new AterkopplingAvstadd(ID, SARSKILDA_SKAL, t))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void the_special_reasons_are_required(String skal) {
            given(skyddsbedomdHosAnna())
                    .when(new AvstaFranAterkoppling(ID, skal, ANNA, t))
                    .expectException(violates("sarskildaSkal", "SARSKILDA_SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void it_ends_the_obligation_so_no_feedback_is_given_afterwards() {
            given(skyddsbedomdHosAnna(), new AterkopplingAvstadd(ID, SARSKILDA_SKAL, t))
                    .when(new LamnaAterkoppling(ID, Aterkopplingsbesked.INGEN_UTREDNING, ANNA, t.plusSeconds(3600)))
                    .expectException(conflicts("ATERKOPPLING_AVSTADD"))
                    .expectNoEvents();
        }

        @Test
        void not_after_feedback_was_given_and_only_once() {
            given(skyddsbedomdHosAnna(), new AterkopplingLamnad(ID, Aterkopplingsbesked.UTREDNING_PAGAR, t))
                    .when(new AvstaFranAterkoppling(ID, SARSKILDA_SKAL, ANNA, t.plusSeconds(60)))
                    .expectException(conflicts("ATERKOPPLING_LAMNAD"))
                    .expectNoEvents();
            given(skyddsbedomdHosAnna(), new AterkopplingAvstadd(ID, SARSKILDA_SKAL, t))
                    .when(new AvstaFranAterkoppling(ID, SARSKILDA_SKAL, ANNA, t.plusSeconds(60)))
                    .expectException(conflicts("ATERKOPPLING_AVSTADD"))
                    .expectNoEvents();
        }

        @Test
        void only_the_current_recipient_decides_it() {
            given(skyddsbedomdHosAnna())
                    .when(new AvstaFranAterkoppling(ID, SARSKILDA_SKAL, BO, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(skyddsbedomdHosAnna())
                    .when(new AvstaFranAterkoppling(ID, SARSKILDA_SKAL, ULLA, t))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }
    }
}
