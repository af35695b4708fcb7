package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
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
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;

/**
 * Between the sides during the intervention and towards its end: the performing unit asks about unclear points of the
 * assignment and the secretary answers (D6), the secretary passes new information to the ansvarig utförare (E2), the
 * plan records the collaboration with other principals when a SIP is needed (P11), the family is told in good time
 * before the decision period ends (B7, J2), and the one risk assessment carries what its public event needs (J1).
 */
class UppdragFragorInformationOchAvslutTest {

    static final Actor ELIN = Actor.of("elin", UTFORARENHET, Roll.ENHETSCHEF);
    static final Actor ERIK = Actor.of("erik", ANNAN_UTFORARENHET, Roll.ENHETSCHEF);

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    // ==== Frågor om uppdraget (D6) =============================================================================

    @Nested
    @DisplayName("StallFragaOmUppdraget och BesvaraFragaOmUppdraget")
    class Fragor {

        private static final String FRAGA = "Ska skolan vara med på planeringsmötet?";

        @Test
        void the_metodhandledare_the_enhetschef_and_the_ansvarig_utforare_ask() {
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(new StallFragaOmUppdraget(ID, "f-1", FRAGA, MATS, NU))
                    .expectEvents(new FragaOmUppdragetStalld(ID, "f-1", FRAGA, UTFORARENHET, "mats", NU));
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(new StallFragaOmUppdraget(ID, "f-1", FRAGA, ELIN, NU))
                    .expectEventsMatching(allaUtfordaAv(ELIN, Roll.ENHETSCHEF));
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new StallFragaOmUppdraget(ID, "f-1", FRAGA, ULLA, NU))
                    .expectEvents(new FragaOmUppdragetStalld(ID, "f-1", FRAGA, UTFORARENHET, "ulla", NU))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void nobody_else_asks() {
            for (Actor annan : List.of(LISA, ERIK, UNO, ULLA_PA_ANNAN_ENHET, ANNA, EVA)) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(new StallFragaOmUppdraget(ID, "f-1", FRAGA, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void a_question_concerns_a_sent_assignment_and_says_what_is_unclear() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new StallFragaOmUppdraget(ID, "f-1", FRAGA, MATS, NU))
                    .expectException(conflicts("UPPDRAG_INTE_SKICKAT"))
                    .expectNoEvents();
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(new StallFragaOmUppdraget(ID, "f-1", " ", MATS, NU))
                    .expectException(violates("fraga", "FRAGA_KRAVS"))
                    .expectNoEvents();
            given(tillSkickat(BEVILJAD_INSATS), new FragaOmUppdragetStalld(ID, "f-1", FRAGA, UTFORARENHET, "mats", TIDIGARE))
                    .when(new StallFragaOmUppdraget(ID, "f-1", FRAGA, MATS, NU))
                    .expectException(conflicts("FRAGA_FINNS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS), insatsAvslutad(null), uppdragAvslutat())
                    .when(new StallFragaOmUppdraget(ID, "f-1", FRAGA, MATS, NU))
                    .expectException(conflicts("UPPDRAG_AVSLUTAT"))
                    .expectNoEvents();
        }

        @Test
        void the_social_secretary_answers_once() {
            FragaOmUppdragetStalld stalld = new FragaOmUppdragetStalld(ID, "f-1", FRAGA, UTFORARENHET, "mats", TIDIGARE);
            given(tillSkickat(BEVILJAD_INSATS), stalld)
                    .when(new BesvaraFragaOmUppdraget(ID, "f-1", "Ja, elevhälsan bjuds in", BO, NU))
                    .expectEvents(new FragaOmUppdragetBesvarad(ID, "f-1", "Ja, elevhälsan bjuds in", "bo", NU));
            given(tillSkickat(BEVILJAD_INSATS), stalld)
                    .when(new BesvaraFragaOmUppdraget(ID, "f-1", "Ja", ANNA, NU))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
            given(tillSkickat(BEVILJAD_INSATS), stalld, new FragaOmUppdragetBesvarad(ID, "f-1", "Ja", "anna", TIDIGARE))
                    .when(new BesvaraFragaOmUppdraget(ID, "f-1", "Ja", ANNA, NU))
                    .expectException(conflicts("FRAGA_REDAN_BESVARAD"))
                    .expectNoEvents();
            given(tillSkickat(BEVILJAD_INSATS), stalld)
                    .when(new BesvaraFragaOmUppdraget(ID, "f-2", "Ja", ANNA, NU))
                    .expectException(violates("fragaId", "OKAND_FRAGA"))
                    .expectNoEvents();
            given(tillSkickat(BEVILJAD_INSATS), stalld)
                    .when(new BesvaraFragaOmUppdraget(ID, "f-1", null, ANNA, NU))
                    .expectException(violates("svar", "SVAR_KRAVS"))
                    .expectNoEvents();
            for (Actor annan : List.of(EVA, MATS, ULLA)) {
                given(tillSkickat(BEVILJAD_INSATS), stalld)
                        .when(new BesvaraFragaOmUppdraget(ID, "f-1", "Ja", annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== Ny information till ansvarig utförare (E2) ===========================================================

    @Nested
    @DisplayName("LamnaNyInformation")
    class NyInformation {

        private static final String INFO = "Pappan har flyttat till en annan stad";

        @Test
        void the_social_secretary_updates_the_ansvarig_utforare() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new LamnaNyInformation(ID, "i-1", INFO, ANNA, NU))
                    .expectEvents(new NyInformationLamnad(ID, "i-1", INFO, "ulla", "anna", NU))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void there_is_an_ansvarig_utforare_to_update_and_something_to_tell() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new LamnaNyInformation(ID, "i-1", INFO, ANNA, NU))
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new LamnaNyInformation(ID, "i-1", "", ANNA, NU))
                    .expectException(violates("information", "INFORMATION_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS), new NyInformationLamnad(ID, "i-1", INFO, "ulla", "anna", TIDIGARE))
                    .when(new LamnaNyInformation(ID, "i-1", INFO, ANNA, NU))
                    .expectException(conflicts("INFORMATION_FINNS"))
                    .expectNoEvents();
        }

        @Test
        void only_a_social_secretary_of_the_owning_unit_passes_it_on() {
            for (Actor annan : List.of(EVA, MATS, ULLA, ELIN)) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(new LamnaNyInformation(ID, "i-1", INFO, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== Familjen informerad inför avslut (B7, J2) ============================================================

    @Nested
    @DisplayName("InformeraFamiljenInforAvslut")
    class InforAvslut {

        private final LocalDate informerad = LocalDate.of(2026, 3, 3);
        private final Set<Mottagare> familjen = Set.of(Mottagare.BARNET, Mottagare.VARDNADSHAVARE);

        @ParameterizedTest
        @EnumSource(value = Uppdragstyp.class, names = {"BEVILJAD_INSATS", "INSATS_UNDER_UTREDNING"})
        void the_ansvarig_utforare_or_the_social_secretary_records_it(Uppdragstyp typ) {
            given(tillVerkstallt(typ))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, familjen, ULLA, NU))
                    .expectEvents(new FamiljenInformeradInforAvslut(ID, informerad, familjen, "ulla", NU))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
            given(tillVerkstallt(typ))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, familjen, ANNA, NU))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void the_child_and_the_guardians_are_told() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, Set.of(Mottagare.VARDNADSHAVARE), ULLA, NU))
                    .expectException(violates("informerade", "BARNET_SKA_INFORMERAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, Set.of(Mottagare.BARNET), ULLA, NU))
                    .expectException(violates("informerade", "VARDNADSHAVARE_SKA_INFORMERAS"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, null, ULLA, NU))
                    .expectException(violates("informerade", "BARNET_SKA_INFORMERAS"))
                    .expectNoEvents();
        }

        @Test
        void a_young_adult_is_told_herself() {
            Barn ung = barnFodd(LocalDate.of(2007, 1, 15));
            given(registrerad(BEVILJAD_INSATS, ung), forfragan(), klartecken(), barnetSamtycker(SAMTYCKT),
                    beviljad(BEVILJAD_INSATS, ung, BESLUT, Lagrum.SOL_2025_11_1, null), skickat(BEVILJAD_INSATS), mottaget(),
                    utsedd(), planerat(), verkstalld(START))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, Set.of(Mottagare.BARNET), ULLA, NU))
                    .expectEvents(new FamiljenInformeradInforAvslut(ID, informerad, Set.of(Mottagare.BARNET), "ulla", NU));
        }

        @Test
        void the_date_lies_between_the_start_and_today() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new InformeraFamiljenInforAvslut(ID, IDAG.plusDays(1), familjen, ULLA, NU))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new InformeraFamiljenInforAvslut(ID, START.minusDays(1), familjen, ULLA, NU))
                    .expectException(violates("datum", "DATUM_FORE_START"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new InformeraFamiljenInforAvslut(ID, null, familjen, ULLA, NU))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void it_concerns_a_started_intervention_not_yet_closed() {
            given(tillPlanerat(BEVILJAD_INSATS))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, familjen, ULLA, NU))
                    .expectException(conflicts("INTE_VERKSTALLD"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS), risk(Riskniva.MINSKAD, false), insatsAvslutad(Riskniva.MINSKAD))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, familjen, ULLA, NU))
                    .expectException(conflicts("INSATS_AVSLUTAD"))
                    .expectNoEvents();
            given(tillTilldelat(UTREDNINGSUPPDRAG))
                    .when(new InformeraFamiljenInforAvslut(ID, informerad, familjen, ANNA, NU))
                    .expectException(conflicts("GALLER_INTE_UTREDNINGSUPPDRAG"))
                    .expectNoEvents();
        }

