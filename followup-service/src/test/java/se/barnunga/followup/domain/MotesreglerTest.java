package se.barnunga.followup.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.barnunga.followup.domain.UppfoljningBuilders.*;
import static se.barnunga.followup.domain.UppfoljningFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.barnunga.followup.domain.Kommandon.HallForMote;
import se.barnunga.followup.domain.Kommandon.LamnaSammanfattningTillFamiljen;
import se.barnunga.followup.domain.Kommandon.RegistreraUtredningInledd;
import se.barnunga.followup.domain.Motesregler.Protokoll;
import se.barnunga.followup.domain.Varden.Bedomning;
import se.barnunga.followup.domain.Varden.Malarbete;
import se.barnunga.platform.domain.StateConflict;

/**
 * The rules of the meetings' content as pure functions, without an aggregate: the fixtures' standard commands pass,
 * and each rule is named by the field and rule code it breaks.
 */
class MotesreglerTest {

    @Test
    void the_swedish_date_of_an_instant() {
        assertEquals(FORSTA_MOTET, Motesregler.dag(FORSTA_REGISTRERAT));
        assertEquals(LocalDate.of(2026, 3, 3), Motesregler.dag(kl("2026-03-03T00:30")));
    }

    @Test
    void a_date_of_something_done_is_given_sane_and_not_in_the_future() {
        assertDoesNotThrow(() -> Motesregler.gjort("datum", FORSTA_MOTET, FORSTA_REGISTRERAT, "saknas", "framtid"));
        assertViolates(() -> Motesregler.gjort("datum", null, FORSTA_REGISTRERAT, "saknas", "framtid"), "datum", "DATUM_KRAVS");
        assertViolates(() -> Motesregler.gjort("inledd", LocalDate.of(1899, 12, 31), FORSTA_REGISTRERAT, "s", "f"), "inledd", "DATUM_ORIMLIGT");
        assertViolates(() -> Motesregler.gjort("datum", FORSTA_MOTET.plusDays(1), FORSTA_REGISTRERAT, "s", "f"), "datum", "DATUM_I_FRAMTIDEN");
    }

    @Test
    void a_held_meeting_is_not_before_the_start_nor_before_the_previous_meeting() {
        assertDoesNotThrow(() -> Motesregler.motesdatum(FORSTA_MOTET, FORSTA_REGISTRERAT, START, null));
        assertDoesNotThrow(() -> Motesregler.motesdatum(ANDRA_MOTET, ANDRA_REGISTRERAT, START, FORSTA_MOTET));
        assertViolates(() -> Motesregler.motesdatum(null, FORSTA_REGISTRERAT, START, null), "datum", "DATUM_KRAVS");
        assertViolates(() -> Motesregler.motesdatum(START.minusDays(1), FORSTA_REGISTRERAT, START, null), "datum", "FORE_START");
        assertViolates(() -> Motesregler.motesdatum(FORSTA_MOTET.minusDays(1), FORSTA_REGISTRERAT,
                START, FORSTA_MOTET), "datum", "FORE_FOREGAENDE_MOTE");
    }

    @Test
    void the_pre_meeting_is_held_before_the_meeting_and_says_how_it_was_planned() {
        assertDoesNotThrow(() -> Motesregler.formote(formote(FORSTA_MOTET.minusDays(3), "Alva leder själv en del."), FORSTA_MOTET));
        assertViolates(() -> Motesregler.formote(formote(null, "Plan"), FORSTA_MOTET), "datum", "DATUM_KRAVS");
        assertViolates(() -> Motesregler.formote(formote(FORSTA_MOTET.minusDays(3), "Plan"), FORSTA_MOTET.minusDays(4)), "datum", "EFTER_MOTET");
        assertViolates(() -> Motesregler.formote(formote(FORSTA_MOTET.minusDays(3), " "), FORSTA_MOTET), "planering", "PLANERING_KRAVS");
    }

    private static HallForMote formote(LocalDate datum, String planering) {
        return new HallForMote(ID, datum, planering, ANNA, FORSTA_REGISTRERAT);
    }

    @Test
    void the_summary_accounts_for_the_sessions_participation_and_every_goal() {
        assertDoesNotThrow(() -> Motesregler.sammanfattning(sammanfattning(s -> { }).kommando(), MAL));
        assertViolates(() -> Motesregler.sammanfattning(
                sammanfattning(s -> s.planerade = null).kommando(), MAL), "tillfallenPlanerade", "ANTAL_KRAVS");
        assertViolates(() -> Motesregler.sammanfattning(
                sammanfattning(s -> s.genomforda = -1).kommando(), MAL), "tillfallenGenomforda", "NEGATIVT_ANTAL");
        assertViolates(() -> Motesregler.sammanfattning(
                sammanfattning(s -> s.avvikelseFranPlanen = null).kommando(), MAL), "avvikelseFranPlanen", "AVVIKELSE_FRAN_PLANEN_KRAVS");
        assertViolates(() -> Motesregler.sammanfattning(
                sammanfattning(s -> s.vardnadshavarna = null).kommando(), MAL), "vardnadshavarnasDelaktighet", "DELAKTIGHET_KRAVS");
        assertViolates(() -> Motesregler.sammanfattning(sammanfattning(
                s -> s.malarbete = List.of(MALARBETE.get(0), new Malarbete(MAL_FAMILJ.malId(), ""))).kommando(), MAL), "malarbete[1].beskrivning", "BESKRIVNING_KRAVS");
        assertViolates(() -> Motesregler.sammanfattning(
                sammanfattning(s -> s.malarbete = List.of(MALARBETE.get(0))).kommando(), MAL), "malarbete", "MAL_SAKNAS");
        assertEquals("MALEN_EJ_KANDA", assertThrows(StateConflict.class,
                () -> Motesregler.sammanfattning(sammanfattning(s -> { }).kommando(), List.of())).rule());
    }

