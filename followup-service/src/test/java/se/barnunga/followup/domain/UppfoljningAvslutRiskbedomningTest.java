package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.PakallaUppfoljningsmote;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The closing meeting and the assignment-service's risk assessment; held once, after which nothing more is booked.
 */
class UppfoljningAvslutRiskbedomningTest extends UppfoljningAvslutTestBase {

    // ==== The risk assessment received from the assignment-service ====================================================

    @Nested
    @DisplayName("Riskbedömningen från uppdragstjänsten")
    class Riskbedomningen {

        @Test
        void it_is_recorded_as_a_fact_and_creates_the_record_if_missing() {
            fixture.givenNoPriorActivity()
                    .when(registreraRiskbedomning(Riskniva.OFORANDRAD, RISK_REGISTRERAD))
                    .expectEvents(riskbedomningKand(Riskniva.OFORANDRAD));
        }

        @Test
        void a_duplicate_or_an_older_one_changes_nothing_and_a_newer_one_replaces_it() {
            fixture.given(handelser(medSlutsammanfattning(), riskbedomningKand(Riskniva.MINSKAD)))
                    .when(registreraRiskbedomning(Riskniva.MINSKAD, RISK_REGISTRERAD))
                    .expectNoEvents();
            fixture.given(handelser(medSlutsammanfattning(), riskbedomningKand(Riskniva.MINSKAD)))
                    .when(registreraRiskbedomning(Riskniva.OKAD, RISK_REGISTRERAD.minusSeconds(60)))
                    .expectNoEvents();
            fixture.given(handelser(medSlutsammanfattning(), riskbedomningKand(Riskniva.MINSKAD)))
                    .when(registreraRiskbedomning(Riskniva.OKAD, RISK_REGISTRERAD.plusSeconds(60)))
                    .expectEvents(new Handelser.RiskbedomningKand(ID, Riskniva.OKAD, false, AVSLUTNINGSMOTET.minusDays(1),
                            RISK_REGISTRERAD.plusSeconds(60)));
        }

