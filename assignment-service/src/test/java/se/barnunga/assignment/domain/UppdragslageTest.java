package se.barnunga.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.FragaOmUppdragetBesvarad;
import se.barnunga.assignment.domain.Handelser.FragaOmUppdragetStalld;
import se.barnunga.assignment.domain.Varden.Mal;

/**
 * {@link Uppdragslage}: the facts of an assignment, folded by its event sourcing handlers and read through its named
 * predicates. The aggregate's given-when-then tests cover the same facts through the commands; these pin the fold.
 */
class UppdragslageTest {

    @Test
    void nothing_has_happened_before_the_first_event() {
        Uppdragslage lage = new Uppdragslage();
        assertThat(lage.harKlartecken()).isFalse();
        assertThat(lage.arSkickat()).isFalse();
        assertThat(lage.arVerkstalld()).isFalse();
        assertThat(lage.harPlan()).isFalse();
        assertThat(lage.samtycken()).isEqualTo(Samtycken.INGA);
        assertThat(lage.periodensSlut()).isNull();
        assertThat(lage.behoverTolkEllerStod()).isFalse();
    }

    @Test
    void the_steps_of_the_routine_are_remembered() {
        Uppdragslage lage = fram(Uppdragstyp.INSATS_UNDER_UTREDNING);
        assertThat(lage.typ()).isEqualTo(Uppdragstyp.INSATS_UNDER_UTREDNING);
        assertThat(lage.myndighetsenhet()).isEqualTo(MYNDIGHETSENHET);
        assertThat(lage.utforarenhet()).isEqualTo(UTFORARENHET);
        assertThat(lage.harKlartecken()).isTrue();
        assertThat(lage.beslutsdatum()).isEqualTo(BESLUT);
        assertThat(lage.periodensSlut()).isEqualTo(PERIOD_UNDER_UTREDNING.tom());
        assertThat(lage.mal()).isEqualTo(MAL);
        assertThat(lage.arSkickat()).isTrue();
        assertThat(lage.arMottaget()).isTrue();
        assertThat(lage.ansvarigUtforare()).isEqualTo("ulla");
        assertThat(lage.harPlaneringsmote()).isTrue();
        assertThat(lage.planeratStartdatum()).isEqualTo(START);
        assertThat(lage.harPlan()).isTrue();
    }

    @Test
    void a_new_enquiry_starts_the_performing_side_afresh_and_keeps_the_decision() {
        Uppdragslage lage = fram(Uppdragstyp.INSATS_UNDER_UTREDNING);
        lage.on(forfragan(2, ANNAN_UTFORARENHET));
        assertThat(lage.forfraganNr()).isEqualTo(2);
        assertThat(lage.utforarenhet()).isEqualTo(ANNAN_UTFORARENHET);
        assertThat(lage.harKlartecken()).isFalse();
        assertThat(lage.arSkickat()).isFalse();
        assertThat(lage.arMottaget()).isFalse();
        assertThat(lage.harAnsvarigUtforare()).isFalse();
        assertThat(lage.harPlaneringsmote()).isFalse();
        assertThat(lage.planeratStartdatum()).isNull();
        assertThat(lage.harPlan()).isFalse();
        assertThat(lage.beslutsdatum()).isEqualTo(BESLUT);
        assertThat(lage.mal()).isEqualTo(MAL);
    }

    @Test
    void a_unit_that_declined_or_cannot_take_the_assignment_on_is_not_asked_again() {
        Uppdragslage lage = new Uppdragslage();
        lage.on(avbojd(1, ANNAN_UTFORARENHET));
        lage.on(hindrad(Hinder.KAN_INTE_VERKSTALLA_INOM_SKALIG_TID));
        assertThat(lage.avbojandeEnheter()).containsExactly(ANNAN_UTFORARENHET);
        lage.on(hindrad(Hinder.KAN_INTE_TA_SIG_AN));
        assertThat(lage.avbojandeEnheter()).containsExactlyInAnyOrder(ANNAN_UTFORARENHET, UTFORARENHET);
    }

    @Test
    void a_postponement_moves_the_agreed_start_only_once_there_is_one() {
        Uppdragslage lage = new Uppdragslage();
        lage.on(uppskov(START.plusDays(7)));
        assertThat(lage.planeratStartdatum()).isNull();
        lage.on(planerat(START));
        lage.on(uppskov(START.plusDays(7)));
        assertThat(lage.planeratStartdatum()).isEqualTo(START.plusDays(7));
    }

    @Test
    void a_question_is_open_until_it_is_answered() {
        Uppdragslage lage = new Uppdragslage();
        lage.on(new FragaOmUppdragetStalld(ID, "fraga-1", "Vilka mål gäller?", UTFORARENHET, "mats", TIDIGARE));
        assertThat(lage.harFraga("fraga-1")).isTrue();
        assertThat(lage.arObesvarad("fraga-1")).isTrue();
        lage.on(new FragaOmUppdragetBesvarad(ID, "fraga-1", "Målen i beslutet", "anna", TIDIGARE));
        assertThat(lage.harFraga("fraga-1")).isTrue();
        assertThat(lage.arObesvarad("fraga-1")).isFalse();
        assertThat(lage.harFraga("fraga-2")).isFalse();
    }

    @Test
    void the_state_changes_only_through_its_event_sourcing_handlers() {
        Uppdragslage lage = fram(Uppdragstyp.BEVILJAD_INSATS);
        lage.on(avbojd(1, ANNAN_UTFORARENHET));
        assertThatThrownBy(() -> lage.mal().add(new Mal("mal-3", "Ett mål till", "Hälsa")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lage.avbojandeEnheter().add(UTFORARENHET))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** The case up to the implementation plan, folded into a fresh state. */
    private static Uppdragslage fram(Uppdragstyp typ) {
        Uppdragslage lage = new Uppdragslage();
        lage.on(registrerad(typ));
        lage.on(forfragan());
        lage.on(klartecken());
        lage.on(beviljad(typ, BARN, BESLUT, Lagrum.SOL_2025_11_1,
                typ == Uppdragstyp.INSATS_UNDER_UTREDNING ? PERIOD_UNDER_UTREDNING : null));
        lage.on(skickat(typ));
        lage.on(mottaget());
        lage.on(utsedd());
        lage.on(planerat());
        lage.on(planUpprattad());
        return lage;
    }
}
