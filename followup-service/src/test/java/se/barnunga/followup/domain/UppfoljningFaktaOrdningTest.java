package se.barnunga.followup.domain;

import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.followup.domain.Handelser.*;
import se.barnunga.followup.domain.Kommandon.*;
import se.barnunga.followup.domain.Varden.Mal;
import se.barnunga.platform.domain.Roll;

/**
 * The assignment's facts late and out of order, merged by when the source event happened; the planning meeting
 * books the first follow-up meeting.
 */
class UppfoljningFaktaOrdningTest extends UppfoljningFaktaTestBase {

    // ==== Late and out of order =====================================================================================

    @Nested
    @DisplayName("Sent och i oordning")
    class Ordning {

        @Test
        void insats_verkstalld_before_uppdrag_skickat_then_the_older_assignment_fills_the_goals_but_not_newer_facts() {
            // InsatsVerkställd (newer) says Bo is the social secretary; the late UppdragSkickat (older) says Anna
            RegistreraVerkstallighet verkstallighet = new RegistreraVerkstallighet(ID, UPPDRAGSTYP, BARN, INSATSTYP,
                    BESLUTSDATUM, START, MYNDIGHETSENHET, "bo", UTFORARENHET, "ulla", VERKSTALLD, UPPDRAGSTJANSTEN);
            fixture.givenCommands(verkstallighet)
                    .when(registreraUppdrag())
                    .expectEvents(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, MAL, MYNDIGHETSENHET, "bo",
                            UTFORARENHET, VERKSTALLD));
        }

        @Test
        void insats_verkstalld_before_uppdrag_skickat_the_record_can_be_followed_up_once_the_goals_are_known() {
            fixture.givenCommands(registreraVerkstallighet(START, VERKSTALLD), registreraUppdrag())
                    .when(boka(bokning(FORSTA_MOTET)))
                    .expectEvents(bokatForsta());
        }