    @Test
    void the_follow_up_meeting_gives_its_record() {
        Protokoll p = Motesregler.uppfoljning(uppfoljningsmote(m -> { }).kommando(), MAL, true);
        assertEquals(ALLA, p.deltagare());
        assertEquals(malbedomningar(BEDOMNINGAR), p.bedomningar());
        assertEquals(Set.of(), p.instrument());
        assertTrue(p.barnetDeltog());
    }

    @Test
    void the_follow_up_meeting_names_the_first_rule_broken() {
        assertViolates(() -> uppfoljning(m -> m.deltagare = Set.of(Deltagare.SOCIALSEKRETERARE)), "skalBarnetDeltogEj", "SKAL_KRAVS");
        assertViolates(() -> uppfoljning(m -> m.familjensUppfattning = null), "familjensUppfattning", "UPPFATTNING_KRAVS");
        assertViolates(() -> uppfoljning(m -> m.ingaAnpassningarBehovdes = true), "ingaAnpassningarBehovdes", "ANPASSNINGAR_MOTSAGELSE");
        assertViolates(() -> uppfoljning(m -> m.anpassningar = null), "anpassningar", "ANPASSNINGAR_KRAVS");
        assertViolates(() -> uppfoljning(m -> m.bedomningsinstrument = Set.of(Bedomningsinstrument.ANNAT)), "annatInstrument", "INSTRUMENT_KRAVS");
        assertViolates(() -> uppfoljning(m -> m.annatInstrument = "Eget formulär"), "annatInstrument", "ENDAST_VID_ANNAT");
        assertViolates(() -> Motesregler.uppfoljning(
                uppfoljningsmote(m -> { }).kommando(), MAL, false), "skalUtanSammanfattning", "SAMMANFATTNING_SAKNAS");
        assertViolates(() -> uppfoljning(m -> m.utfall = null), "utfall", "UTFALL_KRAVS");
        assertViolates(() -> uppfoljning(m -> m.justering = Justering.INTENSITET), "justering", "ENDAST_VID_JUSTERING");
        assertViolates(() -> uppfoljning(m -> m.utfall = Utfall.JUSTERA), "justering", "JUSTERING_KRAVS");
        assertViolates(() -> uppfoljning(m -> {
            m.utfall = Utfall.NY_UTREDNING;
            m.nastaMote = null;
        }), "utredningsgrund", "UTREDNINGSGRUND_KRAVS");
        assertViolates(() -> uppfoljning(m -> m.bedomningar = List.of(
                BEDOMNINGAR.get(0), new Bedomning(MAL_FAMILJ.malId(), Bbicskala.NEGATIV_FORANDRING, "Fler konflikter."))), "bedomningAvNyaBehov", "BEDOMNING_AV_NYA_BEHOV_KRAVS");
        assertViolates(() -> uppfoljning(m -> m.nastaMote = null), "nastaMote", "NASTA_MOTE_KRAVS");
        assertViolates(() -> uppfoljning(m -> m.nastaMote = bokning(FORSTA_MOTET.plusDays(60))), "nastaMote.datum", "UTANFOR_6_8_VECKOR");
    }

    private static Protokoll uppfoljning(java.util.function.Consumer<UppfoljningBuilders.Uppfoljningsmote> andring) {
        return Motesregler.uppfoljning(uppfoljningsmote(andring).kommando(), MAL, true);
    }

    @Test
    void the_next_meeting_is_the_closing_meeting_when_the_intervention_ends() {
        assertEquals(Motesslag.AVSLUTNING, Motesregler.nastaSlag(Utfall.AVSLUTA));
        assertEquals(Motesslag.UPPFOLJNING, Motesregler.nastaSlag(Utfall.JUSTERA));
    }

    @Test
    void the_plan_is_revised_on_an_adjustment_changes_or_a_decision() {
        assertFalse(Motesregler.revideras(uppfoljningsmote(m -> { }).kommando()));
        assertTrue(Motesregler.revideras(uppfoljningsmote(m -> m.forandringar = "Tätare träffar.").kommando()));
        assertTrue(Motesregler.revideras(uppfoljningsmote(m -> m.genomforandeplanenRevideras = true).kommando()));
    }

