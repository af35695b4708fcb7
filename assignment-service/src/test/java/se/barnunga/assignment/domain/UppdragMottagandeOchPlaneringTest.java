package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.Kontaktuppgifter;
import se.barnunga.assignment.domain.Varden.Period;
import se.barnunga.assignment.domain.Varden.Tolkbehov;
import se.barnunga.assignment.domain.Varden.Uppdragsinnehall;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.StateConflict;

/**
 * From the decided assignment to the planned start: sending the written assignment, receipt, appointing the ansvarig
 * utförare, hindrances, the förmöte and the planning meeting.
 */
class UppdragMottagandeOchPlaneringTest {

    private FixtureConfiguration<Uppdrag> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Uppdrag.class);
    }

    /** The given events and lists of events, as one list. */
    private TestExecutor<Uppdrag> given(Object... handelser) {
        return fixture.given(handelser(handelser));
    }

    private static UppdragSkickat skickatNu(Uppdragstyp typ, Barn barn, String utforarenhet, Uppdragsinnehall innehall) {
        return new UppdragSkickat(ID, typ, barn, utforarenhet, MYNDIGHETSENHET, "anna", insatstyp(typ), BESLUT, mal(typ),
                utredning(typ), innehall, NU);
    }

    // ==== SkickaUppdrag ======================================================================================

    @Nested
    @DisplayName("SkickaUppdrag")
    class Skicka {

        @ParameterizedTest
        @EnumSource(Uppdragstyp.class)
        void the_decided_assignment_is_sent_with_its_complete_content(Uppdragstyp typ) {
            given(tillBeslut(typ))
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectEvents(skickatNu(typ, BARN, UTFORARENHET, innehall()));
        }

        @Test
        void a_colleague_on_the_owning_unit_may_send_it() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, innehall(), BO, NU))
                    .expectEvents(skickatNu(BEVILJAD_INSATS, BARN, UTFORARENHET, innehall()));
        }

        @Test
        void only_a_social_secretary_of_the_owning_unit_sends_it() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, innehall(), EVA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, innehall(), MATS, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void sending_before_the_go_ahead_is_a_conflict() {
            given(tillForfragan(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectException(conflicts("KLARTECKEN_SAKNAS"))
                    .expectNoEvents();
            given(tillForfragan(BEVILJAD_INSATS), avbojd())
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectException(conflicts("KLARTECKEN_SAKNAS"))
                    .expectNoEvents();
        }

        @ParameterizedTest
        @EnumSource(Uppdragstyp.class)
        void sending_before_the_decision_is_a_conflict(Uppdragstyp typ) {
            given(tillKlartecken(typ), typ == UTREDNINGSUPPDRAG ? List.of() : samtycken())
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectException(conflicts("BESLUT_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void the_assignment_is_sent_once() {
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectException(conflicts("UPPDRAG_REDAN_SKICKAT"))
                    .expectNoEvents();
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectException(conflicts("UPPDRAG_REDAN_SKICKAT"))
                    .expectNoEvents();
        }

        @Test
        void a_revoked_decision_is_not_sent() {
            given(tillBeslut(BEVILJAD_INSATS), aterkallat(BESLUT.plusDays(3)))
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectException(conflicts("BESLUT_ATERKALLAT"))
                    .expectNoEvents();
        }

        @Test
        void the_content_is_required() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, null, ANNA, NU))
                    .expectException(violates("innehall", "UPPGIFT_SAKNAS"))
                    .expectNoEvents();
        }

        static Stream<Arguments> saknadeUppgifter() {
            return Stream.of(
                    saknas(BEVILJAD_INSATS, "innehall.barnetsKontaktuppgifter", i -> i.barnetsKontaktuppgifter = null),
                    saknas(BEVILJAD_INSATS, "innehall.barnetsKontaktuppgifter",
                            i -> i.barnetsKontaktuppgifter = new Kontaktuppgifter(" ", null, "alva@example.se")),
                    saknas(BEVILJAD_INSATS, "innehall.vardnadshavare", i -> i.vardnadshavare = null),
                    saknas(BEVILJAD_INSATS, "innehall.vardnadshavare", i -> i.vardnadshavare = List.of()),
                    saknas(BEVILJAD_INSATS, "innehall.vardnadshavare[1]",
                            i -> i.vardnadshavare = List.of(VH1, new Vardnadshavare(VH2.personnummer(), " ", VH2.kontakt()))),
                    saknas(BEVILJAD_INSATS, "innehall.vardnadshavare[0]",
                            i -> i.vardnadshavare = List.of(new Vardnadshavare(null, "Karin Ekström", VH1.kontakt()), VH2)),
                    saknas(BEVILJAD_INSATS, "innehall.vardnadshavare[0].kontakt",
                            i -> i.vardnadshavare = List.of(new Vardnadshavare(VH1.personnummer(), VH1.namn(), null), VH2)),
                    saknas(BEVILJAD_INSATS, "innehall.vardnadshavare[1].kontakt",
                            i -> i.vardnadshavare = List.of(VH1, new Vardnadshavare(VH2.personnummer(), VH2.namn(),
                                    new Kontaktuppgifter(null, "", "johan@example.se")))),
                    saknas(BEVILJAD_INSATS, "innehall.skyddadePersonuppgifter", i -> i.skyddadePersonuppgifter = null),
                    saknas(BEVILJAD_INSATS, "innehall.tolkbehov", i -> i.tolkbehov = null),
                    saknas(BEVILJAD_INSATS, "innehall.tolkbehov.sprak", i -> i.tolkbehov = new Tolkbehov(true, " ", null)),
                    saknas(BEVILJAD_INSATS, "innehall.uppdragetOmfattar", i -> i.uppdragetOmfattar = ""),
                    saknas(BEVILJAD_INSATS, "innehall.bedomningAvBehovOchFormaga", i -> i.bedomningAvBehovOchFormaga = null),
                    saknas(BEVILJAD_INSATS, "innehall.uppfoljningsform", i -> i.uppfoljningsform = " "),
                    saknas(BEVILJAD_INSATS, "innehall.aterrapporteringVidAvslut", i -> i.aterrapporteringVidAvslut = null),
                    saknas(BEVILJAD_INSATS, "innehall.andraHuvudmansInsatser", i -> i.andraHuvudmansInsatser = ""),
                    saknas(BEVILJAD_INSATS, "innehall.sipBehov", i -> i.sipBehov = null),
                    saknas(BEVILJAD_INSATS, "innehall.socialsekreterarensKontakt", i -> i.socialsekreterarensKontakt = null),
                    saknas(BEVILJAD_INSATS, "innehall.socialsekreterarensKontakt",
                            i -> i.socialsekreterarensKontakt = new Kontaktuppgifter("Socialkontoret", null, " ")),
                    saknas(BEVILJAD_INSATS, "innehall.sipFinns", i -> i.sipBehov = true),
                    saknas(INSATS_UNDER_UTREDNING, "innehall.vardnadshavareInformerade", i -> i.vardnadshavareInformerade = null),
                    saknas(INSATS_UNDER_UTREDNING, "innehall.vardnadshavareInformerade", i -> i.vardnadshavareInformerade = false),
                    saknas(INSATS_UNDER_UTREDNING, "innehall.barnetInformerat", i -> i.barnetInformerat = null),
                    saknas(UTREDNINGSUPPDRAG, "innehall.vardnadshavareInformerade", i -> i.vardnadshavareInformerade = false),
                    saknas(UTREDNINGSUPPDRAG, "innehall.barnetInformerat", i -> i.barnetInformerat = null),
                    // the older single flag still stands for both, and false for it is false for both
                    saknas(UTREDNINGSUPPDRAG, "innehall.vardnadshavareInformerade", i -> {
                        i.vardnadshavareInformerade = null;
                        i.barnetInformerat = null;
                        i.familjenInformerad = false;
                    }),
                    saknas(UTREDNINGSUPPDRAG, "innehall.utredningsplanBifogad", i -> i.utredningsplanBifogad = null),
                    saknas(UTREDNINGSUPPDRAG, "innehall.utredningsplanBifogad", i -> i.utredningsplanBifogad = false));
        }

        private static Arguments saknas(Uppdragstyp typ, String falt, Consumer<Innehall> andring) {
            return Arguments.of(typ, Named.of(falt, falt), andring);
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("saknadeUppgifter")
        void a_missing_required_item_is_named_by_its_field_path(Uppdragstyp typ, String falt, Consumer<Innehall> andring) {
            given(tillBeslut(typ))
                    .when(new SkickaUppdrag(ID, innehall(andring), ANNA, NU))
                    .expectException(violates(falt, "UPPGIFT_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void the_investigation_items_are_not_required_of_a_granted_intervention() {
            Uppdragsinnehall utan = innehall(i -> {
                i.vardnadshavareInformerade = null;
                i.barnetInformerat = null;
                i.utredningsplanBifogad = null;
            });
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, utan, ANNA, NU))
                    .expectEvents(skickatNu(BEVILJAD_INSATS, BARN, UTFORARENHET, utan));
        }

        @Test
        void no_investigation_plan_is_required_of_an_intervention_during_an_investigation() {
            Uppdragsinnehall utan = innehall(i -> i.utredningsplanBifogad = false);
            given(tillBeslut(INSATS_UNDER_UTREDNING))
                    .when(new SkickaUppdrag(ID, utan, ANNA, NU))
                    .expectEvents(skickatNu(INSATS_UNDER_UTREDNING, BARN, UTFORARENHET, utan));
        }

        @Test
        void a_phone_number_or_an_email_is_enough_contact_and_an_interpreter_names_the_language() {
            Uppdragsinnehall innehall = innehall(i -> {
                i.barnetsKontaktuppgifter = new Kontaktuppgifter(null, "070-1112233", null);
                i.socialsekreterarensKontakt = new Kontaktuppgifter(null, null, "anna@example.se");
                i.tolkbehov = new Tolkbehov(true, "arabiska", null);
                i.skyddadePersonuppgifter = Skyddsmarkering.SKYDDAD_FOLKBOKFORING;
            });
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new SkickaUppdrag(ID, innehall, ANNA, NU))
                    .expectEvents(skickatNu(BEVILJAD_INSATS, BARN, UTFORARENHET, innehall));
        }

        @Test
        void a_young_adult_of_18_has_no_guardians_to_list() {
            Barn arton = barnFodd(LocalDate.of(2008, 1, 20));
            Uppdragsinnehall utanVardnadshavare = innehall(i -> i.vardnadshavare = List.of());
            given(registrerad(BEVILJAD_INSATS, arton), forfragan(), klartecken(), barnetSamtycker(SAMTYCKT),
                    beviljad(BEVILJAD_INSATS, arton, BESLUT, Lagrum.SOL_2025_11_1, null))
                    .when(new SkickaUppdrag(ID, utanVardnadshavare, ANNA, NU))
                    .expectEvents(skickatNu(BEVILJAD_INSATS, arton, UTFORARENHET, utanVardnadshavare));
        }

        @Test
        void a_child_who_turns_18_after_sending_still_needed_the_guardians_on_the_sending_day() {
            // Born 2008-03-11: 17 on 2026-03-10 (today), 18 tomorrow.
            Barn sjutton = barnFodd(LocalDate.of(2008, 3, 11));
            given(registrerad(BEVILJAD_INSATS, sjutton), forfragan(), klartecken(), samtycken(), barnetSamtycker(SAMTYCKT),
                    beviljad(BEVILJAD_INSATS, sjutton, BESLUT, Lagrum.SOL_2025_11_1, null))
                    .when(new SkickaUppdrag(ID, innehall(i -> i.vardnadshavare = null), ANNA, NU))
                    .expectException(violates("innehall.vardnadshavare", "UPPGIFT_SAKNAS"))
                    .expectNoEvents();
        }
    }

    // ==== BekraftaMottagande / UtseAnsvarigUtforare ==========================================================

    @Nested
    @DisplayName("BekraftaMottagande och UtseAnsvarigUtforare")
    class Mottagande {

        @Test
        void the_metodhandledare_confirms_receipt() {
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(new BekraftaMottagande(ID, MATS, NU))
                    .expectEvents(new UppdragMottaget(ID, UTFORARENHET, "mats", NU));
        }

        @Test
        void receipt_is_confirmed_only_by_the_metodhandledare_of_the_unit() {
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(new BekraftaMottagande(ID, LISA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(new BekraftaMottagande(ID, ULLA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void receipt_needs_a_sent_assignment_and_is_confirmed_once() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(new BekraftaMottagande(ID, MATS, NU))
                    .expectException(conflicts("UPPDRAG_INTE_SKICKAT"))
                    .expectNoEvents();
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new BekraftaMottagande(ID, MATS, NU))
                    .expectException(conflicts("UPPDRAG_REDAN_MOTTAGET"))
                    .expectNoEvents();
        }

        @Test
        void the_metodhandledare_appoints_the_ansvarig_utforare() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new UtseAnsvarigUtforare(ID, "ulla", MATS, NU))
                    .expectEvents(new AnsvarigUtforareUtsedd(ID, UTFORARENHET, "ulla", "mats", NU));
        }

        @Test
        void the_appointment_follows_receipt() {
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(new UtseAnsvarigUtforare(ID, "ulla", MATS, NU))
                    .expectException(conflicts("UPPDRAG_INTE_MOTTAGET"))
                    .expectNoEvents();
        }

        @Test
        void the_appointment_names_the_performer() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new UtseAnsvarigUtforare(ID, " ", MATS, NU))
                    .expectException(violates("ansvarigUtforare", "ANSVARIG_UTFORARE_KRAVS"))
                    .expectNoEvents();
        }

        @Test
        void the_same_performer_is_not_appointed_twice() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new UtseAnsvarigUtforare(ID, "ulla", MATS, NU))
                    .expectException(conflicts("REDAN_ANSVARIG_UTFORARE"))
                    .expectNoEvents();
        }

        @Test
        void only_the_metodhandledare_of_the_unit_appoints() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new UtseAnsvarigUtforare(ID, "ulla", LISA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new UtseAnsvarigUtforare(ID, "ulla", ULLA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void another_performer_may_take_over_and_the_former_one_no_longer_acts() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new UtseAnsvarigUtforare(ID, "uno", MATS, NU))
                    .expectEvents(new AnsvarigUtforareUtsedd(ID, UTFORARENHET, "uno", "mats", NU));
            given(tillPlanerat(BEVILJAD_INSATS), utsedd(UTFORARENHET, "uno"))
                    .when(new BekraftaStart(ID, true, null, ULLA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillPlanerat(BEVILJAD_INSATS), utsedd(UTFORARENHET, "uno"))
                    .when(new BekraftaStart(ID, true, null, UNO, NU))
                    .expectEvents(new StartBekraftad(ID, START, true, null, NU));
        }
    }

    // ==== RapporteraHinder ===================================================================================

    @Nested
    @DisplayName("RapporteraHinder")
    class HinderForVerkstallighet {

        private RapporteraHinder hinder(Hinder hinder, String skal, boolean enhetschefInformerad) {
            return new RapporteraHinder(ID, hinder, skal, enhetschefInformerad, "Stödsamtal varannan vecka", MATS, NU);
        }

        @ParameterizedTest
        @EnumSource(Hinder.class)
        void the_metodhandledare_reports_a_hindrance(Hinder h) {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(hinder(h, "Ingen behandlare ledig", true))
                    .expectEvents(new VerkstallighetHindrad(ID, UTFORARENHET, h, "Ingen behandlare ledig",
                            "Stödsamtal varannan vecka", "mats", NU));
        }

        @Test
        void a_hindrance_may_be_reported_after_sending_before_receipt() {
            given(tillSkickat(BEVILJAD_INSATS))
                    .when(hinder(Hinder.KAN_INTE_TA_SIG_AN, "Ingen behandlare ledig", true))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void the_hindrance_names_what_reason_and_the_manager_was_informed() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(hinder(null, "Skäl", true))
                    .expectException(violates("hinder", "HINDER_KRAVS"))
                    .expectNoEvents();
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(hinder(Hinder.KAN_INTE_TA_SIG_AN, " ", true))
                    .expectException(violates("skal", "SKAL_KRAVS"))
                    .expectNoEvents();
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(hinder(Hinder.KAN_INTE_TA_SIG_AN, "Skäl", false))
                    .expectException(violates("enhetschefInformerad", "ENHETSCHEF_SKA_INFORMERAS"))
                    .expectNoEvents();
        }

        @Test
        void a_hindrance_concerns_a_sent_assignment_not_yet_started() {
            given(tillBeslut(BEVILJAD_INSATS))
                    .when(hinder(Hinder.KAN_INTE_TA_SIG_AN, "Skäl", true))
                    .expectException(conflicts("UPPDRAG_INTE_SKICKAT"))
                    .expectNoEvents();
            given(tillVerkstallt(BEVILJAD_INSATS))
                    .when(hinder(Hinder.KAN_INTE_VERKSTALLA_INOM_SKALIG_TID, "Skäl", true))
                    .expectException(conflicts("INSATS_REDAN_VERKSTALLD"))
                    .expectNoEvents();
        }

        @Test
        void only_the_metodhandledare_of_the_unit_reports_it() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(new RapporteraHinder(ID, Hinder.KAN_INTE_TA_SIG_AN, "Skäl", true, null, LISA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(new RapporteraHinder(ID, Hinder.KAN_INTE_TA_SIG_AN, "Skäl", true, null, ULLA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void when_the_unit_cannot_take_it_on_another_unit_is_asked_but_not_the_same() {
            given(tillMottaget(BEVILJAD_INSATS), hindrad(Hinder.KAN_INTE_TA_SIG_AN))
                    .when(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, ONSKEMAL, ANNA, NU))
                    .expectEvents(new ForfraganSkickad(ID, 2, ANNAN_UTFORARENHET, INSATSTYP, ONSKEMAL, List.of(), null, NU));
            given(tillMottaget(BEVILJAD_INSATS), hindrad(Hinder.KAN_INTE_TA_SIG_AN))
                    .when(new SkickaNyForfragan(ID, UTFORARENHET, ONSKEMAL, ANNA, NU))
                    .expectException(violates("utforarenhet", "ENHETEN_HAR_AVBOJT"))
                    .expectNoEvents();
        }

        @Test
        void a_delay_does_not_open_for_a_new_enquiry() {
            given(tillMottaget(BEVILJAD_INSATS), hindrad(Hinder.KAN_INTE_VERKSTALLA_INOM_SKALIG_TID))
                    .when(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, ONSKEMAL, ANNA, NU))
                    .expectException(conflicts("FORFRAGAN_PAGAR"))
                    .expectNoEvents();
        }

        @Test
        void the_decided_assignment_is_sent_again_to_the_new_unit_after_its_go_ahead() {
            List<Object> nyEnhet = handelser(tillTilldelat(BEVILJAD_INSATS), hindrad(Hinder.KAN_INTE_TA_SIG_AN),
                    forfragan(2, ANNAN_UTFORARENHET));
            given(nyEnhet)
                    .when(new LamnaKlartecken(ID, LISA, NU))
                    .expectEvents(new KlarteckenLamnat(ID, 2, ANNAN_UTFORARENHET, "lisa", NU));
            given(nyEnhet)
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectException(conflicts("KLARTECKEN_SAKNAS"))
                    .expectNoEvents();
            given(nyEnhet, klartecken(2, ANNAN_UTFORARENHET, "lisa"))
                    .when(new SkickaUppdrag(ID, innehall(), ANNA, NU))
                    .expectEvents(skickatNu(BEVILJAD_INSATS, BARN, ANNAN_UTFORARENHET, innehall()));
            given(nyEnhet, klartecken(2, ANNAN_UTFORARENHET, "lisa"))
                    .when(new FattaBeslut(ID, BESLUT, Lagrum.SOL_2025_11_1, null, MAL, DOKUMENTATION, null, null, ANNA, NU))
                    .expectException(conflicts("BESLUT_REDAN_FATTAT"))
                    .expectNoEvents();
        }

        @Test
        void after_the_change_of_unit_the_former_performer_no_longer_acts() {
            given(tillTilldelat(BEVILJAD_INSATS), hindrad(Hinder.KAN_INTE_TA_SIG_AN), forfragan(2, ANNAN_UTFORARENHET),
                    klartecken(2, ANNAN_UTFORARENHET, "lisa"), skickat(BEVILJAD_INSATS), mottaget(ANNAN_UTFORARENHET, "lisa"))
                    .when(new RegistreraFormote(ID, MOTE, DELTAGARE, MOTE, "Familjecentralen", null, BARNETS_DELAKTIGHET,
                            Motesledning.GEMENSAM, true, ULLA, NU))
                    .expectException(notPermitted())
                    .expectNoEvents();
        }

        @Test
        void a_hindrance_is_not_reported_for_a_revoked_decision() {
            given(tillMottaget(BEVILJAD_INSATS), aterkallat(LocalDate.of(2026, 3, 1)))
                    .when(hinder(Hinder.KAN_INTE_TA_SIG_AN, "Ingen behandlare ledig", true))
                    .expectException(StateConflict.class)
                    .expectNoEvents();
            given(tillMottaget(BEVILJAD_INSATS), insatsAvslutad(null))
                    .when(hinder(Hinder.KAN_INTE_TA_SIG_AN, "Ingen behandlare ledig", true))
                    .expectException(StateConflict.class)
                    .expectNoEvents();
        }
    }

    // ==== RegistreraFormote ==================================================================================

    @Nested
    @DisplayName("RegistreraFormote")
    class Formote {

        private final LocalDate formote = LocalDate.of(2026, 2, 13);

        private RegistreraFormote formote(Actor actor, LocalDate datum, Set<Deltagare> deltagare, Motesledning ledning,
                                          String delaktighet) {
            return new RegistreraFormote(ID, datum, deltagare, MOTE, "Familjecentralen", "Tolk på arabiska", delaktighet,
                    ledning, true, actor, NU);
        }

        private FormoteGenomfort formoteNu() {
            return new FormoteGenomfort(ID, formote, Set.of(Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE), MOTE,
                    "Familjecentralen", "Tolk på arabiska", BARNETS_DELAKTIGHET, Motesledning.GEMENSAM, true, NU);
        }

        private final Set<Deltagare> proffs = Set.of(Deltagare.SOCIALSEKRETERARE, Deltagare.ANSVARIG_UTFORARE);

        @Test
        void the_social_secretary_registers_the_formote() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ANNA, formote, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectEvents(formoteNu());
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ANNA, formote, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void the_ansvarig_utforare_registers_the_formote_in_her_role() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ULLA, formote, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectEvents(formoteNu());
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ULLA, formote, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectEventsMatching(allaUtfordaAv(ULLA, Roll.UTFORARE));
        }

        @Test
        void it_waits_for_an_appointed_ansvarig_utforare() {
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(formote(ANNA, formote, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"))
                    .expectNoEvents();
            given(tillMottaget(BEVILJAD_INSATS))
                    .when(formote(ULLA, formote, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectException(conflicts("ANSVARIG_UTFORARE_SAKNAS"))
                    .expectNoEvents();
        }

        @Test
        void nobody_else_registers_it() {
            for (Actor annan : List.of(UNO, ULLA_PA_ANNAN_ENHET, MATS, EVA)) {
                given(tillTilldelat(BEVILJAD_INSATS))
                        .when(formote(annan, formote, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                        .expectException(notPermitted())
                        .expectNoEvents();
            }
        }

        @Test
        void the_formote_has_a_date_not_in_the_future() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ANNA, null, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectException(violates("datum", "DATUM_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ANNA, IDAG.plusDays(1), proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectException(violates("datum", "DATUM_I_FRAMTIDEN"))
                    .expectNoEvents();
        }

        @Test
        void the_formote_names_participants_leadership_and_the_childs_participation() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ANNA, formote, Set.of(), Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectException(violates("deltagare", "DELTAGARE_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ANNA, formote, proffs, null, BARNETS_DELAKTIGHET))
                    .expectException(violates("ledning", "LEDNING_KRAVS"))
                    .expectNoEvents();
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ANNA, formote, proffs, Motesledning.SOCIALSEKRETERARE, " "))
                    .expectException(violates("barnetsDelaktighet", "BARNETS_DELAKTIGHET_KRAVS"))
                    .expectNoEvents();
        }
    }

    // ==== RegistreraPlaneringsmote ===========================================================================

    /** A planning meeting command with valid defaults; tests change one thing. */
    static final class Mote {
        LocalDate datum = MOTE;
        Set<Deltagare> deltagare = DELTAGARE;
        boolean barnetDeltog = true;
        String orsakBarnetDeltogEj;
        boolean sekretessInformerad = true;
        boolean malGenomgangna = true;
        LocalDate planeratStartdatum = START;
        String skalForSenStart;
        LocalDate forstaUppfoljningsmote = START.plusDays(42);
        String skalForSenUppfoljning;
        Overenskommelser ok = new Overenskommelser();
        boolean utanOverenskommelser;
        Actor actor = ANNA;

        Mote start(LocalDate start) {
            planeratStartdatum = start;
            forstaUppfoljningsmote = start.plusDays(42);
            ok.beraknatAvslut = start;
            return this;
        }

        RegistreraPlaneringsmote build() {
            return new RegistreraPlaneringsmote(ID, datum, deltagare, barnetDeltog, orsakBarnetDeltogEj,
                    sekretessInformerad, malGenomgangna, planeratStartdatum, skalForSenStart, forstaUppfoljningsmote,
                    skalForSenUppfoljning, utanOverenskommelser ? null : ok.build(), actor, NU);
        }

        PlaneringsmoteGenomfort genomfort() {
            boolean sen = forstaUppfoljningsmote.isAfter(planeratStartdatum.plusDays(56));
            return new PlaneringsmoteGenomfort(ID, datum, deltagare, barnetDeltog, barnetDeltog ? null : orsakBarnetDeltogEj,
                    true, planeratStartdatum, skalForSenStart, forstaUppfoljningsmote, sen ? skalForSenUppfoljning : null,
                    ok.build(), "ulla", "anna", NU);
        }
    }

    private static RegistreraPlaneringsmote mote(Consumer<Mote> andring) {
        Mote m = new Mote();
        andring.accept(m);
        return m.build();
    }

    private static PlaneringsmoteGenomfort moteGenomfort(Consumer<Mote> andring) {
        Mote m = new Mote();
        andring.accept(m);
        return m.genomfort();
    }

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
                    .expectEvents(moteGenomfort(m -> m.actor = ULLA));
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(mote(m -> m.actor = ULLA))
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
