package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * The planning meeting.
 */
class UppdragPlaneringsmoteTest extends UppdragMottagandeOchPlaneringTestBase {

    @Nested
    @DisplayName("RegistreraPlaneringsmote")
    class Planeringsmote {

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING"})
        void a_start_exactly_14_days_after_the_decision_needs_no_reason(Uppdragstyp typ) {
            given(tillTilldelat(typ))
                    .when(mote(m -> m.start(BESLUT.plusDays(14))))
                    .expectEvents(moteGenomfort(m -> m.start(BESLUT.plusDays(14))));
        }

        @Test
        void the_ansvarig_utforare_registers_the_meeting_in_her_role() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.actor = ULLA))
                    .expectEvents(moteGenomfort(m -> m.actor = ULLA))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void a_start_15_days_after_the_decision_needs_a_reason() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.start(BESLUT.plusDays(15))))
                    .expectException(violates("skalForSenStart", "SEN_START_KRAVER_SKAL"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.start(BESLUT.plusDays(15)).skalForSenStart = " "))
                    .expectException(violates("skalForSenStart", "SEN_START_KRAVER_SKAL"))
                    .expectNoEvents();
        }

        @Test
        void a_late_start_with_a_reason_is_accepted_and_the_reason_kept() {
            Consumer<Mote> sen = m -> m.start(BESLUT.plusDays(15)).skalForSenStart = "Familjen önskade start efter lovet";
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(sen))
                    .expectEvents(moteGenomfort(sen));
        }

        @Test
        void the_first_follow_up_may_be_any_day_after_the_start_up_to_8_weeks_without_a_reason() {
            // "senast inom 6–8 veckor efter insatsens verkställighet": an upper bound, no lower one
            for (int dagar : new int[] {1, 14, 41, 42, 56}) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(mote(m -> m.forstaUppfoljningsmote = START.plusDays(dagar)))
                        .expectEvents(moteGenomfort(m -> m.forstaUppfoljningsmote = START.plusDays(dagar)));
            }
        }

        @Test
        void a_follow_up_later_than_8_weeks_needs_a_reason_and_is_accepted_with_one() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.forstaUppfoljningsmote = START.plusDays(57)))
                    .expectException(violates("skalForSenUppfoljning", "SEN_UPPFOLJNING_KRAVER_SKAL"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> {
                        m.forstaUppfoljningsmote = START.plusDays(57);
                        m.skalForSenUppfoljning = " ";
                    }))
                    .expectException(violates("skalForSenUppfoljning", "SEN_UPPFOLJNING_KRAVER_SKAL"))
                    .expectNoEvents();
            Consumer<Mote> senMedSkal = m -> {
                m.forstaUppfoljningsmote = START.plusDays(70);
                m.skalForSenUppfoljning = "Familjen är bortrest vecka 7–9";
            };
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(senMedSkal))
                    .expectEvents(moteGenomfort(senMedSkal));
        }

        @Test
        void a_reason_for_a_follow_up_within_8_weeks_is_not_kept() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.skalForSenUppfoljning = "Onödigt skäl"))
                    .expectEvents(moteGenomfort(m -> { }));
        }

        @Test
        void a_follow_up_is_booked_and_lies_after_the_start() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.forstaUppfoljningsmote = null))
                    .expectException(violates("forstaUppfoljningsmote", "UPPFOLJNING_KRAVS"))
                    .expectNoEvents();
            for (LocalDate uppfoljning : new LocalDate[] {START, START.minusDays(1)}) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(mote(m -> m.forstaUppfoljningsmote = uppfoljning))
                        .expectException(violates("forstaUppfoljningsmote", "UPPFOLJNING_FORE_START"))
                        .expectNoEvents();
            }
        }

        @Test
        void the_8_weeks_count_from_the_planned_start_not_the_meeting() {
            LocalDate start = MOTE.plusDays(7);
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> {
                        m.start(start);
                        m.forstaUppfoljningsmote = MOTE.plusDays(63);
                    }))
                    .expectEvents(moteGenomfort(m -> {
                        m.start(start);
                        m.forstaUppfoljningsmote = MOTE.plusDays(63);
                    }));
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> {
                        m.start(start);
                        m.forstaUppfoljningsmote = start.plusDays(57);
                    }))
                    .expectException(violates("skalForSenUppfoljning", "SEN_UPPFOLJNING_KRAVER_SKAL"))
                    .expectNoEvents();
        }

        @Test
        void a_child_who_did_not_attend_needs_the_reason_documented() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.barnetDeltog = false))
                    .expectException(violates("orsakBarnetDeltogEj", "ORSAK_KRAVS"))
                    .expectNoEvents();
            Consumer<Mote> franvarande = m -> {
                m.barnetDeltog = false;
                m.orsakBarnetDeltogEj = "Alva var sjuk";
                m.deltagare = Set.of(Deltagare.VARDNADSHAVARE, Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE);
            };
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(franvarande))
                    .expectEvents(moteGenomfort(franvarande));
        }

        @Test
        void a_reason_for_absence_is_dropped_when_the_child_attended() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.orsakBarnetDeltogEj = "Onödig uppgift"))
                    .expectEvents(moteGenomfort(m -> { }));
        }

        @Test
        void the_family_is_informed_about_secrecy() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.sekretessInformerad = false))
                    .expectException(violates("sekretessInformerad", "SEKRETESSINFORMATION_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_goals_are_gone_through() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.malGenomgangna = false))
                    .expectException(violates("malGenomgangna", "MAL_SKA_GAS_IGENOM"))
                    .expectNoEvents();
        }

        @Test
        void the_meeting_names_its_participants() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.deltagare = Set.of()))
                    .expectException(violates("deltagare", "DELTAGARE_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.deltagare = null))
                    .expectException(violates("deltagare", "DELTAGARE_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_meeting_decides_the_start_date_on_or_after_the_meeting() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.planeratStartdatum = null))
                    .expectException(violates("planeratStartdatum", "STARTDATUM_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.start(MOTE.minusDays(1))))
                    .expectException(violates("planeratStartdatum", "START_FORE_MOTET"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.start(MOTE)))
                    .expectEvents(moteGenomfort(m -> m.start(MOTE)));
        }

        @Test
        void the_start_lies_within_the_decision_period() {
            // The period of the intervention during the investigation ends 2026-03-06.
            LocalDate efterPerioden = PERIOD_UNDER_UTREDNING.tom().plusDays(1);
            given(tillTilldelat(INSATS_UNDER_UTREDNING))
                    .when(mote(m -> m.start(efterPerioden).skalForSenStart = "Familjen bortrest"))
                    .expectException(violates("planeratStartdatum", "START_EFTER_BESLUTSPERIOD"))
                    .expectNoEvents();
            Consumer<Mote> sistaDagen = m -> m.start(PERIOD_UNDER_UTREDNING.tom()).skalForSenStart = "Familjen bortrest";
            given(tillTilldelat(INSATS_UNDER_UTREDNING))
                    .when(mote(sistaDagen))
                    .expectEvents(moteGenomfort(sistaDagen));
        }

        @Test
        void the_meeting_is_held_after_the_decision_and_not_in_the_future() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.datum = BESLUT.minusDays(1)))
                    .expectException(violates("datum", "MOTE_FORE_BESLUT"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.datum = IDAG.plusDays(1)))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.datum = null))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> {
                        m.datum = BESLUT;
                        m.start(BESLUT);
                    }))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_planning_meeting_is_registered_once() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(mote(m -> { }))
                    .expectException(conflicts("PLANERINGSMOTE_REDAN_REGISTRERAT"))
                    .expectNoEvents();
        }

        @Test
        void an_investigation_assignment_has_no_planning_meeting() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(mote(m -> { }))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
        }

        @Test
        void a_revoked_decision_has_no_planning_meeting() {
            given(tillTilldelat(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 2, 12)))
                    .when(mote(m -> { }))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void it_waits_for_an_appointed_ansvarig_utforare() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(mote(m -> { }))
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_cases_social_secretary_or_the_ansvarig_utforare_registers_it() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, EVA)) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(mote(m -> m.actor = annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void the_period_of_a_granted_intervention_until_further_notice_does_not_limit_the_start() {
            Period tillsVidare = new Period(BESLUT, null);
            Consumer<Mote> sen = m -> m.start(LocalDate.of(2026, 6, 1)).skalForSenStart = "Familjen önskade";
            given(tillKlartecken(BEVILJAD_INSATS), samtycken(),
                    beviljad(BEVILJAD_INSATS, BARN, BESLUT, Lagrum.SOL_2025_11_1, tillsVidare), skickat(BEVILJAD_INSATS),
                    mottaget(), utsedd())
                    .when(mote(sen))
                    .expectEvents(moteGenomfort(sen));
        }
    }
}
