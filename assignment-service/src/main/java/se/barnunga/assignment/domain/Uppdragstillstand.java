package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.state;

import se.barnunga.platform.domain.Actor;
import se.barnunga.platform.domain.Behorighet;
import se.barnunga.platform.domain.Roll;

/**
 * What the deciders of an {@link Uppdrag} read: its identifier, where it is in the routine ({@link Uppdragsforlopp}) and
 * what has happened ({@link Uppdragslage}), and the preconditions many steps share – who may ({@link Behorighet}), an
 * appointed ansvarig utförare, an intervention (not an investigation assignment, not revoked), an assignment and an
 * intervention not closed. A view for one command: the deciders read the members through their predicates and
 * accessors only, and never change them; the state changes when {@link Uppdrag} applies the event they return.
 *
 * @param uppdragId the assignment
 * @param forlopp   the status and whether the decision is taken
 * @param lage      the facts
 */
record Uppdragstillstand(String uppdragId, Uppdragsforlopp forlopp, Uppdragslage lage) {

    /** Who may, by the units and the ansvarig utförare of the assignment. */
    Behorighet behorighet() {
        return new Behorighet(lage.myndighetsenhet(), lage.utforarenhet(), lage.ansvarigUtforare());
    }

    /** Steps both may record (förmöte, planeringsmöte, avbrott …); the social secretary's too need an ansvarig utförare. */
    Roll socialsekreterareEllerAnsvarigUtforare(Actor actor, String aktivitet) {
        Roll roll = behorighet().socialsekreterareEllerAnsvarigUtforare(actor, aktivitet);
        ansvarigUtforareUtsedd();
        return roll;
    }

    void ansvarigUtforareUtsedd() {
        state(lage.harAnsvarigUtforare(), Behorighet.ANSVARIG_UTFORARE_SAKNAS,
                "Metodhandledaren har inte utsett någon ansvarig utförare.");
    }

    /** The step belongs to an intervention, whose decision is not revoked. */
    void insatsKind(String aktivitet) {
        state(lage.typ() != Uppdragstyp.UTREDNINGSUPPDRAG, "GALLER_INTE_UTREDNINGSUPPDRAG",
                aktivitet + " gäller insatser, inte utredningsuppdrag.");
        state(!lage.arBeslutetAterkallat(), "BESLUT_ATERKALLAT", "Beslutet är återkallat.");
    }

    void ejAvslutat() {
        state(!forlopp.arAvslutat(), "UPPDRAG_AVSLUTAT", "Uppdraget är avslutat.");
    }

    void ejAvslutadInsats() {
        state(!lage.arInsatsenAvslutad() && !lage.arBeslutetAterkallat(), "INSATS_AVSLUTAD", "Insatsen är avslutad.");
    }
}