        @Test
        void nobody_else_records_it() {
            for (Actor annan : List.of(UNO, MATS, ELIN, EVA, ULLA_PA_ANNAN_ENHET)) {
                given(tillVerkstallt(BEVILJAD_INSATS))
                        .when(new InformeraFamiljenInforAvslut(ID, informerad, familjen, annan, NU))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }
    }

    // ==== Riskbedömning (J1) ===================================================================================

    @Test
    void the_risk_assessment_carries_the_child_and_the_units_for_its_public_event() {
        given(tillVerkstallt(INSATS_UNDER_UTREDNING))
                .when(new GoraRiskbedomning(ID, Riskniva.OKAD, true, IDAG, BO, NU))
                .expectEvents(new RiskbedomningGjord(ID, Riskniva.OKAD, true, IDAG, NU, BARN, MYNDIGHETSENHET, "anna"));
    }

    // ==== Genomförandeplanens samverkan (P11) ==================================================================

    @Nested
    @DisplayName("Genomförandeplan: samverkan, uppföljning av planen, vårdnadshavarnas synpunkter")
    class Plan {

        private List<Object> verkstalltMedSip() {
            UppdragSkickat skickat = new UppdragSkickat(ID, BEVILJAD_INSATS, BARN, UTFORARENHET, MYNDIGHETSENHET, "anna",
                    INSATSTYP, BESLUT, MAL, null, innehall(i -> i.sipBehov = Boolean.TRUE), TIDIGARE);
            return handelser(tillBeslut(BEVILJAD_INSATS), skickat, mottaget(), utsedd(), planerat(), verkstalld(START));
        }

