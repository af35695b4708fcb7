package se.barnunga.followup.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.barnunga.followup.domain.BokningsreglerTest.bryter;
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
        bryter("datum", "DATUM_KRAVS", () -> Motesregler.gjort("datum", null, FORSTA_REGISTRERAT, "saknas", "framtid"));
        bryter("inledd", "DATUM_ORIMLIGT", () -> Motesregler.gjort("inledd", LocalDate.of(1899, 12, 31), FORSTA_REGISTRERAT, "s", "f"));
        bryter("datum", "DATUM_I_FRAMTIDEN", () -> Motesregler.gjort("datum", FORSTA_MOTET.plusDays(1), FORSTA_REGISTRERAT, "s", "f"));
    }

    @Test
    void a_held_meeting_is_not_before_the_start_nor_before_the_previous_meeting() {
        assertDoesNotThrow(() -> Motesregler.motesdatum(FORSTA_MOTET, FORSTA_REGISTRERAT, START, null));
        assertDoesNotThrow(() -> Motesregler.motesdatum(ANDRA_MOTET, ANDRA_REGISTRERAT, START, FORSTA_MOTET));
        bryter("datum", "DATUM_KRAVS", () -> Motesregler.motesdatum(null, FORSTA_REGISTRERAT, START, null));
        bryter("datum", "FORE_START", () -> Motesregler.motesdatum(START.minusDays(1), FORSTA_REGISTRERAT, START, null));
        bryter("datum", "FORE_FOREGAENDE_MOTE", () -> Motesregler.motesdatum(FORSTA_MOTET.minusDays(1), FORSTA_REGISTRERAT,
                START, FORSTA_MOTET));
    }

    @Test
    void the_pre_meeting_is_held_before_the_meeting_and_says_how_it_was_planned() {
        assertDoesNotThrow(() -> Motesregler.formote(formote(FORSTA_MOTET.minusDays(3), "Alva leder själv en del."), FORSTA_MOTET));
        bryter("datum", "DATUM_KRAVS", () -> Motesregler.formote(formote(null, "Plan"), FORSTA_MOTET));
        bryter("datum", "EFTER_MOTET", () -> Motesregler.formote(formote(FORSTA_MOTET.minusDays(3), "Plan"), FORSTA_MOTET.minusDays(4)));
        bryter("planering", "PLANERING_KRAVS", () -> Motesregler.formote(formote(FORSTA_MOTET.minusDays(3), " "), FORSTA_MOTET));
    }

    private static HallForMote formote(LocalDate datum, String planering) {
        return new HallForMote(ID, datum, planering, ANNA, FORSTA_REGISTRERAT);
    }

    @Test
    void the_summary_accounts_for_the_sessions_participation_and_every_goal() {
        assertDoesNotThrow(() -> Motesregler.sammanfattning(sammanfattning(s -> { }).kommando(), MAL));
        bryter("tillfallenPlanerade", "ANTAL_KRAVS", () -> Motesregler.sammanfattning(
                sammanfattning(s -> s.planerade = null).kommando(), MAL));
        bryter("tillfallenGenomforda", "NEGATIVT_ANTAL", () -> Motesregler.sammanfattning(
                sammanfattning(s -> s.genomforda = -1).kommando(), MAL));
        bryter("avvikelseFranPlanen", "AVVIKELSE_FRAN_PLANEN_KRAVS", () -> Motesregler.sammanfattning(
                sammanfattning(s -> s.avvikelseFranPlanen = null).kommando(), MAL));
        bryter("vardnadshavarnasDelaktighet", "DELAKTIGHET_KRAVS", () -> Motesregler.sammanfattning(
                sammanfattning(s -> s.vardnadshavarna = null).kommando(), MAL));
        bryter("malarbete[1].beskrivning", "BESKRIVNING_KRAVS", () -> Motesregler.sammanfattning(sammanfattning(
                s -> s.malarbete = List.of(MALARBETE.get(0), new Malarbete(MAL_FAMILJ.malId(), ""))).kommando(), MAL));
        bryter("malarbete", "MAL_SAKNAS", () -> Motesregler.sammanfattning(
                sammanfattning(s -> s.malarbete = List.of(MALARBETE.get(0))).kommando(), MAL));
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
        bryter("skalBarnetDeltogEj", "SKAL_KRAVS", () -> uppfoljning(m -> m.deltagare = Set.of(Deltagare.SOCIALSEKRETERARE)));
        bryter("familjensUppfattning", "UPPFATTNING_KRAVS", () -> uppfoljning(m -> m.familjensUppfattning = null));
        bryter("ingaAnpassningarBehovdes", "ANPASSNINGAR_MOTSAGELSE", () -> uppfoljning(m -> m.ingaAnpassningarBehovdes = true));
        bryter("anpassningar", "ANPASSNINGAR_KRAVS", () -> uppfoljning(m -> m.anpassningar = null));
        bryter("annatInstrument", "INSTRUMENT_KRAVS", () -> uppfoljning(m -> m.bedomningsinstrument = Set.of(Bedomningsinstrument.ANNAT)));
        bryter("annatInstrument", "ENDAST_VID_ANNAT", () -> uppfoljning(m -> m.annatInstrument = "Eget formulär"));
        bryter("skalUtanSammanfattning", "SAMMANFATTNING_SAKNAS", () -> Motesregler.uppfoljning(
                uppfoljningsmote(m -> { }).kommando(), MAL, false));
        bryter("utfall", "UTFALL_KRAVS", () -> uppfoljning(m -> m.utfall = null));
        bryter("justering", "ENDAST_VID_JUSTERING", () -> uppfoljning(m -> m.justering = Justering.INTENSITET));
        bryter("justering", "JUSTERING_KRAVS", () -> uppfoljning(m -> m.utfall = Utfall.JUSTERA));
        bryter("utredningsgrund", "UTREDNINGSGRUND_KRAVS", () -> uppfoljning(m -> {
            m.utfall = Utfall.NY_UTREDNING;
            m.nastaMote = null;
        }));
        bryter("bedomningAvNyaBehov", "BEDOMNING_AV_NYA_BEHOV_KRAVS", () -> uppfoljning(m -> m.bedomningar = List.of(
                BEDOMNINGAR.get(0), new Bedomning(MAL_FAMILJ.malId(), Bbicskala.NEGATIV_FORANDRING, "Fler konflikter."))));
        bryter("nastaMote", "NASTA_MOTE_KRAVS", () -> uppfoljning(m -> m.nastaMote = null));
        bryter("nastaMote.datum", "UTANFOR_6_8_VECKOR", () -> uppfoljning(m -> m.nastaMote = bokning(FORSTA_MOTET.plusDays(60))));
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
        bryter("barnetsUpplevelse", "UPPLEVELSE_KRAVS", () -> Motesregler.avslutning(
                avslutning(a -> a.barnetsUpplevelse = "").kommando(), MAL, Riskniva.MINSKAD));
        bryter("riskbedomning", "RISKBEDOMNING_SAKNAS", () -> Motesregler.avslutning(avslutning(a -> { }).kommando(), MAL, null));
        bryter("riskbedomning", "RISKBEDOMNING_AVVIKER", () -> Motesregler.avslutning(
                avslutning(a -> a.riskbedomning = Riskniva.OKAD).kommando(), MAL, Riskniva.MINSKAD));
        bryter("slutsammanfattningPresenterad", "SLUTSAMMANFATTNING_SAKNAS", () -> Motesregler.avslutning(
                avslutning(a -> a.slutsammanfattningPresenterad = false).kommando(), MAL, Riskniva.MINSKAD));
    }

    @Test
    void the_summary_is_handed_to_someone_in_the_family_not_before_it_was_handed_in() {
        assertDoesNotThrow(() -> Motesregler.overlamning(overlamning(Set.of(Familjemedlem.BARNET), FORSTA_MOTET), FORSTA_MOTET));
        bryter("mottagare", "MOTTAGARE_KRAVS", () -> Motesregler.overlamning(overlamning(Set.of(), FORSTA_MOTET), null));
        bryter("datum", "DATUM_I_FRAMTIDEN", () -> Motesregler.overlamning(
                overlamning(Set.of(Familjemedlem.BARNET), FORSTA_MOTET.plusDays(1)), null));
        bryter("datum", "FORE_SAMMANFATTNINGEN", () -> Motesregler.overlamning(
                overlamning(Set.of(Familjemedlem.BARNET), FORSTA_MOTET.minusDays(1)), FORSTA_MOTET));
    }

    private static LamnaSammanfattningTillFamiljen overlamning(Set<Familjemedlem> mottagare, LocalDate datum) {
        return new LamnaSammanfattningTillFamiljen(ID, null, mottagare, datum, ULLA, FORSTA_REGISTRERAT);
    }

    @Test
    void the_new_investigation_is_opened_on_or_after_the_meeting() {
        assertDoesNotThrow(() -> Motesregler.utredning(utredning(FORSTA_MOTET), FORSTA_MOTET));
        bryter("inledd", "DATUM_KRAVS", () -> Motesregler.utredning(utredning(null), FORSTA_MOTET));
        bryter("inledd", "FORE_MOTET", () -> Motesregler.utredning(utredning(FORSTA_MOTET.minusDays(1)), FORSTA_MOTET));
    }

    private static RegistreraUtredningInledd utredning(LocalDate inledd) {
        return new RegistreraUtredningInledd(ID, null, inledd, ANNA, FORSTA_REGISTRERAT);
    }

    @Test
    void someone_took_part_the_social_secretary_among_them() {
        assertEquals(ALLA, Motesregler.deltagare(ALLA));
        bryter("deltagare", "DELTAGARE_KRAVS", () -> Motesregler.deltagare(null));
        bryter("deltagare", "SOCIALSEKRETERAREN_LEDER", () -> Motesregler.deltagare(Set.of(Deltagare.BARNET)));
    }

    @Test
    void every_goal_is_rated_once_on_the_bbic_scale_with_what_changed() {
        assertEquals(malbedomningar(BEDOMNINGAR), Motesregler.bedomningar(BEDOMNINGAR, MAL));
        bryter("bedomningar[0].malId", "OKANT_MAL", () -> Motesregler.bedomningar(List.of(
                new Bedomning("mal-okant", Bbicskala.INGEN_FORANDRING, "x")), MAL));
        bryter("bedomningar[1].malId", "MAL_DUBBLERAT", () -> Motesregler.bedomningar(List.of(BEDOMNINGAR.get(0),
                BEDOMNINGAR.get(0)), MAL));
        bryter("bedomningar[0].skala", "SKALA_KRAVS", () -> Motesregler.bedomningar(List.of(
                new Bedomning(MAL_SKOLA.malId(), null, "x")), MAL));
        bryter("bedomningar[0].forandring", "FORANDRING_KRAVS", () -> Motesregler.bedomningar(List.of(
                new Bedomning(MAL_SKOLA.malId(), Bbicskala.INGEN_FORANDRING, " ")), MAL));
        bryter("bedomningar", "MAL_EJ_BEDOMT", () -> Motesregler.bedomningar(List.of(BEDOMNINGAR.get(0)), MAL));
    }

    @Test
    void nothing_is_said_about_goals_not_yet_known() {
        assertDoesNotThrow(() -> Motesregler.malenKanda(MAL));
        assertEquals("MALEN_EJ_KANDA", assertThrows(StateConflict.class, () -> Motesregler.malenKanda(List.of())).rule());
    }
}
