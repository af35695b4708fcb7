package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.assignment.domain.Uppdragstyp.INSATS_UNDER_UTREDNING;
import static se.barnunga.assignment.domain.Uppdragstyp.UTREDNINGSUPPDRAG;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
import se.barnunga.assignment.domain.Varden.Tolkbehov;
import se.barnunga.assignment.domain.Varden.Uppdragsinnehall;
import se.barnunga.assignment.domain.Varden.Vardnadshavare;

/**
 * Sending the written assignment to the performing unit.
 */
class UppdragSkickaTest extends UppdragMottagandeOchPlaneringTestBase {

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
}
