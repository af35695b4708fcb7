package se.barnunga.assignment.domain;

import static se.barnunga.assignment.domain.Datumregler.inteIFramtiden;
import static se.barnunga.platform.domain.Guards.state;
import static se.barnunga.platform.domain.Guards.rule;

import java.util.List;
import java.util.Set;

import se.barnunga.assignment.domain.Handelser.*;
import se.barnunga.assignment.domain.Kommandon.*;
import se.barnunga.assignment.domain.Varden.MalUppfyllelse;
import se.barnunga.platform.domain.Roll;

/**
 * The closing steps of the routine, decided: the report of an assignment during an investigation (redogörelse), the
 * risk assessment before closure (riskbedömning), the closing summary of a granted intervention (avslutande
 * sammanfattning), closing the intervention (avsluta insats) and closing the assignment (avsluta uppdraget). Each
 * function is a decider: it reads the state through {@link Uppdragstillstand}, checks who may, the state and the
 * content in that order ({@link Avslutsregler}, {@link Datumregler}), and returns the event to apply with the role the
 * actor acted in ({@link Avgorande}); it changes nothing.
 */
final class Avslutssteg {

    private Avslutssteg() {
    }

    static Avgorande redogorelse(LamnaRedogorelse c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().ansvarigUtforare(c.actor(), "Att lämna redogörelsen");
        t.ejAvslutat();
        state(lage.typ() != Uppdragstyp.BEVILJAD_INSATS, "GALLER_ENDAST_UNDER_UTREDNING", "Redogörelse lämnas för uppdrag under "
                + "pågående utredning; en beviljad insats avslutas med en avslutande sammanfattning.");
        state(!lage.harRedogorelse(), "REDOGORELSE_REDAN_LAMNAD", "Redogörelsen är redan lämnad.");
        state(lage.typ() != Uppdragstyp.INSATS_UNDER_UTREDNING || lage.arVerkstalld(), "INTE_VERKSTALLD",
                "Den avslutande sammanfattningen skrivs när insatsen har genomförts.");
        Avslutsregler.redogorelse(c);
        Redogorelseslag slag = lage.typ() == Uppdragstyp.UTREDNINGSUPPDRAG ? Redogorelseslag.REDOGORELSE
                : Redogorelseslag.AVSLUTANDE_SAMMANFATTNING;
        return new Avgorande(roll, new RedogorelseLamnad(t.uppdragId(), lage.typ(), slag, c.datum(),
                lage.utredning().planeratSlut(), c.datum().isAfter(lage.utredning().planeratSlut()), true,
                c.familjensSynpunkter(), c.sammanfattning(), c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande riskbedomning(GoraRiskbedomning c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att göra riskbedömningen inför avslut");
        t.ejAvslutat();
        t.ejAvslutadInsats();
        state(lage.arVerkstalld(), "INTE_VERKSTALLD", "Riskbedömningen görs när en verkställd insats ska avslutas.");
        rule(c.riskniva() != null, "riskniva", "RISKNIVA_KRAVS", "Ange om risken har minskat, är oförändrad eller har ökat.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        return new Avgorande(Roll.SOCIALSEKRETERARE, new RiskbedomningGjord(t.uppdragId(), c.riskniva(), c.kvarstaendeBehov(),
                c.datum(), c.tidpunkt(), lage.barn(), lage.myndighetsenhet(), lage.socialsekreterare()));
    }

    static Avgorande avslutandeSammanfattning(LamnaAvslutandeSammanfattning c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = t.behorighet().ansvarigUtforare(c.actor(), "Att lämna den avslutande sammanfattningen");
        t.ejAvslutat();
        state(lage.typ() == Uppdragstyp.BEVILJAD_INSATS, "GALLER_ENDAST_BEVILJAD_INSATS",
                "Uppdrag under pågående utredning avslutas med en redogörelse.");
        state(lage.arVerkstalld(), "INTE_VERKSTALLD", "Den avslutande sammanfattningen skrivs när insatsen har genomförts.");
        state(!lage.harAvslutandeSammanfattning(), "SAMMANFATTNING_REDAN_LAMNAD",
                "Den avslutande sammanfattningen är redan lämnad.");
        List<MalUppfyllelse> bedomningar = Avslutsregler.avslutandeSammanfattning(c, lage.mal(), lage.barn());
        return new Avgorande(roll, new AvslutandeSammanfattningLamnad(t.uppdragId(), c.datum(), List.copyOf(bedomningar),
                Set.copyOf(c.overlamnadTill()), c.tidpunkt()));
    }

    static Avgorande avslutaInsats(AvslutaInsats c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        t.behorighet().socialsekreterare(c.actor(), "Att avsluta insatsen");
        t.ejAvslutat();
        t.insatsKind("Avslut av insats");
        state(t.forlopp().harBeslut(), "BESLUT_SAKNAS", "Det finns ingen beviljad insats att avsluta.");
        t.ejAvslutadInsats();
        Avslutsregler.avslut(c, lage.arVerkstalld() ? lage.verkstallighetsdatum() : lage.beslutsdatum());
        state(!lage.arVerkstalld() || lage.harRiskbedomning(), "RISKBEDOMNING_SAKNAS",
                "Gör en riskbedömning innan en verkställd insats avslutas (BBIC: Stöd för bedömning av risk).");
        boolean nyUtredning = Avslutsregler.nyUtredning(c, lage.riskniva(), lage.kvarstaendeBehov());
        return new Avgorande(Roll.SOCIALSEKRETERARE, new InsatsAvslutad(t.uppdragId(), c.datum(), c.skal(), lage.riskniva(),
                nyUtredning, c.motivering(), c.actor().userId(), c.tidpunkt()));
    }

    static Avgorande avslutaUppdrag(AvslutaUppdrag c, Uppdragstillstand t) {
        Uppdragslage lage = t.lage();
        Roll roll = lage.harAnsvarigUtforare() ? t.behorighet().ansvarigUtforare(c.actor(), "Att avsluta uppdraget")
                : t.behorighet().metodhandledare(c.actor(), "Att avsluta uppdraget");
        t.ejAvslutat();
        state(lage.arMottaget(), "UPPDRAG_INTE_MOTTAGET", "Uppdraget är inte mottaget.");
        if (lage.typ() == Uppdragstyp.UTREDNINGSUPPDRAG) {
            state(lage.harRedogorelse(), "REDOGORELSE_SAKNAS", "Utredningsuppdraget avslutas när redogörelsen är lämnad.");
        } else {
            state(lage.arInsatsenAvslutad() || lage.arBeslutetAterkallat(), "INSATS_EJ_AVSLUTAD",
                    "Socialsekreteraren avslutar insatsen innan uppdraget avslutas.");
            boolean genomford = lage.arInsatsenAvslutad() && lage.arVerkstalld();
            state(!genomford || lage.typ() != Uppdragstyp.BEVILJAD_INSATS || lage.harAvslutandeSammanfattning(),
                    "AVSLUTANDE_SAMMANFATTNING_SAKNAS", "Lämna den avslutande sammanfattningen innan uppdraget avslutas.");
            state(!genomford || lage.typ() != Uppdragstyp.INSATS_UNDER_UTREDNING || lage.harRedogorelse(), "REDOGORELSE_SAKNAS",
                    "Lämna den avslutande sammanfattningen innan uppdraget avslutas.");
        }
        rule(c.fysiskaHandlingar() != null, "fysiskaHandlingar", "FYSISKA_HANDLINGAR_KRAVS",
                "Ange att fysiska handlingar har överlämnats till socialsekreteraren, eller att inga finns.");
        inteIFramtiden("datum", c.datum(), c.tidpunkt());
        return new Avgorande(roll, new UppdragAvslutat(t.uppdragId(), lage.utforarenhet(), c.datum(), c.fysiskaHandlingar(),
                c.actor().userId(), c.tidpunkt()));
    }
}