        @ParameterizedTest(name = "upplevelse [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void how_the_child_experienced_it_is_required(String upplevelse) {
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.barnetsUpplevelse = upplevelse).kommando())
                    .expectException(violates("barnetsUpplevelse", "UPPLEVELSE_KRAVS"));
        }

        @ParameterizedTest(name = "upplevelse [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void how_the_others_experienced_it_is_required(String upplevelse) {
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.ovrigasUpplevelse = upplevelse).kommando())
                    .expectException(violates("ovrigasUpplevelse", "UPPLEVELSE_KRAVS"));
        }

        @ParameterizedTest(name = "skäl [{0}]")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void the_closing_summary_is_presented_or_a_reason_given(String skal) {
            given(medSlutsammanfattning())
                    .when(avslutning(a -> {
                        a.slutsammanfattningPresenterad = false;
                        a.skalUtanSlutsammanfattning = skal;
                    }).kommando())
                    .expectException(violates("slutsammanfattningPresenterad", "SLUTSAMMANFATTNING_SAKNAS"));
        }

        @Test
        void not_presented_with_a_reason_is_recorded() {
            Avslutning a = avslutning(x -> {
                x.slutsammanfattningPresenterad = false;
                x.skalUtanSlutsammanfattning = "Ulla var sjuk; sammanfattningen skickas hem till familjen.";
            });
            given(avslutningsmoteBokat())
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", false));
        }

        @Test
        void presented_drops_a_reason_for_not_presenting() {
            Avslutning a = avslutning(x -> x.skalUtanSlutsammanfattning = "Onödigt skäl.");
            given(medSlutsammanfattning())
                    .when(a.kommando())
                    .expectEvents(new Avslutning().genomfort("M2", true));
        }

        @Test
        void every_goal_is_rated_and_the_missing_one_named() {
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.bedomningar = List.of(SLUTBEDOMNINGAR.get(1))).kommando())
                    .expectException(violates("bedomningar", "MAL_EJ_BEDOMT", MAL_SKOLA.malId()));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.bedomningar = null).kommando())
                    .expectException(violates("bedomningar", "MAL_EJ_BEDOMT"));
        }

        @Test
        void the_ratings_follow_the_rating_rules() {
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.bedomningar = List.of(SLUTBEDOMNINGAR.get(0),
                            new Bedomning("mal-halsa", Bbicskala.INGEN_FORANDRING, "Ingen skillnad."))).kommando())
                    .expectException(violates("bedomningar[1].malId", "OKANT_MAL"));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.bedomningar = List.of(SLUTBEDOMNINGAR.get(0), SLUTBEDOMNINGAR.get(0))).kommando())
                    .expectException(violates("bedomningar[1].malId", "MAL_DUBBLERAT"));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.bedomningar = List.of(new Bedomning(MAL_SKOLA.malId(), null, "Går varje dag."),
                            SLUTBEDOMNINGAR.get(1))).kommando())
                    .expectException(violates("bedomningar[0].skala", "SKALA_KRAVS"));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.bedomningar = List.of(SLUTBEDOMNINGAR.get(0),
                            new Bedomning(MAL_FAMILJ.malId(), Bbicskala.INGEN_FORANDRING, ""))).kommando())
                    .expectException(violates("bedomningar[1].forandring", "FORANDRING_KRAVS"));
        }

        @Test
        void the_child_not_taking_part_needs_a_reason() {
            Set<Deltagare> utanBarnet = Set.of(Deltagare.VARDNADSHAVARE, Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE);
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.deltagare = utanBarnet).kommando())
                    .expectException(violates("skalBarnetDeltogEj", "SKAL_KRAVS"));
            Avslutning a = avslutning(x -> {
                x.deltagare = utanBarnet;
                x.skalBarnetDeltogEj = "Alva ville inte komma; hon har berättat för Ulla hur hon upplevt insatsen.";
            });
            given(medSlutsammanfattning())
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", true));
        }

        @Test
        void the_participants_are_required_and_the_social_secretary_leads() {
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.deltagare = Set.of()).kommando())
                    .expectException(violates("deltagare", "DELTAGARE_KRAVS"));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.deltagare = Set.of(Deltagare.BARNET, Deltagare.ANSVARIG_UTFORARE)).kommando())
                    .expectException(violates("deltagare", "SOCIALSEKRETERAREN_LEDER"));
        }

        @Test
        void the_date_rules() {
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.datum = null).kommando())
                    .expectException(violates("datum", "DATUM_KRAVS"));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.datum = LocalDate.of(1800, 1, 1)).kommando())
                    .expectException(violates("datum", "DATUM_ORIMLIGT"));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.datum = AVSLUTNINGSMOTET.plusDays(1)).kommando())
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.datum = START.minusDays(1)).kommando())
                    .expectException(violates("datum", "FORE_START"));
            given(medSlutsammanfattning())
                    .when(avslutning(a -> a.datum = FORSTA_MOTET.minusDays(1)).kommando())
                    .expectException(violates("datum", "FORE_FOREGAENDE_MOTE"));
        }

        @Test
        void today_is_stockholm_time() {
            Avslutning a = avslutning(x -> x.tidpunkt = kl(AVSLUTNINGSMOTET, 0, 30));
            given(medSlutsammanfattning())
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", true));
        }
    }

    // ==== Once, and the end =========================================================================================

    @Nested
    @DisplayName("En gång, och sedan slut")
    class Slut {

        @Test
        void the_closing_meeting_is_held_once() {
            given(avslutningsmotetHallet())
                    .when(avslutning(a -> a.tidpunkt = kl(AVSLUTNINGSMOTET.plusDays(1), 9, 0)).kommando())
                    .expectException(conflicts("AVSLUTNINGSMOTE_GENOMFORT"))
                    .expectNoEvents();
        }

        @Test
        void after_it_nothing_more_is_booked() {
            LocalDate datum = AVSLUTNINGSMOTET.plusDays(42);
            for (Motesslag slag : Motesslag.values()) {
                given(avslutningsmotetHallet())
                        .when(boka(slag, bokning(datum, SKAL_UTANFOR), kl(AVSLUTNINGSMOTET.plusDays(1), 9, 0)))
                        .expectException(conflicts("AVSLUTNINGSMOTE_GENOMFORT"))
                        .expectNoEvents();
            }
        }

        @Test
        void after_it_no_meeting_is_called_for_or_registered() {
            for (Actor actor : new Actor[] {ANNA, ULLA}) {
                given(avslutningsmotetHallet())
                        .when(new PakallaUppfoljningsmote(ID, "Familjen vill ses igen.", actor, kl(AVSLUTNINGSMOTET.plusDays(3), 9, 0)))
                        .expectException(conflicts("AVSLUTNINGSMOTE_GENOMFORT"));
            }
            given(avslutningsmotetHallet())
                    .when(uppfoljningsmote(m -> {
                        m.datum = AVSLUTNINGSMOTET;
                        m.tidpunkt = AVSLUTNING_REGISTRERAD;
                    }).kommando())
                    .expectException(conflicts("AVSLUTNINGSMOTE_GENOMFORT"));
        }

        @Test
        void after_it_a_planning_meeting_event_books_nothing() {
            given(avslutningsmotetHallet())
                    .when(registreraPlaneringsmote(FORSTA_MOTET, PLANERING_REGISTRERAD))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD));
        }

        @Test
        void after_insats_avslutad_the_closing_meeting_is_still_held() {
            Avslutning a = new Avslutning();
            given(medSlutsammanfattning(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", true))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void after_insats_avslutad_the_dropped_follow_up_is_not_taken_over() {
            Avslutning a = avslutning(x -> {
                x.datum = FORSTA_MOTET.plusDays(5);
                x.tidpunkt = kl(FORSTA_MOTET.plusDays(5), 16, 0);
            });
            given(bokadMedSammanfattning(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(a.kommando())
                    .expectEvents(a.genomfort("M2", false));
        }

        @Test
        void after_beslut_aterkallat_there_is_no_closing_meeting() {
            given(medSlutsammanfattning(), slutKant(Avslutsorsak.BESLUT_ATERKALLAT))
                    .when(new Avslutning().kommando())
                    .expectException(conflicts("BESLUTET_ATERKALLAT"))
                    .expectNoEvents();
        }
    }
}
