package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
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

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Aktivitet;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * From the planned start through the intervention: start, verkställighet, interruption and resumption, postponement,
 * revocation, the implementation plan and the family's objections.
 */
class UppdragGenomforandeTest {

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    /** The given events and lists of events, as one list. */
    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    /** The case of a BEVILJAD_INSATS for another child, up to the established plan. */
    private static List<Object> tillPlanFor(Barn barn) {
        return handelser(registrerad(BEVILJAD_INSATS, barn), forfragan(), klartecken(), samtycken(),
                barnetSamtycker(SAMTYCKT), beviljad(BEVILJAD_INSATS, barn, BESLUT, Lagrum.SOL_2025_11_1, null),
                skickat(BEVILJAD_INSATS), mottaget(), utsedd(), planerat(), verkstalld(START), planUpprattad());
    }

    // ==== BekraftaStart ======================================================================================

    @Nested
    @DisplayName("BekraftaStart")
    class Start {

        @Test
        void the_ansvarig_utforare_confirms_the_start_on_the_agreed_date() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectEvents(new StartBekraftad(ID, START, true, null, NU));
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void confirming_before_the_agreed_date_is_a_conflict() {
            // 23:30 on 23 February in Stockholm, the day before the agreed start.
            Instant kvallenFore = Instant.parse("2026-02-23T22:30:00Z");
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, kvallenFore))
                    .expectException(conflicts("STARTDATUM_INTE_NATT"))
                    .expectNoEvents();
            // 00:30 on 24 February in Stockholm: the agreed date has come.
            Instant strax_efter_midnatt = Instant.parse("2026-02-23T23:30:00Z");
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, strax_efter_midnatt))
                    .expectEvents(new StartBekraftad(ID, START, true, null, strax_efter_midnatt));
        }

        @Test
        void an_intervention_that_did_not_start_needs_a_reason() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, false, " ", ULLA, NU))
                    .expectException(violates("orsak", "ORSAK_KRAVS"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, false, "Familjen kom inte", ULLA, NU))
                    .expectEvents(new StartBekraftad(ID, START, false, "Familjen kom inte", NU));
        }

        @Test
        void a_reason_is_dropped_when_it_started() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, "Onödig orsak", ULLA, NU))
                    .expectEvents(new StartBekraftad(ID, START, true, null, NU));
        }

        @Test
        void the_start_is_confirmed_after_the_planning_meeting_and_before_verkstallighet() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("INSATS_REDAN_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void a_postponement_moves_the_agreed_date() {
            LocalDate onskat = LocalDate.of(2026, 3, 20);
            given(tillPlanerat(BEVILJAD_INSATS), uppskov(onskat))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("STARTDATUM_INTE_NATT"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), uppskov(onskat))
                    .when(new BekraftaStart(ID, true, null, ULLA, pa(onskat)))
                    .expectEvents(new StartBekraftad(ID, onskat, true, null, pa(onskat)));
        }

        @Test
        void not_for_an_investigation_assignment_nor_a_revoked_decision() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 2, 20)))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void without_an_appointed_performer_it_is_a_conflict() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_confirms() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, ANNA)) {
                given(tillPlanerat(BEVILJAD_INSATS))
                        .when(new BekraftaStart(ID, true, null, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== DokumenteraVerkstallighet ==========================================================================

    @Nested
    @DisplayName("DokumenteraVerkstallighet")
    class Verkstallighet {

        private InsatsVerkstalld verkstalldNu(Uppdragstyp typ, LocalDate datum) {
            return new InsatsVerkstalld(ID, typ, BARN, INSATSTYP, BESLUT, datum, UTFORARENHET, MYNDIGHETSENHET, "anna",
                    "ulla", NU);
        }

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING"})
        void the_social_secretary_documents_the_real_start(Uppdragstyp typ) {
            given(tillPlanerat(typ))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectEvents(verkstalldNu(typ, START));
        }

        @Test
        void a_start_on_the_decision_date_is_accepted() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, BESLUT, ANNA, NU))
                    .expectEvents(verkstalldNu(BEVILJAD_INSATS, BESLUT));
        }

        @Test
        void a_start_before_the_decision_date_is_refused() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, BESLUT.minusDays(1), ANNA, NU))
                    .expectException(violates("verkstallighetsdatum", "START_FORE_BESLUT"))
                    .expectNoEvents();
        }

        @Test
        void a_start_in_the_future_is_refused_today_is_accepted() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, IDAG.plusDays(1), ANNA, NU))
                    .expectException(violates("verkstallighetsdatum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, IDAG, ANNA, NU))
                    .expectEvents(verkstalldNu(BEVILJAD_INSATS, IDAG));
        }

        @Test
        void the_date_is_required() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, null, ANNA, NU))
                    .expectException(violates("verkstallighetsdatum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_start_lies_within_the_decision_period() {
            given(tillPlanerat(INSATS_UNDER_UTREDNING))
                    .when(new DokumenteraVerkstallighet(ID, PERIOD_UNDER_UTREDNING.tom().plusDays(1), ANNA, NU))
                    .expectException(violates("verkstallighetsdatum", "START_EFTER_BESLUTSPERIOD"))
                    .expectNoEvents();
            given(tillPlanerat(INSATS_UNDER_UTREDNING))
                    .when(new DokumenteraVerkstallighet(ID, PERIOD_UNDER_UTREDNING.tom(), ANNA, NU))
                    .expectEvents(verkstalldNu(INSATS_UNDER_UTREDNING, PERIOD_UNDER_UTREDNING.tom()));
        }

        @Test
        void verkstallighet_follows_the_planning_meeting_and_is_documented_once() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("INSATS_REDAN_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void not_for_an_investigation_assignment_nor_a_revoked_decision() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 2, 20)))
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_documents_it() {
            for (Actor annan : List.of(EVA, MATS, ULLA)) {
                given(tillPlanerat(BEVILJAD_INSATS))
                        .when(new DokumenteraVerkstallighet(ID, START, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== AvbrytVerkstallighet / AterupptaVerkstallighet =====================================================

    @Nested
    @DisplayName("AvbrytVerkstallighet och AterupptaVerkstallighet")
    class AvbrottOchAterupptagande {

        private final LocalDate avbrott = LocalDate.of(2026, 3, 1);

        private AvbrytVerkstallighet avbryt(LocalDate datum, Avbrottsorsak orsak, Actor actor) {
            return new AvbrytVerkstallighet(ID, datum, orsak, "Alva är inlagd", actor, NU);
        }

        @Test
        void the_ansvarig_utforare_registers_an_interruption() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, Avbrottsorsak.BARNET_EJ_TILLGANGLIGT, ULLA))
                    .expectEvents(new VerkstallighetAvbruten(ID, avbrott, Avbrottsorsak.BARNET_EJ_TILLGANGLIGT,
                            "Alva är inlagd", "ulla", NU));
        }

        @Test
        void the_social_secretary_registers_an_interruption_in_her_role() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, Avbrottsorsak.ENSKILDS_BEGARAN, ANNA))
                    .expectEvents(new VerkstallighetAvbruten(ID, avbrott, Avbrottsorsak.ENSKILDS_BEGARAN, "Alva är inlagd",
                            "anna", NU));
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, Avbrottsorsak.ENSKILDS_BEGARAN, ANNA))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void an_interruption_concerns_a_running_intervention() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, Avbrottsorsak.ANNAT, ULLA))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(avbryt(avbrott, Avbrottsorsak.ANNAT, ULLA))
                    .expectException(conflicts("REDAN_AVBRUTEN"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(avbryt(IDAG, Avbrottsorsak.ANNAT, ULLA))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void the_interruption_names_its_cause() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(avbrott, null, ULLA))
                    .expectException(violates("orsak", "ORSAK_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_interruption_lies_between_the_start_and_today() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(START.minusDays(1), Avbrottsorsak.ANNAT, ULLA))
                    .expectException(violates("avbrottsdatum", "AVBROTT_FORE_START"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(IDAG.plusDays(1), Avbrottsorsak.ANNAT, ULLA))
                    .expectException(violates("avbrottsdatum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(avbryt(START, Avbrottsorsak.ANNAT, ULLA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void nobody_else_registers_an_interruption() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, EVA)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(avbryt(avbrott, Avbrottsorsak.ANNAT, annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void the_interrupted_intervention_is_resumed() {
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(new AterupptaVerkstallighet(ID, LocalDate.of(2026, 3, 5), ANNA, NU))
                    .expectEvents(new VerkstallighetAterupptagen(ID, avbrott, LocalDate.of(2026, 3, 5), "anna", NU));
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(new AterupptaVerkstallighet(ID, avbrott, ULLA, NU))
                    .expectEvents(new VerkstallighetAterupptagen(ID, avbrott, avbrott, "ulla", NU));
        }

        @Test
        void a_resumed_intervention_may_be_interrupted_again() {
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott),
                    new VerkstallighetAterupptagen(ID, avbrott, LocalDate.of(2026, 3, 5), "anna", TIDIGARE))
                    .when(avbryt(IDAG, Avbrottsorsak.UTFORARE_SAKNAS, ULLA))
                    .expectEvents(new VerkstallighetAvbruten(ID, IDAG, Avbrottsorsak.UTFORARE_SAKNAS, "Alva är inlagd",
                            "ulla", NU));
        }

        @Test
        void only_an_interrupted_intervention_is_resumed() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterupptaVerkstallighet(ID, IDAG, ANNA, NU))
                    .expectException(conflicts("INTE_AVBRUTEN"))
                    .expectNoEvents();
        }

        @Test
        void the_resumption_lies_between_the_interruption_and_today() {
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(new AterupptaVerkstallighet(ID, avbrott.minusDays(1), ANNA, NU))
                    .expectException(violates("datum", "ATERUPPTAGEN_FORE_AVBROTT"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                    .when(new AterupptaVerkstallighet(ID, IDAG.plusDays(1), ANNA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void nobody_else_registers_the_resumption() {
            for (Actor annan : List.of(UNO, MATS, EVA)) {
                given(tillVerkstallt(BEVILJAD_INSATS), avbruten(avbrott))
                        .when(new AterupptaVerkstallighet(ID, IDAG, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== RegistreraUppskov ==================================================================================

    @Nested
    @DisplayName("RegistreraUppskov")
    class Uppskov {

        private final LocalDate onskat = LocalDate.of(2026, 3, 20);

        private RegistreraUppskov uppskov(Samtyckespart begartAv, LocalDate datum, String skal, Actor actor) {
            return new RegistreraUppskov(ID, begartAv, datum, skal, actor, NU);
        }

        @Test
        void the_social_secretary_registers_the_familys_request_to_postpone() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Familjen är bortrest", ANNA))
                    .expectEvents(new UppskovBegart(ID, Samtyckespart.VARDNADSHAVARE, onskat, "Familjen är bortrest", NU));
        }

        @Test
        void a_postponement_may_be_asked_for_before_the_planning_meeting() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.BARNET, onskat, "Alva har prov", ANNA))
                    .expectEvents(new UppskovBegart(ID, Samtyckespart.BARNET, onskat, "Alva har prov", NU));
        }

        @Test
        void the_wished_start_lies_today_or_later() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, IDAG.minusDays(1), "Skäl", ANNA))
                    .expectException(violates("onskatStartdatum", "ONSKAT_DATUM_PASSERAT"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, null, "Skäl", ANNA))
                    .expectException(violates("onskatStartdatum", "ONSKAT_DATUM_PASSERAT"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, IDAG, "Skäl", ANNA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_request_names_who_asked_and_why() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(null, onskat, "Skäl", ANNA))
                    .expectException(violates("begartAv", "BEGARAN_KRAVS"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, " ", ANNA))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void a_postponement_concerns_a_decided_intervention_not_yet_started() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", ANNA))
                    .expectException(conflicts("BESLUT_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", ANNA))
                    .expectException(conflicts("INSATS_REDAN_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void not_for_an_investigation_assignment_nor_a_revoked_decision() {
            given(tillBeslut(UTREDNINGSUPPDRAG))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", ANNA))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 2, 20)))
                    .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", ANNA))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_registers_it() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillPlanerat(BEVILJAD_INSATS))
                        .when(uppskov(Samtyckespart.VARDNADSHAVARE, onskat, "Skäl", annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== AterkallaBeslut ====================================================================================

    @Nested
    @DisplayName("AterkallaBeslut")
    class Aterkallelse {

        private final LocalDate aterkallad = LocalDate.of(2026, 3, 1);

        @Test
        void the_social_secretary_revokes_the_decision() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, aterkallad, "Familjen har flyttat", BESLUTSFATTARE, ANNA, NU))
                    .expectEvents(new BeslutAterkallat(ID, aterkallad, "Familjen har flyttat", "anna", NU, BESLUTSFATTARE));
        }

        @Test
        void a_running_intervention_may_be_revoked() {
            given(tillVerkstallt(INSATS_UNDER_UTREDNING))
                    .when(new AterkallaBeslut(ID, IDAG, "Familjen har flyttat", BESLUTSFATTARE, BO, NU))
                    .expectEvents(new BeslutAterkallat(ID, IDAG, "Familjen har flyttat", "bo", NU, BESLUTSFATTARE));
        }

        @Test
        void the_revocation_lies_between_the_decision_and_today() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, BESLUT.minusDays(1), "Skäl", BESLUTSFATTARE, ANNA, NU))
                    .expectException(violates("datum", "ATERKALLAT_FORE_BESLUT"))
                    .expectNoEvents();
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, IDAG.plusDays(1), "Skäl", BESLUTSFATTARE, ANNA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, BESLUT, "Skäl", BESLUTSFATTARE, ANNA, NU))
                    .expectEvents(new BeslutAterkallat(ID, BESLUT, "Skäl", "anna", NU, BESLUTSFATTARE));
        }

        @Test
        void the_revocation_has_a_reason() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, aterkallad, "", BESLUTSFATTARE, ANNA, NU))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_a_decision_in_force_is_revoked() {
            given(tillKlartecken(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, aterkallad, "Skäl", BESLUTSFATTARE, ANNA, NU))
                    .expectException(conflicts("BESLUT_SAKNAS"))
                    .expectNoEvents();
            given(tillBeslut(BEVILJAD_INSATS), aterkallat(aterkallad))
                    .when(new AterkallaBeslut(ID, aterkallad, "Skäl", BESLUTSFATTARE, ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(new AterkallaBeslut(ID, IDAG, "Skäl", BESLUTSFATTARE, ANNA, NU))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void an_investigation_assignment_is_not_revoked_as_an_intervention() {
            given(tillBeslut(UTREDNINGSUPPDRAG))
                    .when(new AterkallaBeslut(ID, aterkallad, "Skäl", BESLUTSFATTARE, ANNA, NU))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_revokes() {
            for (Actor annan : List.of(EVA, MATS, ULLA)) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(new AterkallaBeslut(ID, aterkallad, "Skäl", BESLUTSFATTARE, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        // -- after the revocation --

        private List<Object> aterkalladEfterStart() {
            return handelser(tillVerkstallt(BEVILJAD_INSATS), aterkallat(aterkallad));
        }

        @Test
        void after_revocation_the_intervention_commands_are_conflicts() {
            given(aterkalladEfterStart())
                    .when(new AvslutaInsats(ID, IDAG, Avslutsskal.ANNAT, false, null, ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
            given(aterkalladEfterStart())
                    .when(new AterkallaBeslut(ID, IDAG, "Skäl", BESLUTSFATTARE, ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
            given(aterkalladEfterStart())
                    .when(new UpprattaGenomforandeplan(ID, IDAG, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, ULLA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
            given(aterkalladEfterStart())
                    .when(new GoraRiskbedomning(ID, Riskniva.MINSKAD, false, IDAG, ANNA, NU))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
            given(aterkalladEfterStart(), planUpprattad())
                    .when(new ReviderGenomforandeplan(ID, IDAG, Revideringsanledning.ANNAT, BARNETS_DELAKTIGHET,
                            AKTIVITETER, null, null, null, ULLA, NU))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
            given(aterkalladEfterStart())
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
            given(aterkalladEfterStart())
                    .when(new AvbrytVerkstallighet(ID, IDAG, Avbrottsorsak.ANNAT, null, ULLA, NU))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void after_revocation_before_the_start_the_start_commands_are_conflicts() {
            List<Object> aterkalladForeStart = handelser(tillPlanerat(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 2, 20)));
            given(aterkalladForeStart)
                    .when(new DokumenteraVerkstallighet(ID, START, ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
            given(aterkalladForeStart)
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
            given(aterkalladForeStart)
                    .when(new RegistreraUppskov(ID, Samtyckespart.VARDNADSHAVARE, IDAG.plusDays(7), "Skäl", ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void after_revocation_the_received_assignment_is_closed_without_closing_the_intervention() {
            given(aterkalladEfterStart())
                    .when(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.OVERLAMNADE, ULLA, NU))
                    .expectEvents(new UppdragAvslutat(ID, UTFORARENHET, IDAG, FysiskaHandlingar.OVERLAMNADE, "ulla", NU));
            given(tillMottaget(BEVILJAD_INSATS), aterkallat(aterkallad))
                    .when(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.INGA_FINNS, MATS, NU))
                    .expectEvents(new UppdragAvslutat(ID, UTFORARENHET, IDAG, FysiskaHandlingar.INGA_FINNS, "mats", NU));
        }

        @Test
        void a_revoked_assignment_that_was_never_received_is_not_closed_by_the_unit() {
            given(tillSkickat(BEVILJAD_INSATS), aterkallat(aterkallad))
                    .when(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.INGA_FINNS, MATS, NU))
                    .expectException(conflicts("UPPDRAG_INTE_MOTTAGET"))
                    .expectNoEvents();
        }
    }

    // ==== UpprattaGenomforandeplan ===========================================================================

    @Nested
    @DisplayName("UpprattaGenomforandeplan")
    class Upprattande {

        private UpprattaGenomforandeplan plan(LocalDate datum, String delaktighet, List<Aktivitet> aktiviteter, Actor actor) {
            return new UpprattaGenomforandeplan(ID, datum, DELTAGARE, delaktighet, aktiviteter, null, null, null, actor, NU);
        }

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING"})
        void the_ansvarig_utforare_establishes_version_1(Uppdragstyp typ) {
            given(tillVerkstallt(typ))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectEvents(new GenomforandeplanUpprattad(ID, 1, PLANDATUM, DELTAGARE, BARNETS_DELAKTIGHET,
                            AKTIVITETER, null, null, null, "ulla", NU));
        }

        @Test
        void the_plan_may_be_established_on_the_planning_meeting_before_the_start() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(plan(MOTE, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectEvents(new GenomforandeplanUpprattad(ID, 1, MOTE, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null,
                            "ulla", NU));
        }

        @Test
        void the_plan_is_dated_from_the_planning_meeting_to_today() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(MOTE.minusDays(1), BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_FORE_FOREGAENDE"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(IDAG.plusDays(1), BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(null, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_describes_the_childs_participation() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, " ", AKTIVITETER, ULLA))
                    .expectException(violates("barnetsDelaktighet", "BARNETS_DELAKTIGHET_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_has_at_least_one_activity() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, List.of(), ULLA))
                    .expectException(violates("aktiviteter", "AKTIVITETER_KRAVS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, null, ULLA))
                    .expectException(violates("aktiviteter", "AKTIVITETER_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void an_incomplete_activity_is_refused() {
            for (Aktivitet ofullstandig : Arrays.asList(null,
                    new Aktivitet("mal-2", " ", "ulla", "varje vecka", "samtal"),
                    new Aktivitet("mal-2", "Föräldrasamtal", null, "varje vecka", "samtal"),
                    new Aktivitet("mal-2", "Föräldrasamtal", "ulla", "", "samtal"),
                    new Aktivitet("mal-2", "Föräldrasamtal", "ulla", "varje vecka", null))) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, Arrays.asList(AKTIVITET1, ofullstandig), ULLA))
                        .expectException(violates("aktiviteter[1]", "AKTIVITET_OFULLSTANDIG"))
                        .expectNoEvents();
            }
        }

        @Test
        void an_activity_for_an_unknown_goal_is_refused() {
            Aktivitet okand = new Aktivitet("mal-9", "Fritidsaktivitet", "ulla", "varje vecka", "följa med");
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, List.of(AKTIVITET1, okand), ULLA))
                    .expectException(violates("aktiviteter[1].malId", "OKANT_MAL"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(plan(PLANDATUM, BARNETS_DELAKTIGHET,
                            List.of(new Aktivitet(null, "Fritid", "ulla", "varje vecka", "följa med")), ULLA))
                    .expectException(violates("aktiviteter[0].malId", "OKANT_MAL"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_names_who_took_part() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new UpprattaGenomforandeplan(ID, PLANDATUM, Set.of(), BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, ULLA, NU))
                    .expectException(violates("deltagare", "DELTAGARE_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void a_second_establishment_is_a_conflict() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(conflicts("GENOMFORANDEPLAN_FINNS"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_is_begun_at_the_planning_meeting() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void not_for_an_investigation_assignment_nor_a_closed_intervention() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, ULLA))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_establishes_it() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, ANNA)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(plan(PLANDATUM, BARNETS_DELAKTIGHET, AKTIVITETER, annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void the_new_unit_establishes_its_own_plan_after_a_change_of_unit() {
            given(tillPlanerat(BEVILJAD_INSATS), planUpprattad(), hindrad(Hinder.KAN_INTE_TA_SIG_AN),
                    forfragan(2, ANNAN_UTFORARENHET), klartecken(2, ANNAN_UTFORARENHET, "lisa"), skickat(BEVILJAD_INSATS),
                    mottaget(ANNAN_UTFORARENHET, "lisa"), utsedd(ANNAN_UTFORARENHET, "ivar"), planerat(START))
                    .when(plan(IDAG, BARNETS_DELAKTIGHET, AKTIVITETER, IVAR))
                    .expectEvents(new GenomforandeplanUpprattad(ID, 1, IDAG, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null,
                            "ivar", NU));
        }
    }

    // ==== ReviderGenomforandeplan ============================================================================

    @Nested
    @DisplayName("ReviderGenomforandeplan")
    class Revidering {

        private final LocalDate reviderad = LocalDate.of(2026, 3, 5);

        private ReviderGenomforandeplan revidera(LocalDate datum, Revideringsanledning anledning, List<Aktivitet> aktiviteter,
                                                 Actor actor) {
            return new ReviderGenomforandeplan(ID, datum, anledning, BARNETS_DELAKTIGHET, aktiviteter, null, null, null, actor, NU);
        }

        @Test
        void a_revision_gets_version_2() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(reviderad, Revideringsanledning.UPPFOLJNING, List.of(AKTIVITET2), ULLA))
                    .expectEvents(new GenomforandeplanReviderad(ID, 2, reviderad, Revideringsanledning.UPPFOLJNING,
                            BARNETS_DELAKTIGHET, List.of(AKTIVITET2), null, null, null, "ulla", NU));
        }

        @Test
        void each_revision_gets_the_next_version() {
            given(tillPlan(BEVILJAD_INSATS), planReviderad(2, LocalDate.of(2026, 3, 1)))
                    .when(revidera(reviderad, Revideringsanledning.FAMILJENS_SYNPUNKTER, AKTIVITETER, ULLA))
                    .expectEvents(new GenomforandeplanReviderad(ID, 3, reviderad, Revideringsanledning.FAMILJENS_SYNPUNKTER,
                            BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, "ulla", NU));
        }

        @Test
        void the_revision_is_not_dated_before_the_current_version() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(PLANDATUM.minusDays(1), Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_FORE_FOREGAENDE"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS), planReviderad(2, LocalDate.of(2026, 3, 1)))
                    .when(revidera(LocalDate.of(2026, 2, 28), Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectException(violates("datum", "DATUM_FORE_FOREGAENDE"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(PLANDATUM, Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_revision_names_its_reason_and_valid_activities() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(reviderad, null, AKTIVITETER, ULLA))
                    .expectException(violates("anledning", "ANLEDNING_KRAVS"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(reviderad, Revideringsanledning.ANNAT,
                            List.of(new Aktivitet("mal-9", "Okänt", "ulla", "nu", "så")), ULLA))
                    .expectException(violates("aktiviteter[0].malId", "OKANT_MAL"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(revidera(reviderad, Revideringsanledning.ANNAT, List.of(), ULLA))
                    .expectException(violates("aktiviteter", "AKTIVITETER_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void there_is_a_plan_to_revise() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(revidera(reviderad, Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectException(conflicts("GENOMFORANDEPLAN_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_closed_intervention_is_not_revised() {
            given(tillPlan(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(revidera(reviderad, Revideringsanledning.UPPFOLJNING, AKTIVITETER, ULLA))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_revises() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, ANNA)) {
                given(tillPlan(BEVILJAD_INSATS))
                        .when(revidera(reviderad, Revideringsanledning.UPPFOLJNING, AKTIVITETER, annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== LamnaKopiorAvGenomforandeplan ======================================================================

    @Nested
    @DisplayName("LamnaKopiorAvGenomforandeplan")
    class Kopior {

        private final Barn femton = barnFodd(LocalDate.of(2011, 3, 10));

        private LamnaKopiorAvGenomforandeplan kopior(Set<Mottagare> mottagare, LocalDate datum) {
            return new LamnaKopiorAvGenomforandeplan(ID, mottagare, datum, ULLA, NU);
        }

        @Test
        void the_guardians_of_a_child_under_15_get_a_copy_of_the_current_version() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.VARDNADSHAVARE), IDAG, NU));
            given(tillPlan(BEVILJAD_INSATS), planReviderad(2, LocalDate.of(2026, 3, 1)))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET), IDAG))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 2, Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET),
                            IDAG, NU));
        }

        @Test
        void the_guardians_of_a_child_get_a_copy() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.BARNET), IDAG))
                    .expectException(violates("mottagare", "VARDNADSHAVARE_SKA_FA"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(null, IDAG))
                    .expectException(violates("mottagare", "VARDNADSHAVARE_SKA_FA"))
                    .expectNoEvents();
        }

        @Test
        void a_child_of_15_gets_a_copy_too() {
            given(tillPlanFor(femton))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG))
                    .expectException(violates("mottagare", "BARNET_SKA_FA"))
                    .expectNoEvents();
            given(tillPlanFor(femton))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET), IDAG))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET),
                            IDAG, NU));
        }

        @Test
        void copies_handed_over_the_day_before_the_15th_birthday_need_not_include_the_child() {
            LocalDate dagenFore = IDAG.minusDays(1);
            given(tillPlanFor(femton))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), dagenFore))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.VARDNADSHAVARE), dagenFore, NU));
        }

        @Test
        void a_young_adult_of_18_gets_the_copy_without_the_guardians() {
            Barn arton = barnFodd(LocalDate.of(2008, 1, 20));
            given(tillPlanFor(arton))
                    .when(kopior(Set.of(Mottagare.BARNET), IDAG))
                    .expectEvents(new GenomforandeplanKopiorLamnade(ID, 1, Set.of(Mottagare.BARNET), IDAG, NU));
            given(tillPlanFor(arton))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG))
                    .expectException(violates("mottagare", "BARNET_SKA_FA"))
                    .expectNoEvents();
        }

        @Test
        void copies_need_a_plan_and_a_date_not_in_the_future() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG))
                    .expectException(conflicts("GENOMFORANDEPLAN_SAKNAS"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), IDAG.plusDays(1)))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(kopior(Set.of(Mottagare.VARDNADSHAVARE), null))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_hands_over_copies() {
            for (Actor annan : List.of(UNO, MATS, ANNA)) {
                given(tillPlan(BEVILJAD_INSATS))
                        .when(new LamnaKopiorAvGenomforandeplan(ID, Set.of(Mottagare.VARDNADSHAVARE), IDAG, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== EfterfragaGenomforandeplan =========================================================================

    @Nested
    @DisplayName("EfterfragaGenomforandeplan")
    class Efterfragan {

        @Test
        void the_social_secretary_asks_for_a_missing_plan() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectEvents(new GenomforandeplanEfterfragad(ID, NU));
        }

        @Test
        void she_may_ask_again_while_it_is_missing() {
            given(tillVerkstallt(BEVILJAD_INSATS), new GenomforandeplanEfterfragad(ID, TIDIGARE))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectEvents(new GenomforandeplanEfterfragad(ID, NU));
        }

        @Test
        void an_existing_plan_is_not_asked_for() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectException(conflicts("GENOMFORANDEPLAN_FINNS"))
                    .expectNoEvents();
        }

        @Test
        void the_plan_is_asked_for_after_the_planning_meeting_while_the_intervention_runs() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(new EfterfragaGenomforandeplan(ID, ANNA, NU))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_asks() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(new EfterfragaGenomforandeplan(ID, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== RegistreraInvandning / HanteraInvandning ===========================================================

    @Nested
    @DisplayName("RegistreraInvandning och HanteraInvandning")
    class Invandningar {

        private RegistreraInvandning invand(String id, Mottagare fran, String text, Actor actor) {
            return new RegistreraInvandning(ID, id, fran, text, actor, NU);
        }

        @Test
        void the_ansvarig_utforare_routes_the_familys_objection() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(invand("inv-1", Mottagare.BARNET, "Alva vill börja med skolan", ULLA))
                    .expectEvents(new InvandningRegistrerad(ID, "inv-1", Mottagare.BARNET, "Alva vill börja med skolan", NU));
        }

        @Test
        void an_objection_may_come_after_the_planning_meeting_before_the_plan() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Målen i fel ordning", ULLA))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void an_objection_follows_the_planning_meeting() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Målen i fel ordning", ULLA))
                    .expectException(conflicts("PLANERINGSMOTE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void the_objection_names_who_objects_and_what() {
            given(tillPlan(BEVILJAD_INSATS))
                    .when(invand("inv-1", null, "Målen i fel ordning", ULLA))
                    .expectException(violates("fran", "FRAN_KRAVS"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, " ", ULLA))
                    .expectException(violates("invandning", "INVANDNING_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void an_objection_is_registered_once() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Igen", ULLA))
                    .expectException(conflicts("INVANDNING_FINNS"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"), invandningHanterad("inv-1"))
                    .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Igen", ULLA))
                    .expectException(conflicts("INVANDNING_FINNS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_ansvarig_utforare_routes_objections() {
            for (Actor annan : List.of(UNO, MATS, ANNA)) {
                given(tillPlan(BEVILJAD_INSATS))
                        .when(invand("inv-1", Mottagare.VARDNADSHAVARE, "Målen i fel ordning", annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void the_social_secretary_handles_the_objection() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-1", "Samtal med familjen; målens ordning ändras", ANNA, NU))
                    .expectEvents(new InvandningHanterad(ID, "inv-1", "Samtal med familjen; målens ordning ändras", NU));
        }

        @Test
        void an_objection_is_handled_once_and_others_independently() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"), invandningHanterad("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-1", "Igen", ANNA, NU))
                    .expectException(conflicts("INVANDNING_REDAN_HANTERAD"))
                    .expectNoEvents();
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"), invandning("inv-2"), invandningHanterad("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-2", "Stämt av med Alva", ANNA, NU))
                    .expectEvents(new InvandningHanterad(ID, "inv-2", "Stämt av med Alva", NU));
        }

        @Test
        void an_unknown_objection_is_refused() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-9", "Åtgärd", ANNA, NU))
                    .expectException(violates("invandningId", "OKAND_INVANDNING"))
                    .expectNoEvents();
        }

        @Test
        void the_handling_is_described() {
            given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                    .when(new HanteraInvandning(ID, "inv-1", "", ANNA, NU))
                    .expectException(violates("atgard", "ATGARD_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void only_the_owning_units_social_secretary_handles_it() {
            for (Actor annan : List.of(EVA, ULLA, MATS)) {
                given(tillPlan(BEVILJAD_INSATS), invandning("inv-1"))
                        .when(new HanteraInvandning(ID, "inv-1", "Åtgärd", annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }
}
