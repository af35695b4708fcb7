package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.state;
import static se.barnunga.platform.domain.Guards.rule;
import static se.barnunga.platform.domain.Guards.blank;

import java.util.List;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Roll;

/**
 * The steps of sending and receiving the assignment, decided: the social secretary sends it (skicka uppdraget), the
 * metodhandledare confirms its receipt (mottagande), appoints the ansvarig utförare, or reports that the unit cannot
 * take it on or carry it out (hinder). Each function is a decider: it reads the state through
 * {@link Uppdragstillstand}, checks who may, the state and the content in that order ({@link Forfraganregler}), and
 * returns the event to apply with the role the actor acted in ({@link Avgorande}); it changes nothing.
 */
final class Mottagningssteg {

    private Mottagningssteg() {
    }

    static Avgorande skicka(SkickaUppdrag c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att skicka uppdraget");
        t.ejAvslutat();
        state(!lage.arSkickat(), "UPPDRAG_REDAN_SKICKAT", "Uppdraget är redan skickat.");
        state(lage.harKlartecken(), "KLARTECKEN_SAKNAS", "Uppdraget skickas efter klartecken från utförarenheten.");
        state(t.forlopp().harBeslut(), "BESLUT_SAKNAS", "Uppdraget skickas när beslutet är fattat.");
        state(!lage.arBeslutetAterkallat(), "BESLUT_ATERKALLAT", "Beslutet är återkallat.");
        Forfraganregler.innehall(c, lage.typ(), lage.barn());
        return new Avgorande(Roll.SOCIALSEKRETERARE, new UppdragSkickat(t.uppdragId(), lage.typ(), lage.barn(),
                lage.utforarenhet(), lage.myndighetsenhet(), lage.socialsekreterare(), lage.insatstyp(), lage.beslutsdatum(),
                List.copyOf(lage.mal()), lage.utredning(), c.innehall(), c.tidpunkt()));
    }

    static Avgorande mottagande(BekraftaMottagande c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().metodhandledare(c.actor(), "Att bekräfta att uppdraget är mottaget");
        t.ejAvslutat();
        state(lage.arSkickat(), "UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        state(!lage.arMottaget(), "UPPDRAG_REDAN_MOTTAGET", "Uppdraget är redan bekräftat som mottaget.");
        return new Avgorande(roll, new UppdragMottaget(t.uppdragId(), lage.utforarenhet(), c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande ansvarigUtforare(UtseAnsvarigUtforare c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().metodhandledare(c.actor(), "Att utse ansvarig utförare");
        t.ejAvslutat();
        state(lage.arMottaget(), "UPPDRAG_INTE_MOTTAGET", "Bekräfta först att uppdraget är mottaget.");
        rule(!blank(c.ansvarigUtforare()), "ansvarigUtforare", "ANSVARIG_UTFORARE_KRAVS", "Ange vem som är ansvarig utförare.");
        state(!c.ansvarigUtforare().equals(lage.ansvarigUtforare()), "REDAN_ANSVARIG_UTFORARE",
                "Utföraren är redan ansvarig för uppdraget.");
        return new Avgorande(roll, new AnsvarigUtforareUtsedd(t.uppdragId(), lage.utforarenhet(), c.ansvarigUtforare(),
                c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande hinder(RapporteraHinder c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().metodhandledare(c.actor(), "Att rapportera att uppdraget inte kan tas an eller verkställas");
        t.ejAvslutat();
        t.ejAvslutadInsats();
        state(lage.arSkickat(), "UPPDRAG_INTE_SKICKAT", "Uppdraget är inte skickat ännu.");
        state(!lage.arVerkstalld(), "INSATS_REDAN_VERKSTALLD", "Insatsen är redan verkställd; rapportera ett avbrott i stället.");
        rule(c.hinder() != null, "hinder", "HINDER_KRAVS",
                "Ange om enheten inte kan ta sig an uppdraget eller inte kan verkställa det inom skälig tid.");
        rule(!blank(c.skal()), "skal", "SKAL_KRAVS", "Ange skälet, så att socialsekreteraren kan agera.");
        // the enhetschef who reports it herself is informed
        rule(roll == Roll.ENHETSCHEF || c.enhetschefInformerad(), "enhetschefInformerad", "ENHETSCHEF_SKA_INFORMERAS",
                "Enhetschefen på utförarenheten ska informeras.");
        return new Avgorande(roll, new VerkstallighetHindrad(t.uppdragId(), lage.utforarenhet(), c.hinder(), c.skal(),
                c.erbjudetUnderTiden(), c.actor().userId(), c.tidpunkt()));
    }
}
