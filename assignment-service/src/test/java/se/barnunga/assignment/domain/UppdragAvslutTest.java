package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Closing the assignment; a closed assignment refuses every further command.
 */
class UppdragAvslutTest extends UppdragAvslutTestBase {

    // ==== The closed assignment ==============================================================================

    /** A granted intervention carried out to the end, with one objection still open, and the assignment closed. */
    private static List<Object> avslutat() {
        return handelser(tillPlan(BEVILJAD_INSATS), invandning("inv-1"), risk(Riskniva.MINSKAD, false), sammanfattning(),
                insatsAvslutad(Riskniva.MINSKAD), uppdragAvslutat());
    }

    static Stream<Named<Object>> kommandonEfterAvslut() {
        return Stream.of(
                kommando(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, null, ANNA, NU)),
                kommando(new RegistreraSamtycke(ID, Samtyckespart.BARNET, null, true, IDAG, ANNA, NU)),
                kommando(new FattaBeslut(ID, IDAG, Lagrum.LVU_11, null, MAL, DOKUMENTATION, null, null, ANNA, NU)),
                kommando(new BeslutaUtredningsuppdrag(ID, IDAG, FRAGOR, true, ANNA, NU)),
                kommando(new SkickaUppdrag(ID, innehall(), ANNA, NU)),
                kommando(new BekraftaMottagande(ID, MATS, NU)),
                kommando(new UtseAnsvarigUtforare(ID, "uno", MATS, NU)),
                kommando(new RapporteraHinder(ID, Hinder.KAN_INTE_TA_SIG_AN, "Skäl", true, null, MATS, NU)),
                kommando(new RegistreraFormote(ID, IDAG, DELTAGARE, null, null, null, BARNETS_DELAKTIGHET,
                        Motesledning.GEMENSAM, true, ULLA, NU)),
                kommando(new RegistreraPlaneringsmote(ID, IDAG, DELTAGARE, true, null, true, true, IDAG, "Skäl",
                        IDAG.plusDays(42), null, null, ANNA, NU)),
                kommando(new BekraftaStart(ID, true, null, ULLA, NU)),
                kommando(new DokumenteraVerkstallighet(ID, IDAG, ANNA, NU)),
                kommando(new AvbrytVerkstallighet(ID, IDAG, Avbrottsorsak.ANNAT, null, ULLA, NU)),
                kommando(new AterupptaVerkstallighet(ID, IDAG, ULLA, NU)),
                kommando(new RegistreraUppskov(ID, Samtyckespart.VARDNADSHAVARE, IDAG.plusDays(7), "Skäl", ANNA, NU)),
                kommando(new AterkallaBeslut(ID, IDAG, "Skäl", BESLUTSFATTARE, ANNA, NU)),
                kommando(new UpprattaGenomforandeplan(ID, IDAG, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, null, null, null, ULLA, NU)),
                kommando(new ReviderGenomforandeplan(ID, IDAG, Revideringsanledning.ANNAT, BARNETS_DELAKTIGHET,
                        AKTIVITETER, null, null, null, ULLA, NU)),
                kommando(new LamnaKopiorAvGenomforandeplan(ID, Set.of(Mottagare.VARDNADSHAVARE), IDAG, ULLA, NU)),
                kommando(new EfterfragaGenomforandeplan(ID, ANNA, NU)),
                kommando(new RegistreraInvandning(ID, "inv-2", Mottagare.BARNET, "Invändning", ULLA, NU)),
                kommando(new LamnaRedogorelse(ID, IDAG, true, SYNPUNKTER, SAMMANFATTNING, ULLA, NU)),
                kommando(new GoraRiskbedomning(ID, Riskniva.MINSKAD, false, IDAG, ANNA, NU)),
                kommando(new LamnaAvslutandeSammanfattning(ID, IDAG, MALUPPFYLLELSE, Set.of(Mottagare.VARDNADSHAVARE),
                        ULLA, NU)),
                kommando(new AvslutaInsats(ID, IDAG, Avslutsskal.ANNAT, false, null, ANNA, NU)),
                kommando(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.INGA_FINNS, ULLA, NU)));
    }

    private static Named<Object> kommando(Object kommando) {
        return Named.of(kommando.getClass().getSimpleName(), kommando);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kommandonEfterAvslut")
    void a_closed_assignment_refuses_every_further_command(Object kommando) {
        given(avslutat())
                .when(kommando)
                .expectException(conflicts("UPPDRAG_AVSLUTAT"))
                .expectNoEvents();
    }

    @Test
    void a_closed_assignment_gives_no_answer_to_an_enquiry() {
        given(avslutat())
                .when(new LamnaKlartecken(ID, MATS, NU))
                .expectException(conflicts("FORFRAGAN_BESVARAD"))
                .expectNoEvents();
        given(avslutat())
                .when(new AvbojForfragan(ID, "Skäl", MATS, NU))
                .expectException(conflicts("FORFRAGAN_BESVARAD"))
                .expectNoEvents();
    }

    @Test
    void a_closed_assignment_still_checks_the_role_first() {
        given(avslutat())
                .when(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.INGA_FINNS, UNO, NU))
                .expectException(notPermitted())
                .expectNoEvents();
    }

    @Test
    void a_closed_assignment_refuses_handling_an_objection() {
        given(avslutat())
                .when(new HanteraInvandning(ID, "inv-1", "Stämt av med familjen", ANNA, NU))
                .expectException(conflicts("UPPDRAG_AVSLUTAT"))
                .expectNoEvents();
    }

    // ==== AvslutaUppdrag =====================================================================================

    @Nested
    @DisplayName("AvslutaUppdrag")
    class UppdragetsAvslut {

        private AvslutaUppdrag avsluta(Actor actor) {
            return new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.OVERLAMNADE, actor, NU);
        }

        private UppdragAvslutat avslutatNu(String av) {
            return new UppdragAvslutat(ID, UTFORARENHET, IDAG, FysiskaHandlingar.OVERLAMNADE, av, NU);
        }

        private List<Object> insatsSlutford() {
            return handelser(tillPlan(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), sammanfattning(),
                    insatsAvslutad(Riskniva.MINSKAD));
        }

        @Test
        void the_ansvarig_utforare_closes_the_assignment_after_the_closed_intervention_and_the_summary() {
            given(insatsSlutford())
                    .when(avsluta(ULLA))
                    .expectEvents(avslutatNu("ulla"))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void the_assignment_is_closed_after_the_intervention() {
            given(tillPlan(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), sammanfattning())
                    .when(avsluta(ULLA))
                    .expectException(conflicts("INSATS_EJ_AVSLUTAD"))
                    .expectNoEvents();
        }

        @Test
        void a_started_granted_intervention_needs_the_closing_summary() {
            given(tillPlan(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(avsluta(ULLA))
                    .expectException(conflicts("AVSLUTANDE_SAMMANFATTNING_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void a_started_intervention_during_an_investigation_needs_the_report() {
            List<Object> avslutad = handelser(tillVerkstallt(INSATS_UNDER_UTREDNING), risk(Riskniva.MINSKAD, false),
                    insatsAvslutad(Riskniva.MINSKAD));
            given(avslutad)
                    .when(avsluta(ULLA))
                    .expectException(conflicts("REDOGORELSE_SAKNAS"))
                    .expectNoEvents();
            given(avslutad, redogorelse(INSATS_UNDER_UTREDNING, IDAG))
                    .when(avsluta(ULLA))
                    .expectEvents(avslutatNu("ulla"));
        }

        @Test
        void an_intervention_that_never_started_needs_no_summary() {
            given(tillTilldelat(BEVILJAD_INSATS), insatsAvslutad(null))
                    .when(avsluta(ULLA))
                    .expectEvents(avslutatNu("ulla"));
        }

        @Test
        void without_an_appointed_performer_the_metodhandledare_closes_it() {
            given(tillMottaget(BEVILJAD_INSATS), insatsAvslutad(null))
                    .when(avsluta(MATS))
                    .expectEvents(avslutatNu("mats"))
                    .expectEventsMatching(allaUtfordaAv(MATS, Roll.METODHANDLEDARE));
            for (Actor annan : List.of(LISA, ULLA, ANNA)) {
                given(tillMottaget(BEVILJAD_INSATS), insatsAvslutad(null))
                        .when(avsluta(annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void with_an_appointed_performer_only_she_closes_it() {
            for (Actor annan : List.of(MATS, UNO, ULLA_PA_ANNAN_ENHET, ANNA)) {
                given(insatsSlutford())
                        .when(avsluta(annan))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void an_investigation_assignment_is_closed_after_its_report() {
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(avsluta(ULLA))
                    .expectException(conflicts("REDOGORELSE_SAKNAS"))
                    .expectNoEvents();
            given(tillTilldelat(UTREDNINGSUPPDRAG), redogorelse(UTREDNINGSUPPDRAG, IDAG))
                    .when(avsluta(ULLA))
                    .expectEvents(avslutatNu("ulla"));
        }

        @Test
        void only_a_received_assignment_is_closed() {
            given(tillSkickat(BEVILJAD_INSATS), insatsAvslutad(null))
                    .when(avsluta(MATS))
                    .expectException(conflicts("UPPDRAG_INTE_MOTTAGET"))
                    .expectNoEvents();
        }

        @Test
        void the_closure_states_the_physical_documents_and_a_date_not_in_the_future() {
            given(insatsSlutford())
                    .when(new AvslutaUppdrag(ID, IDAG, null, ULLA, NU))
                    .expectException(violates("fysiskaHandlingar", "FYSISKA_HANDLINGAR_KRAVS"))
                    .expectNoEvents();
            given(insatsSlutford())
                    .when(new AvslutaUppdrag(ID, IDAG.plusDays(1), FysiskaHandlingar.INGA_FINNS, ULLA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(insatsSlutford())
                    .when(new AvslutaUppdrag(ID, null, FysiskaHandlingar.INGA_FINNS, ULLA, NU))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
            given(insatsSlutford())
                    .when(new AvslutaUppdrag(ID, IDAG, FysiskaHandlingar.INGA_FINNS, ULLA, NU))
                    .expectEvents(new UppdragAvslutat(ID, UTFORARENHET, IDAG, FysiskaHandlingar.INGA_FINNS, "ulla", NU));
        }
    }
}
