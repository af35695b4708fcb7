package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.testsupport.RuleAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThatCode;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Kommandon.AvbojForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaNyForfragan;
import se.barnunga.assignment.domain.Kommandon.SkickaUppdrag;
import se.barnunga.assignment.domain.Varden.Utredning;

/** {@link Forfraganregler}: the content of the enquiry and of the written assignment, without a case. */
class ForfraganreglerTest {

    private static SkickaForfragan forfragan(Uppdragstyp typ, Barn barn, Utredning utredning, String utforarenhet) {
        return new SkickaForfragan(ID, typ, barn, utredning, insatstyp(typ), ONSKEMAL, BEHOVSOMRADEN, BEHOV, utforarenhet,
                ANNA, NU);
    }

    @Test
    void a_complete_enquiry_passes() {
        for (Uppdragstyp typ : Uppdragstyp.values()) {
            assertThatCode(() -> Forfraganregler.forfragan(forfragan(typ, BARN, utredning(typ), UTFORARENHET)))
                    .as("%s", typ).doesNotThrowAnyException();
        }
    }

    @Test
    void a_young_person_of_21_is_outside_the_routine() {
        assertViolates(() -> Forfraganregler.forfragan(forfragan(Uppdragstyp.BEVILJAD_INSATS, barnFodd(IDAG.minusYears(21)), null,
                UTFORARENHET)), "barn.personnummer", "UTANFOR_RUTINENS_MALGRUPP");
    }

    @Test
    void an_enquiry_during_an_investigation_needs_the_investigation() {
        assertViolates(() -> Forfraganregler.forfragan(forfragan(Uppdragstyp.INSATS_UNDER_UTREDNING, BARN, null, UTFORARENHET)),
                "utredning", "UTREDNING_KRAVS");
    }

    @Test
    void the_investigation_ends_after_it_starts() {
        Utredning baklanges = new Utredning("UTR-1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));
        assertViolates(() -> Forfraganregler.forfragan(forfragan(Uppdragstyp.UTREDNINGSUPPDRAG, BARN, baklanges, UTFORARENHET)),
                "utredning.planeratSlut", "UTREDNINGSPERIOD_OGILTIG");
    }

    @Test
    void an_enquiry_names_the_unit() {
        assertViolates(() -> Forfraganregler.forfragan(forfragan(Uppdragstyp.BEVILJAD_INSATS, BARN, null, " ")), "utforarenhet",
                "UTFORARENHET_KRAVS");
    }

    @Test
    void another_unit_may_be_asked() {
        assertThatCode(() -> Forfraganregler.nyForfragan(new SkickaNyForfragan(ID, ANNAN_UTFORARENHET, ONSKEMAL, ANNA, NU),
                Set.of(UTFORARENHET))).doesNotThrowAnyException();
    }

    @Test
    void a_unit_that_declined_is_not_asked_again() {
        assertViolates(() -> Forfraganregler.nyForfragan(new SkickaNyForfragan(ID, UTFORARENHET, ONSKEMAL, ANNA, NU),
                Set.of(UTFORARENHET)), "utforarenhet", "ENHETEN_HAR_AVBOJT");
    }

    @Test
    void a_decline_with_special_reasons_passes() {
        assertThatCode(() -> Forfraganregler.avbojande(new AvbojForfragan(ID, "Ingen behandlare ledig", MATS, NU)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_decline_needs_special_reasons() {
        assertViolates(() -> Forfraganregler.avbojande(new AvbojForfragan(ID, null, MATS, NU)), "skal", "SARSKILDA_SKAL_KRAVS");
    }

    @Test
    void a_complete_written_assignment_passes() {
        assertThatCode(() -> Forfraganregler.innehall(new SkickaUppdrag(ID, innehall(), ANNA, NU), Uppdragstyp.BEVILJAD_INSATS,
                BARN)).doesNotThrowAnyException();
    }

    @Test
    void the_written_assignment_names_its_first_missing_item() {
        assertViolates(() -> Forfraganregler.innehall(new SkickaUppdrag(ID, null, ANNA, NU), Uppdragstyp.BEVILJAD_INSATS, BARN),
                "innehall", "UPPGIFT_SAKNAS");
        assertViolates(() -> Forfraganregler.innehall(new SkickaUppdrag(ID, innehall(i -> i.uppdragetOmfattar = " "), ANNA, NU),
                Uppdragstyp.BEVILJAD_INSATS, BARN), "innehall.uppdragetOmfattar", "UPPGIFT_SAKNAS");
    }
}
