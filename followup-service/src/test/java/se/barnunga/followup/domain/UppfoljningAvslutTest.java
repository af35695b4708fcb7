package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The closing meeting ({@code RegistreraAvslutningsmote}): who registers it and when, and its content.
 */
class UppfoljningAvslutTest extends UppfoljningAvslutTestBase {

    // ==== The closing meeting is recorded ===========================================================================

    @Nested
    @DisplayName("Avslutningsmötet registreras")
    class Registreras {

        @Test
        void the_closing_meeting_is_recorded_with_the_performers_closing_summary() {
            Avslutning a = new Avslutning();
            given(medSlutsammanfattning())
                    .when(a.kommando())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(a.genomfort("M2", true))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void without_a_closing_summary_handed_in_it_was_not_lamnad() {
            Avslutning a = new Avslutning();
            given(avslutningsmoteBokat())
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", false));
        }

        @Test
        void a_follow_up_summary_is_not_the_closing_summary() {
            // M2 was booked as a follow-up and Ulla summarised for it; it was then held as the closing meeting
            Avslutning a = avslutning(x -> {
                x.datum = ANDRA_MOTET;
                x.tidpunkt = ANDRA_REGISTRERAT;
            });
            given(forstaMotetHallet(), new Sammanfattning().lamnad("M2", Motesslag.UPPFOLJNING))
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", false));
        }

        @Test
        void a_follow_up_with_its_summary_re_booked_as_the_closing_meeting_has_no_closing_summary() {
            Avslutning a = avslutning(x -> {
                x.datum = FORSTA_MOTET;
                x.tidpunkt = FORSTA_REGISTRERAT;
            });
            given(bokadMedSammanfattning(), bokat(b -> {
                b.slag = Motesslag.AVSLUTNING;
                b.referensdatum = null;
                b.dagarFranReferens = null;
                b.inomFonster = null;
                b.ombokning = true;
            }))
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M1", false));
        }

        @Test
        void it_takes_over_the_booked_meetings_id() {
            Avslutning a = avslutning(x -> {
                x.datum = ANDRA_MOTET;
                x.tidpunkt = ANDRA_REGISTRERAT;
            });
            given(forstaMotetHallet())
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", false));
        }

        @Test
        void without_a_booking_it_gets_the_next_id() {
            Avslutning a = new Avslutning();
            given(forstaMotetHalletUtanNasta())
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", false));
            Avslutning forsta = avslutning(x -> {
                x.datum = START.plusDays(30);
                x.tidpunkt = kl(START.plusDays(30), 16, 0);
            });
            given(startad())
                    .when(forsta.kommando())
                    .expectEvents(forsta.genomfort("M1", false));
        }

        @Test
        void it_answers_with_the_meeting_id() {
            given(medSlutsammanfattning())
                    .when(new Avslutning().kommando())
                    .expectResultMessagePayload("M2");
        }

        @Test
        void only_a_social_secretary_of_the_owning_unit_registers_it() {
            for (Actor actor : INTE_SOCIALSEKRETERARE) {
                given(medSlutsammanfattning())
                        .when(avslutning(a -> a.actor = actor).kommando())
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void not_started_is_a_conflict() {
            given(uppdragKant(), ansvarigKand())
                    .when(new Avslutning().kommando())
                    .expectException(conflicts("INSATSEN_EJ_VERKSTALLD"));
        }

        @Test
        void before_the_goals_are_known_it_is_a_conflict() {
            given(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, List.of(), MYNDIGHETSENHET, "anna",
                    UTFORARENHET, VERKSTALLD), ansvarigKand(), verkstalld())
                    .when(new Avslutning().kommando())
                    .expectException(conflicts("MALEN_EJ_KANDA"));
        }
    }

    // ==== Its content =================================================================================================

    @Nested
    @DisplayName("Innehåll")
    class Innehall {

        @Test
        void the_risk_assessment_is_required() {
            // one risk assessment per case, made in the assignment: without it, and whatever the request says, it is refused
            for (Riskniva skickad : new Riskniva[] {null, Riskniva.MINSKAD}) {
                fixture.given(medSlutsammanfattning())
                        .when(avslutning(a -> a.riskbedomning = skickad).kommando())
                        .expectException(violates("riskbedomning", "RISKBEDOMNING_SAKNAS"))
                        .expectNoEvents();
            }
        }

        @ParameterizedTest
        @EnumSource(Riskniva.class)
        void the_assignments_risk_assessment_reduced_unchanged_or_increased_is_carried(Riskniva risk) {
            Avslutning a = avslutning(x -> x.uppdragetsRisk = risk);
            fixture.given(handelser(medSlutsammanfattning(), riskbedomningKand(risk)))
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", true));
        }

        @Test
        void a_risk_assessment_sent_along_is_accepted_only_when_it_is_the_assignments() {
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.riskbedomning = Riskniva.OKAD).kommando())
                    .expectException(violates("riskbedomning", "RISKBEDOMNING_AVVIKER"))
                    .expectNoEvents();
            Avslutning samma = avslutning(a -> a.riskbedomning = Riskniva.MINSKAD);
            given(medSlutsammanfattning())
                    .when(samma.kommando())
                    .expectEvents(samma.genomfort("M2", true));
        }

        @Test
        void the_newest_risk_assessment_of_the_assignment_counts() {
            Avslutning a = avslutning(x -> x.uppdragetsRisk = Riskniva.OKAD);
            fixture.given(handelser(medSlutsammanfattning(), riskbedomningKand(Riskniva.MINSKAD),
                            new Handelser.RiskbedomningKand(ID, Riskniva.OKAD, true, AVSLUTNINGSMOTET, RISK_REGISTRERAD.plusSeconds(3600))))
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", true));
        }
    }
}
