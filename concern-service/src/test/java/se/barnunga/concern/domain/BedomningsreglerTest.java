package se.barnunga.concern.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.barnunga.concern.domain.OroFixtures.*;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.barnunga.concern.domain.Kommandon.AvslutaForhandsbedomning;
import se.barnunga.concern.domain.Kommandon.VidarebefordraOro;
import se.barnunga.concern.domain.Varden.Skyddsbedomning;

/** The content rules of the recipient's steps as pure functions: each passes a good command and names the rule broken. */
class BedomningsreglerTest {

    private static final Instant NU = INKOM.plus(Duration.ofHours(2));

    private static VidarebefordraOro vidare(Mottagare till, String skal) {
        return new VidarebefordraOro(ID, till, skal, REGLER, ANNA, NU);
    }

    @Test
    void forwarding_names_another_recipient_and_why() {
        assertDoesNotThrow(() -> Bedomningsregler.vidarebefordran(vidare(TILL_MOTTAGNINGEN, "Anna är sjuk."), TILL_ANNA));
        assertViolates(() -> Bedomningsregler.vidarebefordran(vidare(null, "Skäl"), TILL_ANNA), "till", "MOTTAGARE_KRAVS");
        assertViolates(() -> Bedomningsregler.vidarebefordran(vidare(TILL_ANNA, "Skäl"), TILL_ANNA), "till", "SAMMA_MOTTAGARE");
        assertViolates(() -> Bedomningsregler.vidarebefordran(vidare(TILL_BO, " "), TILL_ANNA), "skal", "SKAL_KRAVS");
    }

    @Test
    void a_protection_assessment_made_after_the_concern_came_in_by_a_named_person_passes() {
        assertDoesNotThrow(() -> Bedomningsregler.skyddsbedomning(bedomning(INKOM.plus(Duration.ofHours(1))), INKOM, NU));
    }

    @Test
    void a_protection_assessment_names_the_first_missing_or_unreasonable_part() {
        Instant bedomd = INKOM.plus(Duration.ofHours(1));
        assertViolates(() -> Bedomningsregler.skyddsbedomning(null, INKOM, NU), "skyddsbedomning.omedelbartSkyddsbehov", "BEDOMNING_KRAVS");
        assertViolates(() -> Bedomningsregler.skyddsbedomning(
                new Skyddsbedomning(true, "", bedomd, "Anna Berg", "Socialsekreterare"), INKOM, NU), "skyddsbedomning.underlag", "UNDERLAG_KRAVS");
        assertViolates(() -> Bedomningsregler.skyddsbedomning(bedomning(null), INKOM, NU), "skyddsbedomning.bedomd", "TIDPUNKT_KRAVS");
        assertViolates(() -> Bedomningsregler.skyddsbedomning(
                bedomning(INKOM.minusSeconds(1)), INKOM, NU), "skyddsbedomning.bedomd", "TIDPUNKT_ORIMLIG");
        assertViolates(() -> Bedomningsregler.skyddsbedomning(
                bedomning(NU.plusSeconds(1)), INKOM, NU), "skyddsbedomning.bedomd", "TIDPUNKT_ORIMLIG");
        assertViolates(() -> Bedomningsregler.skyddsbedomning(
                new Skyddsbedomning(false, UNDERLAG, bedomd, null, "Socialsekreterare"), INKOM, NU), "skyddsbedomning.bedomdAvNamn", "NAMN_KRAVS");
        assertViolates(() -> Bedomningsregler.skyddsbedomning(
                new Skyddsbedomning(false, UNDERLAG, bedomd, "Anna Berg", " "), INKOM, NU), "skyddsbedomning.bedomdAvTitel", "TITEL_KRAVS");
    }

    private static AvslutaForhandsbedomning forhands(Forhandsbeslut beslut, String skal, String synnerliga, Boolean hort,
                                                     String skalInteHort, Instant tidpunkt) {
        return new AvslutaForhandsbedomning(ID, beslut, skal, synnerliga, hort, skalInteHort, ANNA, tidpunkt);
    }

    @Test
    void a_preliminary_assessment_within_14_days_gives_the_days_it_took() {
        assertEquals(0, Bedomningsregler.forhandsbedomning(forhands(Forhandsbeslut.INLED_UTREDNING, "Skäl", null, true, null, NU), INKOM));
        assertEquals(14, Bedomningsregler.forhandsbedomning(forhands(Forhandsbeslut.INLED_UTREDNING, "Skäl", null, false,
                "Barnet var bortrest.", kl(DAG.plusDays(14), 16, 0)), INKOM));
        assertEquals(20, Bedomningsregler.forhandsbedomning(forhands(Forhandsbeslut.INLED_UTREDNING, "Skäl", "Synnerliga skäl.",
                true, null, kl(DAG.plusDays(20), 10, 0)), INKOM));
    }

    @Test
    void a_preliminary_assessment_names_the_first_rule_broken() {
        assertViolates(() -> Bedomningsregler.forhandsbedomning(forhands(null, "Skäl", null, true, null, NU), INKOM), "beslut", "BESLUT_KRAVS");
        assertViolates(() -> Bedomningsregler.forhandsbedomning(
                forhands(Forhandsbeslut.INLED_UTREDNING, null, null, true, null, NU), INKOM), "skal", "SKAL_KRAVS");
        assertViolates(() -> Bedomningsregler.forhandsbedomning(
                forhands(Forhandsbeslut.INLED_UTREDNING, "Skäl", null, null, null, NU), INKOM), "barnetKomTillTals", "BARNETS_ROST_KRAVS");
        assertViolates(() -> Bedomningsregler.forhandsbedomning(
                forhands(Forhandsbeslut.INLED_UTREDNING, "Skäl", null, false, null, NU), INKOM), "skalBarnetInteHort", "SKAL_BARNET_INTE_HORT_KRAVS");
        assertViolates(() -> Bedomningsregler.forhandsbedomning(
                forhands(Forhandsbeslut.INLED_UTREDNING, "Skäl", null, true, null, kl(DAG.plusDays(15), 9, 0)), INKOM), "synnerligaSkal", "SYNNERLIGA_SKAL_KRAVS");
    }

    @Test
    void the_preliminary_assessment_is_within_its_deadline_up_to_14_days() {
        assertTrue(Bedomningsregler.inomFrist(14));
        assertFalse(Bedomningsregler.inomFrist(15));
    }

    @Test
    void days_count_between_swedish_dates() {
        assertEquals(DAG, Bedomningsregler.dag(INKOM));
        assertEquals(1, Bedomningsregler.dagar(kl(DAG, 23, 30), kl(DAG.plusDays(1), 0, 30)));
    }
}