    @Test
    void the_closing_meeting_gives_its_record_with_the_assignments_risk_assessment() {
        Protokoll p = Motesregler.avslutning(avslutning(a -> { }).kommando(), MAL, Riskniva.MINSKAD);
        assertEquals(malbedomningar(SLUTBEDOMNINGAR), p.bedomningar());
        assertViolates(() -> Motesregler.avslutning(
                avslutning(a -> a.barnetsUpplevelse = "").kommando(), MAL, Riskniva.MINSKAD), "barnetsUpplevelse", "UPPLEVELSE_KRAVS");
        assertViolates(() -> Motesregler.avslutning(avslutning(a -> { }).kommando(), MAL, null), "riskbedomning", "RISKBEDOMNING_SAKNAS");
        assertViolates(() -> Motesregler.avslutning(
                avslutning(a -> a.riskbedomning = Riskniva.OKAD).kommando(), MAL, Riskniva.MINSKAD), "riskbedomning", "RISKBEDOMNING_AVVIKER");
        assertViolates(() -> Motesregler.avslutning(
                avslutning(a -> a.slutsammanfattningPresenterad = false).kommando(), MAL, Riskniva.MINSKAD), "slutsammanfattningPresenterad", "SLUTSAMMANFATTNING_SAKNAS");
    }

    @Test
    void the_summary_is_handed_to_someone_in_the_family_not_before_it_was_handed_in() {
        assertDoesNotThrow(() -> Motesregler.overlamning(overlamning(Set.of(Familjemedlem.BARNET), FORSTA_MOTET), FORSTA_MOTET));
        assertViolates(() -> Motesregler.overlamning(overlamning(Set.of(), FORSTA_MOTET), null), "mottagare", "MOTTAGARE_KRAVS");
        assertViolates(() -> Motesregler.overlamning(
                overlamning(Set.of(Familjemedlem.BARNET), FORSTA_MOTET.plusDays(1)), null), "datum", "DATUM_I_FRAMTIDEN");
        assertViolates(() -> Motesregler.overlamning(
                overlamning(Set.of(Familjemedlem.BARNET), FORSTA_MOTET.minusDays(1)), FORSTA_MOTET), "datum", "FORE_SAMMANFATTNINGEN");
    }

    private static LamnaSammanfattningTillFamiljen overlamning(Set<Familjemedlem> mottagare, LocalDate datum) {
        return new LamnaSammanfattningTillFamiljen(ID, null, mottagare, datum, ULLA, FORSTA_REGISTRERAT);
    }

    @Test
    void the_new_investigation_is_opened_on_or_after_the_meeting() {
        assertDoesNotThrow(() -> Motesregler.utredning(utredning(FORSTA_MOTET), FORSTA_MOTET));
        assertViolates(() -> Motesregler.utredning(utredning(null), FORSTA_MOTET), "inledd", "DATUM_KRAVS");
        assertViolates(() -> Motesregler.utredning(utredning(FORSTA_MOTET.minusDays(1)), FORSTA_MOTET), "inledd", "FORE_MOTET");
    }

    private static RegistreraUtredningInledd utredning(LocalDate inledd) {
        return new RegistreraUtredningInledd(ID, null, inledd, ANNA, FORSTA_REGISTRERAT);
    }

    @Test
    void someone_took_part_the_social_secretary_among_them() {
        assertEquals(ALLA, Motesregler.deltagare(ALLA));
        assertViolates(() -> Motesregler.deltagare(null), "deltagare", "DELTAGARE_KRAVS");
        assertViolates(() -> Motesregler.deltagare(Set.of(Deltagare.BARNET)), "deltagare", "SOCIALSEKRETERAREN_LEDER");
    }

    @Test
    void every_goal_is_rated_once_on_the_bbic_scale_with_what_changed() {
        assertEquals(malbedomningar(BEDOMNINGAR), Motesregler.bedomningar(BEDOMNINGAR, MAL));
        assertViolates(() -> Motesregler.bedomningar(List.of(
                new Bedomning("mal-okant", Bbicskala.INGEN_FORANDRING, "x")), MAL), "bedomningar[0].malId", "OKANT_MAL");
        assertViolates(() -> Motesregler.bedomningar(List.of(BEDOMNINGAR.get(0),
                BEDOMNINGAR.get(0)), MAL), "bedomningar[1].malId", "MAL_DUBBLERAT");
        assertViolates(() -> Motesregler.bedomningar(List.of(
                new Bedomning(MAL_SKOLA.malId(), null, "x")), MAL), "bedomningar[0].skala", "SKALA_KRAVS");
        assertViolates(() -> Motesregler.bedomningar(List.of(
                new Bedomning(MAL_SKOLA.malId(), Bbicskala.INGEN_FORANDRING, " ")), MAL), "bedomningar[0].forandring", "FORANDRING_KRAVS");
        assertViolates(() -> Motesregler.bedomningar(List.of(BEDOMNINGAR.get(0)), MAL), "bedomningar", "MAL_EJ_BEDOMT");
    }

    @Test
    void nothing_is_said_about_goals_not_yet_known() {
        assertDoesNotThrow(() -> Motesregler.malenKanda(MAL));
        assertEquals("MALEN_EJ_KANDA", assertThrows(StateConflict.class, () -> Motesregler.malenKanda(List.of())).rule());
    }
}
