package se.barnunga.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.barnunga.assignment.domain.UppdragBuilders.*;
import static se.barnunga.assignment.domain.UppdragFixtures.*;

import org.junit.jupiter.api.Test;

import se.barnunga.assignment.domain.Handelser.KlarteckenLamnat;
import se.barnunga.assignment.domain.Handelser.UppdragHandelse;
import se.barnunga.assignment.domain.Kommandon.LamnaKlartecken;
import se.barnunga.platform.domain.Roll;
import se.barnunga.platform.domain.StateConflict;

/**
 * A decider ({@link Forfragningssteg}) as a plain function: it returns the event and the role to apply, and changes
 * nothing – the state moves only when the aggregate applies the event. The aggregate's given-when-then tests cover
 * every rule through the command.
 */
class ForfragningsstegTest {

    private final Uppdragsforlopp forlopp = new Uppdragsforlopp();
    private final Uppdragslage lage = new Uppdragslage();

    private void efter(UppdragHandelse... handelser) {
        for (UppdragHandelse e : handelser) {
            forlopp.on(e);
            if (e instanceof Handelser.UppdragRegistrerat r) {
                lage.on(r);
            } else if (e instanceof Handelser.ForfraganSkickad f) {
                lage.on(f);
            } else if (e instanceof KlarteckenLamnat k) {
                lage.on(k);
            }
        }
    }

    @Test
    void the_go_ahead_is_decided_without_changing_the_state() {
        efter(registrerad(Uppdragstyp.BEVILJAD_INSATS), forfragan());

        Avgorande avgorande = Forfragningssteg.klartecken(new LamnaKlartecken(ID, MATS, NU),
                new Uppdragstillstand(ID, forlopp, lage));

        assertThat(avgorande.roll()).isEqualTo(Roll.METODHANDLEDARE);
        assertThat(avgorande.handelse()).isEqualTo(new KlarteckenLamnat(ID, 1, UTFORARENHET, "mats", NU));
        assertThat(forlopp.vantarPaSvar()).isTrue();
        assertThat(lage.harKlartecken()).isFalse();
    }

    @Test
    void an_answered_enquiry_is_a_state_conflict() {
        efter(registrerad(Uppdragstyp.BEVILJAD_INSATS), forfragan(), klartecken());

        assertThatThrownBy(() -> Forfragningssteg.klartecken(new LamnaKlartecken(ID, MATS, NU),
                new Uppdragstillstand(ID, forlopp, lage)))
                .isInstanceOfSatisfying(StateConflict.class, e -> assertThat(e.rule()).isEqualTo("FORFRAGAN_BESVARAD"));
    }
}
