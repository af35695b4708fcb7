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
import se.barnunga.platform.domain.Roll;

/**
 * The assignment's facts: each fact command creates the follow-up record when it is missing, is never refused, and
 * gives nothing when it brings nothing new.
 */
class UppfoljningFaktaTest extends UppfoljningFaktaTestBase {

    // ==== A missing record is created ================================================================================

    @Nested
    @DisplayName("Skapas när den saknas")
    class Skapas {

        @Test
        void uppdrag_skickat_creates_the_record_with_the_facts() {
            fixture.givenNoPriorActivity()
                    .when(registreraUppdrag())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(uppdragKant())
                    .expectEventsMatching(allaUtfordaAv(UPPDRAGSTJANSTEN, Roll.SYSTEM));
        }

        @Test
        void insats_verkstalld_creates_the_record_with_the_facts_the_performer_and_the_start() {
            fixture.givenNoPriorActivity()
                    .when(registreraVerkstallighet(START, VERKSTALLD))
                    .expectEvents(
                            new UppdragKant(ID, UPPDRAGSTYP, BARN, INSATSTYP, BESLUTSDATUM, List.of(), MYNDIGHETSENHET, "anna",
                                    UTFORARENHET, VERKSTALLD),
                            new AnsvarigUtforareKand(ID, UTFORARENHET, "ulla", VERKSTALLD),
                            new VerkstallighetKand(ID, START, VERKSTALLD))
                    .expectEventsMatching(allaUtfordaAv(UPPDRAGSTJANSTEN, Roll.SYSTEM));
        }

        @Test
        void ansvarig_utforare_utsedd_creates_the_record() {
            fixture.givenNoPriorActivity()
                    .when(registreraAnsvarig("ulla", UTSEDD))
                    .expectEvents(ansvarigKand())
                    .expectEventsMatching(allaUtfordaAv(UPPDRAGSTJANSTEN, Roll.SYSTEM));
        }

        @Test
        void planeringsmote_genomfort_creates_the_record_and_books_the_first_meeting() {
            fixture.givenNoPriorActivity()
                    .when(registreraPlaneringsmote(FORSTA_MOTET, PLANERING_REGISTRERAD))
                    .expectEvents(planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                            bokat(b -> {
                                b.klockslag = null;
                                b.plats = null;
                                b.inbjudna = Set.of();
                                b.referensdatum = PLANERAD_START;
                                b.dagarFranReferens = 44;
                                b.inomFonster = true;
                                b.kalla = Bokningskalla.PLANERINGSMOTE;
                                b.myndighetsenhet = null;
                                b.utforarenhet = null;
                                b.bokat = PLANERING_REGISTRERAD;
                            }))
                    .expectEventsMatching(allaUtfordaAv(UPPDRAGSTJANSTEN, Roll.SYSTEM));
        }

        @Test
        void genomforandeplan_upprattad_creates_the_record() {
            Instant kand = kl("2026-03-20T10:00");
            fixture.givenNoPriorActivity()
                    .when(new RegistreraGenomforandeplan(ID, 1, LocalDate.of(2026, 3, 20), false, kand, UPPDRAGSTJANSTEN))
                    .expectEvents(new GenomforandeplanKand(ID, 1, LocalDate.of(2026, 3, 20), false, kand));
        }

        @Test
        void insats_avslutad_creates_the_record() {
            fixture.givenNoPriorActivity()
                    .when(registreraSlut(Avslutsorsak.INSATS_AVSLUTAD))
                    .expectEvents(slutKant(Avslutsorsak.INSATS_AVSLUTAD));
        }

        @Test
        void beslut_aterkallat_creates_the_record() {
            fixture.givenNoPriorActivity()
                    .when(registreraSlut(Avslutsorsak.BESLUT_ATERKALLAT))
                    .expectEvents(slutKant(Avslutsorsak.BESLUT_ATERKALLAT));
        }
    }

    // ==== Duplicates ================================================================================================

    @Nested
    @DisplayName("Dubbletter")
    class Dubbletter {

        @Test
        void uppdrag_skickat_twice_gives_nothing() {
            given(uppdragKant())
                    .when(registreraUppdrag())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void insats_verkstalld_twice_gives_nothing() {
            given(startad())
                    .when(registreraVerkstallighet(START, VERKSTALLD))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void ansvarig_utforare_utsedd_twice_gives_nothing() {
            given(uppdragKant(), ansvarigKand())
                    .when(registreraAnsvarig("ulla", UTSEDD))
                    .expectNoEvents();
        }

        @Test
        void planeringsmote_genomfort_twice_gives_nothing() {
            given(uppdragKant(), planeringsmoteKant(FORSTA_MOTET, PLANERING_REGISTRERAD),
                    bokatVidPlaneringen(FORSTA_MOTET, PLANERAD_START, 44, true, false, PLANERING_REGISTRERAD))
                    .when(registreraPlaneringsmote(FORSTA_MOTET, PLANERING_REGISTRERAD))
                    .expectNoEvents();
        }

        @Test
        void genomforandeplan_upprattad_twice_gives_nothing() {
            Instant kand = kl("2026-03-20T10:00");
            given(uppdragKant(), new GenomforandeplanKand(ID, 1, LocalDate.of(2026, 3, 20), false, kand))
                    .when(new RegistreraGenomforandeplan(ID, 1, LocalDate.of(2026, 3, 20), false, kand, UPPDRAGSTJANSTEN))
                    .expectNoEvents();
        }

        @Test
        void insats_avslutad_twice_gives_one_event() {
            given(startad(), slutKant(Avslutsorsak.INSATS_AVSLUTAD))
                    .when(registreraSlut(Avslutsorsak.INSATS_AVSLUTAD))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }
}