        @Test
        void the_plan_records_collaboration_follow_up_and_the_guardians_views() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new UpprattaGenomforandeplan(ID, PLANDATUM, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER,
                            "Samverkan med elevhälsan varannan vecka", "Planen ses över vid varje uppföljningsmöte",
                            "Föräldrarna vill börja med skolan", ULLA, NU))
                    .expectEvents(new GenomforandeplanUpprattad(ID, 1, PLANDATUM, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER,
                            "Samverkan med elevhälsan varannan vecka", "Planen ses över vid varje uppföljningsmöte",
                            "Föräldrarna vill börja med skolan", "ulla", NU));
        }

        @Test
        void when_a_sip_is_needed_the_plan_says_how_the_performer_collaborates() {
            given(verkstalltMedSip())
                    .when(new UpprattaGenomforandeplan(ID, PLANDATUM, DELTAGARE, BARNETS_DELAKTIGHET, AKTIVITETER, " ", null,
                            null, ULLA, NU))
                    .expectException(violates("samverkan", "SAMVERKAN_KRAVS"))
                    .expectNoEvents();
            given(verkstalltMedSip(), planUpprattad())
                    .when(new ReviderGenomforandeplan(ID, IDAG, Revideringsanledning.UPPFOLJNING, BARNETS_DELAKTIGHET,
                            AKTIVITETER, null, null, null, ULLA, NU))
                    .expectException(violates("samverkan", "SAMVERKAN_KRAVS"))
                    .expectNoEvents();
            given(verkstalltMedSip(), planUpprattad())
                    .when(new ReviderGenomforandeplan(ID, IDAG, Revideringsanledning.UPPFOLJNING, BARNETS_DELAKTIGHET,
                            AKTIVITETER, "SIP med BUP och skolan", "Vid uppföljningsmötena", null, ULLA, NU))
                    .expectEvents(new GenomforandeplanReviderad(ID, 2, IDAG, Revideringsanledning.UPPFOLJNING,
                            BARNETS_DELAKTIGHET, AKTIVITETER, "SIP med BUP och skolan", "Vid uppföljningsmötena", null,
                            "ulla", NU));
        }
    }
}
