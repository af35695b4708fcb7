package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Kommandon.AvslutaInsats;
import se.barnunga.assignment.domain.Kommandon.InformeraFamiljenInforAvslut;
import se.barnunga.assignment.domain.Kommandon.LamnaAvslutandeSammanfattning;
import se.barnunga.assignment.domain.Kommandon.LamnaRedogorelse;

/** {@link Avslutsregler}: the content of the closing steps, without a case. */
class AvslutsreglerTest {

    private static final Set<Mottagare> FAMILJEN = Set.of(Mottagare.VARDNADSHAVARE, Mottagare.BARNET);

    private static AvslutaInsats avslut(Avslutsskal skal, boolean nyUtredningInleds) {
        return new AvslutaInsats(ID, IDAG, skal, nyUtredningInleds, null, ANNA, NU);
    }

    @Test
    void a_report_gone_through_with_the_family_passes() {
        assertThatCode(() -> Avslutsregler.redogorelse(new LamnaRedogorelse(ID, IDAG, true, "Föräldrarna instämmer",
                "Sammanfattning", ULLA, NU))).doesNotThrowAnyException();
    }

    @Test
    void a_report_is_gone_through_with_the_family_first() {
        assertViolates(() -> Avslutsregler.redogorelse(new LamnaRedogorelse(ID, IDAG, false, "Föräldrarna instämmer", "Sammanfattning",
                ULLA, NU)), "genomgangenMedFamiljen", "EJ_GENOMGANGEN_MED_FAMILJEN");
    }

    @Test
    void a_closing_summary_assesses_every_goal_once() {
        assertThat(Avslutsregler.avslutandeSammanfattning(new LamnaAvslutandeSammanfattning(ID, IDAG, MALUPPFYLLELSE, FAMILJEN,
                ULLA, NU), MAL, BARN)).isEqualTo(MALUPPFYLLELSE);
        assertViolates(() -> Avslutsregler.avslutandeSammanfattning(new LamnaAvslutandeSammanfattning(ID, IDAG,
                List.of(MALUPPFYLLELSE.get(0)), FAMILJEN, ULLA, NU), MAL, BARN), "malUppfyllelse", "MAL_SAKNAR_BEDOMNING");
        assertViolates(() -> Avslutsregler.avslutandeSammanfattning(new LamnaAvslutandeSammanfattning(ID, IDAG,
                List.of(MALUPPFYLLELSE.get(0), MALUPPFYLLELSE.get(0)), FAMILJEN, ULLA, NU), MAL, BARN),
                "malUppfyllelse[1].malId", "MAL_DUBBLETT");
    }

    @Test
    void the_closing_summary_is_handed_to_the_guardians() {
        assertViolates(() -> Avslutsregler.avslutandeSammanfattning(new LamnaAvslutandeSammanfattning(ID, IDAG, MALUPPFYLLELSE,
                Set.of(Mottagare.BARNET), ULLA, NU), MAL, BARN), "overlamnadTill", "VARDNADSHAVARE_SKA_FA");
    }

    @Test
    void the_child_and_the_guardians_are_told_before_the_end() {
        assertThatCode(() -> Avslutsregler.familjenInformerad(new InformeraFamiljenInforAvslut(ID, IDAG, FAMILJEN, ANNA, NU),
                START, BARN)).doesNotThrowAnyException();
        assertViolates(() -> Avslutsregler.familjenInformerad(new InformeraFamiljenInforAvslut(ID, IDAG, Set.of(Mottagare.BARNET),
                ANNA, NU), START, BARN), "informerade", "VARDNADSHAVARE_SKA_INFORMERAS");
        assertViolates(() -> Avslutsregler.familjenInformerad(new InformeraFamiljenInforAvslut(ID, START.minusDays(1), FAMILJEN, ANNA,
                NU), START, BARN), "datum", "DATUM_FORE_START");
    }

    @Test
    void an_intervention_is_closed_for_a_reason_on_or_after_its_start() {
        assertThatCode(() -> Avslutsregler.avslut(avslut(Avslutsskal.MALEN_UPPFYLLDA, false), START))
                .doesNotThrowAnyException();
        assertViolates(() -> Avslutsregler.avslut(avslut(null, false), START), "skal", "SKAL_KRAVS");
        assertViolates(() -> Avslutsregler.avslut(avslut(Avslutsskal.MALEN_UPPFYLLDA, false), IDAG.plusDays(1)), "datum",
                "AVSLUT_FORE_START");
    }

    @Test
    void a_remaining_risk_with_remaining_needs_opens_a_new_investigation() {
        assertThat(Avslutsregler.nyUtredning(avslut(Avslutsskal.MALEN_UPPFYLLDA, false), Riskniva.MINSKAD, true)).isFalse();
        assertThat(Avslutsregler.nyUtredning(avslut(Avslutsskal.NY_UTREDNING, false), Riskniva.OKAD, true)).isTrue();
        assertThat(Avslutsregler.nyUtredning(avslut(Avslutsskal.ANNAT, true), Riskniva.OFORANDRAD, true)).isTrue();
        assertViolates(() -> Avslutsregler.nyUtredning(avslut(Avslutsskal.MALEN_UPPFYLLDA, false), Riskniva.OKAD, true),
                "nyUtredningInleds", "NY_UTREDNING_KRAVS");
    }
}
