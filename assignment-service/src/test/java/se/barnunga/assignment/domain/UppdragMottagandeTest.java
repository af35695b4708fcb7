package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.platform.domain.testsupport.DomainMatchers.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;
import static se.barnunga.assignment.domain.Uppdragstyp.BEVILJAD_INSATS;
import static se.barnunga.platform.domain.testsupport.Given.handelser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.StateConflict;

/**
 * The performing unit's receipt, appointing the ansvarig utförare, hindrances to the verkställighet, and the
 * förmöte.
 */
class UppdragMottagandeTest extends UppdragMottagandeOchPlaneringTestBase {

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
                    .expectEvents(formoteNu())
                    .expectEventsMatching(allaUtfordaAv(ANNA, Roll.SOCIALSEKRETERARE));
        }

        @Test
        void the_ansvarig_utforare_registers_the_formote_in_her_role() {
            given(tillTilldelat(BEVILJAD_INSATS))
                    .when(formote(ULLA, formote, proffs, Motesledning.GEMENSAM, BARNETS_DELAKTIGHET))
                    .expectEvents(formoteNu())
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
}