        @Test
        void a_late_older_uppdrag_skickat_does_not_overwrite_newer_goals_but_fills_unknown_fields() {
            List<Mal> nyaMal = List.of(MAL_SKOLA, new Mal("mal-halsa", "HALSA"));
            Instant nyare = kl("2026-02-25T09:00");
            // the newer event (a re-sent assignment) did not carry the decision date
            given(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, null, nyaMal, MYNDIGHETSENHET, "bo", UTFORARENHET, nyare))
                    .when(registreraUppdrag(SKICKAT))
                    .expectEvents(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, nyaMal, MYNDIGHETSENHET, "bo",
                            UTFORARENHET, nyare));
        }

        @Test
        void a_late_older_event_with_nothing_unknown_to_fill_gives_nothing() {
            Instant nyare = kl("2026-02-25T09:00");
            given(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, List.of(MAL_SKOLA), MYNDIGHETSENHET, "bo",
                    UTFORARENHET, nyare))
                    .when(registreraUppdrag(SKICKAT))
                    .expectNoEvents();
        }

        @Test
        void a_newer_event_replaces_the_facts_it_carries_and_keeps_what_it_lacks() {
            Instant nyare = kl("2026-02-25T09:00");
            List<Mal> nyaMal = List.of(MAL_FAMILJ);
            given(uppdragKant())
                    .when(new RegistreraUppdrag(ID, UPPDRAGSTYP, null, INSATSTYP, null, nyaMal, MYNDIGHETSENHET, "bo", null,
                            nyare, UPPDRAGSTJANSTEN))
                    .expectEvents(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, nyaMal, MYNDIGHETSENHET, "bo",
                            UTFORARENHET, nyare));
        }

        @Test
        void a_newer_event_without_goals_keeps_the_goals() {
            Instant nyare = kl("2026-02-25T09:00");
            given(uppdragKant())
                    .when(new RegistreraUppdrag(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, null, MYNDIGHETSENHET, "bo",
                            UTFORARENHET, nyare, UPPDRAGSTJANSTEN))
                    .expectEvents(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, MAL, MYNDIGHETSENHET, "bo",
                            UTFORARENHET, nyare));
        }

        /**
         * Anna (sent), Bo (re-sent, t2), Anna again (the start, t3) – arriving t1, t3, t2. The newest source (t3) says
         * Anna: the late t2 is older than it and may only fill what is unknown.
         */
        @Test
        void a_late_event_older_than_a_newer_one_that_changed_nothing_does_not_overwrite() {
            Instant t2 = kl("2026-02-25T09:00");
            given(uppdragKant())
                    .andGivenCommands(registreraVerkstallighet(START, VERKSTALLD))
                    .when(new RegistreraUppdrag(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, MAL, MYNDIGHETSENHET, "bo",
                            UTFORARENHET, t2, UPPDRAGSTJANSTEN))
                    .expectNoEvents();
        }

        @Test
        void insats_verkstalld_again_after_the_late_assignment_gives_nothing() {
            fixture.givenCommands(registreraVerkstallighet(START, VERKSTALLD), registreraUppdrag())
                    .when(registreraVerkstallighet(START, VERKSTALLD))
                    .expectNoEvents();
        }

        @Test
        void a_corrected_newer_start_date_replaces_the_start() {
            Instant rattat = kl("2026-03-04T10:00");
            given(startad())
                    .when(registreraVerkstallighet(START.plusDays(1), rattat))
                    .expectEvents(new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, MAL, MYNDIGHETSENHET, "anna",
                                    UTFORARENHET, rattat),
                            new AnsvarigUtforareKand(ID, UTFORARENHET, "ulla", rattat),
                            new VerkstallighetKand(ID, START.plusDays(1), rattat));
        }

        @Test
        void a_late_older_start_date_does_not_replace_the_newer() {
            given(startad())
                    .when(registreraVerkstallighet(START.minusDays(3), kl("2026-02-27T10:00")))
                    .expectNoEvents();
        }

        @Test
        void a_newer_appointment_replaces_the_responsible_performer() {
            Instant senare = kl("2026-03-10T10:00");
            given(startad())
                    .when(registreraAnsvarig("kalle", senare))
                    .expectEvents(new AnsvarigUtforareKand(ID, UTFORARENHET, "kalle", senare));
        }

        @Test
        void a_late_older_appointment_does_not_replace_the_responsible_performer() {
            given(startad())
                    .when(registreraAnsvarig("kalle", kl("2026-02-23T15:00")))
                    .expectNoEvents();
        }

        /** Ulla (t1), Kalle (t2), Ulla again in InsatsVerkställd (t3) – arriving t1, t3, t2: Ulla stays responsible. */
        @Test
        void a_late_appointment_older_than_a_newer_start_that_named_the_same_performer_does_not_overwrite() {
            given(uppdragKant(), ansvarigKand())
                    .andGivenCommands(registreraVerkstallighet(START, VERKSTALLD))
                    .when(registreraAnsvarig("kalle", kl("2026-02-26T10:00")))
                    .expectNoEvents();
        }

        @Test
        void genomforandeplan_v1_after_v2_gives_nothing() {
            given(uppdragKant(), new GenomforandeplanKand(ID, 2, LocalDate.of(2026, 4, 20), true, kl("2026-04-20T10:00")))
                    .when(new RegistreraGenomforandeplan(ID, 1, LocalDate.of(2026, 3, 20), false, kl("2026-03-20T10:00"),
                            UPPDRAGSTJANSTEN))
                    .expectNoEvents();
        }

        @Test
        void genomforandeplan_v2_after_v1_is_known() {
            Instant kand = kl("2026-04-20T10:00");
            given(uppdragKant(), new GenomforandeplanKand(ID, 1, LocalDate.of(2026, 3, 20), false, kl("2026-03-20T10:00")))
                    .when(new RegistreraGenomforandeplan(ID, 2, LocalDate.of(2026, 4, 20), true, kand, UPPDRAGSTJANSTEN))
                    .expectEvents(new GenomforandeplanKand(ID, 2, LocalDate.of(2026, 4, 20), true, kand));
        }
    }

    // ==== The planning meeting books the first follow-up ============================================================

    @Nested
    @DisplayName("Planeringsmötet bokar första uppföljningen")
    class Planeringsmotet {

        @Test
        void before_the_start_the_window_counts_from_the_planned_start() {
            given(uppdragKant(), ansvarigKand())
                    .when(registreraPlaneringsmote(FORSTA_MOTET, PLANERING_REGISTRERAD))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                            bokatVidPlaneringen(FORSTA_MOTET, PLANERAD_START, 44, true, false, PLANERING_REGISTRERAD))
                    .expectEventsMatching(allaUtfordaAv(UPPDRAGSTJANSTEN, Roll.SYSTEM));
        }

        @Test
        void after_the_start_the_window_counts_from_the_start_and_is_computed_not_enforced() {
            // started a week later than planned: the meeting is 37 days after the real start, within "senast inom 6–8 veckor"
            LocalDate start = PLANERAD_START.plusDays(7);
            fixture.given(uppdragKant(), ansvarigKand(), new VerkstallighetKand(ID, start, VERKSTALLD))
                    .when(registreraPlaneringsmote(FORSTA_MOTET, PLANERING_REGISTRERAD))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                            bokatVidPlaneringen(FORSTA_MOTET, start, 37, true, false, PLANERING_REGISTRERAD));
            // started two weeks earlier than planned: 58 days after the real start, later than 8 weeks – taken over all the same
            LocalDate tidig = PLANERAD_START.minusDays(14);
            fixture.given(uppdragKant(), ansvarigKand(), new VerkstallighetKand(ID, tidig, VERKSTALLD))
                    .when(registreraPlaneringsmote(FORSTA_MOTET, PLANERING_REGISTRERAD))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                            bokatVidPlaneringen(FORSTA_MOTET, tidig, 58, false, false, PLANERING_REGISTRERAD));
        }

        @Test
        void without_a_start_or_a_planned_start_there_is_no_window() {
            fixture.given(uppdragKant())
                    .when(new RegistreraPlaneringsmote(ID, PLANERINGSMOTET, null, FORSTA_MOTET, "anna", "ulla",
                            PLANERING_REGISTRERAD, UPPDRAGSTJANSTEN))
                    .expectEvents(new PlaneringsmoteKant(ID, PLANERINGSMOTET, null, FORSTA_MOTET, PLANERING_REGISTRERAD),
                            bokatVidPlaneringen(FORSTA_MOTET, null, null, null, false, PLANERING_REGISTRERAD));
        }

        @Test
        void the_social_secretary_named_by_the_planning_meeting_is_on_the_booking() {
            fixture.given(uppdragKant())
                    .when(new RegistreraPlaneringsmote(ID, PLANERINGSMOTET, PLANERAD_START, FORSTA_MOTET, "bo", "ulla",
                            PLANERING_REGISTRERAD, UPPDRAGSTJANSTEN))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD), bokat(b -> {
                        b.klockslag = null;
                        b.plats = null;
                        b.inbjudna = Set.of();
                        b.referensdatum = PLANERAD_START;
                        b.kalla = Bokningskalla.PLANERINGSMOTE;
                        b.socialsekreterare = "bo";
                        b.bokat = PLANERING_REGISTRERAD;
                    }));
        }

        @Test
        void without_a_first_meeting_nothing_is_booked() {
            fixture.given(uppdragKant())
                    .when(registreraPlaneringsmote(null, PLANERING_REGISTRERAD))
                    .expectEvents(planeringsmoteKant(null, PLANERING_REGISTRERAD));
        }

        @Test
        void a_newer_planning_meeting_event_re_books_the_meeting_it_booked() {
            Instant nyare = kl("2026-03-03T10:00");
            LocalDate nyttDatum = FORSTA_MOTET.plusDays(7);
            given(startad(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                    bokatVidPlaneringen(FORSTA_MOTET, PLANERAD_START, 44, true, false, PLANERING_REGISTRERAD))
                    .when(registreraPlaneringsmote(nyttDatum, nyare))
                    .expectEvents(planeringsmoteKant(nyttDatum, nyare),
                            bokatVidPlaneringen(nyttDatum, START, 51, true, true, nyare));
        }

        @Test
        void a_newer_planning_meeting_event_with_the_same_date_books_nothing() {
            Instant nyare = kl("2026-03-03T10:00");
            given(startad(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                    bokatVidPlaneringen(FORSTA_MOTET, PLANERAD_START, 44, true, false, PLANERING_REGISTRERAD))
                    .when(registreraPlaneringsmote(FORSTA_MOTET, nyare))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET, nyare));
        }

        @Test
        void an_older_planning_meeting_event_gives_nothing() {
            given(startad(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                    bokatVidPlaneringen(FORSTA_MOTET, PLANERAD_START, 44, true, false, PLANERING_REGISTRERAD))
                    .when(registreraPlaneringsmote(FORSTA_MOTET.plusDays(7), kl("2026-02-27T11:00")))
                    .expectNoEvents();
        }

        @Test
        void a_late_planning_meeting_does_not_replace_the_social_secretarys_own_booking() {
            given(bokad())
                    .when(registreraPlaneringsmote(FORSTA_MOTET.plusDays(3), PLANERING_REGISTRERAD))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET.plusDays(3), PLANERING_REGISTRERAD));
        }

        @Test
        void after_the_first_meeting_was_held_a_newer_planning_meeting_books_nothing() {
            given(forstaMotetHalletUtanNasta())
                    .when(registreraPlaneringsmote(FORSTA_MOTET.plusDays(3), kl("2026-04-16T10:00")))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET.plusDays(3), kl("2026-04-16T10:00")));
        }

        @Test
        void after_the_intervention_closed_nothing_is_booked() {
            given(startad(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(registreraPlaneringsmote(FORSTA_MOTET, PLANERING_REGISTRERAD))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD));
        }

        @Test
        void the_meeting_booked_at_the_planning_meeting_can_be_held_as_m1() {
            Uppfoljningsmote m = new Uppfoljningsmote();
            given(startad(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                    bokatVidPlaneringen(FORSTA_MOTET, PLANERAD_START, 44, true, false, PLANERING_REGISTRERAD),
                    new Sammanfattning().lamnad("M1", Motesslag.UPPFOLJNING))
                    .when(m.kommando())
                    .expectEvents(m.genomford("M1", 1, false, false, true), m.nastaBokat("M2"));
        }
    }
}
