package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Uppdragsinnehall;

/**
 * Issue item 10, review rows P4, P5, P2, N3, N5, N6, B1, C1, C2, A3, B4, Q1: the documentation of the decision (SOSFS
 * 2014:5 4 kap. 13–14 §, 17 §, 18 §), the routine's preconditions of the decision, and the SIP and informing items of the
 * written assignment.
 */
class UppdragBeslutsdokumentationTest {

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    /** DOKUMENTATION with one item changed. */
    private static Beslutsdokumentation med(UnaryOperator<Beslutsdokumentation> andring) {
        return andring.apply(DOKUMENTATION);
    }

    private static Beslutsdokumentation d(String skal, Beslutsfattare bf, String ansokan, DelvisAvslag delvis, String onskemal,
                                          String underlag, Boolean kommunicerad, String syfte, Boolean overens) {
        return new Beslutsdokumentation(skal, bf, ansokan, delvis, onskemal, underlag, kommunicerad, syfte, overens);
    }

    private TestExecutor<Uppdrag> klartecknatMedSamtycke() {
        return given(tillKlartecken(BEVILJAD_INSATS), samtycken());
    }

    private static FattaBeslut beslut(Beslutsdokumentation dok) {
        return new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, MAL, dok, null, null, ANNA, NU);
    }

    @Nested
    class FattaBeslut_ {

        @Test
        void the_whole_documentation_is_kept_in_the_internal_event() {
            Beslutsdokumentation dok = d("Skäl", new Beslutsfattare("Bo Berg", "Enhetschef", Delegationsniva.ENHETSCHEF),
                    "Familjebehandling 1 gång i veckan och kontaktperson", new DelvisAvslag("Kontaktperson",
                            "Behovet tillgodoses av familjebehandlingen"), "Familjen önskar en kvinnlig behandlare",
                    "Beslutsunderlag 2026-02-09", true, "Trygg vardag", true);
            klartecknatMedSamtycke().when(beslut(dok))
                    .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, BESLUT, Lagrum.SOL_2025_11_1, null,
                            MAL, UTFORARENHET, MYNDIGHETSENHET, "anna", NU, dok, null, null));
        }

        @Test
        void the_reasons_are_required() {
            klartecknatMedSamtycke().when(beslut(null)).expectException(violates("skal", "SKAL_KRAVS")).expectNoEvents();
            klartecknatMedSamtycke().when(beslut(med(x -> d(" ", x.beslutsfattare(), x.ansokanAvser(), null, null,
                            x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectException(violates("skal", "SKAL_KRAVS")).expectNoEvents();
        }

        @Test
        void the_decision_maker_is_named_with_title_and_delegation_level() {
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), null, x.ansokanAvser(), null, null,
                            x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectException(violates("beslutsfattare", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), new Beslutsfattare("", "Socialsekreterare",
                            Delegationsniva.SOCIALSEKRETERARE), x.ansokanAvser(), null, null, x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectException(violates("beslutsfattare.namn", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), new Beslutsfattare("Anna Andersson", null,
                            Delegationsniva.SOCIALSEKRETERARE), x.ansokanAvser(), null, null, x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectException(violates("beslutsfattare.titel", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), new Beslutsfattare("Anna Andersson", "Socialsekreterare",
                            null), x.ansokanAvser(), null, null, x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectException(violates("beslutsfattare.delegationsniva", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
        }

        @Test
        void a_body_of_the_committee_needs_no_personal_title() {
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), UTSKOTTET, x.ansokanAvser(), null, null,
                            x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void what_the_application_concerned_is_required() {
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), null, null, null,
                            x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectException(violates("ansokanAvser", "ANSOKAN_KRAVS")).expectNoEvents();
        }

        @Test
        void a_partial_refusal_says_what_and_why() {
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(),
                            new DelvisAvslag(" ", "Skäl"), null, x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectException(violates("delvisAvslag.vad", "DELVIS_AVSLAG_OFULLSTANDIGT")).expectNoEvents();
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(),
                            new DelvisAvslag("Kontaktperson", null), null, x.beslutsunderlag(), true, x.syfte(), true))))
                    .expectException(violates("delvisAvslag.skal", "DELVIS_AVSLAG_OFULLSTANDIGT")).expectNoEvents();
        }

        @Test
        void there_is_always_a_decision_basis() {
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(), null, null,
                            null, true, x.syfte(), true))))
                    .expectException(violates("beslutsunderlag", "BESLUTSUNDERLAG_KRAVS")).expectNoEvents();
        }

        @Test
        void the_purpose_is_formulated() {
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(), null, null,
                            x.beslutsunderlag(), true, "", true))))
                    .expectException(violates("syfte", "SYFTE_KRAVS")).expectNoEvents();
        }

        @Test
        void the_assessment_of_need_was_communicated_before_a_granted_intervention() {
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(), null, null,
                            x.beslutsunderlag(), false, x.syfte(), true))))
                    .expectException(violates("behovsbedomningKommunicerad", "BEHOVSBEDOMNING_EJ_KOMMUNICERAD")).expectNoEvents();
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(), null, null,
                            x.beslutsunderlag(), null, x.syfte(), true))))
                    .expectException(violates("behovsbedomningKommunicerad", "BEHOVSBEDOMNING_EJ_KOMMUNICERAD")).expectNoEvents();
        }

        @Test
        void during_an_investigation_the_communication_is_not_yet_required() {
            Beslutsdokumentation dok = med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(), null, null,
                    x.beslutsunderlag(), null, x.syfte(), true));
            given(tillKlartecken(INSATS_UNDER_UTREDNING), samtycken())
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, PERIOD_UNDER_UTREDNING, MAL, dok, null, null, ANNA, NU))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_goals_are_agreed_with_the_family_for_a_decision_on_consent() {
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(), null, null,
                            x.beslutsunderlag(), true, x.syfte(), false))))
                    .expectException(violates("malOverenskomnaMedFamiljen", "MAL_EJ_OVERENSKOMNA")).expectNoEvents();
            klartecknatMedSamtycke().when(beslut(med(x -> d(x.skal(), x.beslutsfattare(), x.ansokanAvser(), null, null,
                            x.beslutsunderlag(), true, x.syfte(), null))))
                    .expectException(violates("malOverenskomnaMedFamiljen", "MAL_EJ_OVERENSKOMNA")).expectNoEvents();
        }
    }

    /** Review row N4: "Målen … kan beröra något, några eller samtliga av BBIC-triangelns behovsområden". */
    @Nested
    class MalMedFleraOmraden {

        @Test
        void a_goal_may_span_several_bbic_areas() {
            Varden.Mal mal = new Varden.Mal("mal-1", "Alva mår bättre och går i skolan", "Hälsa",
                    java.util.List.of("Utbildning", "Känslo- och beteendeutveckling"));
            klartecknatMedSamtycke()
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, java.util.List.of(mal), DOKUMENTATION, null, null,
                            ANNA, NU))
                    .expectEvents(new InsatsBeviljad(ID, BEVILJAD_INSATS, BARN, INSATSTYP, BESLUT, Lagrum.SOL_2025_11_1, null,
                            java.util.List.of(mal), UTFORARENHET, MYNDIGHETSENHET, "anna", NU, DOKUMENTATION, null, null));
        }

        @Test
        void each_further_area_is_named_once_and_differs_from_the_main_one() {
            for (java.util.List<String> fel : java.util.List.of(java.util.List.of("Hälsa"), java.util.List.of("Utbildning", "Utbildning"),
                    java.util.List.of(" "))) {
                Varden.Mal mal = new Varden.Mal("mal-1", "Alva mår bättre", "Hälsa", fel);
                klartecknatMedSamtycke()
                        .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, java.util.List.of(mal), DOKUMENTATION, null,
                                null, ANNA, NU))
                        .expectException(violates("mal[0].ytterligareBbicOmraden[" + (fel.size() - 1) + "]", "BBIC_OMRADE_DUBBLETT"))
                        .expectNoEvents();
            }
        }

        @Test
        void a_goal_of_one_area_has_no_further_areas() {
            org.assertj.core.api.Assertions.assertThat(MAL1.ytterligareBbicOmraden()).isEmpty();
            org.assertj.core.api.Assertions.assertThat(new Varden.Mal("m", "b", "Hälsa", null).ytterligareBbicOmraden()).isEmpty();
        }
    }

    @Nested
    class AterkallaBeslut_ {

        @Test
        void the_revocation_names_the_decision_maker_with_title() {
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, IDAG, "Familjen har flyttat", null, ANNA, NU))
                    .expectException(violates("beslutsfattare", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, IDAG, "Familjen har flyttat",
                            new Beslutsfattare("Anna Andersson", " ", Delegationsniva.SOCIALSEKRETERARE), ANNA, NU))
                    .expectException(violates("beslutsfattare.titel", "BESLUTSFATTARE_KRAVS")).expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(new AterkallaBeslut(ID, IDAG, "Familjen har flyttat", BESLUTSFATTARE, ANNA, NU))
                    .expectEvents(new BeslutAterkallat(ID, IDAG, "Familjen har flyttat", "anna", NU, BESLUTSFATTARE));
        }
    }

    @Nested
    class Uppdragsinnehall_ {

        private UppdragSkickat skickatNu(Uppdragstyp typ, Barn barn, Uppdragsinnehall innehall) {
            return new UppdragSkickat(ID, typ, barn, UTFORARENHET, MYNDIGHETSENHET, "anna", insatstyp(typ), BESLUT, mal(typ),
                    utredning(typ), innehall, NU);
        }

        @Test
        void with_a_need_of_sip_it_says_whether_one_exists() {
            Uppdragsinnehall sip = innehall(i -> {
                i.sipBehov = true;
                i.sipFinns = false;
            });
            given(tillBeslut(BEVILJAD_INSATS)).when(new SkickaUppdrag(ID, sip, ANNA, NU))
                    .expectEvents(skickatNu(BEVILJAD_INSATS, BARN, sip));
        }

        @Test
        void the_older_single_flag_still_informs_both() {
            Uppdragsinnehall gammal = innehall(i -> {
                i.vardnadshavareInformerade = null;
                i.barnetInformerat = null;
                i.familjenInformerad = true;
            });
            given(tillBeslut(INSATS_UNDER_UTREDNING)).when(new SkickaUppdrag(ID, gammal, ANNA, NU))
                    .expectEvents(skickatNu(INSATS_UNDER_UTREDNING, BARN, gammal));
        }

        @Test
        void a_child_under_15_is_informed_by_age_and_maturity_and_the_answer_is_recorded() {
            Uppdragsinnehall ejInformerat = innehall(i -> i.barnetInformerat = false);
            given(tillBeslut(UTREDNINGSUPPDRAG)).when(new SkickaUppdrag(ID, ejInformerat, ANNA, NU))
                    .expectEvents(skickatNu(UTREDNINGSUPPDRAG, BARN, ejInformerat));
        }

        @Test
        void a_child_of_15_is_informed() {
            Barn sexton = barnFodd(LocalDate.of(2010, 1, 20));
            given(registrerad(UTREDNINGSUPPDRAG, sexton), forfragan(), klartecken(), UppdragBuilders.beslut(UTREDNINGSUPPDRAG))
                    .when(new SkickaUppdrag(ID, innehall(i -> i.barnetInformerat = false), ANNA, NU))
                    .expectException(violates("innehall.barnetInformerat", "UPPGIFT_SAKNAS")).expectNoEvents();
        }

        @Test
        void a_young_adult_has_no_guardians_to_inform() {
            Barn nitton = barnFodd(LocalDate.of(2007, 1, 20));
            Uppdragsinnehall innehall = innehall(i -> {
                i.vardnadshavare = null;
                i.vardnadshavareInformerade = null;
            });
            given(registrerad(UTREDNINGSUPPDRAG, nitton), forfragan(), klartecken(), UppdragBuilders.beslut(UTREDNINGSUPPDRAG))
                    .when(new SkickaUppdrag(ID, innehall, ANNA, NU))
                    .expectEvents(skickatNu(UTREDNINGSUPPDRAG, nitton, innehall));
        }
    }
}
