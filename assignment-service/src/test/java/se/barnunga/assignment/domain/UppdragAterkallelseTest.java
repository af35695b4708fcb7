package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;

/**
 * Revoking the decision.
 */
class UppdragAterkallelseTest extends UppdragGenomforandeTestBase {

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
}
