package se.barnunga.assignment.domain;

import static se.barnunga.platform.domain.Guards.state;
import static se.barnunga.platform.domain.Guards.rule;
import static se.barnunga.platform.domain.Guards.blank;

import java.util.Set;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.platform.domain.Roll;

/**
 * The steps that run beside the routine, decided: the performing unit's questions about the assignment and the social
 * secretary's answers (frågor om uppdraget), new information for the ansvarig utförare (ny information), and the family
 * informed before closure (familjen informerad inför avslut). Each function is a decider: it reads the state through
 * {@link Uppdragstillstand}, checks who may, the state and the content in that order ({@link Avslutsregler}), and
 * returns the event to apply with the role the actor acted in ({@link Avgorande}); it changes nothing.
 */
final class Fragesteg {

    private Fragesteg() {
    }

    static Avgorande fraga(StallFragaOmUppdraget c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().utforarenheten(c.actor(), "Att ställa en fråga om uppdraget");
        t.ejAvslutat();
        state(lage.arSkickat(), "UPPDRAG_INTE_SKICKAT", "Frågor om uppdraget ställs när uppdraget är skickat.");
        rule(!blank(c.fraga()), "fraga", "FRAGA_KRAVS", "Beskriv vad i uppdraget som är oklart.");
        state(!lage.harFraga(c.fragaId()), "FRAGA_FINNS", "Frågan är redan ställd.");
        return new Avgorande(roll, new FragaOmUppdragetStalld(t.uppdragId(), c.fragaId(), c.fraga(), lage.utforarenhet(),
                c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande svar(BesvaraFragaOmUppdraget c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att besvara utförarenhetens fråga");
        t.ejAvslutat();
        rule(lage.harFraga(c.fragaId()), "fragaId", "OKAND_FRAGA", "Frågan finns inte i uppdraget.");
        state(lage.arObesvarad(c.fragaId()), "FRAGA_REDAN_BESVARAD", "Frågan är redan besvarad.");
        rule(!blank(c.svar()), "svar", "SVAR_KRAVS", "Ange svaret på frågan.");
        return new Avgorande(Roll.SOCIALSEKRETERARE, new FragaOmUppdragetBesvarad(t.uppdragId(), c.fragaId(), c.svar(),
                c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande nyInformation(LamnaNyInformation c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att uppdatera ansvarig utförare på ny information");
        t.ejAvslutat();
        t.ansvarigUtforareUtsedd();
        rule(!blank(c.information()), "information", "INFORMATION_KRAVS", "Beskriv den nya informationen.");
        state(!lage.harNyInformation(c.informationId()), "INFORMATION_FINNS", "Informationen är redan lämnad.");
        return new Avgorande(Roll.SOCIALSEKRETERARE, new NyInformationLamnad(t.uppdragId(), c.informationId(), c.information(),
                lage.ansvarigUtforare(), c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande familjenInformerad(InformeraFamiljenInforAvslut c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.socialsekreterareEllerAnsvarigUtforare(c.actor(), "Att registrera att familjen informerats inför avslut");
        t.ejAvslutat();
        t.insatsKind("Information inför avslut");
        t.ejAvslutadInsats();
        state(lage.arVerkstalld(), "INTE_VERKSTALLD", "Familjen informeras inför avslut av en insats som har startat.");
        Avslutsregler.familjenInformerad(c, lage.verkstallighetsdatum(), lage.barn());
        return new Avgorande(roll, new FamiljenInformeradInforAvslut(t.uppdragId(), c.datum(), Set.copyOf(c.informerade()),
                c.actor().userId(), c.tidpunkt()));
    }
}
